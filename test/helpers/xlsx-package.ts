import { columnLetters } from '../../src/core/grid/address';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { SaxesParser } from 'saxes';

/**
 * Builds .xlsx packages part by part, as Excel writes them, so tests control every byte: x14 extensions,
 * sparklines, shared and array formulas, protection with a password hash, print settings, sheet-scoped
 * names, custom properties, a calculation chain. Also the package-level comparisons the tests make.
 */

export type Parts = Record<string, string | Uint8Array>;

const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export function zipParts(parts: Parts): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(parts)) files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files, { level: 6 });
}

export function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  const out = unzipSync(bytes);
  for (const k of Object.keys(out)) if (k.endsWith('/')) delete out[k];
  return out;
}

export function partText(bytes: Uint8Array, name: string): string {
  return new TextDecoder().decode(unzipParts(bytes)[name]);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Parts whose bytes differ between two packages, plus parts only in one of them. */
export function changedParts(before: Uint8Array, after: Uint8Array): { changed: string[]; removed: string[]; added: string[] } {
  const a = unzipParts(before);
  const b = unzipParts(after);
  return {
    changed: Object.keys(a).filter((k) => k in b && !sameBytes(a[k], b[k])).sort(),
    removed: Object.keys(a).filter((k) => !(k in b)).sort(),
    added: Object.keys(b).filter((k) => !(k in a)).sort(),
  };
}

/** Throws when a part is not well-formed XML. */
export function assertWellFormed(xml: string, name: string): void {
  const p = new SaxesParser();
  p.on('error', (e) => {
    throw new Error(`${name}: ${e.message}`);
  });
  p.write(xml).close();
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export type CellSpec = string | number | boolean | { f: string; v?: string | number; t?: 'str' | 'n' | 'b' | 'e'; shared?: { si: number; ref?: string }; array?: string } | { s: number; v?: number } | null;

/** <sheetData> rows from a plain table (A1 at the top left); strings become inline strings. */
export function sheetData(rows: readonly (readonly CellSpec[])[], options: { firstRow?: number; rowAttrs?: Record<number, string> } = {}): string {
  const first = options.firstRow ?? 1;
  let out = '<sheetData>';
  rows.forEach((cells, i) => {
    const r = first + i;
    const extra = options.rowAttrs?.[r] ?? '';
    let row = '';
    cells.forEach((v, j) => {
      if (v === null || v === undefined) return;
      const ref = `${colName(j)}${r}`;
      if (typeof v === 'number') row += `<c r="${ref}"><v>${v}</v></c>`;
      else if (typeof v === 'boolean') row += `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
      else if (typeof v === 'string') row += `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
      else if ('f' in v) {
        const t = v.t ? ` t="${v.t}"` : '';
        const fAttrs = v.shared ? ` t="shared"${v.shared.ref ? ` ref="${v.shared.ref}"` : ''} si="${v.shared.si}"` : v.array ? ` t="array" ref="${v.array}"` : '';
        const fText = v.shared && !v.shared.ref ? '' : esc(v.f);
        const f = fText ? `<f${fAttrs}>${fText}</f>` : `<f${fAttrs}/>`;
        row += `<c r="${ref}"${t}>${f}${v.v === undefined ? '' : `<v>${esc(String(v.v))}</v>`}</c>`;
      } else row += `<c r="${ref}" s="${v.s}"${v.v === undefined ? '/>' : `><v>${v.v}</v></c>`}`;
    });
    out += `<row r="${r}"${extra}>${row}</row>`;
  });
  return out + '</sheetData>';
}

/** 0 → A, 26 → AA: the core's column letters. */
export const colName = columnLetters;

export interface SheetSpec {
  readonly name: string;
  /** The whole <worksheet> element, or only its sheetData (wrapped in a minimal worksheet). */
  readonly xml: string;
  readonly rels?: string;
  readonly state?: 'hidden' | 'veryHidden';
}

/** A package with these sheets and any extra parts; content types for the usual parts are filled in. */
export function workbookPackage(sheets: readonly SheetSpec[], extra: Parts = {}, options: { workbookExtra?: string; definedNames?: string; calcPr?: string; workbookPr?: string } = {}): Uint8Array {
  const parts: Parts = {};
  const overrides: string[] = [];
  const sheetEls: string[] = [];
  const rels: string[] = [];
  sheets.forEach((s, i) => {
    const part = `xl/worksheets/sheet${i + 1}.xml`;
    parts[part] = s.xml.startsWith('<?xml') || s.xml.includes('<worksheet') ? s.xml : `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}">${s.xml}</worksheet>`;
    if (s.rels) parts[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = s.rels;
    overrides.push(`<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    sheetEls.push(`<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`);
    rels.push(`<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  });
  rels.push(`<Relationship Id="rId${sheets.length + 1}" Type="${R}/styles" Target="styles.xml"/>`);
  overrides.push('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>');
  overrides.push('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
  parts['xl/workbook.xml'] =
    `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}">${options.workbookPr ?? '<workbookPr defaultThemeVersion="166925"/>'}<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews>` +
    `<sheets>${sheetEls.join('')}</sheets>${options.definedNames ?? ''}${options.calcPr ?? '<calcPr calcId="191029"/>'}${options.workbookExtra ?? ''}</workbook>`;
  parts['xl/_rels/workbook.xml.rels'] = `${DECL}<Relationships xmlns="${RELS}">${rels.join('')}${extraWorkbookRels(extra)}</Relationships>`;
  parts['xl/styles.xml'] = STYLES;
  parts['_rels/.rels'] = `${DECL}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  Object.assign(parts, extra);
  delete parts['xl/_rels/workbook.extra'];
  parts['[Content_Types].xml'] =
    `${DECL}<Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Default Extension="png" ContentType="image/png"/>${overrides.join('')}${extraTypes(extra)}</Types>`;
  return zipParts(parts);
}

/** Extra workbook relationships, given as the pseudo-part 'xl/_rels/workbook.extra'. */
function extraWorkbookRels(extra: Parts): string {
  const v = extra['xl/_rels/workbook.extra'];
  return typeof v === 'string' ? v : '';
}

function extraTypes(extra: Parts): string {
  const types: Record<string, string> = {
    'xl/calcChain.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml',
    'docProps/custom.xml': 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
  };
  return Object.keys(extra)
    .filter((k) => types[k] || /comments\d*\.xml$/.test(k))
    .map((k) => `<Override PartName="/${k}" ContentType="${types[k] ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml'}"/>`)
    .join('');
}

export const STYLES =
  `${DECL}<styleSheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac">` +
  '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>' +
  '<fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"><alignment vertical="center" wrapText="1"/></xf>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>' +
  '<xf numFmtId="176" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>' +
  '<xf numFmtId="10" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9A2D8}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst></styleSheet>';

/**
 * An Excel-style results workbook with everything Excel keeps beside the cells: a protected instructions
 * sheet with a password hash, x14 data validations and sparklines in extLst, conditional formatting,
 * print settings, a sheet-scoped Print_Area, row heights, shared and array formulas (with and without
 * cached results), a note on a score, a chart drawing, custom properties and a calculation chain.
 */
export function excelStyleResults(): Uint8Array {
  const header = ['序号', '项目名称', '评价类型', '评价得分', '是否绩效突出', '上年度年初预算项目经费（万元）', '评价等级', '调整比例', '调整金额（万元）', '本年度年初预算项目经费（万元）', '结果应用'];
  const rows: CellSpec[][] = [
    header,
    [1, '城区中小学校舍维修改造', '结果评价', 95.5, '是', 360],
    [2, '基层医疗卫生机构设备购置', '结果评价', 92, '否', 860, { f: 'IF(D3>=90,"优秀","良好")', t: 'str', v: '优秀' }],
    [3, '高标准农田建设后续管护', '过程评价', { f: 'ROUND((88+93)/2,2)' }, null, 1.45],
    [4, '农村公路日常养护', '过程评价', 89.99, null, 2.9, { f: 'IF(D5>=90,"优秀","")', t: 'str', v: '' }],
    [5, '特困人员集中供养服务', '结果评价', 85, null, { f: 'F2*1.4461', shared: { si: 0, ref: 'F6:F7' }, v: 520.6 }],
    [6, '农村饮水安全工程维修养护', '过程评价', 79.99, null, { f: '', shared: { si: 0 }, v: 138 }],
    ['合计', null, null, null, null, { f: 'SUM(F2:F7)', v: 1883.0 }, null, null, { f: 'SUM(I2:I7)', v: 0 }, { f: 'SUM(J2:J7)', array: 'J8', v: 0 }],
  ];
  const results =
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" mc:Ignorable="x14ac xr" xr:uid="{00000000-0001-0000-0000-000000000000}">` +
    '<sheetPr><tabColor rgb="FF00B050"/><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:K8"/>' +
    '<sheetViews><sheetView tabSelected="1" zoomScale="85" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="G3" sqref="G3"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/><cols><col min="2" max="2" width="30.625" customWidth="1"/><col min="11" max="11" width="48" style="1" customWidth="1"/></cols>' +
    sheetData(rows, { rowAttrs: { 1: ' ht="42.75" customHeight="1"', 3: ' spans="1:11" ht="20.1" customHeight="1" x14ac:dyDescent="0.2"' } }) +
    '<conditionalFormatting sqref="D2:D7"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>60</formula></cfRule></conditionalFormatting>' +
    '<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" showErrorMessage="1" sqref="D2:D7"><formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>' +
    '<printOptions horizontalCentered="1" gridLines="1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToHeight="0" r:id="rId3"/><rowBreaks count="1" manualBreakCount="1"><brk id="5" max="16383" man="1"/></rowBreaks>' +
    '<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/>' +
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
    '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>说明!$B$1:$B$2</xm:f></x14:formula1><xm:sqref>E2:E7</xm:sqref></x14:dataValidation></x14:dataValidations></ext>' +
    '<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
    '<x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>评价结果!D2:D7</xm:f><xm:sqref>L2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup>' +
    '</x14:sparklineGroups></ext></extLst></worksheet>';
  const instructions =
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:B2"/>${sheetData([['评价得分满分100分', '是'], [null, '否']])}` +
    '<sheetProtection algorithmName="SHA-512" hashValue="m9m0J2cGx1k0j4W6oqhSDvTq+YQ6uJ8JX9o3hRZmJcS0f3zv5b5cXzv5nJ1V0fQ6k8pC3Wv4e7L5m2q1b0Z9fg==" saltValue="2mQ7cI0b5F8f1Q2r3S4t5A==" spinCount="100000" sheet="1" objects="1" scenarios="1"/>' +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  const comments = `${DECL}<comments xmlns="${MAIN}"><authors><author>王敏</author></authors><commentList><comment ref="D2" authorId="0" shapeId="0" xr:uid="{1}" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"><text><r><rPr><b/><sz val="9"/><rFont val="宋体"/><charset val="134"/></rPr><t>王敏:</t></r><r><rPr><sz val="9"/><rFont val="宋体"/><charset val="134"/></rPr><t xml:space="preserve">
得分来自第三方评价报告</t></r></text></comment></commentList></comments>`;
  const vml =
    '<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="1"/>\r\n </o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\r\n  path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style=\'position:absolute;margin-left:270pt;margin-top:2pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden\' fillcolor="infoBackground [80]" o:insetmode="auto">\r\n  <v:fill color2="infoBackground [80]"/>\r\n  <v:shadow color="none [81]" obscured="t"/>\r\n  <v:path o:connecttype="none"/>\r\n  <v:textbox style=\'mso-direction-alt:auto\'>\r\n   <div style=\'text-align:left\'></div>\r\n  </v:textbox>\r\n  <x:ClientData ObjectType="Note">\r\n   <x:MoveWithCells/>\r\n   <x:SizeWithCells/>\r\n   <x:Anchor>\r\n    4, 15, 0, 2, 6, 15, 4, 16</x:Anchor>\r\n   <x:AutoFill>False</x:AutoFill>\r\n   <x:Row>1</x:Row>\r\n   <x:Column>3</x:Column>\r\n  </x:ClientData>\r\n </v:shape></xml>';
  const drawing = `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>18</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1" xmlns:r="${R}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor><xdr:twoCellAnchor><xdr:from><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>19</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="文本框 2"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>审核意见</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
  const chart = `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:barDir val="col"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>评价结果!$D$2:$D$7</c:f></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>`;
  const sheetRels = `${DECL}<Relationships xmlns="${RELS}"><Relationship Id="rId3" Type="${R}/printerSettings" Target="../printerSettings/printerSettings1.bin"/><Relationship Id="rId2" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rId1" Type="${R}/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rId4" Type="${R}/comments" Target="../comments1.xml"/></Relationships>`;
  return workbookPackage(
    [
      { name: '评价结果', xml: results, rels: sheetRels },
      { name: '说明', xml: instructions },
    ],
    {
      'xl/comments1.xml': comments,
      'xl/drawings/vmlDrawing1.vml': vml,
      'xl/drawings/drawing1.xml': drawing,
      'xl/drawings/_rels/drawing1.xml.rels': `${DECL}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart1.xml"/></Relationships>`,
      'xl/charts/chart1.xml': chart,
      'xl/printerSettings/printerSettings1.bin': new Uint8Array([0, 1, 2, 3, 250, 251, 252, 253]),
      'xl/calcChain.xml': `${DECL}<calcChain xmlns="${MAIN}"><c r="G3" i="1"/><c r="D4"/><c r="G5"/><c r="F6"/><c r="F7"/><c r="F8"/><c r="I8"/><c r="J8"/></calcChain>`,
      'docProps/custom.xml': `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="审核批次"><vt:lpwstr>2025-01</vt:lpwstr></property></Properties>`,
      'xl/_rels/workbook.extra': `<Relationship Id="rId9" Type="${R}/calcChain" Target="calcChain.xml"/>`,
    },
    {
      definedNames: `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">评价结果!$A$1:$K$8</definedName><definedName name="预算合计">评价结果!$F$8</definedName></definedNames>`,
      calcPr: '<calcPr calcId="191029"/>',
    },
  );
}
