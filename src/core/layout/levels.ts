import { LEVEL1_ALIASES, LEVEL2, type Level1, type Level2Def } from '../vocab/hierarchy';
import { labelKey } from '../table/header-text';
import { memoByText } from '../text/memo';

/** 一级 / 二级 indicator names as written (`一、产出指标`, `数量指标`, `社会公众或服务对象满意度指标`) → their canonical entry. */
const LEVEL1_BY_KEY = new Map<string, Level1>();
for (const [canonical, aliases] of Object.entries(LEVEL1_ALIASES) as [Level1, readonly string[]][]) {
  for (const a of aliases) LEVEL1_BY_KEY.set(labelKey(a), canonical);
}
const LEVEL2_BY_NAME = new Map(LEVEL2.map((d) => [d.name, d]));
const LEVEL2_BY_KEY = new Map<string, Level2Def>();
for (const def of LEVEL2) for (const a of def.aliases) if (!LEVEL2_BY_KEY.has(labelKey(a))) LEVEL2_BY_KEY.set(labelKey(a), def);

/**
 * A level name may carry its points (`产出指标(70分)`) or a note in brackets: the bracket is not part of the
 * name. Some short forms write the levels as values (`产出值`, `数量值`, `可持续影响值`): the same levels.
 */
const levelKey = memoByText(20_000, (text) =>
  labelKey(text)
    .replace(/\([^)]*\)/g, '')
    .replace(/^(.{2,6}?)(值|目标)$/, '$1指标'),
);

export function canonicalLevel1(text: string): Level1 | null {
  return LEVEL1_BY_KEY.get(levelKey(text)) ?? null;
}

/**
 * 二级 names are worded many ways (可持续性发展影响指标, 服务对象或受益者满意度指标): a name that ends in 指标 and
 * carries one category's distinctive words is that category. (一级 names are not guessed: 项目完成指标 is a
 * wrong 一级 name, which goal/hierarchy reports.)
 */
const LEVEL2_STEMS: readonly [RegExp, string][] = [
  [/满意/, '服务对象满意度指标'],
  [/可持续/, '可持续影响指标'],
  [/经济效益/, '经济效益指标'],
  [/社会效益/, '社会效益指标'],
  [/生态(环境)?效益|环境效益/, '生态效益指标'],
  [/生态(环境)?成本|环境成本/, '生态环境成本指标'],
  [/经济成本/, '经济成本指标'],
  [/社会成本/, '社会成本指标'],
];

export function canonicalLevel2(text: string): Level2Def | null {
  const key = levelKey(text);
  const exact = LEVEL2_BY_KEY.get(key);
  if (exact) return exact;
  if (!key.endsWith('指标') || key.length > 16) return null;
  for (const [stem, name] of LEVEL2_STEMS) if (stem.test(key)) return LEVEL2_BY_NAME.get(name) ?? null;
  return null;
}
