import type { Finding } from '../findings';
import type { GoalSet } from '../layout/goal-model';

/**
 * Which project each finding belongs to. Findings carry a sheet and a cell; goal sets carry the cells they
 * were read from. This is the one place that joins them, so a later recognition engine that reports the
 * project of each finding itself can replace this module alone.
 *
 * A project owns the rows from its first located cell (project name, funds, goal, anchor, indicators) to
 * its last. A finding between two projects belongs to the one below (a form's title and year rows sit
 * above its project name); one above the first project to the first, one below the last to the last.
 */

interface Span {
  readonly index: number;
  readonly top: number;
  readonly bottom: number;
}

function rowsOf(set: GoalSet): number[] {
  const rows = [set.anchor.row];
  for (const located of [set.projectName, set.department, set.implementer, set.funds.total, set.funds.fiscal, set.funds.other]) {
    if (located) rows.push(located.cell.row);
  }
  for (const g of set.overallGoals) rows.push(g.cell.row);
  for (const r of set.indicators) rows.push(r.row);
  return rows;
}

function spansOf(sets: readonly GoalSet[]): Span[] {
  return sets
    .map((set, index) => {
      const rows = rowsOf(set);
      return { index, top: Math.min(...rows), bottom: Math.max(...rows) };
    })
    .sort((a, b) => a.top - b.top || a.index - b.index);
}

function spanOfRow(spans: readonly Span[], row: number): Span {
  // Inside a span: the innermost (latest top) wins, for a summary table whose spans might nest.
  let inside: Span | null = null;
  for (const s of spans) if (s.top <= row && row <= s.bottom && (!inside || s.top >= inside.top)) inside = s;
  if (inside) return inside;
  for (const s of spans) if (row < s.top) return s;
  return spans[spans.length - 1];
}

/**
 * Groups one sheet's findings by goal set: result[i] holds the findings of sets[i], in the order given.
 * Every finding lands in exactly one set (sets must not be empty).
 */
export function findingsByProject(sets: readonly GoalSet[], findings: readonly Finding[]): Finding[][] {
  const out: Finding[][] = sets.map(() => []);
  if (sets.length === 0) return out;
  const spans = spansOf(sets);
  for (const f of findings) out[spanOfRow(spans, f.ref.row).index].push(f);
  return out;
}
