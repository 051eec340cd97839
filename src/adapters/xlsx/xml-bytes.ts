import { XlsxError } from './errors';
import type { ZipArchive } from './zip';

/**
 * A tokenizer for the two large parts of a workbook, the sheets and the shared strings, working on the
 * UTF-8 bytes as they come out of inflate. Measured on a 1,000,000-row sheet, saxes (which ExcelJS also
 * uses) parsed about 11 MB/s and its text slices kept whole chunks of the part alive; this scanner finds
 * tags with the native Uint8Array.indexOf, reads attributes and numbers straight from the bytes, and decodes
 * only the texts it is asked for, each into a string of its own. It tokenizes well-formed XML: tags, text,
 * comments, CDATA, processing instructions and a DOCTYPE (skipped, never expanded). It does not validate:
 * the small parts are parsed with saxes, which does.
 *
 * Bytes in, callbacks out; offsets are absolute in the part, so the sheet writer can splice by them.
 */

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const AMP = 0x26;
const COLON = 0x3a;
const QUOTE = 0x22;
const APOS = 0x27;

/** One tag. The scanner reuses a single object for every tag: read it in the callback, do not keep it. */
export interface ByteTag {
  /** The buffer the tag is in, and the tag's bytes within it: [start, end) covers '<' to '>'. */
  buf: Uint8Array;
  start: number;
  end: number;
  /** The qualified name [nameStart, nameEnd) and where the local name starts (after a prefix). */
  nameStart: number;
  nameEnd: number;
  localStart: number;
  closing: boolean;
  selfClosing: boolean;
  /** Absolute offset of `start` in the part. */
  offset: number;
}

export interface ByteHandlers {
  tag(tag: ByteTag): void;
  /**
   * Text between tags: [start, end) are the raw bytes (entities not decoded). For a CDATA section, the
   * content is [start, end) and the whole section, markers included, is [outerStart, outerEnd).
   */
  text?(buf: Uint8Array, start: number, end: number, cdata: boolean, outerStart: number, outerEnd: number): void;
  /** Comments, processing instructions, a DOCTYPE: bytes nobody reads, which a rewriter copies through. */
  other?(buf: Uint8Array, start: number, end: number): void;
}

const utf8 = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export function bytesOf(s: string): Uint8Array {
  return encoder.encode(s);
}

/** True when the tag's local name is `name` (given as bytes). */
export function isLocal(tag: ByteTag, name: Uint8Array): boolean {
  const n = tag.nameEnd - tag.localStart;
  if (n !== name.length) return false;
  const b = tag.buf;
  for (let i = 0; i < n; i++) if (b[tag.localStart + i] !== name[i]) return false;
  return true;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** [start, end) of an attribute's raw value in the tag, or null. Matches the attribute's qualified name. */
export function attrSpan(tag: ByteTag, name: Uint8Array): [number, number] | null {
  const b = tag.buf;
  let i = tag.nameEnd;
  const stop = tag.end - 1;
  while (i < stop) {
    while (i < stop && isSpace(b[i])) i++;
    const nameStart = i;
    while (i < stop && b[i] !== 0x3d && !isSpace(b[i]) && b[i] !== SLASH && b[i] !== GT) i++;
    const nameEnd = i;
    while (i < stop && isSpace(b[i])) i++;
    if (b[i] !== 0x3d) {
      i++;
      continue;
    }
    i++;
    while (i < stop && isSpace(b[i])) i++;
    const q = b[i];
    if (q !== QUOTE && q !== APOS) return null;
    const valueStart = i + 1;
    let j = valueStart;
    while (j < stop && b[j] !== q) j++;
    if (nameEnd - nameStart === name.length) {
      let same = true;
      for (let k = 0; k < name.length; k++) {
        if (b[nameStart + k] !== name[k]) {
          same = false;
          break;
        }
      }
      if (same) return [valueStart, j];
    }
    i = j + 1;
  }
  return null;
}

/** An attribute's value, decoded (entities included), or null. */
export function attr(tag: ByteTag, name: Uint8Array): string | null {
  const span = attrSpan(tag, name);
  return span ? decodeXmlText(tag.buf, span[0], span[1]) : null;
}

/** A non-negative integer attribute read from the bytes (no string made), or -1. */
export function intAttr(tag: ByteTag, name: Uint8Array): number {
  const span = attrSpan(tag, name);
  if (!span || span[0] === span[1]) return -1;
  let n = 0;
  for (let i = span[0]; i < span[1]; i++) {
    const c = tag.buf[i] - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** UTF-8 text with its entity and character references decoded (unknown entities are kept as written). */
export function decodeXmlText(buf: Uint8Array, start: number, end: number): string {
  const s = utf8.decode(buf.subarray(start, end));
  if (buf.subarray(start, end).indexOf(AMP) < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e] ?? m;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** A text token's string: CDATA content is taken as written, other text has its references decoded. */
export function textOf(buf: Uint8Array, start: number, end: number, cdata: boolean): string {
  return cdata ? utf8.decode(buf.subarray(start, end)) : decodeXmlText(buf, start, end);
}

/** Latin-1 bytes (numbers, cell references) as a short string. */
export function asciiText(buf: Uint8Array, start: number, end: number): string {
  if (end - start < 64) {
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(buf[i]);
    return s;
  }
  return decodeXmlText(buf, start, end);
}

function indexOfSeq(buf: Uint8Array, seq: Uint8Array, from: number): number {
  let i = from;
  for (;;) {
    i = buf.indexOf(seq[0], i);
    if (i < 0 || i + seq.length > buf.length) return -1;
    let same = true;
    for (let k = 1; k < seq.length; k++) {
      if (buf[i + k] !== seq[k]) {
        same = false;
        break;
      }
    }
    if (same) return i;
    i++;
  }
}

const COMMENT_END = bytesOf('-->');
const CDATA_START = bytesOf('<![CDATA[');
const CDATA_END = bytesOf(']]>');
const PI_END = bytesOf('?>');

/**
 * Feeds chunks, calls back per token. Incomplete tokens at a chunk's end wait for the next chunk; `offset`
 * values are absolute. A part that ends inside a tag is damaged (XlsxError 'bad-xml').
 */
export class ByteScanner {
  private buf: Uint8Array = new Uint8Array(0);
  /** Absolute offset of buf[0]. */
  private base = 0;
  private readonly tag: ByteTag = { buf: this.buf, start: 0, end: 0, nameStart: 0, nameEnd: 0, localStart: 0, closing: false, selfClosing: false, offset: 0 };

  constructor(
    private readonly handlers: ByteHandlers,
    private readonly part: string,
  ) {}

  push(chunk: Uint8Array, final: boolean): void {
    let buf: Uint8Array;
    if (this.buf.length === 0) buf = chunk;
    else {
      buf = new Uint8Array(this.buf.length + chunk.length);
      buf.set(this.buf);
      buf.set(chunk, this.buf.length);
    }
    const consumed = this.scan(buf, final);
    this.base += consumed;
    // What is left is an incomplete token: keep a copy (the chunk may be reused by the caller).
    this.buf = consumed < buf.length ? buf.slice(consumed) : new Uint8Array(0);
    if (final && this.buf.length > 0) {
      const rest = this.buf;
      if (rest.indexOf(LT) >= 0) throw this.damaged('unexpected end of part');
      this.handlers.text?.(rest, 0, rest.length, false, 0, rest.length);
    }
  }

  private damaged(detail: string): XlsxError {
    return new XlsxError('bad-xml', { part: this.part, line: '?', detail });
  }

  /** Tokenizes buf; returns how many bytes were consumed (complete tokens only). */
  private scan(buf: Uint8Array, final: boolean): number {
    const h = this.handlers;
    let pos = 0;
    const n = buf.length;
    while (pos < n) {
      const lt = buf.indexOf(LT, pos);
      if (lt < 0) {
        // Text up to the end: emitted once the next tag shows where it ends (or at the end of the part).
        return final ? n : pos;
      }
      if (lt > pos) h.text?.(buf, pos, lt, false, pos, lt);
      if (lt + 1 >= n) return lt;
      const next = buf[lt + 1];
      if (next === BANG) {
        if (buf[lt + 2] === 0x2d && buf[lt + 3] === 0x2d) {
          const e = indexOfSeq(buf, COMMENT_END, lt + 4);
          if (e < 0) return lt;
          h.other?.(buf, lt, e + 3);
          pos = e + 3;
          continue;
        }
        if (lt + CDATA_START.length <= n && indexOfSeq(buf.subarray(lt, lt + CDATA_START.length), CDATA_START, 0) === 0) {
          const e = indexOfSeq(buf, CDATA_END, lt + CDATA_START.length);
          if (e < 0) return lt;
          h.text?.(buf, lt + CDATA_START.length, e, true, lt, e + 3);
          pos = e + 3;
          continue;
        }
        // <!DOCTYPE …> with an optional [internal subset]: skipped, its entities are never expanded.
        let depth = 0;
        let i = lt + 2;
        for (; i < n; i++) {
          if (buf[i] === 0x5b) depth++;
          else if (buf[i] === 0x5d) depth--;
          else if (buf[i] === GT && depth <= 0) break;
        }
        if (i >= n) return lt;
        h.other?.(buf, lt, i + 1);
        pos = i + 1;
        continue;
      }
      if (next === QUESTION) {
        const e = indexOfSeq(buf, PI_END, lt + 2);
        if (e < 0) return lt;
        h.other?.(buf, lt, e + 2);
        pos = e + 2;
        continue;
      }
      // A tag: find its '>' outside quoted attribute values.
      const closing = next === SLASH;
      let i = closing ? lt + 2 : lt + 1;
      const nameStart = i;
      let localStart = i;
      while (i < n) {
        const c = buf[i];
        if (c === GT || c === SLASH || isSpace(c)) break;
        if (c === COLON) localStart = i + 1;
        i++;
      }
      const nameEnd = i;
      let quote = 0;
      for (; i < n; i++) {
        const c = buf[i];
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === QUOTE || c === APOS) quote = c;
        else if (c === GT) break;
        else if (c === LT) throw this.damaged('"<" inside a tag');
      }
      if (i >= n) return lt;
      const end = i + 1;
      if (nameEnd === nameStart) throw this.damaged('a tag without a name');
      // One object for every tag: a sheet has millions, and the callbacks read them at once.
      const tag = this.tag;
      tag.buf = buf;
      tag.start = lt;
      tag.end = end;
      tag.nameStart = nameStart;
      tag.nameEnd = nameEnd;
      tag.localStart = localStart;
      tag.closing = closing;
      tag.selfClosing = !closing && buf[i - 1] === SLASH;
      tag.offset = this.base + lt;
      h.tag(tag);
      pos = end;
    }
    return pos;
  }
}

/** Streams a part's bytes through a ByteScanner. */
export function scanPart(zip: ZipArchive, part: string, handlers: ByteHandlers): void {
  const scanner = new ByteScanner(handlers, part);
  let first = true;
  zip.readChunks(part, (chunk, final) => {
    if (first) {
      first = false;
      // A UTF-8 byte-order mark is text before the root (ignored by readers, copied by the writer).
      if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
        throw new XlsxError('bad-xml', { part, line: 1, detail: 'UTF-16 is not supported for this part: save the workbook again in Excel/WPS' });
      }
    }
    scanner.push(chunk, final);
  });
}
