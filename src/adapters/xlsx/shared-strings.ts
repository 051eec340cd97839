import { bytesOf, isLocal, scanPart, textOf } from './xml-bytes';
import { decodeCellText } from './xml';
import type { ZipArchive } from './zip';

const SI = bytesOf('si');
const T = bytesOf('t');
const RPH = bytesOf('rPh');

/**
 * The shared string table, streamed: each <si> is its plain text (rich-text runs joined; phonetic guides,
 * <rPh>, left out as Excel shows the cell without them). Each string is decoded on its own from the bytes,
 * so none keeps the part's text alive.
 */
export function readSharedStrings(zip: ZipArchive, part: string | null): string[] {
  const out: string[] = [];
  if (!part || !zip.has(part)) return out;
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let pieces: string[] = [];
  scanPart(zip, part, {
    tag(tag) {
      if (isLocal(tag, SI)) {
        if (tag.closing) {
          out.push(decodeCellText(pieces.length === 1 ? pieces[0] : pieces.join('')));
          inItem = false;
        } else if (tag.selfClosing) out.push('');
        else {
          inItem = true;
          pieces = [];
        }
      } else if (isLocal(tag, RPH)) {
        if (!tag.selfClosing) phonetic += tag.closing ? -1 : 1;
      } else if (isLocal(tag, T)) {
        inText = !tag.closing && !tag.selfClosing && inItem && phonetic === 0;
      }
    },
    text(buf, start, end, cdata) {
      if (inText) pieces.push(textOf(buf, start, end, cdata));
    },
  });
  return out;
}
