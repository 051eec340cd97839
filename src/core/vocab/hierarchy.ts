/**
 * The indicator hierarchy (一级 → 二级) of the national and provincial goal forms, as data.
 * Keys are canonical names; aliases are matched after headerKey() normalisation.
 * 成本指标 appears both as a 二级 under 产出 (older forms) and as a 一级 of its own (财预〔2021〕101号
 * and some provinces); both are accepted.
 */

export type Level1 = '产出指标' | '效益指标' | '满意度指标' | '成本指标';

export type OutputDimension = '数量指标' | '质量指标' | '时效指标' | '成本指标';

export interface Level2Def {
  readonly name: string;
  readonly parents: readonly Level1[];
  /** The 产出 dimension this 二级 satisfies, if any. */
  readonly dimension?: OutputDimension;
  readonly aliases: readonly string[];
}

export const LEVEL1_ALIASES: Readonly<Record<Level1, readonly string[]>> = {
  产出指标: ['产出指标', '产出', '产出目标'],
  效益指标: ['效益指标', '效益', '效果指标', '效果', '效益目标'],
  满意度指标: ['满意度指标', '满意度', '服务对象满意度', '满意度目标'],
  成本指标: ['成本指标', '成本'],
};

export const LEVEL2: readonly Level2Def[] = [
  { name: '数量指标', parents: ['产出指标'], dimension: '数量指标', aliases: ['数量指标', '数量'] },
  { name: '质量指标', parents: ['产出指标'], dimension: '质量指标', aliases: ['质量指标', '质量'] },
  { name: '时效指标', parents: ['产出指标'], dimension: '时效指标', aliases: ['时效指标', '时效', '进度指标'] },
  { name: '成本指标', parents: ['产出指标', '成本指标'], dimension: '成本指标', aliases: ['成本指标', '成本'] },
  { name: '经济成本指标', parents: ['成本指标', '产出指标'], dimension: '成本指标', aliases: ['经济成本指标', '经济成本'] },
  { name: '社会成本指标', parents: ['成本指标', '产出指标'], dimension: '成本指标', aliases: ['社会成本指标', '社会成本'] },
  {
    name: '生态环境成本指标',
    parents: ['成本指标', '产出指标'],
    dimension: '成本指标',
    aliases: ['生态环境成本指标', '生态环境成本', '生态成本指标', '环境成本指标'],
  },
  { name: '经济效益指标', parents: ['效益指标'], aliases: ['经济效益指标', '经济效益'] },
  { name: '社会效益指标', parents: ['效益指标'], aliases: ['社会效益指标', '社会效益'] },
  { name: '生态效益指标', parents: ['效益指标'], aliases: ['生态效益指标', '生态效益', '环境效益指标'] },
  {
    name: '可持续影响指标',
    parents: ['效益指标'],
    aliases: ['可持续影响指标', '可持续影响', '可持续发展指标', '可持续效益指标'],
  },
  {
    name: '服务对象满意度指标',
    // The 2015 national form files satisfaction as a 二级 under 效益指标; newer forms make 满意度 a 一级.
    parents: ['满意度指标', '效益指标'],
    aliases: [
      '服务对象满意度指标', '服务对象满意度', '社会公众满意度指标', '社会公众满意度', '社会公众或服务对象满意度指标', '社会公众或服务对象满意度',
      '受益对象满意度指标', '受益对象满意度', '受益群众满意度指标', '群众满意度指标', '满意度指标', '满意度',
    ],
  },
];
