import { checkSheet } from '../../../src/core/check';
import { Grid } from '../../../src/core/grid/grid';
import { scanGoalSheet } from '../../../src/core/layout/detect-goal-sets';
import { parsePolicy, PolicyError } from '../../../src/core/policy/policy';
import {
  columnOptions,
  describeHint,
  guessColumns,
  headerRowOf,
  initialMapping,
  previewMapping,
  rowTexts,
  validateMapping,
  withHint,
  withoutHint,
} from '../../../src/taskpane/state/column-mapping';
import { sheet } from '../../helpers/sheet';

/** A home-made template: the recogniser finds 产出指标 words but no header it knows (类 | 项 | 考核内容 | 目标). */
const homeMade = () =>
  sheet(
    '自制表',
    [
      ['项目名称', '社区养老服务补助'],
      ['年度总体目标', '为改善老年人生活，2025年为1200名老人提供居家养老服务，服务满意度达到90%'],
      ['类', '项', '考核内容', '目标'],
      ['产出指标', '数量指标', '服务老人人数', '≥1200人'],
      [null, '质量指标', '服务合格率', '明显提升'],
      ['满意度指标', '服务对象满意度指标', '老人满意度', '≥90%'],
    ],
    ['A4:A5'],
  );

/** The unrecognised-table issue the core reports on a sheet, as a finding carries it. */
function issueOf(snapshot: ReturnType<typeof sheet>) {
  const [issue] = scanGoalSheet(new Grid(snapshot)).issues;
  return { messageId: issue.messageId, ref: issue.cell, data: issue.data };
}

describe('这张表的列: the header row a layout finding points at', () => {
  it('a table with category words and no header: the row above the first category label', () => {
    const s = homeMade();
    const issue = issueOf(s);
    expect(issue.messageId).toBe('noIndicators');
    expect(issue.ref).toEqual({ row: 3, col: 0 });
    expect(headerRowOf(issue, new Grid(s))).toBe(3);
    // The same finding as the pane shows it.
    const [finding] = checkSheet(s)!.findings;
    expect(finding.ruleId).toBe('layout/goal-table-unrecognised');
    expect(headerRowOf(finding, new Grid(s))).toBe(3);
  });

  it('a header without a value column: the row the finding names', () => {
    const s = sheet('表', [
      ['一级指标', '二级指标', '三级指标', '说明'],
      ['产出指标', '数量指标', '培训人数', '培训500人次'],
    ]);
    const issue = issueOf(s);
    expect(issue.messageId).toBe('noValueColumn');
    expect(headerRowOf(issue, new Grid(s))).toBe(1);
  });

  it('a known header word without a complete table: that header cell’s row', () => {
    expect(headerRowOf({ messageId: 'noHeader', ref: { row: 6, col: 2 }, data: { text: '三级指标' } }, new Grid(homeMade()))).toBe(7);
  });
});

describe('这张表的列: columns offered and the first guess', () => {
  it('offers every column holding a value from the header row down, with its header text', () => {
    const g = new Grid(homeMade());
    expect(columnOptions(g, 3)).toEqual([
      { letter: 'A', text: '类' },
      { letter: 'B', text: '项' },
      { letter: 'C', text: '考核内容' },
      { letter: 'D', text: '目标' },
    ]);
    expect(rowTexts(g, 3)).toEqual(['类', '项', '考核内容', '目标']);
  });

  it('a merged header reads the same in each column it covers; a column with values but no header is offered blank', () => {
    const s = sheet(
      '表',
      [
        ['指标', null, '目标值', null],
        ['产出指标', '服务人数', '1200', '人'],
      ],
      ['A1:B1'],
    );
    expect(columnOptions(new Grid(s), 1)).toEqual([
      { letter: 'A', text: '指标' },
      { letter: 'B', text: '指标' },
      { letter: 'C', text: '目标值' },
      { letter: 'D', text: '' },
    ]);
  });

  it('guesses 一级 / 二级 from their contents when the headers say nothing, and leaves the rest to the clerk', () => {
    expect(guessColumns(new Grid(homeMade()), 3, [])).toEqual({ level1: 'A', level2: 'B' });
  });

  it('guesses from header words it knows', () => {
    const s = sheet('表', [
      ['一级指标', '二级指标', '绩效指标名称', '计量单位', '年度指标值'],
      ['产出指标', '数量指标', '服务人数', '人', '1200'],
    ]);
    expect(guessColumns(new Grid(s), 1, [])).toEqual({ level1: 'A', level2: 'B', name: 'C', unit: 'D', value: 'E' });
  });

  it('a hint already stored for the sheet and row is the starting point', () => {
    const hints = parsePolicy({ layout: { goal: [{ sheet: '自制表', headerRow: 3, columns: { name: 'C', value: 'D' } }] } }).layout.goal;
    expect(guessColumns(new Grid(homeMade()), 3, hints)).toEqual({ name: 'C', value: 'D' });
    // From the settings on a sheet the core now reads: the header row above the first indicator.
    expect(initialMapping(new Grid(homeMade()), hints, {})).toEqual({ headerRow: '3', columns: { name: 'C', value: 'D' } });
  });

  it('from a finding: its header row and a guess for it', () => {
    const s = homeMade();
    const [finding] = checkSheet(s)!.findings;
    expect(initialMapping(new Grid(s), [], { finding })).toEqual({ headerRow: '3', columns: { level1: 'A', level2: 'B' } });
    // From the settings on the same sheet (no finding at hand): the core's own issue gives the row.
    expect(initialMapping(new Grid(s), [], {}).headerRow).toBe('3');
    // A sheet with nothing goal-like: the clerk types the row.
    expect(initialMapping(new Grid(sheet('空', [['说明']])), [], {})).toEqual({ headerRow: '', columns: {} });
  });
});

describe('这张表的列: validation with the policy schema', () => {
  const base = { sheet: '自制表', headerRow: '3' };

  it('a complete choice is the hint the policy stores (letters upper-cased)', () => {
    const r = validateMapping({ ...base, columns: { level1: 'A', level2: 'b', name: 'C', value: 'D' } }, 'zh');
    expect(r.issues).toEqual([]);
    expect(r.hint).toEqual({ sheet: '自制表', headerRow: 3, columns: { level1: 'A', level2: 'B', name: 'C', value: 'D' } });
  });

  it('三级指标 and 指标值 are required, each on its own field', () => {
    const r = validateMapping({ ...base, columns: { level1: 'A' } }, 'zh');
    expect(r.hint).toBeNull();
    expect(r.issues).toEqual([
      { field: 'name', text: '请选择这一列' },
      { field: 'value', text: '请选择这一列' },
    ]);
    expect(validateMapping({ ...base, columns: {} }, 'en').issues.map((i) => i.text)).toEqual(['Choose this column', 'Choose this column']);
  });

  it('one column cannot be two items: the later one says which item has it', () => {
    const zh = validateMapping({ ...base, columns: { name: 'C', value: 'C' } }, 'zh');
    expect(zh.hint).toBeNull();
    expect(zh.issues).toEqual([{ field: 'value', text: '这一列已选作“三级指标（指标名称）”，每一项须在不同的列' }]);
    const en = validateMapping({ ...base, columns: { level2: 'B', name: 'C', value: 'D', unit: 'b' } }, 'en');
    expect(en.issues).toEqual([{ field: 'unit', text: 'This column is already "Level 2 indicator"; each item needs its own column' }]);
  });

  it('every mistake shows at once: a blank header row does not hide a repeated column', () => {
    const r = validateMapping({ sheet: '自制表', headerRow: '', columns: { name: 'C', value: 'c' } }, 'zh');
    expect(r.issues.map((i) => i.field).sort()).toEqual(['headerRow', 'value']);
  });

  it('the header row must be a positive whole number', () => {
    for (const headerRow of ['', '0', 'abc', '2.5']) {
      const r = validateMapping({ sheet: '自制表', headerRow, columns: { name: 'C', value: 'D' } }, 'zh');
      expect(r.hint).toBeNull();
      expect(r.issues).toEqual([{ field: 'headerRow', text: '请输入表头所在的行号，如 3' }]);
    }
  });

  it('the same schema refuses a repeated column in a policy file (the CLI and the settings), naming the field', () => {
    try {
      parsePolicy({ layout: { goal: [{ headerRow: 3, columns: { name: 'C', value: 'c' } }] } });
      throw new Error('expected a PolicyError');
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyError);
      expect((e as PolicyError).issues.map((i) => [i.path, i.en])).toEqual([
        ['layout.goal.0.columns.value', 'this column is already given to another item; each item needs its own column'],
      ]);
    }
  });
});

describe('这张表的列: the live preview is what the core reads', () => {
  it('name → value of the first indicators under the hinted header, and how many there are', () => {
    const hint = validateMapping({ sheet: '自制表', headerRow: '3', columns: { level1: 'A', level2: 'B', name: 'C', value: 'D' } }, 'zh').hint!;
    const p = previewMapping(new Grid(homeMade()), hint, 2);
    expect(p.total).toBe(3);
    expect(p.rows).toEqual([
      { cell: 'C4', name: '服务老人人数', value: '≥1200人' },
      { cell: 'C5', name: '服务合格率', value: '明显提升' },
    ]);
    // And the check with that hint stored reads the same table (the rules run on it).
    const report = checkSheet(homeMade(), { policy: parsePolicy({ layout: { goal: [hint] } }) })!;
    expect(report.findings.some((f) => f.ruleId.startsWith('layout/'))).toBe(false);
    expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'goal/unquantified', cell: 'D5' }));
  });

  it('columns that read nothing preview nothing', () => {
    const hint = validateMapping({ sheet: '自制表', headerRow: '6', columns: { name: 'C', value: 'D' } }, 'zh').hint!;
    expect(previewMapping(new Grid(homeMade()), hint)).toEqual({ total: 0, rows: [] });
  });
});

describe('这张表的列: the policy document', () => {
  const hint = { sheet: '自制表', headerRow: 3, columns: { name: 'C', value: 'D' } };

  it('stores the hint beside the other settings, replacing an earlier hint for the same sheet and row only', () => {
    const doc = {
      rules: { 'goal/unquantified': 'info' },
      layout: {
        goal: [
          { sheet: '自制表', headerRow: 3, columns: { name: 'B', value: 'C' } },
          { sheet: '自制表', headerRow: 20, columns: { name: 'C', value: 'E' } },
          { sheet: '别的表', headerRow: 3, columns: { name: 'C', value: 'D' } },
        ],
      },
    };
    const next = withHint(doc, { ...hint, columns: { level1: 'A', name: 'C', value: 'D' } });
    expect(next).toEqual({
      rules: { 'goal/unquantified': 'info' },
      layout: {
        goal: [
          { sheet: '自制表', headerRow: 20, columns: { name: 'C', value: 'E' } },
          { sheet: '别的表', headerRow: 3, columns: { name: 'C', value: 'D' } },
          { sheet: '自制表', headerRow: 3, columns: { level1: 'A', name: 'C', value: 'D' } },
        ],
      },
    });
    expect(() => parsePolicy(next)).not.toThrow();
    // The document it was made from is untouched (drafts and the stored document are shared objects).
    expect(doc.layout.goal).toHaveLength(3);
    expect(withHint({}, hint)).toEqual({ layout: { goal: [hint] } });
  });

  it('removing the last hint leaves no empty layout behind', () => {
    const doc = withHint({ rules: {} }, hint);
    expect(withoutHint(doc, 0)).toEqual({ rules: {} });
    expect(withoutHint(withHint(doc, { ...hint, headerRow: 9 }), 0)).toEqual({ rules: {}, layout: { goal: [{ ...hint, headerRow: 9 }] } });
  });

  it('describes a stored hint in the pane’s language', () => {
    expect(describeHint({ sheet: '自制表', headerRow: 3, columns: { level1: 'a', name: 'C', value: 'D' } }, 'zh')).toEqual({
      where: '工作表“自制表”，第 3 行表头',
      columns: '一级指标 A、三级指标（指标名称） C、指标值 D',
    });
    expect(describeHint({ headerRow: 5, columns: { name: 'C', value: 'D' } }, 'en')).toEqual({
      where: 'Every sheet, header row 5',
      columns: 'Indicator name (level 3) C, Target value D',
    });
  });
});
