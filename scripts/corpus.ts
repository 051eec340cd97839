/**
 * npm run corpus: recognition, recall and precision over the corpus of real tables (test/fixtures/real/).
 * Prints the figures per rule and overall, then every miss and false alarm, so a reviewer can read why.
 * `--json` prints the figures as JSON (for the bench and the README).
 */
import { loadCorpus } from '../test/fixtures/real/load';
import { corpusFigures, scoreGoalTable } from '../test/fixtures/real/score-goal';
import { FILL_KINDS, fillCorpusFigures, fillCorpusReport } from '../test/fixtures/real/score-fill';

process.stdout.on('error', () => process.exit(0)); // `npm run corpus | head` closes the pipe early

const json = process.argv.includes('--json');
const goalTables = [...loadCorpus('goal'), ...loadCorpus('department-goal')];
const scores = goalTables.map(scoreGoalTable);
const figures = corpusFigures(scores);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

if (json) {
  console.log(JSON.stringify({ goal: figures, fill: fillCorpusFigures(FILL_KINDS.flatMap((k) => loadCorpus(k))) }, null, 2));
} else {
  console.log(`目标表语料 (goal tables): ${figures.tables} 张，识别 ${figures.recognised}，读对 ${figures.readCorrectly}`);
  console.log(`  召回率 recall ${pct(figures.recall)} (${figures.truePositives}/${figures.expected})，准确率 precision ${pct(figures.precision)} (${figures.truePositives}/${figures.reported})`);
  console.log('  规则 rule                          tp  fn  fp');
  for (const [rule, c] of Object.entries(figures.perRule).sort()) {
    console.log(`  ${rule.padEnd(34)} ${String(c.tp).padStart(3)} ${String(c.fn).padStart(3)} ${String(c.fp).padStart(3)}`);
  }
  for (const s of scores) {
    if (s.recognised && !s.readErrors.length && !s.misses.length && !s.falseAlarms.length) continue;
    console.log(`\n${s.id}${s.recognised ? '' : '  【未识别 not recognised】'}`);
    for (const e of s.readErrors) console.log(`  读错 ${e}`);
    for (const m of s.misses) console.log(`  漏报 ${m.rule} ${m.cell ?? `项目${(m.set ?? 0) + 1}`}: ${m.why}`);
    for (const f of s.falseAlarms) console.log(`  误报 ${f.ruleId} ${f.sheet}!${f.cell}: ${f.message}`);
  }
}

if (!json) console.log(['', ...fillCorpusReport(FILL_KINDS.flatMap((k) => loadCorpus(k)))].join('\n'));
