import { LEVEL1_ALIASES, LEVEL2, type Level1, type Level2Def } from '../vocab/hierarchy';
import { labelKey } from '../table/header-text';

/** 一级 / 二级 indicator names as written (`一、产出指标`, `数量指标`, `社会公众或服务对象满意度指标`) → their canonical entry. */
const LEVEL1_BY_KEY = new Map<string, Level1>();
for (const [canonical, aliases] of Object.entries(LEVEL1_ALIASES) as [Level1, readonly string[]][]) {
  for (const a of aliases) LEVEL1_BY_KEY.set(labelKey(a), canonical);
}
const LEVEL2_BY_KEY = new Map<string, Level2Def>();
for (const def of LEVEL2) for (const a of def.aliases) if (!LEVEL2_BY_KEY.has(labelKey(a))) LEVEL2_BY_KEY.set(labelKey(a), def);

/**
 * A level name may carry its points (`产出指标(70分)`) or a note in brackets: the bracket is not part of the
 * name. Some short forms write the levels as values (`产出值`, `数量值`, `可持续影响值`): the same levels.
 */
function levelKey(text: string): string {
  return labelKey(text)
    .replace(/\([^)]*\)/g, '')
    .replace(/^(.{2,6}?)值$/, '$1指标');
}

export function canonicalLevel1(text: string): Level1 | null {
  return LEVEL1_BY_KEY.get(levelKey(text)) ?? null;
}

export function canonicalLevel2(text: string): Level2Def | null {
  return LEVEL2_BY_KEY.get(levelKey(text)) ?? null;
}
