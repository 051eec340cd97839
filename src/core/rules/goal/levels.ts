import type { GoalSet, IndicatorRow } from '../../layout/goal-model';

/**
 * How the structure rules read an indicator row's place in the hierarchy. Lenient on purpose: clerks file
 * indicators under the wrong level, leave labels blank or misspell them, and goal/hierarchy already reports
 * that; the completeness rules must not pile a second finding on the same slip.
 */

/** A satisfaction indicator, whatever level it was filed under (好评率 and 认可度 are the same survey). */
export function isSatisfactionRow(row: IndicatorRow): boolean {
  return (
    row.level1Canonical === '满意度指标' ||
    row.level2Def?.name === '服务对象满意度指标' ||
    // Each label on its own: joining them made a string per row per call, and this runs for every row.
    !!row.level1?.value.includes('满意') ||
    !!row.level2?.value.includes('满意') ||
    /满意|好评率|认可度/.test(row.name.value)
  );
}

const BENEFIT_WORD = /效益|效果|可持续影响/;

/** An effect (效益) indicator: under 效益 by its labels, recognised or not ("项目效益", "社会效益" in the 一级 column). */
export function isBenefitRow(row: IndicatorRow): boolean {
  if (isSatisfactionRow(row)) return false; // the 2015 national form files satisfaction under 效益: it is not an effect
  if (row.level1Canonical === '效益指标' || row.level2Def?.parents.includes('效益指标')) return true;
  // Each unrecognised label on its own (no word spans two labels): no joined string per row.
  return (!row.level1Canonical && !!row.level1 && BENEFIT_WORD.test(row.level1.value)) || (!row.level2Def && !!row.level2 && BENEFIT_WORD.test(row.level2.value));
}

/**
 * Whether the project's rows carry level labels at all. A table with no 一级/二级 columns (or with them left
 * blank) says nothing about structure, so the completeness rules that need labels stay silent on it.
 */
export function hasLevelLabels(goalSet: GoalSet): boolean {
  return goalSet.indicators.some((r) => r.level1 !== null || r.level2 !== null);
}

/** The name shown for a project in whole-set messages. */
export function projectLabel(goalSet: GoalSet): string {
  return goalSet.projectName?.value || '（未命名）';
}
