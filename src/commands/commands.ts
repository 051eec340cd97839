import { OfficeWorkbookPort } from '../adapters/office';
import { detectLocale } from '../taskpane/i18n/language';
import { stringsFor } from '../taskpane/i18n/strings';
import { describeError } from '../taskpane/state/errors';
import { fillActiveSheetWith } from './fill-command';

/**
 * Ribbon commands (the function file). 填充评价结果 fills the active sheet without opening the pane (see
 * fill-command.ts) and shows the outcome in a small dialog: this page again, with ?notice=….
 */
async function fillActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  const locale = detectLocale(Office.context.displayLanguage);
  let notice: string;
  try {
    notice = await fillActiveSheetWith(new OfficeWorkbookPort(), locale);
  } catch (e) {
    notice = describeError(e, stringsFor(locale)).text;
  }
  await showNotice(notice);
  event.completed();
}

/** Opens this page as a dialog showing the text; resolves when the user closes it. */
function showNotice(text: string): Promise<void> {
  return new Promise((resolve) => {
    const url = new URL(window.location.href);
    url.search = `?notice=${encodeURIComponent(text)}`;
    url.hash = '';
    Office.context.ui.displayDialogAsync(url.toString(), { height: 30, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      const done = () => {
        dialog.close();
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

/** The dialog side: show the notice and tell the command when the user has read it. */
function renderNotice(text: string): void {
  const box = document.getElementById('notice');
  const p = document.getElementById('notice-text');
  const close = document.getElementById('notice-close');
  if (!box || !p || !close) return;
  p.textContent = text;
  p.style.whiteSpace = 'pre-line';
  box.hidden = false;
  close.addEventListener('click', () => Office.context.ui.messageParent('close'));
}

const notice = new URLSearchParams(window.location.search).get('notice');
// office.js missing (the page opened outside Office, or a CDN build offline): nothing to register.
if (typeof Office !== 'undefined') {
  // Registered at load, as Office expects of a function file; the dialog page registers nothing.
  if (notice === null) Office.actions.associate('fillActiveSheet', fillActiveSheet);
  void Office.onReady(() => {
    if (notice !== null) renderNotice(notice);
  });
}
