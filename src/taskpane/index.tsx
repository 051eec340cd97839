import { createRoot } from 'react-dom/client';
import type { WorkbookPort } from '../adapters/workbook-port';
import { App } from './components/App';
import { StartupError } from './components/StartupError';
import { detectHost, lockDownNetwork } from './host';
import { detectLocale } from './i18n/language';
import { stringsFor } from './i18n/strings';
import { describeError } from './state/errors';
import { PaneController } from './state/controller';
import { createStore, initialState } from './state/store';

/** Boots the pane after Office.onReady: Excel gets the office.js adapter, a plain browser the preview. */
async function boot(): Promise<void> {
  const container = document.getElementById('root')!;
  const host = await detectHost();
  if (!host.excel) {
    // Preview mode: the same pane over the in-memory workbook, next to a grid of the sample sheet.
    lockDownNetwork();
    const { startPreview } = await import(/* webpackChunkName: "preview" */ '../preview/preview');
    startPreview(container, detectLocale(null, window.location.search));
    return;
  }
  const locale = detectLocale(host.displayLanguage);
  document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
  const { OfficeWorkbookPort } = await import(/* webpackChunkName: "office-adapter" */ '../adapters/office');
  let port: WorkbookPort;
  try {
    port = new OfficeWorkbookPort();
  } catch (e) {
    // An Excel without the API set the add-in needs: say which, instead of a blank pane.
    createRoot(container).render(<StartupError message={describeError(e, stringsFor(locale))} />);
    return;
  }
  const controller = new PaneController(port, createStore(initialState(locale, false)));
  createRoot(container).render(<App controller={controller} />);
}

void boot();
