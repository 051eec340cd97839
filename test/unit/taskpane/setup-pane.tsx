import { render, screen, waitFor } from '@testing-library/react';
import type { WorkbookPort } from '../../../src/adapters/workbook-port';
import type { Locale } from '../../../src/core/findings';
import { App } from '../../../src/taskpane/components/App';
import { PaneController } from '../../../src/taskpane/state/controller';
import { createStore, initialState } from '../../../src/taskpane/state/store';

// Rendering Fluent for the first time and loading the lazy settings chunk take seconds on a busy machine.
jest.setTimeout(20000);

/** Renders the real pane over a port and waits until it has loaded the workbook's settings. */
export async function renderPane(port: WorkbookPort, locale: Locale = 'zh', preview = false) {
  const store = createStore(initialState(locale, preview));
  const controller = new PaneController(port, store);
  const view = render(<App controller={controller} />);
  await waitFor(() => expect(store.getState().busy).toBeNull());
  // init() reads three settings keys; wait for them so tests start from a settled pane.
  await new Promise((r) => setTimeout(r, 0));
  return { ...view, store, controller, screen };
}
