import { PolicyError } from '../../core/policy/policy';
import { format, list, stringsFor, type Strings } from '../i18n/strings';
import { shownIssues } from './policy-issues';
import type { PaneMessage } from './types';

interface ErrorLike {
  name?: string;
  code?: string;
  message?: string;
  sheet?: string;
  cells?: readonly string[];
}

/** At most this many cells are named; the adapters' own messages do the same. */
const NAMED_CELLS = 10;

function cellLines(cells: readonly string[] | undefined, strings: Strings): string[] {
  if (!cells || cells.length === 0) return [];
  const named = list(strings, cells.slice(0, NAMED_CELLS));
  return [format(strings.errorCells, { cells: cells.length > NAMED_CELLS ? `${named}${strings.listSeparator}…` : named })];
}

/**
 * The adapters' refusals (PortError): their message is Chinese and names the sheet and cells; in English
 * the pane's own sentence leads and the adapter's detail follows.
 */
function fromPortError(e: ErrorLike, message: string, sheet: string, strings: Strings): PaneMessage {
  const zh = strings === stringsFor('zh');
  if (zh) {
    // The adapter's Chinese message names the sheet and cells, and usually ends with the remedy (请…).
    const intent = e.code === 'SheetChanged' || e.code === 'OverwriteNotConfirmed' ? 'warning' : 'error';
    const remedy: Partial<Record<string, string>> = {
      SheetProtected: format(strings.errorProtected, { sheet }),
      SheetChanged: strings.errorStale,
      ApiNotSupported: format(strings.errorApi, { detail: message }),
    };
    const extra = remedy[e.code ?? ''] ?? strings.errorGenericAction;
    return { intent, title: strings.errorTitle, text: message, details: /请/.test(message) ? undefined : [extra] };
  }
  // English: the adapters' messages are Chinese, so the pane says it in its own words from the code and cells.
  const cells = cellLines(e.cells, strings);
  switch (e.code) {
    case 'SheetNotFound':
      return { intent: 'error', title: strings.errorTitle, text: format(strings.errorSheetMissing, { sheet }) };
    case 'SheetProtected':
      return { intent: 'error', title: strings.errorTitle, text: format(strings.errorProtected, { sheet }) };
    case 'SheetChanged':
      return { intent: 'warning', title: strings.errorTitle, text: /填充写入/.test(message) ? strings.errorEditedSinceFill : strings.errorStale, details: cells };
    case 'OverwriteNotConfirmed':
      return { intent: 'warning', title: strings.errorTitle, text: strings.errorOverwrite, details: cells };
    case 'ApiNotSupported':
      return { intent: 'error', title: strings.errorTitle, text: format(strings.errorApi, { detail: /(ExcelApi [\d.]+)/.exec(message)?.[1] ?? 'ExcelApi' }) };
    default:
      return { intent: 'error', title: strings.errorTitle, text: strings.errorGenericAction, details: cells };
  }
}

const PROTECTED = /受保护|protected|protection/i;
const STALE = /已被修改|已修改|changed since|stale/i;
const MISSING_API = /ApiNotFound|not supported|不支持|isSetSupported|is not a function/i;

/**
 * Turns whatever an adapter or the core threw into a message that says what to do. The adapters already
 * speak Chinese for the cases they know; when their message carries the remedy it is shown as is.
 */
export function describeError(error: unknown, strings: Strings, sheet?: string): PaneMessage {
  if (error instanceof PolicyError) {
    const locale = strings === stringsFor('en') ? 'en' : 'zh';
    return { intent: 'error', title: strings.errorTitle, text: strings.settingsInvalid, details: shownIssues(error.issues, locale).map((i) => i.text) };
  }
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as ErrorLike;
  const message = e.message ?? String(error);
  const where = e.sheet ?? sheet ?? '';
  const kind = `${e.name ?? ''} ${e.code ?? ''} ${message}`;
  if (e.name === 'PortError') return fromPortError(e, message, where, strings);
  if (PROTECTED.test(kind) || e.code === 'AccessDenied') {
    const text = /撤销工作表保护/.test(message) ? message : format(strings.errorProtected, { sheet: where });
    return { intent: 'error', title: strings.errorTitle, text };
  }
  if (STALE.test(kind)) {
    return { intent: 'warning', title: strings.errorTitle, text: message && /[\u4e00-\u9fff]/.test(message) ? `${message}` : strings.errorStale, details: [strings.errorStale] };
  }
  if (MISSING_API.test(kind)) {
    return { intent: 'error', title: strings.errorTitle, text: format(strings.errorApi, { detail: message }) };
  }
  return { intent: 'error', title: strings.errorTitle, text: format(strings.errorGeneric, { message }), details: [strings.errorGenericAction] };
}
