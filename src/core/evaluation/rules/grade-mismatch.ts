import { gradeForScore, gradeName } from '../grades';
import type { EvalRule } from './types';
import { who } from './who';
import type { ResultsRuleContext } from './context';

/**
 * eval/grade-mismatch: a grade typed next to a valid score that the score contradicts (or that names no
 * grade). The score decides the adjustment; the typed grade is kept unless the user asks to overwrite.
 */
export const gradeMismatch: EvalRule<ResultsRuleContext> = {
  meta: {
    id: 'eval/grade-mismatch',
    defaultSeverity: 'warning',
    description: 'A typed grade that contradicts the score beside it; the score decides the adjustment.',
    messages: {
      default: {
        message: {
          zh: '{{who}}填写的评价等级「{{typed}}」与得分 {{score}} 不符：按分数线应为「{{expected}}」，调整按「{{expected}}」计算',
          en: '{{whoEn}}the typed grade "{{typed}}" contradicts the score {{score}}: the bands give "{{expected}}", which the adjustment uses',
        },
        hint: { zh: '核对得分或等级；确认后可选择覆盖，把等级改为「{{expected}}」', en: 'Check the score or the grade; confirm overwrite to write "{{expected}}"' },
      },
      unknown: {
        message: {
          zh: '{{who}}评价等级「{{typed}}」无法识别；按得分 {{score}} 应为「{{expected}}」',
          en: '{{whoEn}}the grade "{{typed}}" is not recognised; the score {{score}} gives "{{expected}}"',
        },
        hint: { zh: '等级请写作 优秀/良好/合格/差（或 优/良/中/差）', en: 'Write the grade as 优秀/良好/合格/差 (or 优/良/中/差)' },
      },
    },
  },
  check({ table, policy, report }) {
    const { rows } = table;
    for (let i = 0; i < rows.length; i++) {
      // Most rows are fine: read by index; a row to report is read in full.
      const score = rows.score(i);
      if (score === null || !rows.hasTypedGrade(i) || rows.typedGrade(i) === gradeForScore(score, policy.bands)) continue;
      const row = rows.at(i);
      if (!row.score.ok || !row.typedGrade) continue;
      const expected = gradeForScore(row.score.value, policy.bands);
      if (row.typedGrade.grade === expected) continue;
      report({
        cell: row.typedGrade.cell,
        messageId: row.typedGrade.grade ? 'default' : 'unknown',
        data: { ...who(row.name), typed: row.typedGrade.text, score: row.score.text, expected: gradeName(expected, policy) },
      });
    }
  },
};
