import { promises as fs } from 'fs';
import type { Locale } from '../core/findings';
import { defaultPolicy, parsePolicy, type Policy } from '../core/policy/policy';
import { cliText, UsageError } from './messages';

export { UsageError } from './messages';

/**
 * The policy file's text: UTF-8 (with or without a byte-order mark), or UTF-16 with its mark (Notepad's
 * "Unicode"). Anything else (GBK from an old editor) is refused with how to re-save it, not misread.
 */
export function decodePolicyText(bytes: Uint8Array, file: string, locale: Locale): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(cliText(locale, 'policy.encoding', { file }));
  }
}

export async function loadPolicyFile(file: string | undefined, locale: Locale = 'zh'): Promise<Policy> {
  if (!file) return defaultPolicy();
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    const why = code === 'ENOENT' ? cliText(locale, 'read.notFound') : code === 'EISDIR' ? cliText(locale, 'read.isDir') : cliText(locale, 'read.other', { code });
    throw new UsageError(cliText(locale, 'policy.read', { file, why }));
  }
  const text = decodePolicyText(bytes, file, locale).replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = (e as Error).message;
    const at = /position (\d+)/.exec(detail);
    if (at) {
      const before = text.slice(0, Number(at[1]));
      const line = before.split('\n').length;
      const column = Number(at[1]) - before.lastIndexOf('\n');
      throw new UsageError(cliText(locale, 'policy.json', { file, line, column, detail }));
    }
    throw new UsageError(cliText(locale, 'policy.jsonPlain', { file, detail }));
  }
  try {
    return parsePolicy(json, cliText(locale, 'policy.source', { file }), locale);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
