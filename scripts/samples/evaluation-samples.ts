import type ExcelJS from 'exceljs';
import { title, writeTable, type SampleSpec } from './xlsx-builder';

type Cell = string | number | Date | null | { error: string };

const OUTPUT_HEADERS = ['评价等级', '调整比例', '调整金额（万元）', '本年度年初预算项目经费（万元）', '结果应用'];

/**
 * The results table a county 预算股 keeps for budget compilation: every grade, both 评价类型, 绩效突出
 * 是/否/blank, the four floating-point traps as base amounts, bad scores (blank, #DIV/0!, 待定, 105), a grade
 * typed without a score, a typed grade that contradicts its score, and output cells already filled in.
 */
function resultsTable(ws: ExcelJS.Worksheet): void {
  title(ws, '2024年度项目支出绩效评价结果应用表（2025年预算编制）', 1, 'L');
  ws.getCell('A2').value = '编制单位：县财政局预算股　　金额单位：万元';
  ws.mergeCells('A2:L2');
  const header = ['序号', '主管部门', '项目名称', '评价类型', '评价得分', '是否绩效突出', '上年度年初预算项目经费（万元）', ...OUTPUT_HEADERS];
  // [主管部门, 项目名称, 评价类型, 评价得分, 是否绩效突出, 上年预算, 评价等级, 调整比例, 调整金额, 本年预算, 结果应用]
  const rows: Cell[][] = [
    ['县教育局', '城区中小学校舍维修改造', '结果评价', 95.5, '是', 360],
    ['县卫生健康局', '基层医疗卫生机构设备购置', '结果评价', 92, '否', 860],
    ['县农业农村局', '高标准农田建设后续管护', '过程评价', 90, null, 1.45],
    ['县交通运输局', '农村公路日常养护', '过程评价', 89.99, null, 2.9],
    ['县民政局', '特困人员集中供养服务', '结果评价', 85, null, 520.6],
    ['县文化广电旅游体育局', '乡镇综合文化站免费开放', '过程评价', 80, null, 46.8],
    ['县水务局', '农村饮水安全工程维修养护', '过程评价', 79.99, null, 138],
    ['县自然资源局', '地质灾害隐患点群测群防', '结果评价', 60, null, 75],
    ['县人力资源和社会保障局', '职业技能提升培训补贴', '结果评价', 59.99, null, 1.15],
    ['县市场监督管理局', '食品安全监督抽检', '过程评价', 45, null, 4.35],
    ['县林业局', '森林防火专项经费', '结果评价', null, null, 88],
    ['县统计局', '第五次全国经济普查经费', '结果评价', { error: '#DIV/0!' }, null, 30],
    ['县司法局', '法律援助案件补贴', '过程评价', '待定', null, 25],
    ['县科工商务局', '电子商务进农村综合示范', '结果评价', 105, null, 60],
    ['县档案馆', '馆藏档案数字化加工', '结果评价', null, null, 18, '良'],
    ['县残疾人联合会', '残疾儿童康复救助', '过程评价', 88, null, 40, '优秀'],
    ['县应急管理局', '应急物资储备', '结果评价', 83, null, 120, null, null, null, null, '已在预算编制会议研究，暂按上年数安排'],
    ['县城市管理局', '城区环卫保洁作业', '过程评价', 76, null, 300, null, 0],
  ];
  const body = rows.map((r, i) => {
    const full: Cell[] = [i + 1, ...r];
    while (full.length < header.length) full.push(null);
    return full;
  });
  const baseTotal = rows.reduce((s, r) => s + (typeof r[5] === 'number' ? r[5] : 0), 0);
  const totalRow: Cell[] = ['合计', null, null, null, null, null, Math.round(baseTotal * 100) / 100, null, null, null, null, null];
  writeTable(ws, [header, ...body, totalRow], {
    top: 3,
    merges: [`A${4 + body.length}:F${4 + body.length}`],
    boldRows: [3, 4 + body.length],
    widths: [6, 20, 28, 10, 10, 10, 16, 10, 10, 14, 16, 60],
  });
  // Formats the clerk already gave the input and pre-filled output cells.
  for (let r = 4; r < 4 + body.length; r++) {
    ws.getCell(`G${r}`).numFmt = '0.00';
    ws.getCell(`I${r}`).numFmt = '0%';
  }
  const foot = 4 + body.length + 2;
  ws.getCell(`A${foot}`).value = '填表人：王敏　　审核人：李强　　填报日期：2025年1月10日';
  ws.mergeCells(`A${foot}:L${foot}`);
}

/** How the clerk fills it in: a sheet of notes the add-in must skip quietly. */
function notes(ws: ExcelJS.Worksheet): void {
  const lines = [
    '填表说明',
    '1. 评价得分按县财政局组织的绩效评价结果填写，满分100分。',
    '2. 评价等级：90分（含）以上为优秀，80（含）-90分为良好，60（含）-80分为合格，60分以下为差。',
    '3. 结果应用：优秀且绩效突出的按上年度年初预算项目经费的10%调增；良好的调增5%；合格的不调整并整改；差的调减10%。',
  ];
  lines.forEach((t, i) => (ws.getCell(`A${i + 1}`).value = t));
  ws.getColumn(1).width = 100;
}

/**
 * A department summary without output columns: a two-row header (评价结果 merged over 得分 / 等级),
 * section rows giving the 评价类型, a 合计 row. The fill adds 调整比例 … 结果应用 at the right.
 */
function summaryWithoutOutputs(ws: ExcelJS.Worksheet): void {
  title(ws, '2024年度部门项目绩效评价结果汇总表', 1, 'F');
  const rows: Cell[][] = [
    ['序号', '单位名称', '评价结果', null, '是否绩效突出', '上年度年初预算项目经费（万元）'],
    [null, null, '得分', '等级', null, null],
    ['一、过程评价项目', null, null, null, null, null],
    [1, '县教育局（学前教育资助）', 93, null, '是', 210.5],
    [2, '县卫生健康局（家庭医生签约服务）', 86.5, null, null, 132.8],
    [3, '县农业农村局（动物防疫）', 72, null, null, 64.35],
    ['二、结果评价项目', null, null, null, null, null],
    [4, '县交通运输局（公交运营补贴）', 91, null, '否', 415],
    [5, '县民政局（城乡低保经办）', 68.5, null, null, 98.25],
    [6, '县水务局（河长制工作经费）', 55, null, null, 42.15],
    [7, '县住房和城乡建设局（老旧小区改造前期）', null, '良', null, 180],
    ['合计', null, null, null, null, 1143.05],
  ];
  writeTable(ws, rows, {
    top: 2,
    merges: ['A2:A3', 'B2:B3', 'C2:D2', 'E2:E3', 'F2:F3', 'A4:F4', 'A8:F8', 'A13:B13'],
    boldRows: [2, 3, 4, 8, 13],
    widths: [6, 38, 10, 8, 12, 18],
  });
}

interface SelfSpec {
  year: number;
  project: string;
  department: string;
  implementer: string;
  /** 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金: [年初预算数, 全年预算数, 全年执行数]. */
  money: [number, number, number][];
  goal: [string, string];
  /** [一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分?, 偏差原因?] */
  indicators: [string, string, string, Cell, Cell, number, Cell?, string?][];
  gradeLabel: boolean;
}

/** The published 项目支出绩效自评表 (财预〔2020〕10号), with merged 一级/二级 labels as filled in by units. */
function selfEvaluationForm(ws: ExcelJS.Worksheet, spec: SelfSpec): void {
  title(ws, '项目支出绩效自评表', 1, 'I');
  const labels = ['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金'];
  const weightSum = 10 + spec.indicators.reduce((s, r) => s + r[5], 0);
  const head: Cell[][] = [
    [`（${spec.year}年度）`, null, null, null, null, null, null, null, null],
    ['项目名称', spec.project, null, null, null, null, null, null, null],
    ['主管部门', spec.department, null, null, '实施单位', spec.implementer, null, null, null],
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', null],
    ...spec.money.map(([a, b, c], i): Cell[] => [null, labels[i], a, b, c, i === 0 ? 10 : '—', null, i === 0 ? null : '—', null]),
    ['年度总体目标', '预期目标', null, null, null, '实际完成情况', null, null, null],
    [null, spec.goal[0], null, null, null, spec.goal[1], null, null, null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ];
  const body: Cell[][] = spec.indicators.map((r) => [null, r[0], r[1], r[2], r[3], r[4], r[5], r[6] ?? null, r[7] ?? null]);
  const first = 2 + head.length;
  const moneyEnd = 6 + spec.money.length - 1;
  const merges = [
    'A2:I2',
    'B3:I3',
    'B4:D4',
    'F4:I4',
    `A5:A${moneyEnd}`,
    `A${moneyEnd + 1}:A${moneyEnd + 2}`,
    `B${moneyEnd + 1}:E${moneyEnd + 1}`,
    `F${moneyEnd + 1}:I${moneyEnd + 1}`,
    `B${moneyEnd + 2}:E${moneyEnd + 2}`,
    `F${moneyEnd + 2}:I${moneyEnd + 2}`,
    `A${first - 1}:A${first + body.length - 1}`,
  ];
  // Merge runs of equal 一级 / (一级, 二级) labels, blanking the cells below as Excel does.
  for (const col of [1, 2]) {
    const key = (i: number) => (col === 1 ? spec.indicators[i][0] : `${spec.indicators[i][0]}|${spec.indicators[i][1]}`);
    let start = 0;
    for (let i = 1; i <= body.length; i++) {
      if (i < body.length && key(i) === key(start)) continue;
      if (i - start > 1) {
        const letter = 'ABC'[col];
        merges.push(`${letter}${first + start}:${letter}${first + i - 1}`);
        for (let k = start + 1; k < i; k++) body[k][col] = null;
      }
      start = i;
    }
  }
  const total: Cell[] = ['总分', null, null, null, null, null, weightSum, null, spec.gradeLabel ? '自评等级' : null];
  const totalRow = first + body.length;
  merges.push(`A${totalRow}:F${totalRow}`);
  writeTable(ws, [...head, ...body, total], { top: 2, merges, boldRows: [5, first - 1, totalRow], widths: [8, 12, 16, 26, 18, 18, 8, 10, 30] });
  if (spec.gradeLabel) ws.getCell(`J${totalRow}`).border = ws.getCell(`I${totalRow}`).border;
  ws.getRow(moneyEnd + 2).height = 60;
  ws.getCell(`A${totalRow + 2}`).value = '填表人：赵云　　联系电话：0751-2812345　　填报日期：2025年3月15日';
  ws.mergeCells(`A${totalRow + 2}:I${totalRow + 2}`);
}

const SCHOOL: SelfSpec = {
  year: 2024,
  project: '城区中小学校舍维修改造项目',
  department: '县教育局',
  implementer: '县教育局基建股',
  money: [
    [360, 360, 342],
    [300, 300, 290],
    [0, 0, 0],
    [60, 60, 52],
  ],
  goal: [
    '为消除校舍安全隐患、改善办学条件，2024年对城区3所中小学校舍实施维修改造共4200平方米，维修后校舍安全达标率达到100%，受益师生不少于3500人。',
    '完成3所学校校舍维修改造4300平方米，校舍安全达标率100%，受益师生4300人；因雨季影响，竣工时间推迟至11月中旬。',
  ],
  indicators: [
    ['产出指标', '数量指标', '维修改造校舍面积', '≥4200平方米', '4300平方米', 15],
    ['产出指标', '数量指标', '维修改造学校数量', '=3所', '3所', 10],
    ['产出指标', '质量指标', '工程验收合格率', '100%', '98%', 10, null, '一处屋面防水返工，已整改'],
    ['产出指标', '时效指标', '工程完工时间', '2024年10月31日前', '2024年11月15日', 5, null, '雨季停工，下年度提前开工'],
    ['产出指标', '成本指标', '每平方米维修改造成本', '≤857元', '900元', 10, null, '建材价格上涨'],
    ['效益指标', '社会效益指标', '受益师生人数', '≥3500人', '4300人', 10],
    ['效益指标', '社会效益指标', '校舍安全达标率', '100%', '100%', 10],
    ['效益指标', '可持续影响指标', '维修后校舍安全使用年限', '≥20年', '达成年度指标', 10],
    ['满意度指标', '服务对象满意度指标', '师生及家长满意度', '≥90%', '88%', 10, null, '施工期间噪声影响教学'],
  ],
  gradeLabel: false,
};

/** A form with gaps: a blank 实际完成值, a qualitative indicator partly met, a score typed by the unit. */
const CLINIC: SelfSpec = {
  year: 2024,
  project: '基层医疗卫生机构设备购置项目',
  department: '县卫生健康局',
  implementer: '县人民医院',
  money: [
    [860, 860, 731],
    [800, 800, 700],
    [0, 0, 0],
    [60, 60, 31],
  ],
  goal: ['为提升基层诊疗能力，为12家乡镇卫生院购置DR、彩超等设备共36台（套），设备使用率不低于80%。', '完成11家卫生院设备采购安装，1家因场地改造延后。'],
  indicators: [
    ['产出指标', '数量指标', '购置设备数量', '36台', '33台', 20],
    ['产出指标', '质量指标', '设备验收合格率', '100%', 1, 10],
    ['产出指标', '时效指标', '设备安装调试完成时间', '2024年9月30日前', '2024年9月20日', 10],
    ['产出指标', '成本指标', '设备采购成本', '≤860万元', '731万元', 10],
    ['效益指标', '社会效益指标', '乡镇卫生院设备使用率', '≥80%', null, 15, null, '尚未完成年度统计'],
    ['效益指标', '可持续影响指标', '基层诊疗能力', '达到县域医共体建设标准', '部分达成并具有一定效果', 15],
    ['满意度指标', '服务对象满意度指标', '就诊患者满意度', '≥90%', '93%', 10, 9.5],
  ],
  gradeLabel: true,
};

export function evaluationSamples(): SampleSpec[] {
  return [
    {
      file: 'results-2025.xlsx',
      about: '评价结果应用表：各等级、过程/结果评价、是否绩效突出、浮点陷阱金额、无效得分（空白、#DIV/0!、待定、105）、已填写的输出单元格',
      build(wb) {
        resultsTable(wb.addWorksheet('评价结果应用'));
        notes(wb.addWorksheet('填表说明'));
      },
    },
    {
      file: 'results-summary-2025.xlsx',
      about: '部门评价结果汇总表：两行合并表头（评价结果：得分/等级）、分段行给出评价类型、合计行，缺少调整比例等输出列（填写时在右侧新增）',
      build(wb) {
        summaryWithoutOutputs(wb.addWorksheet('部门评价结果'));
      },
    },
    {
      file: 'self-evaluation-2025.xlsx',
      about: '项目支出绩效自评表（财预〔2020〕10号格式）：执行率10·产出50·效益30·满意度10；一张完整，一张有空白实际完成值、部分达成和已填得分',
      build(wb) {
        selfEvaluationForm(wb.addWorksheet('校舍维修自评'), SCHOOL);
        selfEvaluationForm(wb.addWorksheet('卫生院设备自评'), CLINIC);
      },
    },
  ];
}
