import type { Policy } from '../policy/policy';
import type { ListEdit } from '../policy/goal-policy';
import { FINISHED_FACILITY_EFFECTS, PRE_CONSTRUCTION_MARKERS, SECTORS } from './sectors';
import { PLACEHOLDERS, STANDARD_MARKERS, VAGUE_WORDS, WORK_AS_GOAL } from './value-words';
import type { Vocabulary } from './vocabulary';

/** Linear in the words: a policy may add hundreds of thousands (a set, not a scan per word). */
function edit(base: readonly string[], e: ListEdit | undefined): readonly string[] {
  if (!e) return base;
  const removed = new Set(e.remove.map((w) => w.normalize('NFKC')));
  const out = base.filter((w) => !removed.has(w.normalize('NFKC')));
  const present = new Set(out);
  for (const w of e.add) {
    if (present.has(w)) continue;
    present.add(w);
    out.push(w);
  }
  return out;
}

let builtIn: Vocabulary | undefined;
const RESOLVED = new WeakMap<object, Vocabulary>();

/**
 * The built-in vocabularies with the policy's additions and removals applied. The same policy section
 * (and every policy without edits) gets the same object back, so the caches keyed by a vocabulary —
 * compiled word lists, parsed targets, sector look-ups — survive from one check to the next.
 */
export function resolveVocabulary(policy: Policy): Vocabulary {
  const v = policy.goal.vocabulary;
  if (Object.values(v).every((e) => e === undefined)) return (builtIn ??= build(v));
  let resolved = RESOLVED.get(v);
  if (!resolved) RESOLVED.set(v, (resolved = build(v)));
  return resolved;
}

function build(v: Policy['goal']['vocabulary']): Vocabulary {
  // No prototype: a sector may be called anything, "toString" and "constructor" included.
  const sectors: Record<string, readonly string[]> = Object.assign(Object.create(null) as Record<string, readonly string[]>, SECTORS);
  for (const [name, e] of Object.entries(v.sectors ?? {})) sectors[name] = edit(Object.hasOwn(sectors, name) ? sectors[name] : [], e);
  return {
    vagueWords: edit(VAGUE_WORDS, v.vagueWords),
    workAsGoal: edit(WORK_AS_GOAL, v.workAsGoal),
    placeholders: edit(PLACEHOLDERS, v.placeholders),
    standardMarkers: edit(STANDARD_MARKERS, v.standardMarkers),
    sectors,
    preConstructionMarkers: edit(PRE_CONSTRUCTION_MARKERS, v.preConstructionMarkers),
    finishedFacilityEffects: edit(FINISHED_FACILITY_EFFECTS, v.finishedFacilityEffects),
  };
}
