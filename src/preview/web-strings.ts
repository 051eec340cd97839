import type { Locale } from '../core/findings';

/**
 * What the browser checker's own controls say (the pane keeps its own catalogue). Here, not in the pane's
 * strings: they ship in the preview's chunk, not in the add-in's first load.
 */
const zh = {
  title: '浏览器版',
  open: '打开文件…',
  openHint: '选择一个或多个 .xlsx 文件；也可以把文件拖到页面上',
  dropHere: '松开鼠标即可打开这些文件',
  emptyTitle: '打开工作簿开始检查',
  emptyText: '点击“打开文件…”或把 .xlsx 文件拖到这里。文件只在本机浏览器中读取和处理，不会上传，也不会发往任何地方。',
  filesLabel: '已打开的文件',
  paneEmpty: '打开工作簿后，这里是与 Excel 加载项相同的任务窗格：检查、标记到单元格、填充、生成审核意见。',
  reading: '正在读取… {{done}}/{{total}} 张工作表',
  readingStart: '正在读取…',
  checking: '正在检查…',
  counts: '{{errors}} 个错误 · {{warnings}} 个警告 · 识别 {{recognised}}/{{sheets}} 张表',
  noTables: '未识别到绩效目标表或评价表（共 {{sheets}} 张工作表）',
  unreadable: '无法读取',
  summary: '共 {{files}} 个文件：{{errors}} 个错误，{{warnings}} 个警告{{unreadable}}',
  summaryUnreadable: '，{{n}} 个无法读取',
  openThis: '打开 {{name}}',
  remove: '从列表中移除 {{name}}',
  download: '下载副本',
  downloadAnnotated: '下载审核副本（{{name}}）',
  downloadFilled: '下载已填充副本（{{name}}）',
  nothingToSave: '尚未标记或填充：没有需要保存的改动',
  downloaded: '已生成 {{name}}（原文件未改动）',
  refused: '以下单元格属于数组公式或共享公式，副本中未写入：{{cells}}',
  notesKept: '以下单元格已有新版批注（会话），副本中只标了颜色：{{cells}}',
  samples: '示例工作簿',
  samplePick: '— 选择示例 —',
  current: '当前文件',
  privacy: '文件只在本机处理，不上传',
};

type Catalogue = { readonly [K in keyof typeof zh]: string };

const en: Catalogue = {
  title: 'browser checker',
  open: 'Open files…',
  openHint: 'Choose one or more .xlsx files, or drop them on the page',
  dropHere: 'Drop to open these files',
  emptyTitle: 'Open a workbook to check it',
  emptyText: 'Click “Open files…” or drop .xlsx files here. Files are read and processed in this browser only; nothing is uploaded or sent anywhere.',
  filesLabel: 'Opened files',
  paneEmpty: 'Once a workbook is open, this is the same task pane as in the Excel add-in: check, flag cells, fill, review opinions.',
  reading: 'Reading… sheet {{done}} of {{total}}',
  readingStart: 'Reading…',
  checking: 'Checking…',
  counts: '{{errors}} error(s) · {{warnings}} warning(s) · {{recognised}}/{{sheets}} sheet(s) recognised',
  noTables: 'no goal or evaluation table recognised ({{sheets}} sheet(s))',
  unreadable: 'Cannot be read',
  summary: '{{files}} file(s): {{errors}} error(s), {{warnings}} warning(s){{unreadable}}',
  summaryUnreadable: ', {{n}} unreadable',
  openThis: 'Open {{name}}',
  remove: 'Remove {{name}} from the list',
  download: 'Download copy',
  downloadAnnotated: 'Download the annotated copy ({{name}})',
  downloadFilled: 'Download the filled copy ({{name}})',
  nothingToSave: 'Nothing flagged or filled yet: there are no changes to save',
  downloaded: '{{name}} created (the original file is unchanged)',
  refused: 'These cells are part of an array or shared formula and were not written in the copy: {{cells}}',
  notesKept: 'These cells hold a threaded comment; the copy only colours them: {{cells}}',
  samples: 'Sample workbook',
  samplePick: '— choose a sample —',
  current: 'Current file',
  privacy: 'Files stay on this computer',
};

export type WebStrings = Catalogue;

export function webStrings(locale: Locale): WebStrings {
  return locale === 'en' ? en : zh;
}
