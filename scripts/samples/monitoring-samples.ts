import type ExcelJS from 'exceljs';
import { title, writeTable, type SampleSpec } from './xlsx-builder';

type Cell = string | number | null;

/**
 * A county education bureau's August monitoring round (1-8月, time progress 66.67%): the department's
 * project table (two-row header, 项目资金（万元） over 年度预算数 · 1-8月执行数; 执行率 and 预警 already there,
 * 时间进度 and 执行偏差 missing) and the indicator table (项目名称 merged down over each project's rows).
 */
function departmentExecution(ws: ExcelJS.Worksheet): void {
  title(ws, '2025年1-8月县教育局项目支出绩效运行监控表（资金执行）', 1, 'F');
  const rows: Cell[][] = [
    ['填报单位：县教育局', null, null, null, null, '单位：万元'],
    ['序号', '项目名称', '项目资金（万元）', null, '执行率', '预警'],
    [null, null, '年度预算数', '1-8月执行数', null, null],
    [1, '城区中小学校舍维修改造项目', 360, 268, null, null],
    [2, '农村义务教育学生营养改善计划', 520, 301.6, null, null],
    // Lags by 16.67 points: yellow.
    [3, '县第二中学体育馆建设前期工作经费', 120, 60, null, null],
    // Lags by 40.67 points: red; the clerk already wrote a note in 预警 (kept).
    [4, '学前教育普惠性幼儿园奖补资金', 200, 52, null, '已督促加快拨付'],
    // Execution above budget: monitor/execution-over-budget, row not computed.
    [5, '中小学教师培训专项经费', 80, 86.5, null, null],
    // Lags by 10.67 points (yellow); the clerk typed a different 执行率 (kept, listed as skipped).
    [6, '校园安全视频监控设备购置项目', 150, 84, 0.55, null],
    // Not a number: monitor/invalid-amount.
    [7, '中小学图书室图书购置项目', 90, '待统计', null, null],
    [null, '合计', 1520, 852.1, null, null],
  ];
  writeTable(ws, rows, { top: 2, merges: ['A3:A4', 'B3:B4', 'C3:D3', 'E3:E4', 'F3:F4'], boldRows: [3, 4], widths: [6, 34, 12, 14, 10, 36] });
  ws.getCell('E10').numFmt = '0.00%';
  ws.getCell('B14').value = '填表人：张晓梅    联系电话：0000-0000000    填报日期：2025年9月5日';
}

function departmentIndicators(ws: ExcelJS.Worksheet): void {
  title(ws, '2025年1-8月县教育局项目支出绩效运行监控表（绩效目标）', 1, 'I');
  const rows: Cell[][] = [
    ['项目名称', '绩效指标', null, null, '年度指标值', '1-8月实际完成值', '全年预计完成值', '完成目标可能性', '偏差原因'],
    [null, '一级指标', '二级指标', '三级指标', null, null, null, null, null],
    ['城区中小学校舍维修改造项目', '产出指标', '数量指标', '维修改造校舍面积', '≥4200平方米', '3100平方米', '4300平方米', '确定能', null],
    [null, '产出指标', '质量指标', '工程验收合格率', '100%', '100%', '100%', '确定能', null],
    // 'Lower is better': 905元 is above 不超过857元 — and 有可能 without a reason.
    [null, '产出指标', '成本指标', '每平方米维修改造成本', '不超过857元', '880元', '905元', '有可能', null],
    [null, '满意度指标', '服务对象满意度指标', '师生及家长满意度', '≥90%', '—', '92%', '确定能', null],
    ['农村义务教育学生营养改善计划', '产出指标', '数量指标', '受益学生人数', '≥12000人', '11800人', '12100人', '确定能', null],
    // A text projection where the target is a number: monitor/projection-not-number.
    [null, '产出指标', '时效指标', '营养餐供应天数', '≥200天', '128天', '基本完成', '确定能', null],
    // 93% (stored as 0.93) short of ≥95%, with a reason: a warning, no finding.
    [null, '效益指标', '社会效益指标', '学生营养健康状况改善率', '≥95%', '—', 0.93, '有可能', '部分学校食堂改造滞后，下半年加快进度'],
    // A deadline that will be missed, 完全不可能 with a reason.
    ['县第二中学体育馆建设前期工作经费', '产出指标', '时效指标', '可行性研究报告完成时间', '2025年6月30日前', '未完成', '2025年10月31日', '完全不可能', '用地规划调整，可研报告需重新编制'],
    [null, '满意度指标', '服务对象满意度指标', '师生满意度', '≥90%', '—', '95%', '确定能', null],
  ];
  writeTable(ws, rows, {
    top: 2,
    merges: ['A2:A3', 'B2:D2', 'E2:E3', 'F2:F3', 'G2:G3', 'H2:H3', 'I2:I3', 'A4:A7', 'A8:A10', 'A11:A12', 'B4:B6'],
    boldRows: [2, 3],
    widths: [30, 12, 18, 24, 16, 16, 16, 14, 34],
  });
  ws.getCell('G10').numFmt = '0%';
}

/**
 * The national 项目支出绩效目标执行监控表 for one project (July round): header block, money block
 * (年初预算数 · 全年预算数 · 1-7月执行数 · 执行率 over 年度资金总额 / 其中：财政拨款 / 其他资金) and the
 * indicator table with 偏差原因分析 split into 经费保障 … 其他 and 完成目标可能性 as three tick columns.
 */
function nationalMonitoringForm(ws: ExcelJS.Worksheet): void {
  title(ws, '项目支出绩效目标执行监控表', 1, 'O');
  const blank = (n: number): null[] => Array.from({ length: n }, () => null);
  const rows: Cell[][] = [
    ['（2025年1-7月）', ...blank(14)],
    ['项目名称', '农村饮水安全巩固提升工程', ...blank(5), '主管部门', '县水利局', ...blank(6)],
    ['实施单位', '县农村供水管理站', ...blank(5), '项目属性', '延续性项目', ...blank(6)],
    ['项目资金（万元）', null, null, '年初预算数', '全年预算数', '1-7月执行数', '执行率', ...blank(8)],
    [null, '年度资金总额', null, 500, 500, 230, null, ...blank(8)],
    [null, '其中：财政拨款', null, 450, 450, 215, null, ...blank(8)],
    [null, '其他资金', null, 50, 50, 15, null, ...blank(8)],
    ['年度总体目标', '2025年新建和改造农村供水管网85公里，新增受益人口1.2万人，农村自来水普及率达到95%以上。', ...blank(13)],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '1-7月实际完成值', '全年预计完成值', '偏差原因分析', null, null, null, null, '完成目标可能性', null, null, '备注'],
    [null, null, null, null, null, null, '经费保障', '制度保障', '人员保障', '硬件条件保障', '其他', '确定能', '有可能', '完全不可能', null],
    ['产出指标', '数量指标', '新建改造供水管网长度', '≥85公里', '52公里', '86公里', null, null, null, null, null, '√', null, null, null],
    [null, '质量指标', '供水水质达标率', '≥95%', '96%', '96%', null, null, null, null, null, '√', null, null, null],
    [null, '时效指标', '工程完工时间', '2025年12月31日前', '—', '2025年12月20日', null, null, null, null, null, '√', null, null, null],
    // 'Lower is better', missed, with a reason under 经费保障.
    [null, '成本指标', '管网每公里建设成本', '≤5.2万元', '5.6万元', '5.5万元', '钢材、管材价格上涨', null, null, null, null, null, '√', null, null],
    // 有可能 ticked, no reason anywhere.
    ['效益指标', '社会效益指标', '新增受益人口', '≥1.2万人', '0.7万人', '1.1万人', null, null, null, null, null, null, '√', null, null],
    ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', '—', '92%', null, null, null, null, null, '√', null, null, null],
  ];
  const merges = [
    'A2:O2', 'B3:G3', 'I3:O3', 'B4:G4', 'I4:O4',
    'A5:C5', 'A6:A8', 'B6:C6', 'B7:C7', 'B8:C8',
    'B9:O9',
    'A10:A11', 'B10:B11', 'C10:C11', 'D10:D11', 'E10:E11', 'F10:F11', 'G10:K10', 'L10:N10', 'O10:O11',
    'A12:A15',
  ];
  writeTable(ws, rows, { top: 2, merges, boldRows: [5, 10, 11], widths: [12, 14, 22, 16, 14, 16, 12, 10, 10, 12, 8, 8, 8, 10, 10] });
  ws.getRow(9).height = 40;
}

export function monitoringSamples(): SampleSpec[] {
  return [
    {
      file: 'monitoring-department.xlsx',
      about:
        '部门运行监控表（1-8月）：项目资金执行（两行表头，滞后项目的黄/红色预警，执行数超预算，执行数非数字，已填写的执行率/预警不覆盖）与绩效指标监控（成本指标“越低越好”，“有可能”未填偏差原因，预计完成值为文字）',
      build(wb) {
        departmentExecution(wb.addWorksheet('资金执行监控'));
        departmentIndicators(wb.addWorksheet('绩效指标监控'));
      },
    },
    {
      file: 'monitoring-national-form.xlsx',
      about: '国家格式的单项目绩效目标执行监控表（1-7月）：资金执行部分 + 指标部分（偏差原因分析分列、完成目标可能性打勾）',
      build(wb) {
        nationalMonitoringForm(wb.addWorksheet('执行监控表'));
      },
    },
  ];
}
