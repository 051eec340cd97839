import path from 'path';
import type ExcelJS from 'exceljs';
import type { Locale } from '../../core/findings';
import type { Policy } from '../../core/policy/policy';
import { CATEGORY_KEYS, CONCLUSION_KEYS, reviewTexts, type ConclusionKey, type ProjectReview } from '../../core/review';
import { GOAL_RULES } from '../../core/rules/goal';
import { addCharts, type ChartSpec } from './chart-parts';
import type { FileReview } from './review-file';

/**
 * The summary workbook of a review run (审核汇总.xlsx):
 *  - 审核汇总: one row per project (file, sheet, 单位/部门, 项目名称, 资金, counts per problem type, score by
 *    principle, 审核结论, 审核意见), with a link to the project's cell in its file;
 *  - 概况: counts by conclusion and by department, the most common problems, and two native charts;
 *  - one sheet per problem type found, each finding with a link back to its file!cell;
 *  - 未审核文件: files that could not be read, or held no goal table, with the reason.
 * Sheet and column names are Chinese (contracts.md §2 names 项目名称, 审核结论, 审核意见); the opinions follow --lang.
 */

export const SUMMARY_SHEET = '审核汇总';
export const OVERVIEW_SHEET = '概况';
export const UNREVIEWED_SHEET = '未审核文件';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true };
const CONCLUSION_FILL: Readonly<Record<ConclusionKey, string>> = { excellent: 'FFC6EFCE', good: 'FFDDEBF7', pass: 'FFFFEB9C', poor: 'FFFFC7CE' };
const CONCLUSION_BAR: Readonly<Record<ConclusionKey, string>> = { excellent: '70AD47', good: '4472C4', pass: 'FFC000', poor: 'C00000' };
const SEVERITY_ZH: Readonly<Record<string, string>> = { error: '错误', warning: '警告', info: '提示' };
const KIND_ZH: Readonly<Record<string, string>> = { evaluation: '评价结果表', 'self-evaluation': '绩效自评表', monitoring: '运行监控表', goal: '绩效目标表' };

/** Excel's limit for HYPERLINK's link_location; a longer path is written as plain text. */
const MAX_LINK = 255;
const OPINION_WIDTH = 90;

export interface SummaryOptions {
  readonly policy: Policy;
  readonly locale: Locale;
  /** Where the summary goes: links to the reviewed files are relative to its folder, so both can move together. */
  readonly output: string;
}

/** A formula-safe string literal. */
function literal(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** 'Sheet name'!A1, quoted as Excel does for any name. */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** A link to file!cell (relative to the summary's folder), as a HYPERLINK formula: Excel, WPS and LibreOffice follow it. */
export function linkTarget(output: string, file: string, sheet: string, cell: string): string {
  const rel = path.relative(path.dirname(path.resolve(output)), path.resolve(file)).split(path.sep).join('/');
  return `${rel}#${sheetRef(sheet, cell)}`;
}

function setLink(cell: ExcelJS.Cell, target: string, text: string): void {
  if (target.length > MAX_LINK) {
    cell.value = text;
    return;
  }
  cell.value = { formula: `HYPERLINK(${literal(target)},${literal(text)})`, result: text };
  cell.font = LINK_FONT;
}

function header(ws: ExcelJS.Worksheet, labels: readonly string[], widths: readonly number[]): void {
  const row = ws.addRow([...labels]);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((c) => (c.fill = HEADER_FILL));
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: 'frozen', ySplit: ws.rowCount }];
}

/** Lines a wrapped text takes in a column `width` characters wide (a CJK character is two). */
export function wrappedLines(text: string, width: number): number {
  let lines = 0;
  for (const line of text.split('\n')) {
    let units = 0;
    for (const ch of line) units += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
    lines += Math.max(1, Math.ceil(units / Math.max(1, width - 1)));
  }
  return lines;
}

/** Row heights are not computed by every reader when a file is opened: set them for the wrapped cells. */
function fitHeight(row: ExcelJS.Row, cells: readonly [string, number][]): void {
  const lines = Math.max(1, ...cells.map(([text, width]) => wrappedLines(text, width)));
  row.height = Math.min(409, 15 * lines + 3);
}

const LANDSCAPE: Partial<ExcelJS.PageSetup> = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, '_').slice(0, 28) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}(${n})`;
  taken.add(name.toLowerCase());
  return name;
}

interface Row {
  readonly file: FileReview;
  readonly project: ProjectReview;
}

/** Problem types in the rule registry's order, then any other id found (layout/…), alphabetically. */
function problemTypes(rows: readonly Row[]): string[] {
  const known = GOAL_RULES.map((r) => r.meta.id);
  const found = new Set(rows.flatMap((r) => Object.keys(r.project.counts)));
  return [...known, ...[...found].filter((id) => !known.includes(id)).sort()];
}

function department(p: ProjectReview): string {
  return p.department ?? p.implementer ?? '';
}

/** Builds the summary workbook (ExcelJS for cells and styles, then the chart parts); returns the .xlsx bytes. */
export async function buildSummary(files: readonly FileReview[], options: SummaryOptions): Promise<Uint8Array> {
  const texts = reviewTexts(options.policy, options.locale);
  const rows: Row[] = files.flatMap((file) => file.projects.map((project) => ({ file, project })));
  const types = problemTypes(rows);
  const typeName = (id: string) => texts.problems[id] ?? id;
  // Loaded here, not at start-up: ExcelJS takes about half a second to load, and check and fill never need it.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  wb.creator = 'goal-lint';
  const taken = new Set<string>();
  const summary = wb.addWorksheet(sheetName(SUMMARY_SHEET, taken));
  const overview = wb.addWorksheet(sheetName(OVERVIEW_SHEET, taken));

  // ---------------------------------------------------------------- 审核汇总
  const weights = options.policy.review.weights;
  const summaryHeaders = [
    '序号',
    '文件',
    '工作表',
    '位置',
    '单位/部门',
    '项目名称',
    '资金（万元）',
    ...types.map(typeName),
    '问题合计',
    ...CATEGORY_KEYS.map((k) => `${texts.categories[k]}（${weights[k]}）`),
    '得分',
    '审核结论',
    '审核意见',
  ];
  header(summary, summaryHeaders, [6, 36, 16, 9, 16, 34, 12, ...types.map(() => 9), 9, ...CATEGORY_KEYS.map(() => 10), 8, 9, OPINION_WIDTH]);
  summary.pageSetup = LANDSCAPE;
  summary.getRow(1).height = 45;
  rows.forEach(({ file, project: p }, i) => {
    const counts = types.map((id) => p.counts[id] ?? 0);
    const row = summary.addRow([
      i + 1,
      file.file,
      p.sheet,
      null,
      department(p),
      p.projectName,
      p.funds,
      ...counts,
      p.findings.length,
      ...p.breakdown.map((b) => b.score),
      p.score,
      p.conclusionName,
      p.opinion.text,
    ]);
    setLink(row.getCell(4), linkTarget(options.output, file.file, p.sheet, p.cell), p.cell);
    row.getCell(summaryHeaders.length - 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: CONCLUSION_FILL[p.conclusion] } };
    row.alignment = { vertical: 'top' };
    row.getCell(summaryHeaders.length).alignment = { wrapText: true, vertical: 'top' };
    fitHeight(row, [[p.opinion.text, OPINION_WIDTH]]);
    if (typeof p.funds === 'number') row.getCell(7).numFmt = '#,##0.00';
  });
  summary.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: summaryHeaders.length } };

  // ---------------------------------------------------------------- one sheet per problem type
  const problemSheets = new Map<string, string>();
  for (const id of types) {
    const hits = rows.flatMap(({ file, project }) => project.findings.map((f, i) => ({ file, project, f, i })).filter(({ f }) => f.ruleId === id));
    if (hits.length === 0) continue;
    const ws = wb.addWorksheet(sheetName(typeName(id), taken));
    problemSheets.set(id, ws.name);
    header(ws, ['序号', '文件', '工作表', '单元格', '单位/部门', '项目名称', '严重程度', '问题说明', '修改建议', '审核意见'], [6, 36, 16, 9, 16, 30, 9, 50, 50, 50]);
    hits.forEach(({ file, project, f, i: k }, i) => {
      // The opinion point this finding became, so the sheet reads as the opinion's evidence.
      const point = project.opinion.itemOfFinding[k];
      const opinion = `${point + 1}. ${project.opinion.items[point]}`;
      const row = ws.addRow([i + 1, file.file, f.sheet, null, department(project), project.projectName, SEVERITY_ZH[f.severity] ?? f.severity, f.message, f.hint, opinion]);
      setLink(row.getCell(4), linkTarget(options.output, file.file, f.sheet, f.cell), f.cell);
      row.alignment = { vertical: 'top', wrapText: true };
      fitHeight(row, [[f.message, 50], [f.hint, 50], [opinion, 50]]);
    });
    ws.pageSetup = LANDSCAPE;
    // The rule id as a note in the header: the key a policy file uses to switch the rule or change its text.
    ws.getCell('A1').note = id;
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 10 } };
  }
  // ---------------------------------------------------------------- 未审核文件
  const unreviewed = files.filter((f) => f.error !== null || f.projects.length === 0);
  const skipped = wb.addWorksheet(sheetName(UNREVIEWED_SHEET, taken));
  header(skipped, ['序号', '文件', '原因'], [6, 40, 90]);
  unreviewed.forEach((f, i) => {
    const reason = f.error ?? noGoalReason(f);
    const row = skipped.addRow([i + 1, f.file, reason]);
    row.alignment = { vertical: 'top', wrapText: true };
    fitHeight(row, [[f.file, 40], [reason, 90]]);
  });

  // ---------------------------------------------------------------- 概况
  const charts = writeOverview(overview, rows, files, unreviewed.length, types, typeName, problemSheets, texts.conclusionNames);
  // Tabs: the summary first, then the overview, the problem sheets and the files not reviewed.
  const buffer = new Uint8Array(await wb.xlsx.writeBuffer());
  return addCharts(buffer, overview.name, charts);
}

function noGoalReason(f: FileReview): string {
  if (f.skippedSheets.length === 0) return '未找到绩效目标表（其他工作表已跳过） (no goal table found)';
  const kinds = f.skippedSheets.map((s) => `「${s.sheet}」${KIND_ZH[s.kind] ?? s.kind}`).join('、');
  return `未找到绩效目标表：${kinds}不属于目标审核范围 (no goal table)`;
}

/** Headers over number columns align with their numbers. */
function rightAlignFrom(row: ExcelJS.Row, first: number, last = row.cellCount): void {
  for (let c = first; c <= last; c++) row.getCell(c).alignment = { horizontal: 'right' };
}

function writeOverview(
  ws: ExcelJS.Worksheet,
  rows: readonly Row[],
  files: readonly FileReview[],
  unreviewedCount: number,
  types: readonly string[],
  typeName: (id: string) => string,
  problemSheets: ReadonlyMap<string, string>,
  names: Readonly<Record<ConclusionKey, string>>,
): ChartSpec[] {
  [22, 8, 10, 8, 8, 8, 8, 9].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.pageSetup = LANDSCAPE;
  ws.getCell('A1').value = '绩效目标审核概况';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = `共 ${files.length} 个文件、${rows.length} 个项目；${unreviewedCount} 个文件未审核（见「${UNREVIEWED_SHEET}」）`;

  // Counts by conclusion (the first chart's data).
  const byConclusion = CONCLUSION_KEYS.map((k) => rows.filter((r) => r.project.conclusion === k).length);
  const h1 = 4;
  const head = ws.getRow(h1);
  head.values = ['审核结论', '项目数', '占比'];
  head.font = { bold: true };
  rightAlignFrom(head, 2);
  CONCLUSION_KEYS.forEach((k, i) => {
    const r = ws.getRow(h1 + 1 + i);
    r.values = [names[k], byConclusion[i], rows.length ? byConclusion[i] / rows.length : 0];
    r.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: CONCLUSION_FILL[k] } };
    r.getCell(3).numFmt = '0.0%';
  });
  const totalRow = ws.getRow(h1 + 5);
  totalRow.values = ['合计', rows.length, rows.length ? 1 : 0];
  totalRow.getCell(3).numFmt = '0.0%';
  totalRow.font = { bold: true };

  // Counts by department and conclusion, with the average score.
  const h2 = h1 + 8;
  ws.getRow(h2 - 1).values = ['按单位/部门'];
  ws.getRow(h2 - 1).font = { bold: true };
  const deptHead = ws.getRow(h2);
  deptHead.values = ['单位/部门', '项目数', ...CONCLUSION_KEYS.map((k) => names[k]), '平均得分'];
  deptHead.font = { bold: true };
  rightAlignFrom(deptHead, 2);
  const departments = [...new Set(rows.map((r) => department(r.project) || '（未注明）'))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  departments.forEach((d, i) => {
    const mine = rows.filter((r) => (department(r.project) || '（未注明）') === d);
    const avg = mine.reduce((n, r) => n + r.project.score, 0) / mine.length;
    const r = ws.getRow(h2 + 1 + i);
    r.values = [d, mine.length, ...CONCLUSION_KEYS.map((k) => mine.filter((m) => m.project.conclusion === k).length), Math.round(avg * 100) / 100];
  });

  // The most common problems, most frequent first (ties in the rule registry's order).
  const h3 = h2 + departments.length + 3;
  ws.getRow(h3 - 1).values = ['最常见的问题'];
  ws.getRow(h3 - 1).font = { bold: true };
  const probHead = ws.getRow(h3);
  probHead.values = ['问题类型', '问题数', '涉及项目数', '明细'];
  probHead.font = { bold: true };
  rightAlignFrom(probHead, 2, 3);
  const problems = types
    .map((id) => ({ id, count: rows.reduce((n, r) => n + (r.project.counts[id] ?? 0), 0), projects: rows.filter((r) => (r.project.counts[id] ?? 0) > 0).length }))
    .filter((p) => p.count > 0)
    .sort((a, b) => b.count - a.count || types.indexOf(a.id) - types.indexOf(b.id));
  problems.forEach((p, i) => {
    const r = ws.getRow(h3 + 1 + i);
    r.values = [typeName(p.id), p.count, p.projects, null];
    const target = problemSheets.get(p.id);
    if (target) setLink(r.getCell(4), `#${sheetRef(target, 'A1')}`, target);
  });

  const sheet = ws.name;
  const charts: ChartSpec[] = [
    {
      title: '审核结论分布（项目数）',
      direction: 'col',
      categories: { ref: sheetRef(sheet, `$A$${h1 + 1}:$A$${h1 + 4}`), values: CONCLUSION_KEYS.map((k) => names[k]) },
      series: { name: '项目数', ref: sheetRef(sheet, `$B$${h1 + 1}:$B$${h1 + 4}`), values: byConclusion, color: '4472C4', pointColors: CONCLUSION_KEYS.map((k) => CONCLUSION_BAR[k]) },
      from: { col: 9, row: 1 },
      to: { col: 17, row: 17 },
    },
  ];
  if (problems.length > 0) {
    charts.push({
      title: '最常见的问题（问题数）',
      direction: 'bar',
      categories: { ref: sheetRef(sheet, `$A$${h3 + 1}:$A$${h3 + problems.length}`), values: problems.map((p) => typeName(p.id)) },
      series: { name: '问题数', ref: sheetRef(sheet, `$B$${h3 + 1}:$B$${h3 + problems.length}`), values: problems.map((p) => p.count), color: 'ED7D31' },
      from: { col: 9, row: 18 },
      to: { col: 17, row: 19 + Math.max(12, problems.length * 2) },
    });
  }
  return charts;
}
