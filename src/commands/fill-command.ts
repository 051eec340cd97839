import type { WorkbookPort } from '../adapters/workbook-port';
import type { Locale } from '../core/findings';
import { format, stringsFor } from '../taskpane/i18n/strings';
import { PaneController } from '../taskpane/state/controller';
import { createStore, initialState } from '../taskpane/state/store';

/**
 * What the ribbon's 填充评价结果 does, host-agnostic: the pane's own 预览填充 → 确认填充 on the active
 * sheet, never overwriting (only empty cells are written; overwriting is confirmed in the pane), the
 * receipt stored in the workbook for the pane's 撤销上次填充. Returns the notice to show the user.
 */
export async function fillActiveSheetWith(port: WorkbookPort, locale: Locale): Promise<string> {
  const s = stringsFor(locale);
  const store = createStore(initialState(locale, false));
  const controller = new PaneController(port, store);
  await controller.init();
  // A policy stored in the workbook that does not validate: say so before filling with the defaults.
  const policyWarning = store.getState().message;
  await controller.previewFill();
  const draft = store.getState().fill;
  if (draft && draft.plan.writes.length > 0) await controller.confirmFill();
  const state = store.getState();
  const lines: string[] = [];
  if (policyWarning) lines.push(policyWarning.text, ...(policyWarning.details ?? []));
  lines.push(state.message?.text ?? (draft ? s.nothingToWrite : ''));
  if (state.message?.details) lines.push(...state.message.details);
  if (draft && draft.plan.skippedCells.length) lines.push(format(s.skippedCellsTitle, { count: draft.plan.skippedCells.length }));
  if (draft && draft.plan.skippedRows.length) {
    lines.push(format(s.skippedRowsTitle, { count: draft.plan.skippedRows.length }));
    for (const r of draft.plan.skippedRows.slice(0, 5)) lines.push(`  ${s.colRow} ${r.row + 1}：${r.reason}`);
  }
  return lines.filter(Boolean).join('\n');
}
