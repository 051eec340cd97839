import { lazy, Suspense, useEffect } from 'react';
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
});

function StatusMessage() {
  const { message } = usePaneState();
  const controller = useController();
  const { s } = useStrings();
  if (!message) return null;
  return (
    <MessageBar intent={message.intent} layout="multiline" data-testid="pane-message">
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
      />
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

function PaneBody() {
  const styles = useStyles();
  const state = usePaneState();
  const controller = useController();
  const { s } = useStrings();
  return (
    <div className={styles.root}>
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
        <Tab value="settings">{s.tabSettings}</Tab>
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
