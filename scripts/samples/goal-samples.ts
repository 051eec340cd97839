import type ExcelJS from 'exceljs';
import { largeSummaryRows } from './large-summary';
import { title, writeTable, type SampleSpec } from './xlsx-builder';

type Indicator = [string, string, string, string | number];

interface FormSpec {
  year: number;
  project: string;
  department: string;
  implementer: string;
  funds: [number | string, number | string, number | string | null];
  goal: string;
  indicators: Indicator[];
}

/** The provincial single-project form (the layout most counties use), with merged 一级/二级 labels. */
function provincialForm(ws: ExcelJS.Worksheet, spec: FormSpec, top = 1): number {
  title(ws, '项目支出绩效目标申报表', top, 'D');
  const head: (string | number | null)[][] = [
    [`（${spec.year}年度）`, null, null, null],
    ['项目名称', spec.project, null, null],
    ['主管部门', spec.department, '实施单位', spec.implementer],
    ['项目资金（万元）', '年度资金总额', spec.funds[0], null],
    [null, '其中：财政拨款', spec.funds[1], null],
    [null, '其他资金', spec.funds[2], null],
    ['年度总体目标', spec.goal, null, null],
    ['一级指标', '二级指标', '三级指标', '指标值'],
  ];
  const r0 = top + 1;
  const merges = [`A${r0}:D${r0}`, `B${r0 + 1}:D${r0 + 1}`, `A${r0 + 3}:A${r0 + 5}`, `C${r0 + 3}:D${r0 + 3}`, `C${r0 + 4}:D${r0 + 4}`, `C${r0 + 5}:D${r0 + 5}`, `B${r0 + 6}:D${r0 + 6}`];
  const body: (string | number | null)[][] = spec.indicators.map((r) => [...r]);
  const first = r0 + head.length;
  // Merge runs of equal 一级 / (一级, 二级) labels, blanking the cells below as Excel does.
  for (const col of [0, 1]) {
    const key = (i: number) => (col === 0 ? spec.indicators[i][0] : `${spec.indicators[i][0]}|${spec.indicators[i][1]}`);
    let start = 0;
    for (let i = 1; i <= body.length; i++) {
      if (i < body.length && key(i) === key(start)) continue;
      if (i - start > 1) {
        const letter = 'AB'[col];
        merges.push(`${letter}${first + start}:${letter}${first + i - 1}`);
        for (let k = start + 1; k < i; k++) body[k][col] = null;
      }
      start = i;
    }
  }
  writeTable(ws, [...head, ...body], { top: r0, merges, boldRows: [first - 1], widths: [16, 18, 34, 26] });
  ws.getRow(r0 + 6).height = 60;
  return first + body.length;
}

const SCHOOL: FormSpec = {
  year: 2025,
  project: '城区中小学校舍维修改造项目',
  department: '县教育局',
  implementer: '县教育局基建股',
  funds: [360, 300, 60],
  goal: '为消除校舍安全隐患、改善办学条件，2025年对城区3所中小学校舍实施维修改造共4200平方米，维修后校舍安全达标率达到100%，受益师生不少于3500人。',
  indicators: [
    ['产出指标', '数量指标', '维修改造校舍面积', '≥4200平方米'],
    ['产出指标', '数量指标', '维修改造学校数量', '＝３所'],
    ['产出指标', '质量指标', '工程验收合格率', '100%'],
    ['产出指标', '时效指标', '工程完工时间', '2025年10月31日前'],
    ['产出指标', '成本指标', '每平方米维修改造成本', '不超过857元'],
    ['效益指标', '社会效益指标', '受益师生人数', '不少于3500人'],
    ['效益指标', '社会效益指标', '校舍安全达标率', '100%'],
    ['效益指标', '可持续影响指标', '维修后校舍安全使用年限', '≥20年'],
    ['满意度指标', '服务对象满意度指标', '师生及家长满意度', '≥90%'],
  ],
};

/** The deck's gym example (§2.4), with the four common problems and a few more. */
const GYM: FormSpec = {
  year: 2025,
  project: '县第二中学体育馆建设前期工作经费',
  department: '县教育局',
  implementer: '县第二中学',
  funds: [120, 100, 10],
  goal: '按计划完成',
  indicators: [
    ['产出指标', '数量指标', '购置XX装备器材', 'XX套'],
    ['产出指标', '数量指标', '完成可行性研究报告', '1份'],
    ['产出指标', '质量指标', '前期工作质量', '明显提升'],
    ['产出指标', '时效指标', '完成时间', '及时'],
    ['产出指标', '社会效益指标', '增加学位', '≥600个'],
    ['效益指标', '社会效益指标', '缓解学校门口及周边道路交通拥堵', '有所缓解'],
    ['效益指标', '社会效益指标', '学校发展能力', 100],
    ['效益指标', '社会效益指标', '完成可行性研究报告', '1份'],
  ],
};

const HEALTH: FormSpec = {
  year: 2025,
  project: '县人民医院64排CT设备购置项目',
  department: '县卫生健康局',
  implementer: '县人民医院',
  funds: [860, 860, 0],
  goal: '为提升县域影像诊断能力、减少患者外转，2025年购置64排CT机1台并投入使用，年检查量不少于12000人次，患者满意度达到90%以上。',
  indicators: [
    ['产出指标', '数量指标', '购置64排CT机', '=1台'],
    ['产出指标', '质量指标', '设备验收合格率', '100%'],
    ['产出指标', '时效指标', '设备安装投入使用时间', '2025年9月30日前'],
    ['产出指标', '成本指标', '设备购置成本', '≤860万元'],
    ['效益指标', '社会效益指标', '年CT检查人次', '不少于1.2万人次'],
    ['效益指标', '社会效益指标', '设备正常使用率', '≥95%'],
    ['效益指标', '可持续影响指标', '影像诊断符合率', '达到《医学影像诊断质量控制标准》要求'],
    ['满意度指标', '服务对象满意度指标', '就诊患者满意度', '≥90%'],
  ],
};

/** The national form: 中期/年度 value columns, value split into 指标性质 · 指标值 · 度量单位, two-row header. */
function nationalForm(ws: ExcelJS.Worksheet): void {
  title(ws, '项目支出绩效目标表', 1, 'H');
  const rows: (string | number | null)[][] = [
    ['（2025年度）', null, null, null, null, null, null, null],
    ['项目名称', '农村饮水安全巩固提升工程', null, null, '主管部门', '县水利局', null, null],
    ['实施单位', '县农村供水管理站', null, null, '项目属性', '延续性项目', null, null],
    ['项目资金（万元）', null, '年度资金总额', null, 500, null, null, null],
    [null, null, '其中：财政拨款', null, 450, null, null, null],
    [null, null, '其他资金', null, 50, null, null, null],
    ['年度总体目标', '为保障农村群众饮水安全，2025年新建和改造农村供水管网85公里，新增受益人口1.2万人，农村自来水普及率达到95%以上，水质达标率不低于95%。', null, null, null, null, null, null],
    ['一级指标', '二级指标', '三级指标', '指标值', null, null, '中期指标值', '指标解释'],
    [null, null, null, '指标性质', '年度指标值', '度量单位', null, null],
    ['产出指标', '数量指标', '新建改造供水管网长度', '≥', 85, '公里', 300, '年度新建和改造管网长度'],
    [null, null, '新建集中供水工程', '＝', '４', '处', 12, null],
    [null, '质量指标', '供水水质达标率', '≥', 95, '%', 95, '按《生活饮用水卫生标准》检测'],
    [null, '时效指标', '工程完工时间', '≤', '2025年12月', null, null, null],
    [null, '成本指标', '管网每公里建设成本', '≤', 5.2, '万元', null, null],
    ['效益指标', '社会效益指标', '新增受益人口', '≥', 1.2, '万人', 4, null],
    [null, '社会效益指标', '农村自来水普及率', '≥', 95, '%', 97, null],
    [null, '可持续影响指标', '工程设计使用年限', '≥', 20, '年', 20, null],
    ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥', 90, '%', 90, null],
  ];
  const merges = [
    'A1:H1', 'A2:H2', 'B3:D3', 'F3:H3', 'B4:D4', 'F4:H4', 'A5:B7', 'C5:D5', 'C6:D6', 'C7:D7', 'E5:H5', 'E6:H6', 'E7:H7', 'B8:H8',
    'A9:A10', 'B9:B10', 'C9:C10', 'D9:F9', 'G9:G10', 'H9:H10',
    'A11:A15', 'B11:B12', 'A16:A18',
  ];
  writeTable(ws, rows, { top: 2, merges: merges.filter((m) => m !== 'A1:H1'), boldRows: [9, 10], widths: [12, 16, 26, 10, 12, 10, 12, 26] });
}

/** A department summary sheet: one table for many projects, with a 项目名称 column. */
function departmentSummary(ws: ExcelJS.Worksheet): void {
  title(ws, '2025年度县农业农村局项目支出绩效目标汇总表', 1, 'G');
  const rows: (string | number | null)[][] = [
    ['项目名称', '年度资金总额（万元）', '年度总体目标', '一级指标', '二级指标', '三级指标', '指标值'],
    ['高标准农田建设项目', 1500, '为提高耕地质量和粮食产能，2025年建成高标准农田1万亩，项目区亩均粮食产能提高50公斤以上。', '产出指标', '数量指标', '建成高标准农田面积', '≥10000亩'],
    [null, null, null, null, '质量指标', '工程验收合格率', '100%'],
    [null, null, null, null, '时效指标', '项目完工时间', '2025年12月31日前'],
    [null, null, null, null, '成本指标', '亩均建设成本', '≤1500元'],
    [null, null, null, '效益指标', '经济效益指标', '亩均粮食产能提高', '≥50公斤'],
    [null, null, null, '满意度指标', '服务对象满意度指标', '项目区农户满意度', '≥90%'],
    ['动物疫病防控经费', 80, '做好重大动物疫病防控，全年重大动物疫病免疫密度明显提升。', '产出指标', '数量指标', '免疫畜禽数量', '≥50万头（只）'],
    [null, null, null, null, '质量指标', '免疫抗体合格率', '≥70%'],
    [null, null, null, null, '时效指标', '春秋两季集中免疫完成时间', '按时完成'],
    [null, null, null, '效益指标', '社会效益指标', '重大动物疫情发生次数', '=0起'],
    [null, null, null, null, '社会效益指标', '学生体质健康达标率', '≥90%'],
    ['农村人居环境整治经费', 300, '为改善农村人居环境，2025年完成200个自然村环境整治，农村生活垃圾有效处理率达到95%。', '产出指标', '数量指标', '完成整治自然村数量', '≥200个'],
    [null, null, null, null, '质量指标', '整治验收合格率', '≥95%'],
    [null, null, null, null, '时效指标', '整治完成时间', '2025年11月30日前'],
    [null, null, null, null, '成本指标', '每村整治成本', '≤1.5万元'],
    [null, null, null, '效益指标', '生态效益指标', '农村生活垃圾有效处理率', '≥95%'],
    [null, null, null, '满意度指标', '服务对象满意度指标', '村民满意度', '≥85%'],
  ];
  const merges = ['A3:A8', 'B3:B8', 'C3:C8', 'D3:D6', 'A9:A13', 'B9:B13', 'C9:C13', 'D9:D11', 'D12:D13', 'A14:A19', 'B14:B19', 'C14:C19', 'D14:D17'];
  writeTable(ws, rows, { top: 2, merges, boldRows: [2], widths: [20, 12, 40, 12, 18, 26, 18] });
}

export function goalSamples(): SampleSpec[] {
  return [
    {
      file: 'goal-good-school.xlsx',
      about: '规范的单项目申报表（省级格式，一级/二级指标合并单元格）：应无错误',
      build(wb) {
        provincialForm(wb.addWorksheet('绩效目标申报表'), SCHOOL);
      },
    },
    {
      file: 'goal-bad-gym.xlsx',
      about: '课件中的体育馆前期工作示例：目标与项目无关、把工作当目标、无法衡量、缺满意度、资金不平衡',
      build(wb) {
        provincialForm(wb.addWorksheet('绩效目标申报表'), GYM);
      },
    },
    {
      file: 'goal-national-form.xlsx',
      about: '国家格式：中期/年度指标值，指标性质·指标值·度量单位分列，两行表头',
      build(wb) {
        nationalForm(wb.addWorksheet('项目支出绩效目标表'));
      },
    },
    {
      file: 'goal-department-summary.xlsx',
      about: '部门汇总表：一张表多个项目（项目名称列），每个项目单独检查',
      build(wb) {
        departmentSummary(wb.addWorksheet('汇总表'));
      },
    },
    {
      file: 'goal-multi-sheet.xlsx',
      about: '一个工作簿多张表：两张申报表、一张叠放两个项目的表，以及会被跳过的说明页',
      build(wb) {
        const readme = wb.addWorksheet('填表说明');
        readme.getCell('A1').value = '填表说明：请按项目分别填写绩效目标申报表，指标值应量化。';
        provincialForm(wb.addWorksheet('校舍维修'), SCHOOL);
        provincialForm(wb.addWorksheet('CT购置'), HEALTH);
        const stacked = wb.addWorksheet('两个项目');
        const next = provincialForm(stacked, HEALTH);
        provincialForm(stacked, GYM, next + 2);
      },
    },
  ];
}

/** A generated goal workbook of `indicators` indicator rows (department summary layout), for the benchmark. */
export function largeSummarySheet(ws: ExcelJS.Worksheet, indicators: number): void {
  largeSummaryRows(indicators).forEach((row, i) => (ws.getRow(i + 1).values = row));
}
