import type { WorkbookPort, WriteReceipt } from '../../adapters/workbook-port';
import { checkSheet, planSheetFill, type SheetReport } from '../../core/check';
import type { Finding, Locale } from '../../core/findings';
import { Grid } from '../../core/grid/grid';
import type { SheetSnapshot } from '../../core/grid/types';
import { parsePolicy, PolicyError, type Policy } from '../../core/policy/policy';
import { ruleName } from '../i18n/rule-names';
import { format, list, quote, stringsFor, type Strings } from '../i18n/strings';
import { ACCEPTED_KEY, parseAccepted, serializeAccepted, withKeys } from './accepted';
import { describeError } from './errors';
import { flagsBySheet } from './flags';
import { LAST_OPINIONS_KEY, parseOpinionsReceipt } from './review-receipt';
import { groupFindings } from './grouping';
import { shownIssues } from './policy-issues';
import { asDoc } from './settings-doc';
import type { Store } from './store';
import type { AcceptedMap, CheckedSheet, CheckResult, FillDraft, LastFill, MappingDraft, MessageAction, PaneFinding, PaneMessage, Scope, SettingsDraft, View } from './types';

export const POLICY_KEY = 'goal-lint.policy';
export const LAST_FILL_KEY = 'goal-lint.lastFill';

/** Counts openings of the "这张表的列" step across panes: each opening takes the keyboard once. */
let mappingOpenings = 0;

/** Lets the browser paint (progress bar, spinner) between sheets of a long run. */
export function yieldToUi(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Whether two reads of a sheet hold the same cells (a plan made on one is still true of the other). */
export function sameSnapshot(a: SheetSnapshot, b: SheetSnapshot): boolean {
  if (a.origin.row !== b.origin.row || a.origin.col !== b.origin.col || !!a.protected !== !!b.protected) return false;
  return JSON.stringify(a.values) === JSON.stringify(b.values) && JSON.stringify(a.numberFormats ?? null) === JSON.stringify(b.numberFormats ?? null);
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

  private message(message: PaneMessage | null): void {
    this.store.dispatch({ type: 'message', message });
  }

  /** Asks the pane to move keyboard focus: the first of these targets that is on screen gets it. */
  private focus(...targets: string[]): void {
    this.store.dispatch({ type: 'focus', targets });
  }

  /** Moves the keyboard to the first of these `data-focus` targets on screen (a view's own follow-up). */
  focusOn(...targets: string[]): void {
    this.focus(...targets);
  }

  setView(view: View): void {
    const state = this.store.getState();
    if (state.view === 'settings' && view !== 'settings' && this.settingsDirty()) {
      // Kept, and said so: a clerk who switches tabs mid-edit must not think the edits are saved or gone.
      this.message({ intent: 'warning', text: this.strings.settingsKeptUnsaved });
    }
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
    this.message(null);
  }

  /** Shows a message from a view (the settings editor's import result). */
  say(message: PaneMessage): void {
    this.message(message);
  }

  /** Opens or closes rule groups of the findings list (by group key). */
  setGroupsOpen(keys: readonly string[], open: boolean): void {
    const groups = { ...this.store.getState().groupOpen };
    for (const k of keys) groups[k] = open;
    this.store.dispatch({ type: 'groupOpen', groups });
  }

  /** Runs the follow-up a message offers. */
  async runMessageAction(action: MessageAction): Promise<void> {
    if (action.kind === 'clearAllFlags') await this.clearAllFlags();
    else await this.unacceptKeys(action.keys);
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
          const issues = e instanceof PolicyError ? shownIssues(e.issues, this.locale).map((i) => i.text) : [String(e)];
          // The editor opens on the stored document, so the clerk fixes what is there.
          this.store.dispatch({ type: 'policy', policy: { ...this.store.getState().policy, document: policyDoc } });
          this.message({ intent: 'warning', text: s.storedPolicyInvalid, details: issues });
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
        for (let i = 0; i < names.length; i++) {
          current = names[i];
          this.store.dispatch({ type: 'busy', busy: { label: format(s.checking, { sheet: current, done: i, total: names.length }), done: i, total: names.length } });
          await yieldToUi();
          const snapshot = await this.port.readSheet(current);
          if (scope === 'active' && isEmptySnapshot(snapshot)) {
            throw Object.assign(new Error(format(s.errorEmpty, { sheet: current })), { name: 'EmptySheet' });
          }
          const checked = this.checkSnapshot(snapshot);
          if (!checked) {
            skipped.push(current);
            continue;
          }
          findings.push(...checked.findings);
          basis[current] = snapshot;
          sheets.push(checked.sheet);
        }
        this.store.dispatch({ type: 'busy', busy: { label: format(s.checking, { sheet: current, done: names.length, total: names.length }), done: names.length, total: names.length } });
        this.store.dispatch({ type: 'checked', check: { scope, sheets, skipped, findings, basis } });
        this.store.dispatch({ type: 'view', view: 'findings' });
        if (sheets.length === 0) {
          this.message({ intent: 'info', text: format(s.noRecognisedSheet, { sheets: list(s, names.map((n) => quote(s, n))) }) });
        }
        // The result, not the page, gets the keyboard: the summary line says what was found.
        this.focus('check-summary', 'message');
      },
      () => current,
    );
  }

  /** One sheet checked with the policy in force: its findings (with acceptance keys), or null when no table was recognised. */
  private checkSnapshot(snapshot: SheetSnapshot): { sheet: CheckedSheet; findings: PaneFinding[] } | null {
    const { policy } = this.store.getState().policy;
    const report = checkSheet(snapshot, { policy, locale: this.locale });
    if (!report) return null;
    // Acceptance keys use the Chinese wording whatever the display language (see accepted.ts).
    const zh: readonly Finding[] = this.locale === 'zh' ? report.findings : (checkSheet(snapshot, { policy, locale: 'zh' }) as SheetReport).findings;
    return { sheet: { name: report.name, kind: report.kind, findingCount: report.findings.length }, findings: withKeys(report.findings, zh) };
  }

  /**
   * Checks one sheet again and puts its findings in place of its earlier ones: the other sheets of a
   * workbook check keep theirs; otherwise the result is this sheet alone.
   */
  private async recheckSheet(name: string): Promise<void> {
    const snapshot = await this.port.readSheet(name);
    const checked = this.checkSnapshot(snapshot);
    const prev = this.store.getState().check;
    let check: CheckResult;
    if (prev && prev.scope === 'workbook') {
      const order = prev.sheets.map((x) => x.name);
      if (checked && !order.includes(name)) order.push(name);
      const bySheet = new Map<string, PaneFinding[]>();
      for (const f of prev.findings) {
        if (f.sheet === name) continue;
        let list = bySheet.get(f.sheet);
        if (!list) bySheet.set(f.sheet, (list = []));
        list.push(f);
      }
      if (checked) bySheet.set(name, checked.findings);
      const basis = { ...prev.basis };
      if (checked) basis[name] = snapshot;
      else delete basis[name];
      check = {
        scope: 'workbook',
        sheets: order.flatMap((n) => (n === name ? (checked ? [checked.sheet] : []) : prev.sheets.filter((x) => x.name === n))),
        skipped: [...prev.skipped.filter((n) => n !== name), ...(checked ? [] : [name])],
        findings: order.flatMap((n) => bySheet.get(n) ?? []),
        basis,
      };
    } else {
      check = checked
        ? { scope: 'active', sheets: [checked.sheet], skipped: [], findings: checked.findings, basis: { [name]: snapshot } }
        : { scope: 'active', sheets: [], skipped: [name], findings: [], basis: {} };
    }
    this.store.dispatch({ type: 'checked', check });
  }

  /** Findings that are not accepted. */
  openFindings(): PaneFinding[] {
    const { check, accepted } = this.store.getState();
    return (check?.findings ?? []).filter((f) => !(f.key in accepted));
  }

  /** Open findings that pass the rule filter: what the list shows, and what 标记到单元格 marks. */
  shownOpenFindings(): PaneFinding[] {
    const { ruleFilter } = this.store.getState();
    return this.openFindings().filter((f) => !ruleFilter || f.ruleId === ruleFilter);
  }

  /**
   * Flags what the list shows: the open findings that pass the filter. Each checked sheet gets its full
   * list (the port replaces a sheet's earlier flags with it), so a finding accepted or filtered away since
   * the last flagging loses its flag too — the sheet shows what the pane shows.
   */
  async flag(): Promise<void> {
    const s = this.strings;
    const { check, ruleFilter } = this.store.getState();
    const shown = this.shownOpenFindings();
    if (!check || shown.length === 0) {
      this.message({ intent: 'info', text: s.nothingToFlag });
      return;
    }
    let current = '';
    await this.run(
      s.flagging,
      async () => {
        let cells = 0;
        const bySheet = flagsBySheet(shown, this.locale);
        for (const { name } of check.sheets) {
          const flags = bySheet.get(name) ?? [];
          current = name;
          await this.port.flagCells(name, flags, check.basis[name]);
          cells += flags.length;
        }
        const text = ruleFilter
          ? format(s.flaggedFiltered, { rule: ruleName(ruleFilter, this.locale), count: shown.length, cells })
          : format(s.flagged, { cells });
        this.message({ intent: 'success', text });
      },
      () => current,
    );
  }

  /**
   * 清除标记 on the scope chosen. On one sheet it says what it cleared and which other sheets still carry
   * flags, and offers to clear those too.
   */
  async clearFlags(): Promise<void> {
    if (this.store.getState().scope === 'workbook') {
      await this.clearAllFlags();
      return;
    }
    const s = this.strings;
    let sheet = '';
    await this.run(
      s.clearFlags,
      async () => {
        sheet = await this.port.activeSheetName();
        const count = await this.port.clearFlags(sheet);
        const remaining = await this.port.flaggedSheets();
        let text = count > 0 ? format(s.clearedSheet, { sheet, count }) : format(s.nothingToClearHere, { sheet });
        if (remaining.length > 0) {
          text += ` ${format(s.flagsRemain, { list: list(s, remaining.map((r) => format(s.flagsRemainItem, { sheet: r.sheet, cells: r.cells }))) })}`;
        }
        this.message({
          intent: count > 0 ? 'success' : 'info',
          text,
          ...(remaining.length > 0 ? { action: { kind: 'clearAllFlags' as const } } : {}),
        });
      },
      () => sheet,
    );
  }

  async clearAllFlags(): Promise<void> {
    const s = this.strings;
    await this.run(s.clearFlags, async () => {
      const count = await this.port.clearFlags();
      this.message({ intent: count > 0 ? 'success' : 'info', text: count > 0 ? format(s.clearedAll, { count }) : s.nothingToClear });
      this.focus('message');
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

  /** The finding shown after (or else before) this one: where the keyboard goes when this one leaves the list. */
  private neighbour(finding: PaneFinding): PaneFinding | null {
    const { check, accepted, ruleFilter, showAccepted } = this.store.getState();
    const { ordered } = groupFindings(check?.findings ?? [], accepted, ruleFilter, showAccepted, check?.scope === 'workbook' && (check?.sheets.length ?? 0) > 1);
    const i = ordered.indexOf(finding);
    if (i < 0) return null;
    return ordered.slice(i + 1).find((f) => f.key !== finding.key) ?? ordered.slice(0, i).reverse().find((f) => f.key !== finding.key) ?? null;
  }

  async accept(finding: PaneFinding): Promise<void> {
    const next = this.neighbour(finding);
    const before = this.store.getState().accepted;
    const entries = { ...before, [finding.key]: acceptedEntry(finding) };
    await this.saveAccepted(before, entries);
    this.focus(...(next ? [`finding:${next.key}`] : []), 'check-summary');
  }

  async unaccept(finding: PaneFinding): Promise<void> {
    await this.unacceptKeys([finding.key]);
    this.focus(`finding:${finding.key}`, 'check-summary');
  }

  /**
   * Accepts a whole group (625 identical findings of a 5,000-row sheet at once); the message offers to undo.
   * `focusAfter`: where the keyboard goes once the group has left the list.
   */
  async acceptGroup(findings: readonly PaneFinding[], label: string, focusAfter: readonly string[] = []): Promise<void> {
    const s = this.strings;
    const before = this.store.getState().accepted;
    const open = findings.filter((f) => !(f.key in before));
    if (open.length === 0) return;
    const next: Record<string, AcceptedMap[string]> = { ...before };
    for (const f of open) next[f.key] = acceptedEntry(f);
    if (await this.saveAccepted(before, next)) {
      const keys = [...new Set(open.map((f) => f.key))];
      this.message({ intent: 'success', text: format(s.acceptedGroup, { rule: label, count: open.length }), action: { kind: 'undoAccept', keys } });
    }
    this.focus(...focusAfter, 'check-summary');
  }

  /** Takes back acceptances (a group's 全部撤销接受, or the 撤销 of the message after 全部接受). */
  async unacceptKeys(keys: readonly string[]): Promise<void> {
    const before = this.store.getState().accepted;
    const next = { ...before };
    let count = 0;
    for (const k of keys) {
      if (k in next) count++;
      delete next[k];
    }
    if (count === 0) return;
    if (await this.saveAccepted(before, next) && keys.length > 1) {
      this.message({ intent: 'info', text: format(this.strings.acceptUndone, { count }) });
    }
  }

  private async saveAccepted(before: AcceptedMap, next: AcceptedMap): Promise<boolean> {
    // Optimistic: the list updates at once; if the workbook refuses, it goes back and says why.
    this.store.dispatch({ type: 'accepted', accepted: next });
    try {
      await this.port.saveSettings(ACCEPTED_KEY, serializeAccepted(next));
      return true;
    } catch (e) {
      this.store.dispatch({ type: 'accepted', accepted: before });
      this.fail(e);
      return false;
    }
  }

  // ---------------------------------------------------------------- fill

  private plan(basis: SheetSnapshot, overwrite: boolean) {
    return planSheetFill(basis, { policy: this.store.getState().policy.policy, locale: this.locale, overwrite });
  }

  async previewFill(): Promise<void> {
    const s = this.strings;
    let sheet = '';
    await this.run(
      s.planning,
      async () => {
        this.store.dispatch({ type: 'fillDraft', fill: null });
        sheet = await this.port.activeSheetName();
        const basis = await this.port.readSheet(sheet);
        const fill = this.plan(basis, false);
        if (!fill) {
          this.message({ intent: 'info', text: format(s.noFillTable, { sheet }) });
          this.focus('message');
          return;
        }
        this.store.dispatch({ type: 'fillDraft', fill: { sheet, kind: fill.kind, basis, plan: fill.plan, overwrite: false } });
        this.focus('fill-plan');
      },
      () => sheet,
    );
  }

  /**
   * The sheet as it is now, when it is as the preview read it; otherwise the preview is refreshed, the
   * clerk told to look again, and null returned.
   */
  private async unchangedSince(draft: FillDraft): Promise<SheetSnapshot | null> {
    const fresh = await this.port.readSheet(draft.sheet);
    if (sameSnapshot(fresh, draft.basis)) return fresh;
    const closed = await this.refreshDraft(draft, fresh);
    this.message({ intent: 'warning', text: closed ?? format(this.strings.fillSheetChanged, { sheet: draft.sheet }) });
    this.focus('fill-plan', 'message');
    return null;
  }

  /**
   * Works the open preview out again from the sheet as it is now (after an undo, a save of the settings, or
   * an edit found at confirmation), without overwriting: an earlier overwrite confirmation was about other
   * cells. Closes the preview when the sheet no longer has a table to fill. Returns the note to add.
   */
  private async refreshDraft(draft: FillDraft, basis?: SheetSnapshot): Promise<string | null> {
    const s = this.strings;
    const fresh = basis ?? (await this.port.readSheet(draft.sheet));
    const fill = this.plan(fresh, false);
    if (!fill) {
      this.store.dispatch({ type: 'fillDraft', fill: null });
      return format(s.fillPreviewClosed, { sheet: draft.sheet });
    }
    this.store.dispatch({ type: 'fillDraft', fill: { sheet: draft.sheet, kind: fill.kind, basis: fresh, plan: fill.plan, overwrite: false } });
    return null;
  }

  /**
   * Ticks or unticks 覆盖 (after its confirmation dialog). The plan is made on a fresh read: if the sheet
   * changed since the preview, the preview is refreshed instead and the clerk asked to look again.
   */
  async setOverwrite(overwrite: boolean): Promise<void> {
    const s = this.strings;
    const draft = this.store.getState().fill;
    if (!draft || draft.overwrite === overwrite) return;
    await this.run(
      s.planning,
      async () => {
        const fresh = await this.unchangedSince(draft);
        if (!fresh) return;
        const fill = this.plan(fresh, overwrite);
        if (fill) this.store.dispatch({ type: 'fillDraft', fill: { ...draft, basis: fresh, plan: fill.plan, overwrite } });
      },
      () => draft.sheet,
    );
  }

  cancelFill(): void {
    this.store.dispatch({ type: 'fillDraft', fill: null });
    this.focus('preview-fill');
  }

  async confirmFill(): Promise<void> {
    const s = this.strings;
    const draft = this.store.getState().fill;
    if (!draft) return;
    await this.run(
      s.writing,
      async () => {
        // The plan must still be true of the sheet: any edit since the preview (an input such as a score,
        // not only a target cell) means the values shown are not the values that would be right.
        const fresh = await this.unchangedSince(draft);
        if (!fresh) return;
        const receipt = await this.port.writeCells(draft.sheet, draft.plan.writes.toArray(), draft.basis, { overwrite: draft.overwrite });
        const lastFill: LastFill = {
          receipt,
          cells: receipt.cells.length,
          rows: draft.plan.rowsFilled,
          summary: draft.plan.summary ?? null,
          monitoring: draft.plan.monitoring ?? null,
        };
        this.store.dispatch({ type: 'lastFill', lastFill });
        this.store.dispatch({ type: 'fillDraft', fill: null });
        this.message({ intent: 'success', text: format(s.filled, { cells: receipt.cells.length }) });
        this.focus('message', 'fill-summary');
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
      this.message({ intent: 'info', text: s.noFillToUndo });
      return;
    }
    await this.run(
      s.undoFill,
      async () => {
        await this.port.undoWrites(last.receipt);
        this.store.dispatch({ type: 'lastFill', lastFill: null });
        await this.port.saveSettings(LAST_FILL_KEY, null);
        let text = format(s.undone, { cells: last.cells });
        // An open preview described the sheet before the undo: work it out again, never leave it stale.
        const draft = this.store.getState().fill;
        if (draft) text += ` ${(await this.refreshDraft(draft)) ?? s.fillRefreshedAfterUndo}`;
        this.message({ intent: 'success', text });
        this.focus('message');
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

  /** The settings being edited (kept in the store across tabs); null drops the edits. */
  editSettings(draft: SettingsDraft | null): void {
    this.store.dispatch({ type: 'settingsDraft', draft });
  }

  /** Edits that differ from what the workbook holds (or do not even parse). */
  settingsDirty(): boolean {
    const { settingsDraft, policy } = this.store.getState();
    if (!settingsDraft) return false;
    return settingsDraft.syntaxError !== null || JSON.stringify(settingsDraft.document) !== JSON.stringify(policy.document ?? {});
  }

  /** Validates and stores the policy document; returns the field errors instead of throwing. */
  async savePolicy(document: unknown): Promise<{ ok: true } | { ok: false; issues: string[] }> {
    const s = this.strings;
    let policy;
    try {
      policy = parsePolicy(document);
    } catch (e) {
      const issues = e instanceof PolicyError ? shownIssues(e.issues, this.locale).map((i) => i.text) : [String(e)];
      return { ok: false, issues };
    }
    let ok = false;
    await this.run(s.saveSettings, async () => {
      const note = await this.storePolicy(document, policy);
      this.store.dispatch({ type: 'settingsDraft', draft: null });
      this.message({ intent: 'success', text: s.settingsSaved + note });
      ok = true;
    });
    return ok ? { ok: true } : { ok: false, issues: [] };
  }

  /**
   * Stores a validated policy document in the workbook's settings and puts it in force: what 保存到工作簿
   * and the "这张表的列" step's 确认 both do. Returns a note to add when an open fill preview, worked out
   * with the old settings, was worked out again.
   */
  private async storePolicy(document: unknown, policy: Policy): Promise<string> {
    await this.port.saveSettings(POLICY_KEY, document);
    this.store.dispatch({ type: 'policy', policy: { policy, document, source: 'workbook' } });
    const draft = this.store.getState().fill;
    return draft ? ` ${(await this.refreshDraft(draft)) ?? this.strings.fillRefreshedPolicy}` : '';
  }

  // ---------------------------------------------------------------- 这张表的列

  /**
   * Opens the "这张表的列" step on a sheet: from a `layout/goal-table-unrecognised` finding (its header row
   * prefilled), or from the settings (the active sheet, or a stored hint's sheet and row). The sheet is
   * read now, for the live preview. Nothing is written until 确认.
   */
  async openMapping(request: {
    readonly from: MappingDraft['from'];
    readonly returnFocus: readonly string[];
    readonly sheet?: string;
    readonly finding?: PaneFinding;
    readonly headerRow?: number;
    /** The columns to start from (a hint being edited in the settings), instead of a guess. */
    readonly columns?: MappingDraft['columns'];
  }): Promise<void> {
    const s = this.strings;
    let sheet = request.sheet ?? '';
    await this.run(
      s.readingSheet,
      async () => {
        sheet ||= await this.port.activeSheetName();
        const basis = await this.port.readSheet(sheet);
        // The step's logic loads with the step: it is not part of the pane's start-up.
        const { initialMapping } = await import(/* webpackChunkName: "mapping" */ './column-mapping');
        const start = initialMapping(new Grid(basis), this.store.getState().policy.policy.layout.goal, { finding: request.finding, headerRow: request.headerRow });
        const columns = request.columns && Object.keys(request.columns).length ? request.columns : start.columns;
        const mapping: MappingDraft = { sheet, basis, headerRow: start.headerRow, columns, from: request.from, returnFocus: request.returnFocus, opened: ++mappingOpenings };
        this.store.dispatch({ type: 'mapping', mapping });
        this.store.dispatch({ type: 'view', view: request.from });
      },
      () => sheet,
    );
  }

  /** The clerk's choices in the step (header row, a column), kept in the store across tabs. */
  editMapping(patch: Partial<Pick<MappingDraft, 'headerRow' | 'columns'>>): void {
    const mapping = this.store.getState().mapping;
    if (mapping) this.store.dispatch({ type: 'mapping', mapping: { ...mapping, ...patch } });
  }

  /** 取消: nothing is stored; the keyboard goes back to the button that opened the step. */
  cancelMapping(): void {
    const mapping = this.store.getState().mapping;
    if (!mapping) return;
    this.store.dispatch({ type: 'mapping', mapping: null });
    this.focus(...mapping.returnFocus);
  }

  /**
   * 确认: stores the hint in the workbook's policy (`layout.goal`, replacing an earlier hint for the same
   * sheet and header row) exactly as 保存到工作簿 does, then checks the sheet again and shows its findings.
   * Unsaved edits in the settings are kept and gain the hint too, so saving them later does not drop it.
   */
  async confirmMapping(): Promise<void> {
    const s = this.strings;
    const mapping = this.store.getState().mapping;
    if (!mapping || this.store.getState().busy) return;
    const { validateMapping, withHint } = await import(/* webpackChunkName: "mapping" */ './column-mapping');
    const { hint } = validateMapping(mapping, this.locale);
    if (!hint) return; // the step shows what is missing
    const document = withHint(asDoc(this.store.getState().policy.document), hint);
    let policy: Policy;
    try {
      policy = parsePolicy(document);
    } catch (e) {
      const issues = e instanceof PolicyError ? shownIssues(e.issues, this.locale).map((i) => i.text) : [String(e)];
      this.message({ intent: 'error', text: s.mappingStoredInvalid, details: issues });
      this.focus('message');
      return;
    }
    await this.run(
      s.mappingSaving,
      async () => {
        const note = await this.storePolicy(document, policy);
        let kept = '';
        const draft = this.store.getState().settingsDraft;
        if (draft && draft.syntaxError === null) {
          const next = withHint(asDoc(draft.document), hint);
          this.store.dispatch({ type: 'settingsDraft', draft: { document: next, text: JSON.stringify(next, null, 2), syntaxError: null } });
          kept = ` ${s.mappingDraftKept}`;
        } else if (draft) {
          kept = ` ${s.mappingDraftUnparsed}`;
        }
        this.store.dispatch({ type: 'mapping', mapping: null });
        await this.recheckSheet(mapping.sheet);
        this.store.dispatch({ type: 'view', view: 'findings' });
        this.message({ intent: 'success', text: format(s.mappingSaved, { sheet: mapping.sheet, row: hint.headerRow }) + kept + note });
        this.focus('check-summary', 'message');
      },
      () => mapping.sheet,
    );
  }
}

function acceptedEntry(f: PaneFinding): AcceptedMap[string] {
  return { sheet: f.sheet, cell: f.cell, ruleId: f.ruleId, message: f.message, acceptedAt: new Date().toISOString() };
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
