import type { Locale } from '../../core/findings';

/**
 * The texts of the "这张表的列" step and of the settings' list of layout hints, in Chinese (the default) and
 * English: loaded with the step and the settings, not at the pane's start-up (the start-up budget). Same
 * rules as strings.ts: {{name}} placeholders filled by its `format`, the English catalogue typed against
 * the Chinese one.
 */
const zh = {
  mappingTitle: '这张表的列',
  mappingIntro: '工作表“{{sheet}}”：先选表头所在的行，再为每一项选出它所在的列。确认后保存在工作簿的设置中（表格内容不会改动），并重新检查这张表。',
  mappingRow: '表头所在行',
  mappingRowShows: '第 {{row}} 行：{{cells}}',
  mappingRowEmpty: '第 {{row}} 行没有内容。',
  mappingRowRequired: '请输入表头所在的行号，如 3',
  mappingColumns: '各项所在的列',
  mappingChoose: '请选择',
  mappingNone: '（没有这一列）',
  mappingOption: '{{letter}} 列：{{text}}',
  mappingOptionEmpty: '{{letter}} 列（表头为空）',
  mappingOptionLetter: '{{letter}} 列',
  mappingRequired: '请选择这一列',
  mappingSameColumn: '这一列已选作“{{role}}”，每一项须在不同的列',
  roleLevel1: '一级指标',
  roleLevel2: '二级指标',
  roleName: '三级指标（指标名称）',
  roleValue: '指标值',
  roleUnit: '度量单位',
  roleComparator: '指标性质（≥、≤、＝）',
  roleValueType: '指标值类型（定量、定性）',
  roleProjectName: '项目名称',
  mappingPreviewTitle: '按这样读到的指标',
  mappingPreviewWaiting: '选好表头所在行、三级指标和指标值两列后，这里显示读到的指标。',
  mappingPreviewCount: '读到 {{count}} 个指标，前 {{shown}} 个：',
  mappingPreviewNone: '按这样的列读不到任何指标：请检查表头所在行和各列。',
  mappingConfirm: '确认',
  sectionLayout: '这张表的列（表头与各列）',
  layoutHelp: '检查工具读不懂或读错某张目标表时，在这里指定它的表头所在行和各列；检查结果中“指定这张表的列”按钮也会保存到这里。',
  layoutNone: '还没有为任何表指定过列。',
  layoutHintSheet: '工作表“{{sheet}}”，第 {{row}} 行表头',
  layoutHintAnySheet: '所有工作表，第 {{row}} 行表头',
  layoutHintColumn: '{{role}} {{letter}}',
  layoutAdd: '指定当前工作表的列',
  layoutEdit: '修改',
  layoutEditLabel: '修改：{{where}}',
  layoutRemove: '删除',
  layoutRemoveLabel: '删除：{{where}}',
  layoutRemoved: '已删除这项列设置；点击“保存到工作簿”后生效。',
} as const;

type Catalogue = { readonly [K in keyof typeof zh]: string };

const en: Catalogue = {
  mappingTitle: "This table's columns",
  mappingIntro: 'Sheet "{{sheet}}": choose the header row, then the column of each item. Confirming stores this in the workbook settings (the sheet itself is not changed) and checks the sheet again.',
  mappingRow: 'Header row',
  mappingRowShows: 'Row {{row}}: {{cells}}',
  mappingRowEmpty: 'Row {{row}} is empty.',
  mappingRowRequired: 'Enter the number of the header row, e.g. 3',
  mappingColumns: 'Columns',
  mappingChoose: 'Choose a column',
  mappingNone: '(no such column)',
  mappingOption: 'Column {{letter}}: {{text}}',
  mappingOptionEmpty: 'Column {{letter}} (no header)',
  mappingOptionLetter: 'Column {{letter}}',
  mappingRequired: 'Choose this column',
  mappingSameColumn: 'This column is already "{{role}}"; each item needs its own column',
  roleLevel1: 'Level 1 indicator',
  roleLevel2: 'Level 2 indicator',
  roleName: 'Indicator name (level 3)',
  roleValue: 'Target value',
  roleUnit: 'Unit',
  roleComparator: 'Comparator (≥, ≤, =)',
  roleValueType: 'Value type (quantitative, qualitative)',
  roleProjectName: 'Project name',
  mappingPreviewTitle: 'What is read this way',
  mappingPreviewWaiting: 'Once the header row and the indicator and target columns are chosen, what is read shows here.',
  mappingPreviewCount: '{{count}} indicator(s) read; the first {{shown}}:',
  mappingPreviewNone: 'No indicator is read with these columns: check the header row and the columns.',
  mappingConfirm: 'Confirm',
  sectionLayout: 'Table columns (header row and columns)',
  layoutHelp: 'When the checker cannot read a goal table, or reads it wrongly, set its header row and columns here; "Set this table\'s columns" on a finding stores them here too.',
  layoutNone: 'No table has its columns set yet.',
  layoutHintSheet: 'Sheet "{{sheet}}", header row {{row}}',
  layoutHintAnySheet: 'Every sheet, header row {{row}}',
  layoutHintColumn: '{{role}} {{letter}}',
  layoutAdd: "Set the active sheet's columns",
  layoutEdit: 'Edit',
  layoutEditLabel: 'Edit: {{where}}',
  layoutRemove: 'Remove',
  layoutRemoveLabel: 'Remove: {{where}}',
  layoutRemoved: 'Removed these columns; click "Save to workbook" to apply.',
};

export type MappingStrings = Catalogue;

export function mappingStringsFor(locale: Locale): MappingStrings {
  return locale === 'en' ? en : zh;
}
