import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PaneMessage } from '../state/types';
import { paneTheme } from './theme';

/** Shown instead of the pane when it cannot start (e.g. an Excel too old for the API it needs). */
export function StartupError({ message }: { message: PaneMessage }) {
  return (
    <FluentProvider theme={paneTheme} style={{ padding: 12 }}>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          {message.title && <MessageBarTitle>{message.title}</MessageBarTitle>}
          {message.text}
          {message.details?.map((d) => (
            <div key={d}>{d}</div>
          ))}
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
