import type ExcelJS from 'exceljs';
import { title, writeTable } from './xlsx-builder';

/**
 * A county's budget-season submissions, generated for the review tests and the benchmark: workbook i is one
 * of six kinds (a good form; one missing satisfaction; unmeasurable values; the deck's gym with many
 * problems; two forms stacked on one sheet; a goal form beside a results sheet), from one of eight
 * departments. The same i always gives the same workbook.
 */

type Indicator = readonly [string, string, string, string | number];

const DEPARTMENTS = ['县教育局', '县卫生健康局', '县农业农村局', '县水利局', '县交通运输局', '县民政局', '县文化旅游局', '县住房城乡建设局'];

const GOOD: readonly Indicator[] = [
  ['产出指标', '数量指标', '维修改造校舍面积', '≥4200平方米'],
  ['产出指标', '质量指标', '工程验收合格率', '100%'],
  ['产出指标', '时效指标', '完工时间', '2025年10月31日前'],
  ['产出指标', '成本指标', '每平方米维修成本', '≤238元'],
  ['效益指标', '社会效益指标', '受益学生人数', '≥3500人'],
  ['效益指标', '可持续影响指标', '校舍安全使用年限', '≥20年'],
  ['满意度指标', '服务对象满意度指标', '师生满意度', '≥90%'],
];

const NO_SATISFACTION = GOOD.filter((r) => r[0] !== '满意度指标');

const VAGUE: readonly Indicator[] = [...NO_SATISFACTION.slice(0, 4), ['效益指标', '社会效益指标', '群众出行条件', '明显改善'], ['效益指标', '可持续影响指标', '设施使用年限', '≥15年']];

const GYM: readonly Indicator[] = [
  ['产出指标', '数量指标', '购置XX装备器材', 'XX套'],
  ['产出指标', '数量指标', '完成可行性研究报告', '1份'],
  ['产出指标', '质量指标', '前期工作质量', '明显提升'],
  ['产出指标', '时效指标', '完成时间', '及时'],
  ['产出指标', '社会效益指标', '增加学位', '≥600个'],
  ['效益指标', '社会效益指标', '缓解学校门口及周边道路交通拥堵', '有所缓解'],
  ['效益指标', '可持续影响指标', '学校发展能力', 100],
];

const GOOD_GOAL = '为改善办学条件，2025年完成3所学校校舍维修改造共4200平方米，维修后校舍安全达标率达到100%。';

interface Form {
  readonly project: string;
  readonly department: string;
  readonly funds: readonly [number, number, number];
  readonly goal: string;
  readonly indicators: readonly Indicator[];
}

/** The provincial single-project form with merged 一级 labels; returns the row after it. */
function form(ws: ExcelJS.Worksheet, f: Form, top: number): number {
  title(ws, '项目支出绩效目标申报表', top, 'D');
  const head: (string | number | null)[][] = [
    ['（2025年度）', null, null, null],
    ['项目名称', f.project, null, null],
    ['主管部门', f.department, '实施单位', `${f.department.replace(/^县/, '县属')}项目办`],
    ['项目资金（万元）', '年度资金总额', f.funds[0], null],
    [null, '其中：财政拨款', f.funds[1], null],
    [null, '其他资金', f.funds[2], null],
    ['年度总体目标', f.goal, null, null],
    ['一级指标', '二级指标', '三级指标', '指标值'],
  ];
  const r0 = top + 1;
  const merges = [`A${r0}:D${r0}`, `B${r0 + 1}:D${r0 + 1}`, `A${r0 + 3}:A${r0 + 5}`, `C${r0 + 3}:D${r0 + 3}`, `C${r0 + 4}:D${r0 + 4}`, `C${r0 + 5}:D${r0 + 5}`, `B${r0 + 6}:D${r0 + 6}`];
  const body = f.indicators.map((r) => [...r] as (string | number | null)[]);
  const first = r0 + head.length;
  let start = 0;
  for (let i = 1; i <= body.length; i++) {
    if (i < body.length && f.indicators[i][0] === f.indicators[start][0]) continue;
    if (i - start > 1) {
      merges.push(`A${first + start}:A${first + i - 1}`);
      for (let k = start + 1; k < i; k++) body[k][0] = null;
    }
    start = i;
  }
  writeTable(ws, [...head, ...body], { top: r0, merges, boldRows: [first - 1], widths: [16, 18, 34, 26] });
  return first + body.length;
}

export interface BatchProject {
  readonly sheet: string;
  readonly project: string;
  readonly department: string;
}

export interface BatchWorkbook {
  readonly file: string;
  readonly projects: readonly BatchProject[];
  build(wb: ExcelJS.Workbook): void;
}

/** Workbook i of a generated batch. */
export function batchWorkbook(i: number): BatchWorkbook {
  const department = DEPARTMENTS[i % DEPARTMENTS.length];
  const kind = i % 6;
  const n = String(i + 1).padStart(4, '0');
  const funds: [number, number, number] = [100 + (i % 50) * 10, 80 + (i % 50) * 10, 20];
  const f = (name: string, indicators: readonly Indicator[], goal = GOOD_GOAL): Form => ({ project: `${name}（${n}）`, department, funds, goal, indicators });
  const one = (sheet: string, spec: Form, extra?: (wb: ExcelJS.Workbook) => void): BatchWorkbook => ({
    file: `${n}-${department}.xlsx`,
    projects: [{ sheet, project: spec.project, department }],
    build(wb) {
      form(wb.addWorksheet(sheet), spec, 1);
      extra?.(wb);
    },
  });
  switch (kind) {
    case 0:
      return one('绩效目标申报表', f('校舍维修改造项目', GOOD));
    case 1:
      return one('绩效目标申报表', f('乡村道路养护项目', NO_SATISFACTION));
    case 2:
      return one('绩效目标申报表', f('城乡公交运营补助', VAGUE));
    case 3:
      return one('绩效目标申报表', { ...f('体育馆建设前期工作经费', GYM, '按计划完成'), funds: [120, 100, 10] });
    case 4: {
      const a = f('卫生院设备购置项目', GOOD);
      const b = f('村级文化活动室建设', NO_SATISFACTION.filter((r) => r[0] !== '效益指标'));
      return {
        file: `${n}-${department}.xlsx`,
        projects: [
          { sheet: '两个项目', project: a.project, department },
          { sheet: '两个项目', project: b.project, department },
        ],
        build(wb) {
          const ws = wb.addWorksheet('两个项目');
          form(ws, b, form(ws, a, 1) + 2);
        },
      };
    }
    default:
      return one('项目申报', f('农村饮水安全巩固提升工程', GOOD), (wb) => {
        const results = wb.addWorksheet('上年评价结果');
        results.addRow(['项目名称', '评价得分', '评价等级']);
        results.addRow(['农村饮水安全巩固提升工程（上年）', 92, null]);
      });
  }
}
