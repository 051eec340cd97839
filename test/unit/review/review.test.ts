import path from 'path';
import type { Finding, Severity } from '../../../src/core/findings';
import type { SheetSnapshot } from '../../../src/core/grid/types';
import { checkWorkbook } from '../../../src/core/check';
import { parsePolicy, PolicyError } from '../../../src/core/policy/policy';
import { GOAL_RULES } from '../../../src/core/rules/goal';
import { conclusionOf, DEFAULT_REVIEW_TEXTS, opinionSheetRows, reviewWorkbook, scoreProject } from '../../../src/core/review';
import { loadWorkbook, workbookSnapshots } from '../../helpers/exceljs/read-file';
import { GOOD_ROWS, goalForm } from '../../helpers/goal-form';

const SAMPLES = path.join(__dirname, '../../../assets/samples');
const policy = parsePolicy({});

async function sample(file: string): Promise<SheetSnapshot[]> {
  return workbookSnapshots(await loadWorkbook(path.join(SAMPLES, file)));
}

function finding(ruleId: string, severity: Severity, messageId = 'default', row = 10): Finding {
  return { ruleId, messageId, severity, sheet: 'S', cell: `D${row + 1}`, ref: { row, col: 3 }, message: 'm', hint: 'h' };
}

/** Two goal forms stacked on one sheet, the second starting two rows below the first. */
function stacked(a: SheetSnapshot, b: SheetSnapshot): SheetSnapshot {
  const offset = a.values.length + 2;
  return {
    name: '两个项目',
    origin: { row: 0, col: 0 },
    values: [...a.values, [], [], ...b.values],
    merges: [...a.merges, ...b.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset }))],
  };
}

describe('conclusion bands (优 ≥ 90, 良 ≥ 75, 中 ≥ 60, else 差; a score on a line takes the higher grade)', () => {
  const bands = policy.review.bands;
  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.99, 'good'],
    [75, 'good'],
    [74.99, 'pass'],
    [60, 'pass'],
    [59.99, 'poor'],
    [0, 'poor'],
  ])('%p → %s', (score, expected) => expect(conclusionOf(score, bands)).toBe(expected));

  it('follows bands set in the policy', () => {
    const custom = parsePolicy({ review: { bands: { excellent: 85, good: 70, pass: 50 } } }).review.bands;
    expect([85, 84.99, 70, 69.99, 50, 49.99].map((s) => conclusionOf(s, custom))).toEqual(['excellent', 'good', 'good', 'pass', 'pass', 'poor']);
  });

  it('lands on each boundary through real deductions (error 10, warning 3)', () => {
    const s = (fs: Finding[]) => scoreProject(fs, policy.review);
    // Warnings of three kinds: 91 → 优; a fourth kind: 88 → 良.
    const w3 = [finding('goal/value-format', 'warning'), finding('goal/duplicate-indicator', 'warning'), finding('goal/irrelevant', 'warning')];
    expect(s(w3)).toMatchObject({ score: 91, conclusion: 'excellent' });
    expect(s([...w3, finding('goal/hierarchy', 'warning')])).toMatchObject({ score: 88, conclusion: 'good' });
    // One error is never 优, whatever the score (优 means every requirement is met).
    expect(s([finding('goal/unquantified', 'error')])).toMatchObject({ score: 90, conclusion: 'good' });
    // Two errors and a warning of different kinds in different principles: 77; the 75 line is 良, below it 中.
    const e2w1 = [finding('goal/unquantified', 'error'), finding('goal/missing-satisfaction', 'error'), finding('goal/irrelevant', 'warning')];
    expect(s(e2w1)).toMatchObject({ score: 77, conclusion: 'good' });
    expect(s([...e2w1, finding('goal/hierarchy', 'warning')])).toMatchObject({ score: 74, conclusion: 'pass' });
    // Four kinds of error: exactly 60 → 中; a warning more: 57 → 差.
    const at60 = [finding('goal/unquantified', 'error'), finding('goal/missing-satisfaction', 'error'), finding('goal/funds-mismatch', 'error'), finding('goal/hierarchy', 'error')];
    expect(s(at60)).toMatchObject({ score: 60, conclusion: 'pass' });
    expect(s([...at60, finding('goal/irrelevant', 'warning')])).toMatchObject({ score: 57, conclusion: 'poor' });
  });

  it('gives 优 to a project with an error when the policy allows it', () => {
    const lenient = parsePolicy({ review: { excellentNeedsNoErrors: false } }).review;
    expect(scoreProject([finding('goal/unquantified', 'error')], lenient)).toMatchObject({ score: 90, conclusion: 'excellent' });
  });
});

describe('scoreProject', () => {
  it('weighs a problem once per kind: further findings of a rule half their points, at most twice its points', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => finding('goal/unquantified', 'error', 'default', 10 + i));
    const lost = (n: number) => scoreProject(many(n), policy.review).breakdown.find((b) => b.category === 'measurability')!.deducted;
    expect([1, 2, 3, 4].map(lost)).toEqual([10, 15, 20, 20]);
    expect(scoreProject(many(10), policy.review)).toMatchObject({ score: 80, conclusion: 'good' });
    // Two kinds in one principle each take their own points.
    const two = [...many(3), finding('goal/placeholder', 'error'), finding('goal/placeholder', 'error')];
    expect(scoreProject(two, policy.review).breakdown.find((b) => b.category === 'measurability')?.deducted).toBe(35);
  });

  it('caps each principle at its weight, so one column of bad values costs at most its principle', () => {
    const kinds = ['goal/unquantified', 'goal/placeholder', 'goal/value-format', 'goal/value-out-of-range'];
    const fs = kinds.flatMap((k) => [finding(k, 'error', 'default', 10), finding(k, 'error', 'default', 11)]);
    const r = scoreProject(fs, policy.review);
    expect(r.breakdown.find((b) => b.category === 'measurability')).toEqual({ category: 'measurability', weight: 30, deducted: 60, score: 0, findings: 8 });
    expect(r.score).toBe(70);
    expect(r.conclusion).toBe('pass');
  });

  it('takes the repeat factor and cap from the policy', () => {
    const p = parsePolicy({ review: { repeats: { factor: 1, cap: 100 } } }).review;
    const five = Array.from({ length: 5 }, (_, i) => finding('goal/value-format', 'warning', 'default', 10 + i));
    expect(scoreProject(five, p).score).toBe(85);
  });

  it('splits a rule by message: a blank overall goal is completeness, a template value is measurability', () => {
    const r = scoreProject([finding('goal/placeholder', 'error', 'blankGoal'), finding('goal/placeholder', 'error', 'default')], policy.review);
    expect(r.breakdown.map((b) => [b.category, b.deducted])).toEqual([
      ['completeness', 10],
      ['relevance', 0],
      ['measurability', 10],
      ['funds', 0],
      ['form', 0],
    ]);
  });

  it('takes weights, per-severity points, per-rule points and principles from the policy', () => {
    const p = parsePolicy({
      review: {
        weights: { completeness: 40, relevance: 10, measurability: 30, funds: 10, form: 10 },
        deductions: { warning: 2 },
        ruleDeductions: { 'goal/missing-satisfaction': 40 },
        categories: { 'goal/hierarchy': 'relevance' },
      },
    }).review;
    const r = scoreProject([finding('goal/missing-satisfaction', 'error'), finding('goal/hierarchy', 'warning'), finding('goal/value-format', 'warning')], p);
    expect(r.breakdown.map((b) => b.score)).toEqual([0, 8, 28, 10, 10]);
    expect(r.score).toBe(56);
  });

  it('counts info findings at 0 points by default', () => {
    expect(scoreProject([finding('goal/value-format', 'info')], policy.review).score).toBe(100);
  });
});

describe('reviewWorkbook on the bundled samples', () => {
  it('grades the deck’s gym example 差 with a numbered opinion naming each indicator and what to change', async () => {
    const { projects } = reviewWorkbook(await sample('goal-bad-gym.xlsx'));
    expect(projects).toHaveLength(1);
    const [gym] = projects;
    expect(gym).toMatchObject({ projectName: '县第二中学体育馆建设前期工作经费', department: '县教育局', funds: 120, conclusion: 'poor', conclusionName: '差', sheet: '绩效目标申报表', cell: 'B3' });
    expect(gym.findings).toHaveLength(14);
    const lines = gym.opinion.text.split('\n');
    expect(lines).toHaveLength(15);
    lines.slice(0, 14).forEach((l, i) => expect(l.startsWith(`${i + 1}. `)).toBe(true));
    expect(gym.opinion.items).toContain('缺少满意度指标，请在“满意度指标—服务对象满意度指标”下补充服务对象满意度指标（如「受益群众满意度 ≥90%」）。');
    expect(gym.opinion.items).toContain('「前期工作质量」指标值「明显提升」无法衡量，请量化（如 ≥95%、较上年提高5个百分点），或对应明确的标准。');
    expect(gym.opinion.items).toContain('「购置XX装备器材」指标值「XX套」是未替换的模板文字，请填写实际目标值。');
    expect(gym.opinion.items).toContain('年度资金总额 120 与财政拨款、其他资金之和 110 不符（相差 10），请核对资金来源。');
    expect(lines[14]).toBe(`审核结论：差（${gym.score}分）。绩效目标不符合要求，该项目不进入预算安排流程。`);
    expect(gym.opinion.text).not.toMatch(/\{\{/);
  });

  it('grades the good school form 优 with no points and the 88号 sentence for 优', async () => {
    const [school] = reviewWorkbook(await sample('goal-good-school.xlsx')).projects;
    expect(school).toMatchObject({ score: 100, conclusion: 'excellent', conclusionName: '优' });
    expect(school.opinion.items).toEqual([]);
    expect(school.opinion.text).toBe(
      '经审核，绩效目标指向明确、细化量化，未发现需要修改的问题。\n审核结论：优（100分）。绩效目标指向明确、细化量化、合理可行、相应匹配，可进入项目预算安排流程。',
    );
  });

  it('gives each project of a department summary table only its own findings', async () => {
    const snapshots = await sample('goal-department-summary.xlsx');
    const { projects } = reviewWorkbook(snapshots);
    const all = checkWorkbook(snapshots)[0].findings;
    expect(all.length).toBeGreaterThan(3);
    // The sample's second project occupies rows 9–13 (zero-based 8–12); every finding of the sheet is there.
    expect(all.every((f) => f.ref.row >= 8 && f.ref.row <= 12)).toBe(true);
    expect(projects.map((p) => [p.projectName, p.findings.length, p.conclusionName])).toEqual([
      ['高标准农田建设项目', 0, '优'],
      ['动物疫病防控经费', all.length, '中'],
      ['农村人居环境整治经费', 0, '优'],
    ]);
  });

  it('lists sheets of other kinds as skipped instead of reviewing them', async () => {
    const review = reviewWorkbook(await sample('results-2025.xlsx'));
    expect(review.projects).toEqual([]);
    expect(review.skippedSheets.map((s) => s.kind)).toEqual(['evaluation']);
  });

  it('gives the same opinions, byte for byte, for the same workbook read twice', async () => {
    const a = JSON.stringify(reviewWorkbook(await sample('goal-multi-sheet.xlsx')));
    const b = JSON.stringify(reviewWorkbook(await sample('goal-multi-sheet.xlsx')));
    expect(b).toBe(a);
    expect(Buffer.from(b, 'utf8').equals(Buffer.from(a, 'utf8'))).toBe(true);
  });

  it('writes English opinions for the English pane', async () => {
    const [gym] = reviewWorkbook(await sample('goal-bad-gym.xlsx'), { locale: 'en' }).projects;
    expect(gym.conclusionName).toBe('Poor');
    expect(gym.opinion.items).toContain('The value "明显提升" of "前期工作质量" cannot be measured: quantify it (e.g. ≥95%, +5 points on last year) or tie it to a named standard.');
    expect(gym.opinion.conclusion).toMatch(/^Conclusion: Poor \([\d.]+\)\. .*does not enter budget arrangement\.$/);
  });
});

describe('project mapping on a sheet with two stacked forms', () => {
  const withoutSatisfaction = GOOD_ROWS.filter((r) => r[0] !== '满意度指标');
  const snapshot = stacked(
    goalForm({ project: '甲项目', rows: GOOD_ROWS }),
    goalForm({ project: '乙项目', rows: [...withoutSatisfaction.slice(0, 5), ['效益指标', '社会效益指标', '群众出行条件', '明显改善']] }),
  );

  it('assigns each finding to the form it sits in', () => {
    const { projects } = reviewWorkbook([snapshot]);
    expect(projects.map((p) => p.projectName)).toEqual(['甲项目', '乙项目']);
    expect(projects[0].findings).toEqual([]);
    expect(projects[1].findings.map((f) => f.ruleId).sort()).toEqual(['goal/missing-satisfaction', 'goal/unquantified']);
    expect(projects[1].opinion.items).toContain('「群众出行条件」指标值「明显改善」无法衡量，请量化（如 ≥95%、较上年提高5个百分点），或对应明确的标准。');
  });
});

describe('opinion texts are data', () => {
  it('has a Chinese and an English template for every message of every goal rule', () => {
    for (const rule of GOAL_RULES) {
      for (const messageId of Object.keys(rule.meta.messages)) {
        for (const locale of ['zh', 'en'] as const) {
          const t = DEFAULT_REVIEW_TEXTS[locale].opinions;
          const key = messageId === 'default' ? rule.meta.id : `${rule.meta.id}:${messageId}`;
          expect([key, t[key] !== undefined]).toEqual([key, true]);
        }
      }
      expect(DEFAULT_REVIEW_TEXTS.zh.problems[rule.meta.id]).toBeTruthy();
      expect(DEFAULT_REVIEW_TEXTS.en.problems[rule.meta.id]).toBeTruthy();
    }
    expect(Object.keys(DEFAULT_REVIEW_TEXTS.en.opinions).sort()).toEqual(Object.keys(DEFAULT_REVIEW_TEXTS.zh.opinions).sort());
  });

  it('takes templates, conclusion sentences and names from the policy', async () => {
    const custom = parsePolicy({
      review: {
        texts: {
          zh: {
            opinions: { 'goal/missing-satisfaction': '请补充满意度指标（项目「{{project}}」）。' },
            conclusions: { poor: '结论：{{conclusion}}，{{score}}分，不予安排。' },
            conclusionNames: { poor: '不合格' },
          },
        },
      },
    });
    const [gym] = reviewWorkbook(await sample('goal-bad-gym.xlsx'), { policy: custom }).projects;
    expect(gym.opinion.items).toContain('请补充满意度指标（项目「县第二中学体育馆建设前期工作经费」）。');
    expect(gym.conclusionName).toBe('不合格');
    expect(gym.opinion.conclusion).toBe(`结论：不合格，${gym.score}分，不予安排。`);
  });

  it('never shows a placeholder: a template naming a value its finding lacks falls back to the finding’s own text', async () => {
    const custom = parsePolicy({ review: { texts: { zh: { opinions: { 'goal/missing-satisfaction': '请补充「{{indicator}}」的{{nosuchfield}}。' } } } } });
    const [gym] = reviewWorkbook(await sample('goal-bad-gym.xlsx'), { policy: custom }).projects;
    const point = gym.opinion.items[gym.opinion.itemOfFinding[gym.findings.findIndex((f) => f.ruleId === 'goal/missing-satisfaction')]];
    expect(point).toBe(`${gym.findings.find((f) => f.ruleId === 'goal/missing-satisfaction')!.message}：在“满意度指标 → 服务对象满意度指标”下增加一项，如「受益群众满意度 ≥90%」，并说明面向谁调查。`);
    expect(gym.opinion.text).not.toMatch(/\{\{/);
  });

  it('rejects an unknown template key, weights that do not add up to 100 and bands out of order, naming the field', () => {
    const issues = (doc: unknown) => {
      try {
        parsePolicy(doc);
      } catch (e) {
        return (e as PolicyError).issues.map((i) => `${i.path}: ${i.message}`);
      }
      return [];
    };
    expect(issues({ review: { texts: { zh: { opinions: { 'goal/nope': 'x' } } } } })).toEqual([expect.stringMatching(/^review\.texts\.zh\.opinions: .*goal\/nope/)]);
    expect(issues({ review: { weights: { completeness: 50 } } })).toEqual(['review.weights: 各项权重之和须为 100']);
    expect(issues({ review: { bands: { excellent: 70, good: 80 } } })).toEqual(['review.bands: 审核分数线须满足 优 > 良 > 中（例如 90 / 75 / 60）']);
  });
});

describe('opinionSheetRows', () => {
  it('gives a header and one row per project, the opinion last', async () => {
    const review = reviewWorkbook(await sample('goal-department-summary.xlsx'));
    const rows = opinionSheetRows(review, policy, 'zh');
    expect(rows[0]).toEqual(['序号', '工作表', '单元格', '单位/部门', '项目名称', '资金（万元）', '得分', '审核结论', '全面性', '相关性', '可衡量性', '资金', '形式', '审核意见']);
    expect(rows).toHaveLength(4);
    expect(rows[2].slice(0, 8)).toEqual([2, '汇总表', 'A9', '', '动物疫病防控经费', 80, review.projects[1].score, '中']);
    expect(rows[2][13]).toBe(review.projects[1].opinion.text);
  });
});
