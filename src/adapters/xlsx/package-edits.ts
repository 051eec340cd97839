import { parseRels, relsPartOf, type Relationship } from './package';
import { attr, children, escapeXml, parseTree, prefixOf, readPartText, splice } from './xml';
import type { ZipArchive } from './zip';

/**
 * The bookkeeping parts of a package edit: [Content_Types].xml and .rels parts. New entries are spliced in
 * before the closing tag; nothing present is rewritten.
 */

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';

/** Pending changes to the whole package: part contents, plus content types and relationships to add. */
export class PackageEdits {
  /** Part name → new text (or null to delete the part). */
  readonly parts = new Map<string, string | null>();
  private readonly overrides: { part: string; type: string }[] = [];
  private readonly defaults: { ext: string; type: string }[] = [];
  private readonly removedOverrides = new Set<string>();
  private readonly relAdds = new Map<string, { id: string; type: string; target: string }[]>();
  private readonly relRemovals = new Map<string, Set<string>>();
  private readonly usedNames = new Set<string>();

  constructor(readonly zip: ZipArchive) {
    for (const e of zip.entries) this.usedNames.add(e.name.toLowerCase());
  }

  /** A part name not used in the package yet: `${stem}${n}${ext}` with the smallest n ≥ 1. */
  freshPart(stem: string, ext: string): string {
    for (let n = 1; ; n++) {
      const name = `${stem}${n}${ext}`;
      if (!this.usedNames.has(name.toLowerCase())) {
        this.usedNames.add(name.toLowerCase());
        return name;
      }
    }
  }

  addOverride(part: string, type: string): void {
    this.overrides.push({ part, type });
  }

  addDefault(ext: string, type: string): void {
    this.defaults.push({ ext, type });
  }

  removeOverride(part: string): void {
    this.removedOverrides.add(part.toLowerCase());
  }

  /** The relationships of `source` as they will be (existing plus the ones added so far). */
  rels(source: string): Relationship[] {
    const relsPart = relsPartOf(source);
    const text = this.parts.has(relsPart) ? this.parts.get(relsPart) : readPartText(this.zip, relsPart);
    const existing = text ? parseRels(text, relsPart, source, this.zip) : [];
    return existing;
  }

  /** Adds a relationship from `source` to `target` (a package part); returns its id. */
  addRel(source: string, type: string, targetPart: string, relativeTo: (from: string, to: string) => string): string {
    const taken = new Set([...this.rels(source).map((r) => r.id), ...(this.relAdds.get(source) ?? []).map((r) => r.id)]);
    let n = 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const list = this.relAdds.get(source) ?? [];
    list.push({ id, type, target: relativeTo(source, targetPart) });
    this.relAdds.set(source, list);
    return id;
  }

  removeRel(source: string, id: string): void {
    const set = this.relRemovals.get(source) ?? new Set<string>();
    set.add(id);
    this.relRemovals.set(source, set);
  }

  /** Every changed part as text: the parts set directly, plus the content types and rels edited. */
  finish(): Map<string, string | null> {
    const out = new Map(this.parts);
    for (const source of new Set([...this.relAdds.keys(), ...this.relRemovals.keys()])) {
      const relsPart = this.zip.entry(relsPartOf(source))?.name ?? relsPartOf(source);
      const text = out.get(relsPart) ?? readPartText(this.zip, relsPart);
      const adds = (this.relAdds.get(source) ?? [])
        .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
        .join('');
      const removals = this.relRemovals.get(source) ?? new Set<string>();
      if (text === null || text === undefined) {
        out.set(relsPart, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${adds}</Relationships>`);
        continue;
      }
      const root = parseTree(text, relsPart);
      const edits: [number, number, string][] = [];
      for (const r of children(root, 'Relationship')) if (removals.has(attr(r, 'Id') ?? '')) edits.push([r.start, r.end, '']);
      edits.push(...closingInsert(root, text, adds, prefixOf(root)));
      out.set(relsPart, splice(text, edits));
    }
    if (this.overrides.length || this.defaults.length || this.removedOverrides.size) {
      const part = this.zip.entry('[Content_Types].xml')?.name ?? '[Content_Types].xml';
      const text = out.get(part) ?? readPartText(this.zip, part) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${TYPES_NS}"></Types>`;
      const root = parseTree(text, part);
      const p = prefixOf(root);
      const haveDefault = new Set(children(root, 'Default').map((d) => (attr(d, 'Extension') ?? '').toLowerCase()));
      const edits: [number, number, string][] = [];
      for (const o of children(root, 'Override')) {
        if (this.removedOverrides.has((attr(o, 'PartName') ?? '').replace(/^\//, '').toLowerCase())) edits.push([o.start, o.end, '']);
      }
      let adds = '';
      for (const d of this.defaults) {
        if (haveDefault.has(d.ext.toLowerCase())) continue;
        haveDefault.add(d.ext.toLowerCase());
        adds += `<${p}Default Extension="${d.ext}" ContentType="${d.type}"/>`;
      }
      for (const o of this.overrides) adds += `<${p}Override PartName="/${escapeXml(o.part)}" ContentType="${o.type}"/>`;
      edits.push(...closingInsert(root, text, adds, p));
      out.set(part, splice(text, edits));
    }
    return out;
  }
}

/** An insertion just before an element's end tag (a self-closing element is opened up). */
function closingInsert(node: { name: string; start: number; openEnd: number; end: number }, text: string, content: string, _prefix: string): [number, number, string][] {
  if (!content) return [];
  if (node.openEnd === node.end && text.slice(node.start, node.end).endsWith('/>')) {
    const tag = text.slice(node.start, node.end);
    return [[node.start, node.end, `${tag.slice(0, -2)}>${content}</${node.name}>`]];
  }
  const at = text.lastIndexOf('<', node.end - 1);
  return [[at, at, content]];
}
