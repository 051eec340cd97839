import type { WorkbookPort, WriteReceipt } from '../../adapters/workbook-port';
import { checkSheet, planSheetFill, type SheetReport } from '../../core/check';
import type { Finding, Locale } from '../../core/findings';
import type { SheetSnapshot } from '../../core/grid/types';
import { parsePolicy, PolicyError } from '../../core/policy/policy';
import { format, stringsFor, type Strings } from '../i18n/strings';
import { ACCEPTED_KEY, parseAccepted, serializeAccepted, withKeys } from './accepted';
import { describeError } from './errors';
import { flagsBySheet } from './flags';
import { LAST_OPINIONS_KEY, parseOpinionsReceipt } from './review-receipt';
import type { Store } from './store';
import type { AcceptedMap, CheckedSheet, LastFill, PaneFinding, Scope, View } from './types';

export const POLICY_KEY = 'goal-lint.policy';
export const LAST_FILL_KEY = 'goal-lint.lastFill';

/** Lets the browser paint (progress bar, spinner) between sheets of a long run. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function isEmptySnapshot(s: SheetSnapshot): boolean {
  return !s.values.some((row) => row.some((v) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')));
}

/**
 * Everything the pane does, as plain async functions over the store and a WorkbookPort. Components
 * only call these; nothing here knows about React, Office or the preview.
 */
export class PaneController {
  constructor(
    readonly port: WorkbookPort,
    readonly store: Store,
  ) {}

  private get strings(): Strings {
    return stringsFor(this.store.getState().locale);
  }

  private get locale(): Locale {
    return this.store.getState().locale;
  }

  private fail(error: unknown, sheet?: string): void {
    this.store.dispatch({ type: 'message', message: describeError(error, this.strings, sheet) });
  }

  /** Runs one user action: one at a time, busy indicator on, errors into the message bar. */
  private async run(label: string, action: () => Promise<void>, where: () => string | undefined = () => undefined): Promise<void> {
    if (this.store.getState().busy) return;
    this.store.dispatch({ type: 'busy', busy: { label, done: null, total: null } });
    this.store.dispatch({ type: 'message', message: null });
    try {
      await action();
    } catch (e) {
      // `where` names the sheet being worked on, for errors whose own message does not.
      this.fail(e, where());
    } finally {
      this.store.dispatch({ type: 'busy', busy: null });
    }
  }

  setView(view: View): void {
    this.store.dispatch({ type: 'view', view });
  }

  setScope(scope: Scope): void {
    this.store.dispatch({ type: 'scope', scope });
  }

  setRuleFilter(ruleId: string | null): void {
    this.store.dispatch({ type: 'ruleFilter', ruleId });
  }

  setShowAccepted(show: boolean): void {
    this.store.dispatch({ type: 'showAccepted', show });
  }

  dismissMessage(): void {
    this.store.dispatch({ type: 'message', message: null });
  }

  /** Loads what the workbook remembers: its policy, accepted findings and the last fill's receipt. */
  async init(): Promise<void> {
    const s = this.strings;
    try {
      const [policyDoc, accepted, lastFill, lastOpinions] = await Promise.all([
        this.port.loadSettings(POLICY_KEY),
        this.port.loadSettings(ACCEPTED_KEY),
        this.port.loadSettings(LAST_FILL_KEY),
        this.port.loadSettings(LAST_OPINIONS_KEY),
      ]);
      this.store.dispatch({ type: 'lastOpinions', receipt: parseOpinionsReceipt(lastOpinions) });
      this.store.dispatch({ type: 'accepted', accepted: parseAccepted(accepted) });
      this.store.dispatch({ type: 'lastFill', lastFill: parseLastFill(lastFill) });
      if (policyDoc !== null && policyDoc !== undefined) {
        try {
          this.store.dispatch({ type: 'policy', policy: { policy: parsePolicy(policyDoc), document: policyDoc, source: 'workbook' } });
        } catch (e) {
          const issues = e instanceof PolicyError ? e.issues.map((i) => `${i.path}: ${i.message}`) : [String(e)];
          this.store.dispatch({ type: 'message', message: { intent: 'warning', text: s.storedPolicyInvalid, details: issues } });
        }
      }
    } catch (e) {
      this.fail(e);
    }
  }

  // ---------------------------------------------------------------- check

  async check(): Promise<void> {
    const s = this.strings;
    const { scope } = this.store.getState();
    let current = '';
    await this.run(
      s.readingSheet,
      async () => {
        const names = scope === 'active' ? [await this.port.activeSheetName()] : (await this.port.listSheets()).map((x) => x.name);
        const sheets: CheckedSheet[] = [];
        const skipped: string[] = [];
        const findings: PaneFinding[] = [];
        const basis: Record<string, SheetSnapshot> = {};
        const { policy } = this.store.getState().policy;
        for (let i = 0; i < names.length; i++) {
          current = names[i];
          this.store.dispatch({ type: 'busy', busy: { label: format(s.checking, { sheet: current, done: i, total: names.length }), done: i, total: names.length } });
          await yieldToUi();
          const snapshot = await this.port.readSheet(current);
          if (scope === 'active' && isEmptySnapshot(snapshot)) {
            throw Object.assign(new Error(format(s.errorEmpty, { sheet: current })), { name: 'EmptySheet' });
          }
          const report = checkSheet(snapshot, { policy, locale: this.locale });
          if (!report) {
            skipped.push(current);
            continue;
          }
          // Acceptance keys use the Chinese wording whatever the display language (see accepted.ts).
          const zh: readonly Finding[] = this.locale === 'zh' ? report.findings : (checkSheet(snapshot, { policy, locale: 'zh' }) as SheetReport).findings;
          findings.push(...withKeys(report.findings, zh));
          basis[current] = snapshot;
          sheets.push({ name: report.name, kind: report.kind, findingCount: report.findings.length });
        }
        this.store.dispatch({ type: 'busy', busy: { label: format(s.checking, { sheet: current, done: names.length, total: names.length }), done: names.length, total: names.length } });
        this.store.dispatch({ type: 'checked', check: { scope, sheets, skipped, findings, basis } });
        this.store.dispatch({ type: 'view', view: 'findings' });
        if (sheets.length === 0) {
          this.store.dispatch({ type: 'message', message: { intent: 'info', text: format(s.noRecognisedSheet, { sheets: names.map((n) => `“${n}”`).join('、') }) } });
        }
      },
      () => current,
    );
  }

  /** Findings that are neither accepted nor filtered away: what 标记到单元格 marks. */
  openFindings(): PaneFinding[] {
    const { check, accepted } = this.store.getState();
    return (check?.findings ?? []).filter((f) => !(f.key in accepted));
  }

  /**
   * Flags the open findings. Each checked sheet gets its full list (the port replaces a sheet's earlier
   * flags with it), so a finding accepted since the last flagging loses its flag too.
   */
  async flag(): Promise<void> {
    const s = this.strings;
    const check = this.store.getState().check;
    const open = this.openFindings();
    if (!check || open.length === 0) {
      this.store.dispatch({ type: 'message', message: { intent: 'info', text: s.nothingToFlag } });
      return;
    }
    let current = '';
    await this.run(s.flagging, async () => {
      let cells = 0;
      const bySheet = flagsBySheet(open, s);
      for (const { name } of check.sheets) {
        const flags = bySheet.get(name) ?? [];
        current = name;
        await this.port.flagCells(name, flags, check.basis[name]);
        cells += flags.length;
      }
      this.store.dispatch({ type: 'message', message: { intent: 'success', text: format(s.flagged, { cells }) } });
    }, () => current);
  }

  async clearFlags(): Promise<void> {
    const s = this.strings;
    await this.run(s.clearFlags, async () => {
      const sheet = this.store.getState().scope === 'active' ? await this.port.activeSheetName() : undefined;
      const count = await this.port.clearFlags(sheet);
      this.store.dispatch({ type: 'message', message: { intent: count > 0 ? 'success' : 'info', text: count > 0 ? format(s.flagsCleared, { count }) : s.nothingToClear } });
    });
  }

  /** Selects the finding's cell in the workbook (not a busy action: it must feel instant). */
  async select(finding: PaneFinding): Promise<void> {
    try {
      await this.port.selectCell(finding.sheet, finding.ref);
    } catch (e) {
      this.fail(e, finding.sheet);
    }
  }

  async accept(finding: PaneFinding): Promise<void> {
    const before = this.store.getState().accepted;
    const next = { ...before, [finding.key]: { sheet: finding.sheet, cell: finding.cell, ruleId: finding.ruleId, message: finding.message, acceptedAt: new Date().toISOString() } };
    await this.saveAccepted(before, next);
  }

  async unaccept(finding: PaneFinding): Promise<void> {
    const before = this.store.getState().accepted;
    const next = { ...before };
    delete next[finding.key];
    await this.saveAccepted(before, next);
  }

  private async saveAccepted(before: AcceptedMap, next: AcceptedMap): Promise<void> {
    // Optimistic: the list updates at once; if the workbook refuses, it goes back and says why.
    this.store.dispatch({ type: 'accepted', accepted: next });
    try {
      await this.port.saveSettings(ACCEPTED_KEY, serializeAccepted(next));
    } catch (e) {
      this.store.dispatch({ type: 'accepted', accepted: before });
      this.fail(e);
    }
  }

  // ---------------------------------------------------------------- fill

  async previewFill(): Promise<void> {
    const s = this.strings;
    let sheet = '';
    await this.run(
      s.planning,
      async () => {
        this.store.dispatch({ type: 'fillDraft', fill: null });
        sheet = await this.port.activeSheetName();
        const basis = await this.port.readSheet(sheet);
        const fill = planSheetFill(basis, { policy: this.store.getState().policy.policy, locale: this.locale, overwrite: false });
        if (!fill) {
          this.store.dispatch({ type: 'message', message: { intent: 'info', text: format(s.noFillTable, { sheet }) } });
          return;
        }
        this.store.dispatch({ type: 'fillDraft', fill: { sheet, kind: fill.kind, basis, plan: fill.plan, overwrite: false } });
      },
      () => sheet,
    );
  }

  /** Re-plans on the same snapshot with or without overwriting; only after an explicit confirmation. */
  setOverwrite(overwrite: boolean): void {
    const draft = this.store.getState().fill;
    if (!draft || draft.overwrite === overwrite) return;
    const fill = planSheetFill(draft.basis, { policy: this.store.getState().policy.policy, locale: this.locale, overwrite });
    if (fill) this.store.dispatch({ type: 'fillDraft', fill: { ...draft, plan: fill.plan, overwrite } });
  }

  cancelFill(): void {
    this.store.dispatch({ type: 'fillDraft', fill: null });
  }

  async confirmFill(): Promise<void> {
    const s = this.strings;
    const draft = this.store.getState().fill;
    if (!draft) return;
    await this.run(
      s.writing,
      async () => {
        const receipt = await this.port.writeCells(draft.sheet, draft.plan.writes, draft.basis, { overwrite: draft.overwrite });
        const lastFill: LastFill = {
          receipt,
          cells: receipt.cells.length,
          rows: draft.plan.rowsFilled,
          summary: draft.plan.summary ?? null,
          monitoring: draft.plan.monitoring ?? null,
        };
        this.store.dispatch({ type: 'lastFill', lastFill });
        this.store.dispatch({ type: 'fillDraft', fill: null });
        this.store.dispatch({ type: 'message', message: { intent: 'success', text: format(s.filled, { cells: receipt.cells.length }) } });
        // Remembered in the workbook so 撤销上次填充 still works after the pane is closed and reopened.
        await this.port.saveSettings(LAST_FILL_KEY, lastFill);
      },
      () => draft.sheet,
    );
  }

  async undoFill(): Promise<void> {
    const s = this.strings;
    const last = this.store.getState().lastFill;
    if (!last) {
      this.store.dispatch({ type: 'message', message: { intent: 'info', text: s.noFillToUndo } });
      return;
    }
    await this.run(
      s.undoFill,
      async () => {
        await this.port.undoWrites(last.receipt);
        this.store.dispatch({ type: 'lastFill', lastFill: null });
        await this.port.saveSettings(LAST_FILL_KEY, null);
        this.store.dispatch({ type: 'message', message: { intent: 'success', text: format(s.undone, { cells: last.cells }) } });
      },
      () => last.receipt.sheet,
    );
  }

  // ---------------------------------------------------------------- 审核意见

  /** 生成审核意见: reviews every goal project of the workbook and writes (or refreshes) the 审核意见 sheet. */
  async generateOpinions(): Promise<void> {
    const s = this.strings;
    let current = '';
    await this.run(
      s.generatingOpinions,
      async () => {
        // The review (its texts and scoring) loads on first use: it is not part of the pane's start-up.
        const { conclusionCounts, generateOpinions } = await import(/* webpackChunkName: "review" */ './review-opinions');
        const result = await generateOpinions(this.port, this.store.getState().policy.policy, this.locale, this.store.getState().lastOpinions, async (sheet, done, total) => {
          current = sheet;
          this.store.dispatch({ type: 'busy', busy: { label: format(s.checking, { sheet, done, total }), done, total } });
          await yieldToUi();
        });
        if (result.kind === 'noProjects') {
          this.store.dispatch({ type: 'message', message: { intent: 'info', text: s.noProjectsForOpinions } });
          return;
        }
        if (result.kind === 'sheetTaken') {
          this.store.dispatch({ type: 'message', message: { intent: 'warning', title: s.errorTitle, text: format(s.opinionSheetTaken, { sheet: result.sheet }) } });
          return;
        }
        this.store.dispatch({ type: 'lastOpinions', receipt: result.receipt });
        const counts = conclusionCounts(result.review, this.locale === 'zh' ? '，' : ', ');
        this.store.dispatch({ type: 'message', message: { intent: 'success', text: format(s.opinionsWritten, { sheet: result.receipt.sheet, projects: result.review.projects.length, counts }) } });
        await this.port.saveSettings(LAST_OPINIONS_KEY, result.receipt);
      },
      () => current,
    );
  }

  async undoOpinions(): Promise<void> {
    const s = this.strings;
    const last = this.store.getState().lastOpinions;
    if (!last) {
      this.store.dispatch({ type: 'message', message: { intent: 'info', text: s.noOpinionsToUndo } });
      return;
    }
    await this.run(
      s.undoOpinions,
      async () => {
        await this.port.undoSheetWrite(last);
        this.store.dispatch({ type: 'lastOpinions', receipt: null });
        await this.port.saveSettings(LAST_OPINIONS_KEY, null);
        this.store.dispatch({ type: 'message', message: { intent: 'success', text: format(last.created ? s.opinionsRemoved : s.opinionsRestored, { sheet: last.sheet }) } });
      },
      () => last.sheet,
    );
  }

  // ---------------------------------------------------------------- settings

  /** Validates and stores the policy document; returns the field errors instead of throwing. */
  async savePolicy(document: unknown): Promise<{ ok: true } | { ok: false; issues: string[] }> {
    const s = this.strings;
    let policy;
    try {
      policy = parsePolicy(document);
    } catch (e) {
      const issues = e instanceof PolicyError ? e.issues.map((i) => `${i.path}: ${i.message}`) : [String(e)];
      return { ok: false, issues };
    }
    let ok = false;
    await this.run(s.saveSettings, async () => {
      await this.port.saveSettings(POLICY_KEY, document);
      this.store.dispatch({ type: 'policy', policy: { policy, document, source: 'workbook' } });
      this.store.dispatch({ type: 'message', message: { intent: 'success', text: s.settingsSaved } });
      ok = true;
    });
    return ok ? { ok: true } : { ok: false, issues: [] };
  }
}

function parseLastFill(stored: unknown): LastFill | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const f = stored as Partial<LastFill>;
  const r = f.receipt as WriteReceipt | undefined;
  if (!r || typeof r.sheet !== 'string' || !Array.isArray(r.cells)) return null;
  return {
    receipt: r,
    cells: typeof f.cells === 'number' ? f.cells : r.cells.length,
    rows: typeof f.rows === 'number' ? f.rows : 0,
    summary: f.summary ?? null,
    monitoring: f.monitoring && Array.isArray(f.monitoring.projects) ? f.monitoring : null,
  };
}
