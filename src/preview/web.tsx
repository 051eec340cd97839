import { lockDownNetwork } from '../taskpane/host';
import { detectLocale } from '../taskpane/i18n/language';

/**
 * The browser checker (dist/web/index.html): the preview without office.js, starting with no workbook,
 * for clerks who open their own files. Works from any static web server and from disk (file://): classic
 * scripts, chunks found relative to this script, no request for anything but our own files.
 */
async function start(): Promise<void> {
  lockDownNetwork();
  const { startPreview } = await import(/* webpackChunkName: "preview" */ './preview');
  startPreview(document.getElementById('root')!, detectLocale(null, window.location.search), { empty: true });
}

void start();
