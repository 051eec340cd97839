import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { XlsxError } from './errors';
import type { ZipArchive } from './zip';

/**
 * XML for the package reader and writer, on saxes (a streaming, non-validating parser that never expands
 * DTD entities). Two shapes: a small tree with source offsets for the small parts we edit by splicing
 * (workbook, rels, content types, styles, comments), and plain events for the large ones (sheets, shared
 * strings), fed chunk by chunk so a sheet is never held whole.
 */

export interface XmlNode {
  /** Qualified name as written (with its prefix, if any). */
  readonly name: string;
  /** Name without its prefix: SpreadsheetML is matched by local names, whatever prefix a tool chose. */
  readonly local: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** Offset of '<' of the start tag. */
  readonly start: number;
  /** Offset just after the start tag's '>'. */
  readonly openEnd: number;
  /** Offset just after the end tag (or the self-closing tag). */
  end: number;
  readonly children: XmlNode[];
  /** Decoded text directly inside the element. */
  text: string;
}

export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

function parserFor(part: string): SaxesParser {
  const parser = new SaxesParser({ position: true });
  parser.on('error', (e) => {
    throw new XlsxError('bad-xml', { part, line: parser.line, detail: e.message.replace(/^.*?:\d+:\d+: /, '') });
  });
  return parser;
}

/** Parses a small part into a tree whose nodes know where they sit in `text`. */
export function parseTree(text: string, part: string): XmlNode {
  const parser = parserFor(part);
  const stack: XmlNode[] = [];
  let root: XmlNode | null = null;
  // A byte-order mark is not given to the parser; offsets still count it.
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  parser.on('opentag', (tag) => {
    const openEnd = parser.position + shift;
    const node: XmlNode = {
      name: tag.name,
      local: localName(tag.name),
      attrs: (tag as SaxesTagPlain).attributes as Record<string, string>,
      start: text.lastIndexOf('<', openEnd - 1),
      openEnd,
      end: openEnd,
      children: [],
      text: '',
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('cdata', (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on('closetag', () => {
    const node = stack.pop();
    if (node) node.end = parser.position + shift;
  });
  parser.write(shift ? text.slice(1) : text).close();
  if (!root) throw new XlsxError('bad-xml', { part, line: 1, detail: 'no root element' });
  return root;
}

/** First child with this local name. */
export function child(node: XmlNode, local: string): XmlNode | undefined {
  return node.children.find((c) => c.local === local);
}

export function children(node: XmlNode, local: string): XmlNode[] {
  return node.children.filter((c) => c.local === local);
}

/** An attribute by local name (r:id and id are different attributes: pass the qualified name for those). */
export function attr(node: XmlNode, name: string): string | undefined {
  if (name in node.attrs) return node.attrs[name];
  for (const [k, v] of Object.entries(node.attrs)) if (localName(k) === name && !k.startsWith('xmlns')) return v;
  return undefined;
}

/** The value of a relationship-id attribute (r:id, whatever the prefix bound to the relationships namespace). */
export function relId(node: XmlNode, local = 'id'): string | undefined {
  for (const [k, v] of Object.entries(node.attrs)) if (k.includes(':') && localName(k) === local && !k.startsWith('xmlns')) return v;
  return undefined;
}

/** The prefix of an element ('' when none): new elements we insert use their parent's prefix. */
export function prefixOf(node: XmlNode): string {
  const i = node.name.indexOf(':');
  return i < 0 ? '' : node.name.slice(0, i + 1);
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** A whole (small) part as text, or null when the package does not have it. */
export function readPartText(zip: ZipArchive, part: string): string | null {
  return zip.has(part) ? decodeText(zip.read(part)) : null;
}

export interface StreamHandlers {
  opentag?(tag: SaxesTagPlain, parser: SaxesParser): void;
  closetag?(tag: SaxesTagPlain, parser: SaxesParser): void;
  text?(text: string): void;
  /** Every decoded chunk, before the parser sees it (the sheet writer copies the source text through). */
  chunk?(text: string): void;
}

/** Streams a part through saxes: the part is decompressed, decoded and parsed chunk by chunk. */
export function streamPart(zip: ZipArchive, part: string, handlers: StreamHandlers): void {
  const parser = parserFor(part);
  if (handlers.opentag) parser.on('opentag', (t) => handlers.opentag!(t as SaxesTagPlain, parser));
  if (handlers.closetag) parser.on('closetag', (t) => handlers.closetag!(t as SaxesTagPlain, parser));
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let first = true;
  zip.readChunks(part, (bytes, final) => {
    if (!decoder) {
      decoder = new TextDecoder(bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8');
    }
    let text = decoder.decode(bytes, { stream: !final });
    if (first && text.length > 0) {
      // TextDecoder drops a byte-order mark; a mark left over would upset the parser.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    if (text) {
      handlers.chunk?.(text);
      parser.write(text);
    }
  });
  parser.close();
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for element content or a double-quoted attribute. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => TEXT_ESCAPES[c]);
}

/**
 * Cell text as Excel stores it: characters XML 1.0 cannot carry become _xHHHH_, and a literal _xHHHH_
 * is protected as _x005F_xHHHH_ so that Excel does not decode it.
 */
export function encodeCellText(s: string): string {
  return escapeXml(
    s
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`),
  );
}

/** The reverse of encodeCellText's escapes, as Excel reads shared and inline strings. */
export function decodeCellText(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Splices replacements into a text: [start, end, replacement] ranges, not overlapping. */
export function splice(text: string, edits: readonly (readonly [number, number, string])[]): string {
  const sorted = [...edits].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let out = '';
  let at = 0;
  for (const [start, end, replacement] of sorted) {
    out += text.slice(at, start) + replacement;
    at = Math.max(at, end);
  }
  return out + text.slice(at);
}

/** A start tag with one attribute set (added or replaced), keeping every other byte of the tag. */
export function setAttr(tagText: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tagText)) return tagText.replace(re, `$1"${escapeXml(value)}"`);
  const close = tagText.endsWith('/>') ? tagText.length - 2 : tagText.length - 1;
  return `${tagText.slice(0, close)} ${name}="${escapeXml(value)}"${tagText.slice(close)}`;
}
