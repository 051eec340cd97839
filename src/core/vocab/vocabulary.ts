/**
 * Every word list the checks use, in one place, as data. The policy can add to or remove from each list
 * (see policy/goal-policy.ts); the rules and the value parser only ever read a resolved Vocabulary.
 */
export interface Vocabulary {
  /** Words that make a value or goal unmeasurable on their own: 明显提升, 有所增强, 及时, 较高 … */
  readonly vagueWords: readonly string[];
  /** Phrases that restate the work instead of a result: 按计划完成, 完成补助, 顺利完成 … */
  readonly workAsGoal: readonly string[];
  /** Template text left in place: XX, ××, **, 待定, 请填写 … (matched case-insensitively after NFKC). */
  readonly placeholders: readonly string[];
  /** Markers that tie a qualitative value to a standard or graded scale: 《, 标准, 规范, 合格, 达标, 等级 … */
  readonly standardMarkers: readonly string[];
  /** Sector → keywords that mark a project or indicator as belonging to that sector. */
  readonly sectors: Readonly<Record<string, readonly string[]>>;
  /** Words that mark a project as preparatory (前期工作, 可行性研究, 设计, 勘察 …). */
  readonly preConstructionMarkers: readonly string[];
  /** Effects only a finished facility can have (增加学位, 缓解交通拥堵, 接诊 …), wrong for a 前期 project. */
  readonly finishedFacilityEffects: readonly string[];
}
