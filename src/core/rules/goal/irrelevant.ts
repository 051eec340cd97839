// NOTE for the structure-rules engineer: the lead already implemented this rule; your task file /work/notes/structure.md was UPDATED at 01:13 — re-read it: test and harden, do not rewrite. (Remove this line when done.)
import type { GoalSet } from '../../layout/goal-model';
import { findWord } from '../../vocab/matcher';
import { RELATED_SECTORS } from '../../vocab/sectors';
import type { Vocabulary } from '../../vocab/vocabulary';
import type { GoalRule } from '../types';

function sectorsOf(text: string, vocabulary: Vocabulary): Set<string> {
  const found = new Set<string>();
  for (const [sector, words] of Object.entries(vocabulary.sectors)) {
    if (findWord(text, words)) found.add(sector);
  }
  return found;
}

function compatible(a: string, projectSectors: ReadonlySet<string>): boolean {
  if (projectSectors.has(a)) return true;
  return RELATED_SECTORS.some((group) => group.includes(a) && group.some((s) => projectSectors.has(s)));
}

/** What the project is about, from its name and the units running it (not from its indicators). */
function projectSectors(goalSet: GoalSet, vocabulary: Vocabulary): Set<string> {
  const identity = [goalSet.projectName?.value, goalSet.department?.value, goalSet.implementer?.value].filter(Boolean).join(' ');
  return sectorsOf(identity, vocabulary);
}

/**
 * goal/irrelevant: indicators from another sector than the project's, and — the deck's gym example — effects
 * of the finished facility claimed by its preparatory work. Tuned to stay quiet when unsure: it needs the
 * project's sector from its name or department, an indicator with a keyword of an unrelated sector and none
 * of the project's, and it never questions satisfaction indicators.
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
    const preConstruction = vocabulary.preConstructionMarkers.some((m) => project.includes(m));
    if (preConstruction) {
      for (const goal of goalSet.overallGoals) {
        const word = vocabulary.finishedFacilityEffects.find((w) => goal.value.includes(w));
        if (word) context.report({ cell: goal.cell, messageId: 'preConstructionGoal', data: { word } });
      }
    }
    const own = projectSectors(goalSet, vocabulary);
    for (const row of goalSet.indicators) {
      const name = row.name.value;
      if (!name || row.level1Canonical === '满意度指标' || name.includes('满意')) continue;
      if (preConstruction && vocabulary.finishedFacilityEffects.some((w) => name.includes(w))) {
        context.report({ cell: row.name.cell, messageId: 'preConstruction', data: { name } });
        continue;
      }
      if (own.size === 0) continue;
      const theirs = sectorsOf(name, vocabulary);
      if (theirs.size === 0 || [...theirs].some((s) => compatible(s, own))) continue;
      context.report({ cell: row.name.cell, data: { name, sector: [...theirs].join('、'), project, projectSector: [...own].join('、') } });
    }
  },
};
