import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Locale } from '../../core/findings';
import { stringsFor, type Strings } from '../i18n/strings';
import type { PaneController } from '../state/controller';
import type { PaneState } from '../state/types';

const PaneContext = createContext<PaneController | null>(null);

export const PaneProvider = PaneContext.Provider;

export function useController(): PaneController {
  const c = useContext(PaneContext);
  if (!c) throw new Error('PaneProvider missing');
  return c;
}

export function usePaneState(): PaneState {
  const { store } = useController();
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}

export function useStrings(): { s: Strings; locale: Locale } {
  const locale = usePaneState().locale;
  return { s: stringsFor(locale), locale };
}
