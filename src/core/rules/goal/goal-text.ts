import { normalizeText } from '../../text/normalize';
import { matchWork, mentionsFigure } from '../../values/parse-target';
import { findWord } from '../../vocab/matcher';
import type { Vocabulary } from '../../vocab/vocabulary';
import type { GoalSet, GoalText } from '../../layout/goal-model';

/**
 * The goals judged for content (vague, the work itself, incomplete, unrelated): the annual ones, which the
 * year's indicators must deliver; a medium-term goal is broad by nature and only checked for template
 * text. A form with no annual goal has its medium-term goal judged instead.
 */
export function judgedGoals(goalSet: GoalSet): readonly GoalText[] {
  // Mostly every goal is annual (a summary table's one goal per project): the list itself, no copy per rule.
  if (goalSet.overallGoals.every((g) => g.period === 'annual')) return goalSet.overallGoals;
  const annual = goalSet.overallGoals.filter((g) => g.period === 'annual');
  return annual.length ? annual : goalSet.overallGoals;
}

/**
 * How the overall goal is judged, shared by the rules that read it so one goal gets one finding:
 * placeholder text (goal/placeholder), the work itself (goal/work-as-goal), vague comparatives with no
 * figure (goal/unquantified), and only then a missing output or effect (goal/overall-goal-incomplete).
 */

/**
 * Effect verbs say which way a goal points (保障…基本生活, 提升…服务水平). On a target value they are vague;
 * in a goal they are the effect clause, and a goal made of them lacks its output, which is what
 * goal/overall-goal-incomplete says. Only the comparatives (进一步, 明显, 有所, 较高 …) make a goal vague.
 */
const EFFECT_VERBS: ReadonlySet<string> = new Set(['提升', '提高', '改善', '增强', '加强', '促进', '推动', '保障']);

const GOAL_VAGUE = new WeakMap<Vocabulary, readonly string[]>();

// Goal texts repeat across a summary table's projects and between checks: one judgement per vocabulary and text.
const VAGUE_MEMO = new WeakMap<Vocabulary, Map<string, string | undefined>>();
const WORK_MEMO = new WeakMap<Vocabulary, Map<string, string | undefined>>();

function memo(store: WeakMap<Vocabulary, Map<string, string | undefined>>, vocabulary: Vocabulary, text: string, compute: () => string | undefined): string | undefined {
  let map = store.get(vocabulary);
  if (!map) store.set(vocabulary, (map = new Map()));
  if (map.has(text)) return map.get(text);
  const found = compute();
  if (map.size > 20_000) map.clear();
  map.set(text, found);
  return found;
}

/** The vague comparative a goal is built on, when it states no figure at all; undefined otherwise. */
export function vagueGoalWord(goal: string, vocabulary: Vocabulary): string | undefined {
  return memo(VAGUE_MEMO, vocabulary, goal, () => findVagueGoalWord(goal, vocabulary));
}

function findVagueGoalWord(goal: string, vocabulary: Vocabulary): string | undefined {
  const text = normalizeText(goal);
  // Long goals are judged by overall-goal-incomplete; figures in words (三所, 两台) count as figures.
  if (!text || text.length > 80 || mentionsFigure(text)) return undefined;
  if (workGoalPhrase(text, vocabulary)) return undefined; // goal/work-as-goal says it
  let words = GOAL_VAGUE.get(vocabulary);
  if (!words) {
    words = vocabulary.vagueWords.filter((w) => !EFFECT_VERBS.has(w));
    GOAL_VAGUE.set(vocabulary, words);
  }
  return findWord(text, words);
}

/** Words that state an effect: what changes because the work was done. */
export const EFFECT =
  /建成后|完成后|实施后|投入使用后|使(?!用)|提高|提升|达到|实现|保障|满足|改善|减少|降低|下降|增加|缓解|促进|确保|增强|覆盖|普及|受益|惠及|带动|增收|增产|增长|节约|节省|挽回|避免|杜绝|控制在|保持在|缩短|推动|改观|方便|便于|便利|率[^,;。]{0,6}\d|满意|效益|效果/;

/** A clause that opens with doing the work: 完成…, 按月及时足额发放…, 按工作计划完成…, 全面落实…. */
const WORK_CLAUSE = /^(?:按[^,，;；。]{0,6}?|及时|足额|按时|按月|按期|全面|认真|切实|积极|扎实|每年|全年)*(?:完成|发放|落实|做好|开展|推进|实施|执行|抓好|安排|拨付)/;

/** "完成项目主体工程70%": a goal that is only a completion percentage of the work. */
const COMPLETION_SHARE = /^(?:完成|实施完成|建设完成)[^,，;；。]{0,20}?\d+(?:\.\d+)?\s*%[。.]?$/;

/**
 * The work-as-goal phrase a goal is, when it only says the work will be done: a listed phrase
 * (按计划完成, 完成补助), a completion percentage of the work, or a goal that opens with doing the work,
 * states no figure and names no effect ("完成对…党支部书记发放补贴,激发为民办事的热情").
 */
export function workGoalPhrase(goal: string, vocabulary: Vocabulary): string | undefined {
  return memo(WORK_MEMO, vocabulary, goal, () => findWorkGoalPhrase(goal, vocabulary));
}

function findWorkGoalPhrase(goal: string, vocabulary: Vocabulary): string | undefined {
  const text = normalizeText(goal);
  if (!text) return undefined;
  const listed = matchWork(text, vocabulary);
  if (listed) return listed;
  if (COMPLETION_SHARE.test(text)) return text.replace(/[。.]$/, '');
  if (mentionsFigure(text)) return undefined;
  const clause = WORK_CLAUSE.exec(text);
  if (clause && !EFFECT.test(text)) return clause[0];
  return undefined;
}

/** Paying people out (发放, 拨付, 兑现): counting that once says nothing about how it was done. */
const PAYOUT = /^(?:按[^,，;；。]{0,4}?|及时|足额|按时|按月|按期)*(?:发放|拨付|支付|兑现)/;

/** The project counting its own kind once: 开展运动种类 1种, 打造品牌赛事种类 1种 (a tennis tournament is one tournament). */
const OWN_KIND = /^(?:开展|打造|举办|组织|实施|建设)[^,，;；。]{0,12}(?:种类|类别|类型)$/;

/** An indicator that is the work itself counted once: 按时发放 ≥1人/年, 按月发放 =1次, 开展运动种类 1种. */
export function isWorkCountedOnce(name: string, number: number): boolean {
  const text = normalizeText(name).replace(/\s/g, '');
  return number === 1 && (PAYOUT.test(text) || OWN_KIND.test(text));
}
