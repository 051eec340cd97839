import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Native Excel charts added to an .xlsx package. ExcelJS writes cells, styles and formulas but no charts, so
 * the chart parts (xl/charts/chartN.xml, a drawing that places them, the relationships and the content
 * types) are added here, at the package level, to the file ExcelJS wrote. The chart reads its data from
 * cells of the workbook (so it follows edits) and carries a cache of the values, so every reader shows it
 * without recalculating.
 */

export interface ChartSeries {
  readonly name: string;
  /** A1 range of the values, with its sheet: `'概况'!$B$5:$B$8`. */
  readonly ref: string;
  readonly values: readonly number[];
  /** RRGGBB of the bars; `pointColors` colour each bar on its own. */
  readonly color: string;
  readonly pointColors?: readonly string[];
}

export interface ChartSpec {
  readonly title: string;
  /** Vertical columns or horizontal bars. */
  readonly direction: 'col' | 'bar';
  readonly categories: { readonly ref: string; readonly values: readonly string[] };
  readonly series: ChartSeries;
  /** Where it sits on the sheet: zero-based cell corners. */
  readonly from: { readonly col: number; readonly row: number };
  readonly to: { readonly col: number; readonly row: number };
}

const NS_MAIN = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unescapeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function richText(text: string, size: number, bold: boolean): string {
  const b = bold ? ' b="1"' : '';
  return `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${b}/></a:pPr><a:r><a:rPr lang="zh-CN" sz="${size}"${b}/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`;
}

function solid(color: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`;
}

/** A round axis step (1, 2, 5 × 10^k, at least 1) giving about six gridlines: counts have no halves. */
export function axisStep(max: number): number {
  const raw = Math.max(1, max / 6);
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

/** The chart part: one bar/column series, values shown on the bars, no legend (one series needs none). */
export function chartXml(spec: ChartSpec): string {
  const { categories: cat, series: ser } = spec;
  const strCache = `<c:strCache><c:ptCount val="${cat.values.length}"/>${cat.values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
  const numCache = `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${ser.values.length}"/>${ser.values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('')}</c:numCache>`;
  const points = (ser.pointColors ?? []).map((c, i) => `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${solid(c)}</c:dPt>`).join('');
  const labels =
    '<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';
  // Horizontal bars list the first category at the top, as the table beside them does.
  const catOrientation = spec.direction === 'bar' ? 'maxMin' : 'minMax';
  const catPos = spec.direction === 'bar' ? 'l' : 'b';
  const valPos = spec.direction === 'bar' ? 't' : 'l';
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS_CHART}" xmlns:a="${NS_MAIN}" xmlns:r="${NS_R}">` +
    '<c:roundedCorners val="0"/>' +
    '<c:chart>' +
    `<c:title><c:tx>${richText(spec.title, 1400, true)}</c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/>' +
    '<c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="${spec.direction}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:tx><c:v>${escapeXml(ser.name)}</c:v></c:tx>` +
    solid(ser.color) +
    '<c:invertIfNegative val="0"/>' +
    points +
    labels +
    `<c:cat><c:strRef><c:f>${escapeXml(cat.ref)}</c:f>${strCache}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(ser.ref)}</c:f>${numCache}</c:numRef></c:val>` +
    '</c:ser>' +
    '<c:gapWidth val="60"/><c:axId val="5001"/><c:axId val="5002"/></c:barChart>' +
    `<c:catAx><c:axId val="5001"/><c:scaling><c:orientation val="${catOrientation}"/></c:scaling><c:delete val="0"/><c:axPos val="${catPos}"/>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="5002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    `<c:valAx><c:axId val="5002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${valPos}"/><c:majorGridlines/>` +
    '<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    '<c:crossAx val="5001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>' +
    `<c:majorUnit val="${axisStep(Math.max(0, ...ser.values))}"/></c:valAx>` +
    '</c:plotArea>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart>' +
    '</c:chartSpace>'
  );
}

function anchorXml(spec: ChartSpec, index: number, relId: string): string {
  const corner = (tag: string, p: { col: number; row: number }) =>
    `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    corner('from', spec.from) +
    corner('to', spec.to) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXml(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_CHART}"><c:chart xmlns:c="${NS_CHART}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  return XML_HEAD + `<Relationships xmlns="${NS_PKG_RELS}">` + rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('') + '</Relationships>';
}

/** The worksheet part of a sheet, through workbook.xml and its relationships. */
function worksheetPath(files: Record<string, Uint8Array>, sheetName: string): string {
  const workbook = strFromU8(files['xl/workbook.xml']);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']);
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\sr:id="([^"]*)"/.exec(m[0])?.[1];
    if (name === undefined || unescapeXml(name) !== sheetName || !rid) continue;
    const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((r) => r[0]).find((r) => r.includes(`Id="${rid}"`));
    const target = rel && /\sTarget="([^"]*)"/.exec(rel)?.[1];
    if (target) return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }
  throw new Error(`工作表「${sheetName}」不在工作簿中 (sheet not found in package)`);
}

function freeNumber(files: Record<string, Uint8Array>, prefix: string): number {
  let n = 1;
  while (files[`${prefix}${n}.xml`]) n++;
  return n;
}

/** The CT_Worksheet children that must come after <drawing>: the element goes before the first of them. */
const AFTER_DRAWING = ['<legacyDrawing', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

/** Adds the charts to one sheet of an .xlsx package; returns the new package. */
export function addCharts(xlsx: Uint8Array, sheetName: string, charts: readonly ChartSpec[]): Uint8Array {
  if (charts.length === 0) return xlsx;
  const files = unzipSync(xlsx);
  const sheetPath = worksheetPath(files, sheetName);
  let sheetXml = strFromU8(files[sheetPath]);
  if (sheetXml.includes('<drawing ')) throw new Error(`工作表「${sheetName}」已有绘图 (sheet already has a drawing)`);

  const drawingNo = freeNumber(files, 'xl/drawings/drawing');
  const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
  let chartNo = freeNumber(files, 'xl/charts/chart');
  const drawingRels: { id: string; type: string; target: string }[] = [];
  const overrides: string[] = [`<Override PartName="/${drawingPath}" ContentType="${CT_DRAWING}"/>`];
  const anchors = charts.map((spec, i) => {
    const chartPath = `xl/charts/chart${chartNo++}.xml`;
    files[chartPath] = strToU8(chartXml(spec));
    overrides.push(`<Override PartName="/${chartPath}" ContentType="${CT_CHART}"/>`);
    const id = `rId${i + 1}`;
    drawingRels.push({ id, type: REL_CHART, target: `../charts/${chartPath.slice('xl/charts/'.length)}` });
    return anchorXml(spec, i, id);
  });
  files[drawingPath] = strToU8(
    XML_HEAD + `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_MAIN}" xmlns:r="${NS_R}">` + anchors.join('') + '</xdr:wsDr>',
  );
  files[`xl/drawings/_rels/drawing${drawingNo}.xml.rels`] = strToU8(relsXml(drawingRels));

  // The sheet's relationships: keep ExcelJS's (hyperlinks …) and add the drawing under a fresh id.
  const sheetFile = sheetPath.slice(sheetPath.lastIndexOf('/') + 1);
  const sheetRelsPath = `${sheetPath.slice(0, sheetPath.lastIndexOf('/'))}/_rels/${sheetFile}.rels`;
  const existing = files[sheetRelsPath] ? strFromU8(files[sheetRelsPath]) : null;
  const used = new Set([...(existing ?? '').matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const drawingRelId = `rId${n}`;
  const drawingRel = `<Relationship Id="${drawingRelId}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/>`;
  files[sheetRelsPath] = strToU8(existing ? existing.replace('</Relationships>', `${drawingRel}</Relationships>`) : relsXml([]).replace('</Relationships>', `${drawingRel}</Relationships>`));

  if (!/<worksheet\b[^>]*\sxmlns:r=/.test(sheetXml)) sheetXml = sheetXml.replace('<worksheet', `<worksheet xmlns:r="${NS_R}"`);
  const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
  files[sheetPath] = strToU8(`${sheetXml.slice(0, at)}<drawing r:id="${drawingRelId}"/>${sheetXml.slice(at)}`);

  const types = strFromU8(files['[Content_Types].xml']);
  files['[Content_Types].xml'] = strToU8(types.replace('</Types>', `${overrides.join('')}</Types>`));
  return zipSync(files, { level: 6 });
}
