import { columnLetters } from '../../core/grid/address';
import { NOTE_SEPARATOR } from '../common/flag-plan';
import type { PackageEdits } from './package-edits';
import { relativeTarget } from './package';
import { parseCellRef } from './sheet-reader';
import { attr, child, children, encodeCellText, escapeXml, parseTree, prefixOf, readPartText, splice, type XmlNode } from './xml';

/**
 * Notes (legacy comments: a comments part for the text, a VML drawing for the boxes) on flagged cells. An
 * existing note keeps its text and gets ours appended after the pane's separator; a cell with a threaded
 * comment (Excel 365) keeps it untouched and gets only its colour, since Excel would not show an edit to
 * the legacy copy. Existing comment and VML parts are edited by splicing; new ones are added when needed.
 */

export const NOTE_AUTHOR = '绩效目标审核助手';

const TYPE = {
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vml: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
} as const;
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export interface NoteRequest {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export interface NotesOutcome {
  /** Set when the sheet needs a new <legacyDrawing r:id="…"/>. */
  readonly legacyDrawingRelId?: string;
  /** Cells whose threaded comment was left alone (colour only). */
  readonly threadedKept: string[];
}

/** Adds our notes to one sheet, queueing the part changes in `edits`. */
export function addNotes(edits: PackageEdits, sheetPart: string, notes: readonly NoteRequest[], vmlBlock: () => number): NotesOutcome {
  if (notes.length === 0) return { threadedKept: [] };
  const rels = edits.rels(sheetPart);
  const commentsRel = rels.find((r) => r.type.endsWith('/comments') && !r.external && r.part && edits.zip.has(r.part));
  const vmlRel = rels.find((r) => r.type.endsWith('/vmlDrawing') && !r.external && r.part && edits.zip.has(r.part));
  const threaded = new Set<string>();
  for (const r of rels) {
    if (!r.type.endsWith('/threadedComment') || !r.part) continue;
    const text = readPartText(edits.zip, r.part);
    if (!text) continue;
    for (const m of text.matchAll(/<(?:\w+:)?threadedComment\b[^>]*?\sref="([^"]+)"/g)) threaded.add(m[1].toUpperCase());
  }
  const threadedKept: string[] = [];
  const wanted = notes.filter((n) => {
    const a1 = `${columnLetters(n.col)}${n.row + 1}`;
    if (threaded.has(a1)) threadedKept.push(a1);
    return !threaded.has(a1);
  });
  if (wanted.length === 0) return { threadedKept };

  // 1. The comments part: append to existing notes, add new ones.
  let added: NoteRequest[];
  if (commentsRel?.part) {
    added = editComments(edits, commentsRel.part, wanted);
  } else {
    added = wanted;
    const part = edits.freshPart('xl/comments', '.xml');
    edits.parts.set(part, newComments(wanted));
    edits.addOverride(part, COMMENTS_CONTENT_TYPE);
    edits.addRel(sheetPart, TYPE.comments, part, relativeTarget);
  }

  // 2. The boxes of the new notes, in the sheet's VML drawing (created with its <legacyDrawing> if missing).
  if (added.length === 0) return { threadedKept };
  if (vmlRel?.part) {
    const text = edits.parts.get(vmlRel.part) ?? readPartText(edits.zip, vmlRel.part) ?? '';
    edits.parts.set(vmlRel.part, appendShapes(text, added));
    return { threadedKept };
  }
  const part = edits.freshPart('xl/drawings/vmlDrawing', '.vml');
  edits.parts.set(part, newVml(added, vmlBlock()));
  edits.addDefault('vml', VML_CONTENT_TYPE);
  const id = edits.addRel(sheetPart, TYPE.vml, part, relativeTarget);
  return { legacyDrawingRelId: id, threadedKept };
}

function noteRun(p: string, text: string): string {
  return `<${p}r><${p}t xml:space="preserve">${encodeCellText(text)}</${p}t></${p}r>`;
}

/** Appends to the notes that exist; returns the requests that need a new note (and a VML box). */
function editComments(edits: PackageEdits, part: string, notes: readonly NoteRequest[]): NoteRequest[] {
  const text = edits.parts.get(part) ?? readPartText(edits.zip, part) ?? '';
  const root = parseTree(text, part);
  const p = prefixOf(root);
  const list = child(root, 'commentList');
  const byRef = new Map<string, XmlNode>();
  for (const c of list ? children(list, 'comment') : []) {
    const at = parseCellRef(attr(c, 'ref') ?? '');
    if (at) byRef.set(`${at[0]}:${at[1]}`, c);
  }
  const changes: [number, number, string][] = [];
  const fresh: NoteRequest[] = [];
  for (const n of notes) {
    const existing = byRef.get(`${n.row}:${n.col}`);
    const body = existing ? child(existing, 'text') : undefined;
    if (!existing || !body) {
      fresh.push(n);
      continue;
    }
    // After the note's runs, before any phonetic guide (CT_Rst: t?, r*, rPh*, phoneticPr?).
    const phonetic = body.children.find((c) => c.local === 'rPh' || c.local === 'phoneticPr');
    const at = phonetic ? phonetic.start : text.lastIndexOf('<', body.end - 1);
    if (body.openEnd === body.end) changes.push([body.start, body.end, `<${body.name}>${noteRun(p, NOTE_SEPARATOR + n.text)}</${body.name}>`]);
    else changes.push([at, at, noteRun(p, NOTE_SEPARATOR + n.text)]);
  }
  if (fresh.length > 0) {
    const authors = child(root, 'authors');
    const names = authors ? children(authors, 'author').map((a) => a.text) : [];
    let authorId = names.indexOf(NOTE_AUTHOR);
    if (authorId < 0) {
      authorId = names.length;
      const author = `<${p}author>${escapeXml(NOTE_AUTHOR)}</${p}author>`;
      if (authors && authors.openEnd !== authors.end) changes.push([text.lastIndexOf('<', authors.end - 1), text.lastIndexOf('<', authors.end - 1), author]);
      else if (authors) changes.push([authors.start, authors.end, `<${authors.name}>${author}</${authors.name}>`]);
      else changes.push([root.openEnd, root.openEnd, `<${p}authors>${author}</${p}authors>`]);
    }
    const items = fresh.map((n) => `<${p}comment ref="${columnLetters(n.col)}${n.row + 1}" authorId="${authorId}"><${p}text>${noteRun(p, n.text)}</${p}text></${p}comment>`).join('');
    if (list && list.openEnd !== list.end) {
      const at = text.lastIndexOf('<', list.end - 1);
      changes.push([at, at, items]);
    } else if (list) changes.push([list.start, list.end, `<${list.name}>${items}</${list.name}>`]);
    else {
      const at = text.lastIndexOf('<', root.end - 1);
      changes.push([at, at, `<${p}commentList>${items}</${p}commentList>`]);
    }
  }
  edits.parts.set(part, splice(text, changes));
  return fresh;
}

function newComments(notes: readonly NoteRequest[]): string {
  const items = notes.map((n) => `<comment ref="${columnLetters(n.col)}${n.row + 1}" authorId="0"><text>${noteRun('', n.text)}</text></comment>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors><author>${escapeXml(NOTE_AUTHOR)}</author></authors><commentList>${items}</commentList></comments>`;
}

/** Declared on each element we add: a drawing's root may not declare them (openpyxl declares them locally). */
const VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';

const SHAPETYPE =
  `<v:shapetype ${VML_NS} id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">` +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function shape(n: NoteRequest, id: number): string {
  // Anchor: from one column right of the cell, three columns wide and five rows tall; hidden until hovered.
  const anchor = `${n.col + 1}, 15, ${Math.max(0, n.row - 1)}, 10, ${n.col + 4}, 15, ${n.row + 4}, 4`;
  return (
    `<v:shape ${VML_NS} id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;height:110pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${n.row}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`
  );
}

function newVml(notes: readonly NoteRequest[], block: number): string {
  // Shape ids come in blocks of 1024 per drawing (o:idmap): one block per 1024 notes, after the package's others.
  const blocks = Math.ceil((notes.length + 1) / 1024);
  const idmap = Array.from({ length: blocks }, (_, i) => block + i).join(',');
  const shapes = notes.map((n, i) => shape(n, block * 1024 + 1 + i)).join('');
  return (
    `<xml ${VML_NS}>` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>${SHAPETYPE}${shapes}</xml>`
  );
}

/**
 * Adds boxes to an existing VML drawing. VML written by Excel is not always well-formed XML, so this works
 * on the text: new shapes go before the closing </xml>, with ids above every id already there, and with
 * the note shape type when the drawing lacks it (a drawing that only held form controls).
 */
function appendShapes(text: string, notes: readonly NoteRequest[]): string {
  let maxId = 0;
  for (const m of text.matchAll(/_x0000_s(\d+)/g)) maxId = Math.max(maxId, Number(m[1]));
  const idmap = /<o:idmap[^>]*data="(\d+)/.exec(text);
  if (maxId === 0) maxId = (idmap ? Number(idmap[1]) : 1) * 1024;
  const type = /id="_x0000_t202"/.test(text) ? '' : SHAPETYPE;
  const shapes = notes.map((n, i) => shape(n, maxId + 1 + i)).join('');
  const close = text.search(/<\/xml>\s*$/i);
  const at = close >= 0 ? close : text.length;
  return text.slice(0, at) + type + shapes + text.slice(at);
}

/** The highest o:idmap block used by any VML part of the package (new drawings take the next ones). */
export function usedVmlBlocks(texts: Iterable<string>): number {
  let max = 0;
  for (const text of texts) {
    for (const m of text.matchAll(/<o:idmap[^>]*data="([\d,\s]+)"/g)) for (const n of m[1].split(',')) max = Math.max(max, Number(n) || 0);
  }
  return max;
}

export const NOTE_CONTENT_TYPES = { comments: COMMENTS_CONTENT_TYPE, vml: VML_CONTENT_TYPE };
