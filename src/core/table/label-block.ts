import type { Grid } from '../grid/grid';
import type { CellValue } from '../grid/types';
import type { Located } from '../layout/goal-model';
import { labelStem } from './header-text';

/**
 * The header block above a form's table: labels with their values beside them (项目名称 | 农村饮水工程,
 * 主管部门 | 县水利局 | 实施单位 | 县水利站), or inline (`项目名称：农村饮水工程`). A label's value is the next
 * own text to its right, past the label's merge, unless that text is itself a label (the field was left
 * blank). The first occurrence of each label counts.
 */
export function readLabelBlock<R extends string>(grid: Grid, from: number, to: number, roleOf: (text: string) => R | null): Map<R, Located<CellValue>> {
  const found = new Map<R, Located<CellValue>>();
  for (let r = grid.nextRow(from); r !== undefined && r < to; r = grid.nextRow(r + 1)) {
    const cols = grid.columns(r);
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      if (grid.isMergeContinuation(r, c)) continue;
      const text = grid.text(r, c);
      const role = roleOf(text);
      if (role === null) {
        const inline = /^([^:：]{2,14})[:：]\s*(.+)$/.exec(text);
        const inlineRole = inline ? roleOf(inline[1]) : null;
        if (inline && inlineRole !== null && !found.has(inlineRole)) found.set(inlineRole, { value: inline[2].trim(), cell: { row: r, col: c } });
        continue;
      }
      if (found.has(role)) continue;
      const m = grid.mergeAt(r, c);
      const after = m ? m.right : c;
      for (let j = i + 1; j < cols.length; j++) {
        const cc = cols[j];
        if (cc <= after || grid.isMergeContinuation(r, cc)) continue;
        const t = grid.text(r, cc);
        if (!t) continue;
        if (roleOf(t) === null) found.set(role, { value: grid.raw(r, cc), cell: { row: r, col: cc } });
        break;
      }
    }
  }
  return found;
}

/** The usual block labels of single-project forms (self-evaluation, monitoring). */
export type FormLabel = 'projectName' | 'department' | 'implementer';

const FORM_LABELS: readonly (readonly [FormLabel, RegExp])[] = [
  ['projectName', /^(专项资金|项目|政策|专项)名称$|^项目名$/],
  ['department', /^(县级|市级|省级)?主管部门$|^部门(名称)?$|^主管单位$/],
  ['implementer', /^(项目)?(实施|执行)单位$|^项目单位$/],
];

/** The role of a form label (项目名称, 专项(项目)名称, 主管部门, 实施单位(盖章) …), matched on its bracket-free stem. */
export function formLabel(text: string): FormLabel | null {
  if (!text || text.length > 20) return null;
  const stem = labelStem(text);
  for (const [role, re] of FORM_LABELS) if (re.test(stem)) return role;
  return null;
}
