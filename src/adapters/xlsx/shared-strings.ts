import { decodeCellText, localName, streamPart } from './xml';
import type { ZipArchive } from './zip';

/**
 * The shared string table, streamed: each <si> is its plain text (rich-text runs joined; phonetic guides,
 * <rPh>, left out as Excel shows the cell without them).
 */
export function readSharedStrings(zip: ZipArchive, part: string | null): string[] {
  const out: string[] = [];
  if (!part || !zip.has(part)) return out;
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let current = '';
  streamPart(zip, part, {
    opentag(tag) {
      const name = localName(tag.name);
      if (name === 'si') {
        inItem = true;
        current = '';
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && inItem && phonetic === 0) inText = !tag.isSelfClosing;
    },
    closetag(tag) {
      const name = localName(tag.name);
      if (name === 'si') {
        out.push(decodeCellText(current));
        inItem = false;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(t) {
      if (inText) current += t;
    },
  });
  return out;
}
