import type { GoalSet } from '../../layout/goal-model';
import { findWord } from '../../vocab/matcher';
import { BENEFICIARY_GROUPS, CROSS_CUTTING_SECTORS, PRE_CONSTRUCTION_DELIVERABLES, RELATED_SECTORS } from '../../vocab/sectors';
import type { Vocabulary } from '../../vocab/vocabulary';
import type { GoalRule } from '../types';
import { judgedGoals } from './goal-text';
import { isSatisfactionRow } from './levels';

/** Per sector vocabulary: text → its sectors. Names repeat across a summary table's projects (完工时间, 受益人数). */
const SECTOR_CACHE = new WeakMap<Vocabulary['sectors'], Map<string, ReadonlySet<string>>>();

function sectorsOf(text: string, vocabulary: Vocabulary): ReadonlySet<string> {
  let cache = SECTOR_CACHE.get(vocabulary.sectors);
  if (!cache) SECTOR_CACHE.set(vocabulary.sectors, (cache = new Map()));
  let found = cache.get(text);
  if (!found) {
    const sectors = new Set<string>();
    for (const [sector, words] of Object.entries(vocabulary.sectors)) {
      if (findWord(text, words)) sectors.add(sector);
    }
    if (cache.size > 20_000) cache.clear(); // bound memory in a long-lived task pane
    cache.set(text, (found = sectors));
  }
  return found;
}

// Not global: .test() must not carry lastIndex between calls; replace() below makes its own global copy.
const GROUPS = new RegExp(BENEFICIARY_GROUPS.join('|'));

/** The sectors an indicator speaks of: the people it counts (农户, 老年人) are not a sector. */
function indicatorSectors(name: string, vocabulary: Vocabulary): ReadonlySet<string> {
  return sectorsOf(GROUPS.test(name) ? name.replace(new RegExp(GROUPS.source, 'g'), ' ') : name, vocabulary);
}

function compatible(sector: string, projectSectors: ReadonlySet<string>): boolean {
  if (projectSectors.has(sector) || CROSS_CUTTING_SECTORS.includes(sector)) return true;
  return RELATED_SECTORS.some((group) => group.includes(sector) && group.some((s) => projectSectors.has(s)));
}

/**
 * What the project is about: its name and the unit carrying it out (县图书馆), not its indicators. The
 * supervising department only when those say nothing: merged bureaus (文化广电旅游体育局) span sectors
 * and would make every indicator of any of them look related.
 */
function projectSectors(goalSet: GoalSet, vocabulary: Vocabulary): ReadonlySet<string> {
  const own = sectorsOf(`${goalSet.projectName?.value ?? ''} ${goalSet.implementer?.value ?? ''}`, vocabulary);
  return own.size > 0 ? own : sectorsOf(goalSet.department?.value ?? '', vocabulary);
}

/** A finished-facility effect claimed by text, unless the text is about a deliverable of the preparatory work. */
function claimedEffect(text: string, vocabulary: Vocabulary): string | undefined {
  if (PRE_CONSTRUCTION_DELIVERABLES.test(text)) return undefined;
  return findWord(text, vocabulary.finishedFacilityEffects);
}

/**
 * goal/irrelevant: indicators from another sector than the project's, and — the deck's gym example — effects
 * of the finished facility claimed by its preparatory work. Tuned to stay quiet when unsure: it needs the
 * project's sector from its name or units, an indicator with a keyword of an unrelated sector and none of
 * the project's, and it never questions satisfaction indicators.
 */
export const irrelevant: GoalRule = {
  meta: {
    id: 'goal/irrelevant',
    defaultSeverity: 'warning',
    description: 'Reports indicators that belong to another sector than the project, and effects of a finished facility set as goals of its pre-construction work.',
    messages: {
      default: {
        message: { zh: '三级指标「{{name}}」属于{{sector}}领域，与项目「{{project}}」（{{projectSector}}）关联不大', en: '"{{name}}" belongs to {{sector}}, unrelated to the project "{{project}}"' },
        hint: { zh: '绩效指标应体现项目资金和实施内容（相关性）：删除该指标，或换成本项目能直接带来的产出和效果', en: 'Indicators must reflect this project’s money and content; replace or remove it' },
      },
      preConstruction: {
        message: {
          zh: '「{{name}}」是项目建成后的效果，不是前期工作本身能实现的目标',
          en: '"{{name}}" is an effect of the finished facility, not of its pre-construction work',
        },
        hint: {
          zh: '前期工作的目标应是其自身成果，如「完成可行性研究报告并通过评审」「取得立项批复」「完成施工图设计」及其时限',
          en: 'Set goals the preparatory work itself achieves: approved feasibility study, design completed, by a date',
        },
      },
      preConstructionGoal: {
        message: { zh: '前期工作项目的总体目标写了建成后的效果（{{word}}）', en: 'The goal of a pre-construction project claims an effect of the finished facility ({{word}})' },
        hint: { zh: '总体目标应写前期工作要完成的成果和时限，建成后的效果留给建设项目', en: 'State what the preparatory work delivers, and by when' },
      },
    },
  },
  check(context) {
    const { goalSet, vocabulary } = context;
    const project = goalSet.projectName?.value ?? '';
    const preConstruction = findWord(project, vocabulary.preConstructionMarkers) !== undefined;
    if (preConstruction) {
      for (const goal of judgedGoals(goalSet)) {
        // Clause by clause: "完成施工图设计，满足新增学位1200个的规模" is about the design, not a claimed effect.
        for (const clause of goal.value.split(/[,;。，；]/)) {
          const word = claimedEffect(clause, vocabulary);
          if (word) {
            context.report({ cell: goal.cell, messageId: 'preConstructionGoal', data: { word } });
            break;
          }
        }
      }
    }
    const own = projectSectors(goalSet, vocabulary);
    for (const row of goalSet.indicators) {
      const name = row.name.value;
      if (!name || isSatisfactionRow(row)) continue;
      if (preConstruction && claimedEffect(name, vocabulary)) {
        context.report({ cell: row.name.cell, messageId: 'preConstruction', data: { name } });
        continue;
      }
      if (own.size === 0) continue;
      const theirs = indicatorSectors(name, vocabulary);
      if (theirs.size === 0 || [...theirs].some((s) => compatible(s, own))) continue;
      context.report({ cell: row.name.cell, data: { name, sector: [...theirs].join('、'), project, projectSector: [...own].join('、') } });
    }
  },
};
