import { detectLocale } from '../taskpane/i18n/language';
import { format, stringsFor } from '../taskpane/i18n/strings';
import { PaneController } from '../taskpane/state/controller';
import { createStore, initialState } from '../taskpane/state/store';
import { OfficeWorkbookPort } from '../adapters/office';

/**
 * Ribbon commands. 填充评价结果 fills the active sheet without opening the pane: the same controller as
 * the pane's 预览填充 → 确认填充, without overwriting anything (only empty cells are written; the pane is
 * where overwriting can be confirmed). The receipt is stored in the workbook, so the pane's 撤销上次填充
 * undoes it. The outcome is shown in a small dialog (this page with ?notice=…).
 */
async function fillActiveSheet(event: Office.AddinCommands.Event): Promise<void> {
  const locale = detectLocale(Office.context.displayLanguage);
  const s = stringsFor(locale);
  const store = createStore(initialState(locale, false));
  let notice: string;
  try {
    const controller = new PaneController(new OfficeWorkbookPort(), store);
    await controller.init();
    await controller.previewFill();
    const draft = store.getState().fill;
    if (draft && draft.plan.writes.length > 0) await controller.confirmFill();
    const state = store.getState();
    const lines = [state.message?.text ?? (draft ? s.nothingToWrite : '')];
    if (state.message?.details) lines.push(...state.message.details);
    if (draft && draft.plan.skippedCells.length) lines.push(format(s.skippedCellsTitle, { count: draft.plan.skippedCells.length }));
    if (draft && draft.plan.skippedRows.length) lines.push(format(s.skippedRowsTitle, { count: draft.plan.skippedRows.length }));
    notice = lines.filter(Boolean).join('\n');
  } catch (e) {
    notice = String((e as Error).message ?? e);
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
// Registered at load, as Office expects of a function file; the dialog page registers nothing.
if (notice === null) Office.actions.associate('fillActiveSheet', fillActiveSheet);
Office.onReady(() => {
  if (notice !== null) renderNotice(notice);
});
