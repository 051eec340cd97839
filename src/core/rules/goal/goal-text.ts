import { normalizeText } from '../../text/normalize';
import { mentionsFigure } from '../../values/parse-target';
import { findWord } from '../../vocab/matcher';
import type { Vocabulary } from '../../vocab/vocabulary';

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

/** The vague comparative a goal is built on, when it states no figure at all; undefined otherwise. */
export function vagueGoalWord(goal: string, vocabulary: Vocabulary): string | undefined {
  const text = normalizeText(goal);
  // Long goals are judged by overall-goal-incomplete; figures in words (三所, 两台) count as figures.
  if (!text || text.length > 80 || mentionsFigure(text)) return undefined;
  let words = GOAL_VAGUE.get(vocabulary);
  if (!words) {
    words = vocabulary.vagueWords.filter((w) => !EFFECT_VERBS.has(w));
    GOAL_VAGUE.set(vocabulary, words);
  }
  return findWord(text, words);
}
