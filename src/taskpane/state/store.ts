import { defaultPolicy } from '../../core/policy/policy';
import type { Locale } from '../../core/findings';
import type { SheetWriteReceipt } from '../../adapters/workbook-port';
import type {
  AcceptedMap,
  CheckResult,
  FillDraft,
  LastFill,
  PaneMessage,
  PaneState,
  PolicyState,
  Progress,
  Scope,
  SettingsDraft,
  View,
} from './types';

export type Action =
  | { type: 'view'; view: View }
  | { type: 'scope'; scope: Scope }
  | { type: 'busy'; busy: Progress | null }
  | { type: 'message'; message: PaneMessage | null }
  | { type: 'checked'; check: CheckResult | null }
  | { type: 'ruleFilter'; ruleId: string | null }
  | { type: 'showAccepted'; show: boolean }
  | { type: 'accepted'; accepted: AcceptedMap }
  | { type: 'fillDraft'; fill: FillDraft | null }
  | { type: 'lastFill'; lastFill: LastFill | null }
  | { type: 'lastOpinions'; receipt: SheetWriteReceipt | null }
  | { type: 'policy'; policy: PolicyState }
  | { type: 'settingsDraft'; draft: SettingsDraft | null }
  | { type: 'groupOpen'; groups: Readonly<Record<string, boolean>> }
  | { type: 'focus'; targets: readonly string[] };

export function initialState(locale: Locale, preview: boolean): PaneState {
  return {
    locale,
    preview,
    view: 'findings',
    scope: 'active',
    busy: null,
    message: null,
    check: null,
    ruleFilter: null,
    showAccepted: false,
    accepted: {},
    fill: null,
    lastFill: null,
    lastOpinions: null,
    policy: { policy: defaultPolicy(), document: {}, source: 'default' },
    settingsDraft: null,
    groupOpen: {},
    focus: null,
  };
}

export function reducer(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case 'view':
      return { ...state, view: action.view };
    case 'scope':
      return { ...state, scope: action.scope };
    case 'busy':
      return { ...state, busy: action.busy };
    case 'message':
      return { ...state, message: action.message };
    case 'checked': {
      // A filter for a rule that no longer has open findings would show an empty list: drop it.
      const next = { ...state, check: action.check, groupOpen: {} };
      return { ...next, ruleFilter: filterStillShows(next) ? state.ruleFilter : null };
    }
    case 'ruleFilter':
      return { ...state, ruleFilter: action.ruleId };
    case 'showAccepted': {
      const next = { ...state, showAccepted: action.show };
      return filterStillShows(next) ? next : { ...next, ruleFilter: null };
    }
    case 'accepted': {
      const next = { ...state, accepted: action.accepted };
      return filterStillShows(next) ? next : { ...next, ruleFilter: null };
    }
    case 'fillDraft':
      return { ...state, fill: action.fill };
    case 'lastFill':
      return { ...state, lastFill: action.lastFill };
    case 'lastOpinions':
      return { ...state, lastOpinions: action.receipt };
    case 'policy':
      return { ...state, policy: action.policy };
    case 'settingsDraft':
      return { ...state, settingsDraft: action.draft };
    case 'groupOpen':
      return { ...state, groupOpen: action.groups };
    case 'focus':
      return { ...state, focus: { targets: action.targets, seq: (state.focus?.seq ?? 0) + 1 } };
  }
}

/** Whether the rule filter still selects something to show (open findings, or accepted ones when shown). */
function filterStillShows(state: PaneState): boolean {
  if (state.ruleFilter === null) return true;
  return (state.check?.findings ?? []).some((f) => f.ruleId === state.ruleFilter && (state.showAccepted || !(f.key in state.accepted)));
}

export interface Store {
  getState(): PaneState;
  dispatch(action: Action): void;
  subscribe(listener: () => void): () => void;
}

/** The pane's one state container; React reads it through useSyncExternalStore. */
export function createStore(initial: PaneState): Store {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = reducer(state, action);
      if (next === state) return;
      state = next;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
