import type { SheetKind } from '../../core/sheet-kinds';
import type { Finding, Locale } from '../../core/findings';
import type { FillPlan, FillSummary, MonitoringFillSummary } from '../../core/fill/plan';
import type { SheetSnapshot } from '../../core/grid/types';
import type { Policy } from '../../core/policy/policy';
import type { SheetWriteReceipt, WriteReceipt } from '../../adapters/workbook-port';

export type Scope = 'active' | 'workbook';
export type View = 'findings' | 'fill' | 'settings';

/** A finding as the pane shows it: with the key under which a reviewer's acceptance is remembered. */
export interface PaneFinding extends Finding {
  readonly key: string;
}

export interface CheckedSheet {
  readonly name: string;
  readonly kind: SheetKind;
  readonly findingCount: number;
}

export interface CheckResult {
  readonly scope: Scope;
  readonly sheets: readonly CheckedSheet[];
  /** Sheets read but not recognised as any table the add-in knows (skipped quietly, listed once). */
  readonly skipped: readonly string[];
  readonly findings: readonly PaneFinding[];
  /** The sheets as read for this check: flags are refused if a flagged cell has changed since. */
  readonly basis: Readonly<Record<string, SheetSnapshot>>;
}

export interface Progress {
  readonly label: string;
  /** null: indeterminate. */
  readonly done: number | null;
  readonly total: number | null;
}

export interface PaneMessage {
  readonly intent: 'error' | 'warning' | 'success' | 'info';
  readonly title?: string;
  readonly text: string;
  /** Extra lines, e.g. one per bad policy field. */
  readonly details?: readonly string[];
  /** A follow-up the message offers as a button (clear the other sheets too, undo an acceptance). */
  readonly action?: MessageAction;
}

export type MessageAction = { readonly kind: 'clearAllFlags' } | { readonly kind: 'undoAccept'; readonly keys: readonly string[] };

/**
 * Where keyboard focus goes after an action, so it never falls to the page: the check summary, the next
 * finding, a group header, the fill preview, the message. `seq` makes a repeat of the same target count.
 */
export interface FocusRequest {
  /** `data-focus` values, best first: the first one on screen gets focus. */
  readonly targets: readonly string[];
  readonly seq: number;
}

/** The settings being edited and not yet saved: kept across tabs, so leaving 设置 loses nothing. */
export interface SettingsDraft {
  /** The document as last parsed (the form's source of truth while the JSON text parses). */
  readonly document: Readonly<Record<string, unknown>>;
  /** The JSON editor's text, as typed. */
  readonly text: string;
  /** Why the text does not parse (already in the pane's language), or null. */
  readonly syntaxError: string | null;
}

/** A reviewer's "accept": this finding (same cell, rule and wording) is not raised again. */
export interface AcceptedEntry {
  readonly sheet: string;
  readonly cell: string;
  readonly ruleId: string;
  readonly message: string;
  readonly acceptedAt: string;
}

export type AcceptedMap = Readonly<Record<string, AcceptedEntry>>;

export interface FillDraft {
  readonly sheet: string;
  readonly kind: SheetKind;
  /** The sheet as read when the fill was planned: the adapter refuses to write if it changed since. */
  readonly basis: SheetSnapshot;
  readonly plan: FillPlan;
  readonly overwrite: boolean;
}

export interface LastFill {
  readonly receipt: WriteReceipt;
  readonly cells: number;
  readonly rows: number;
  readonly summary: FillSummary | null;
  /** Monitoring fills: execution rate against time progress per project, for the chart. */
  readonly monitoring: MonitoringFillSummary | null;
}

export interface PolicyState {
  readonly policy: Policy;
  /** The JSON document as stored in the workbook (or {} for the defaults): what the editor shows. */
  readonly document: unknown;
  readonly source: 'default' | 'workbook';
}

export interface PaneState {
  readonly locale: Locale;
  readonly preview: boolean;
  readonly view: View;
  readonly scope: Scope;
  readonly busy: Progress | null;
  readonly message: PaneMessage | null;
  readonly check: CheckResult | null;
  readonly ruleFilter: string | null;
  readonly showAccepted: boolean;
  readonly accepted: AcceptedMap;
  readonly fill: FillDraft | null;
  readonly lastFill: LastFill | null;
  /** The last 生成审核意见, for its undo (also kept in the workbook settings). */
  readonly lastOpinions: SheetWriteReceipt | null;
  readonly policy: PolicyState;
  readonly settingsDraft: SettingsDraft | null;
  /** Rule groups opened or closed by the user (key: sheet, severity and rule); others follow the default. */
  readonly groupOpen: Readonly<Record<string, boolean>>;
  readonly focus: FocusRequest | null;
}
