import { PolicyError } from '../../core/policy/policy';
import { format, stringsFor, type Strings } from '../i18n/strings';
import type { PaneMessage } from './types';

interface ErrorLike {
  name?: string;
  code?: string;
  message?: string;
  sheet?: string;
}

/**
 * The adapters' refusals (PortError): their message is Chinese and names the sheet and cells; in English
 * the pane's own sentence leads and the adapter's detail follows.
 */
function fromPortError(e: ErrorLike, message: string, sheet: string, strings: Strings): PaneMessage {
  const zh = strings === stringsFor('zh');
  // The adapter's Chinese message usually ends with the remedy (请…); add ours only when it does not.
  const own = (text: string, intent: PaneMessage['intent'] = 'error'): PaneMessage =>
    zh
      ? { intent, title: strings.errorTitle, text: message, details: /请/.test(message) ? undefined : [text] }
      : { intent, title: strings.errorTitle, text, details: [message] };
  switch (e.code) {
    case 'SheetProtected':
      return own(format(strings.errorProtected, { sheet }));
    case 'SheetChanged':
      return own(strings.errorStale, 'warning');
    case 'ApiNotSupported':
      return own(format(strings.errorApi, { detail: message }));
    default:
      return { intent: 'error', title: strings.errorTitle, text: message, details: [strings.errorGenericAction] };
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
    return { intent: 'error', title: strings.errorTitle, text: strings.settingsInvalid, details: error.issues.map((i) => `${i.path}: ${i.message}`) };
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
