import { attr, child, children, escapeXml, parseTree, prefixOf, setAttr, splice, type XmlNode } from './xml';

/**
 * The cell formats of styles.xml: what the reader needs (is this cell a date or a percent?) and what the
 * writer needs (a new cell format that is an existing one plus a number format, bold or a fill colour).
 * New formats are appended; existing ones are never changed, so every other cell keeps its look.
 */

/** Excel's built-in number formats (ECMA-376 18.8.30, plus the zh-CN ids 27–36 and 50–58, all dates). */
const BUILTIN: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??',
  14: 'yyyy/m/d', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm', 27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: 'm-d-yy', 31: 'yyyy"年"m"月"d"日"', 32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"', 34: '上午/下午h"时"mm"分"', 35: '上午/下午h"时"mm"分"ss"秒"', 36: 'yyyy"年"m"月"', 37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
  48: '##0.0E+0', 49: '@', 50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"', 54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"', 56: '上午/下午h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

/** Quoted literals, escapes and [colour]/[condition] sections carry no date or percent meaning. */
function bare(code: string): string {
  return code.replace(/"[^"]*"|\\.|_.|\*.|\[(?![hms]+\])[^\]]*\]/gi, '');
}

export function isDateCode(code: string): boolean {
  if (code === 'General' || code === '@') return false;
  const f = bare(code.split(';')[0]);
  return /[yd]/i.test(f) || /[hs]/i.test(f) || (/m/i.test(f) && !/^[#0.,%\s?/E+-]*$/i.test(f));
}

export function isPercentCode(code: string): boolean {
  return /%/.test(bare(code));
}

export interface CellFormat {
  /** The number format code, or null for General. */
  readonly code: string | null;
  readonly isDate: boolean;
}

const GENERAL: CellFormat = { code: null, isDate: false };

/**
 * The legacy colour palette (ECMA-376 18.8.27, indexed 8–63; 0–7 repeat 8–15): what `indexed="…"` colours
 * in fills mean, as WPS and older Excel files still write them.
 */
const INDEXED = (
  '000000FFFFFFFF000000FF000000FFFFFF00FF00FF00FFFF800000008000000080808000800080008080C0C0C0808080' +
  '9999FF993366FFFFCCCCFFFF660066FF8080' +
  '0066CCCCCCFF000080FF00FFFFFF0000FFFF800080800000008080' +
  '0000FF00CCFFCCFFFFCCFFCC' +
  'FFFF9999CCFFFF99CCCC99FFFFCC993366FF33CCCC99CC00FFCC00FF9900FF6600666699969696003366339966003300333300993300993366333399333333'
).match(/.{6}/g)!;

/** A colour element's RGB as CSS (#RRGGBB); theme colours (which need the theme part) give null. */
function cssColour(node: XmlNode | undefined): string | null {
  if (!node) return null;
  const rgb = attr(node, 'rgb');
  if (rgb && /^[0-9A-Fa-f]{6,8}$/.test(rgb)) return `#${rgb.slice(-6).toUpperCase()}`;
  const indexed = attr(node, 'indexed');
  if (indexed !== undefined) {
    const i = Number(indexed);
    const hex = Number.isInteger(i) && i >= 0 && i < 64 ? INDEXED[i < 8 ? i : i - 8] : undefined;
    return hex ? `#${hex}` : null;
  }
  return null;
}

/** Cell format index (the `s` of a cell) → its number format (for the reader) and its fill colour (for a viewer). */
export class StyleTable {
  private readonly formats: CellFormat[];
  private readonly fills: (string | null)[];

  constructor(text: string | null, part = 'xl/styles.xml') {
    this.formats = [];
    this.fills = [];
    if (text === null) return;
    const root = parseTree(text, part);
    const custom = new Map<number, string>();
    for (const f of children(child(root, 'numFmts') ?? root, 'numFmt')) custom.set(Number(attr(f, 'numFmtId')), attr(f, 'formatCode') ?? '');
    const fillColours = children(child(root, 'fills') ?? root, 'fill').map((fill) => {
      const pattern = child(fill, 'patternFill');
      // A solid fill shows its foreground colour; other patterns and gradients are drawn as no fill here.
      return pattern && attr(pattern, 'patternType') === 'solid' ? cssColour(child(pattern, 'fgColor')) : null;
    });
    const xfs = child(root, 'cellXfs');
    for (const xf of xfs ? children(xfs, 'xf') : []) {
      const id = Number(attr(xf, 'numFmtId') ?? 0);
      const code = custom.get(id) ?? BUILTIN[id] ?? null;
      this.formats.push(!code || code === 'General' ? GENERAL : { code, isDate: isDateCode(code) });
      this.fills.push(fillColours[Number(attr(xf, 'fillId') ?? 0)] ?? null);
    }
  }

  format(xf: number): CellFormat {
    return this.formats[xf] ?? GENERAL;
  }

  /** The solid fill of a cell format as CSS (#RRGGBB), or null (no fill, a pattern, or a theme colour). */
  fillColour(xf: number): string | null {
    return this.fills[xf] ?? null;
  }
}

/** What a written or flagged cell needs on top of the format it has. */
export interface StyleChange {
  readonly numberFormat?: string;
  readonly bold?: boolean;
  /** ARGB of a solid fill, e.g. FFFFC7CE. */
  readonly fill?: string;
}

const BUILTIN_ID_BY_CODE = new Map(Object.entries(BUILTIN).map(([id, code]) => [code, Number(id)] as const));

/**
 * Adds cell formats to styles.xml by splicing new elements in; nothing already there changes.
 * `derive(xf, change)` returns the index of a format equal to `xf` plus the change (created once).
 */
export class StyleEditor {
  private readonly root: XmlNode;
  private readonly prefix: string;
  private readonly xfs: XmlNode[];
  private readonly fonts: XmlNode[];
  private readonly customCodes = new Map<string, number>();
  private nextNumFmtId: number;
  private readonly newNumFmts: string[] = [];
  private readonly newFonts: string[] = [];
  private readonly newFills: string[] = [];
  private readonly newXfs: string[] = [];
  private readonly fillCount: number;
  /** Per change object (the writer shares one per distinct change), base format → derived format. */
  private readonly derived = new Map<StyleChange, Map<number, number>>();
  /** The same change given as another object still gets the same format. */
  private readonly byKey = new Map<string, number>();
  private readonly boldFonts = new Map<number, number>();
  private readonly fillIds = new Map<string, number>();

  constructor(
    private readonly text: string,
    part = 'xl/styles.xml',
  ) {
    this.root = parseTree(text, part);
    this.prefix = prefixOf(this.root);
    let maxId = 163;
    for (const f of children(child(this.root, 'numFmts') ?? this.root, 'numFmt')) {
      const id = Number(attr(f, 'numFmtId'));
      this.customCodes.set(attr(f, 'formatCode') ?? '', id);
      if (id > maxId) maxId = id;
    }
    this.nextNumFmtId = maxId + 1;
    const cellXfs = child(this.root, 'cellXfs');
    this.xfs = cellXfs ? children(cellXfs, 'xf') : [];
    const fonts = child(this.root, 'fonts');
    this.fonts = fonts ? children(fonts, 'font') : [];
    const fills = child(this.root, 'fills');
    this.fillCount = fills ? children(fills, 'fill').length : 0;
  }

  /** True when nothing was added (styles.xml stays as it is). */
  get unchanged(): boolean {
    return this.newXfs.length === 0;
  }

  derive(xf: number, change: StyleChange): number {
    const base = xf >= 0 && xf < this.xfs.length ? xf : 0;
    let byBase = this.derived.get(change);
    if (!byBase) this.derived.set(change, (byBase = new Map()));
    const known = byBase.get(base);
    if (known !== undefined) return known;
    const key = `${base}|${change.numberFormat ?? ''}|${change.bold ? 1 : 0}|${change.fill ?? ''}`;
    const same = this.byKey.get(key);
    if (same !== undefined) {
      byBase.set(base, same);
      return same;
    }
    const node = this.xfs[base];
    let tag = node ? this.text.slice(node.start, node.openEnd) : `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0">`;
    const body = node ? this.text.slice(node.openEnd, node.end) : '';
    const selfClosing = tag.endsWith('/>');
    if (change.numberFormat !== undefined) {
      tag = setAttr(tag, 'numFmtId', String(this.numFmtId(change.numberFormat)));
      tag = setAttr(tag, 'applyNumberFormat', '1');
    }
    if (change.bold) {
      tag = setAttr(tag, 'fontId', String(this.boldFont(Number(node ? (attr(node, 'fontId') ?? 0) : 0))));
      tag = setAttr(tag, 'applyFont', '1');
    }
    if (change.fill) {
      tag = setAttr(tag, 'fillId', String(this.solidFill(change.fill)));
      tag = setAttr(tag, 'applyFill', '1');
    }
    const xml = selfClosing || !node ? (selfClosing ? tag : tag.replace(/>$/, '/>')) : tag + body;
    const index = this.xfs.length + this.newXfs.length;
    this.newXfs.push(xml);
    byBase.set(base, index);
    this.byKey.set(key, index);
    return index;
  }

  private numFmtId(code: string): number {
    const builtin = BUILTIN_ID_BY_CODE.get(code);
    if (builtin !== undefined && builtin <= 49) return builtin;
    const custom = this.customCodes.get(code);
    if (custom !== undefined) return custom;
    const id = this.nextNumFmtId++;
    this.customCodes.set(code, id);
    this.newNumFmts.push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private boldFont(fontId: number): number {
    const known = this.boldFonts.get(fontId);
    if (known !== undefined) return known;
    const node = this.fonts[fontId] ?? this.fonts[0];
    let xml: string;
    const b = `<${this.prefix}b/>`;
    if (!node) xml = `<${this.prefix}font>${b}</${this.prefix}font>`;
    else if (children(node, 'b').some((x) => (attr(x, 'val') ?? '1') !== '0' && attr(x, 'val') !== 'false')) {
      this.boldFonts.set(fontId, fontId);
      return fontId;
    } else {
      const tag = this.text.slice(node.start, node.openEnd);
      xml = tag.endsWith('/>') ? `${tag.slice(0, -2)}>${b}</${node.name}>` : tag + b + this.text.slice(node.openEnd, node.end);
    }
    const id = this.fonts.length + this.newFonts.length;
    this.newFonts.push(xml);
    this.boldFonts.set(fontId, id);
    return id;
  }

  private solidFill(argb: string): number {
    const known = this.fillIds.get(argb);
    if (known !== undefined) return known;
    const p = this.prefix;
    const id = this.fillCount + this.newFills.length;
    this.newFills.push(`<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
    this.fillIds.set(argb, id);
    return id;
  }

  /** styles.xml with the new formats spliced in (counts updated), every existing byte kept. */
  toXml(): string {
    const edits: [number, number, string][] = [];
    const p = this.prefix;
    const appendTo = (local: string, items: string[], before: readonly string[]) => {
      if (items.length === 0) return;
      const node = child(this.root, local);
      if (node) {
        const count = children(node, local === 'numFmts' ? 'numFmt' : local === 'cellXfs' ? 'xf' : local.slice(0, -1)).length + items.length;
        const tag = this.text.slice(node.start, node.openEnd);
        if (tag.endsWith('/>')) {
          edits.push([node.start, node.end, `${setAttr(tag, 'count', String(count)).slice(0, -2)}>${items.join('')}</${node.name}>`]);
        } else {
          edits.push([node.start, node.openEnd, setAttr(tag, 'count', String(count))]);
          edits.push([node.end - `</${node.name}>`.length, node.end - `</${node.name}>`.length, items.join('')]);
        }
        return;
      }
      // The collection is missing: create it where the schema puts it (before the first later sibling).
      const next = this.root.children.find((c) => before.includes(c.local));
      const at = next ? next.start : this.root.end - `</${this.root.name}>`.length;
      edits.push([at, at, `<${p}${local} count="${items.length}">${items.join('')}</${p}${local}>`]);
    };
    const order = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
    const after = (local: string) => order.slice(order.indexOf(local) + 1);
    appendTo('numFmts', this.newNumFmts, after('numFmts'));
    appendTo('fonts', this.newFonts, after('fonts'));
    appendTo('fills', this.newFills, after('fills'));
    appendTo('cellXfs', this.newXfs, after('cellXfs'));
    return splice(this.text, edits);
  }
}

/** A minimal styles part for a package that has none (rare: hand-made files). */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';
