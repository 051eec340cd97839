import { lazy, Suspense, useEffect, useRef, type RefObject } from 'react';
import {
  Badge,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { PaneController } from '../state/controller';
import type { View } from '../state/types';
import { CheckToolbar } from './CheckToolbar';
import { FillView } from './FillView';
import { FindingsView } from './FindingsView';
import { PaneProvider, useController, usePaneState, useStrings } from './pane-context';
import { paneTheme } from './theme';

// The settings editor is the heaviest part and the least used: it loads when its tab is opened.
const SettingsView = lazy(() => import(/* webpackChunkName: "settings" */ './SettingsView').then((m) => ({ default: m.SettingsView })));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  busy: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  dot: { marginLeft: tokens.spacingHorizontalXXS, color: tokens.colorStatusWarningForeground1, fontWeight: tokens.fontWeightSemibold },
  srOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    padding: 0,
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0, 0, 0, 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  message: { ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' } },
});

function StatusMessage() {
  const { message } = usePaneState();
  const controller = useController();
  const { s } = useStrings();
  const styles = useStyles();
  if (!message) return null;
  const action = message.action;
  return (
    <MessageBar intent={message.intent} layout="multiline" data-testid="pane-message" data-focus="message" tabIndex={-1} className={styles.message}>
      <MessageBarBody>
        {message.title && <MessageBarTitle>{message.title}</MessageBarTitle>}
        {message.text}
        {message.details && message.details.length > 0 && (
          <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
            {message.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label={s.dismiss} icon={<DismissRegular />} onClick={() => controller.dismissMessage()} />}
      >
        {action && (
          <Button size="small" data-testid="message-action" onClick={() => void controller.runMessageAction(action)}>
            {action.kind === 'clearAllFlags' ? s.clearAllFlags : s.undoAccept}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}

function BusyIndicator() {
  const { busy } = usePaneState();
  const styles = useStyles();
  if (!busy) return null;
  const determinate = busy.total !== null && busy.done !== null && busy.total > 0;
  return (
    <div className={styles.busy} role="status" aria-live="polite">
      <Text size={200}>{busy.label}</Text>
      <ProgressBar value={determinate ? busy.done! / busy.total! : undefined} thickness="medium" />
    </div>
  );
}

/**
 * Moves keyboard focus where the controller asked (the check summary, the next finding, the fill preview,
 * the message): the first target on screen wins. Nothing is focused on the first render.
 */
function useFocusRequests(root: RefObject<HTMLDivElement | null>) {
  const { focus } = usePaneState();
  useEffect(() => {
    if (!focus || !root.current) return;
    const candidates = [...root.current.querySelectorAll<HTMLElement>('[data-focus]')];
    for (const target of focus.targets) {
      const el = candidates.find((c) => c.dataset.focus === target);
      if (el) {
        el.focus();
        el.scrollIntoView?.({ block: 'nearest' });
        return;
      }
    }
  }, [focus, root]);
}

function PaneBody() {
  const styles = useStyles();
  const state = usePaneState();
  const controller = useController();
  const { s } = useStrings();
  const root = useRef<HTMLDivElement>(null);
  useFocusRequests(root);
  const unsaved = controller.settingsDirty();
  return (
    <div className={styles.root} ref={root}>
      <div className={styles.header}>
        <Text as="h1" className={styles.title}>
          {s.appTitle}
        </Text>
        {state.preview && (
          <Badge appearance="tint" color="informative">
            {s.previewBadge}
          </Badge>
        )}
      </div>
      <TabList selectedValue={state.view} onTabSelect={(_, d) => controller.setView(d.value as View)} size="small">
        <Tab value="findings">{s.tabFindings}</Tab>
        <Tab value="fill">{s.tabFill}</Tab>
        <Tab value="settings" data-testid="tab-settings">
          {s.tabSettings}
          {unsaved && (
            <>
              <span className={styles.dot} aria-hidden="true">
                •
              </span>
              <span className={styles.srOnly}>{s.tabUnsaved}</span>
            </>
          )}
        </Tab>
      </TabList>
      {state.view === 'findings' && <CheckToolbar />}
      <BusyIndicator />
      <StatusMessage />
      {state.view === 'findings' && <FindingsView />}
      {state.view === 'fill' && <FillView />}
      {state.view === 'settings' && (
        <Suspense fallback={<Spinner size="small" />}>
          <SettingsView />
        </Suspense>
      )}
    </div>
  );
}

/** The task pane. It talks only to the controller, which talks only to a WorkbookPort and the core. */
export function App({ controller }: { controller: PaneController }) {
  useEffect(() => {
    void controller.init();
  }, [controller]);
  return (
    <FluentProvider theme={paneTheme} lang={controller.store.getState().locale === 'en' ? 'en' : 'zh-CN'} style={{ height: '100%' }}>
      <PaneProvider value={controller}>
        <PaneBody />
      </PaneProvider>
    </FluentProvider>
  );
}
