import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular, EditRegular, TableEditRegular } from '@fluentui/react-icons';
import { mappingStringsFor } from '../i18n/mapping-strings';
import { format } from '../i18n/strings';
import { describeHint, documentHints, HINT_ROLES, withoutHint } from '../state/column-mapping';
import type { ShownIssue } from '../state/policy-issues';
import { asDoc, type Doc } from '../state/settings-doc';
import type { HintRole } from '../state/types';
import { useController, usePaneState, useStrings } from './pane-context';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: 'anywhere',
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  error: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  add: { alignSelf: 'flex-start' },
});

/** A stored hint's columns as the step takes them (letters only; anything else is left for the clerk to choose). */
function hintColumns(raw: unknown): Partial<Record<HintRole, string>> {
  const cols = asDoc(asDoc(raw).columns);
  const out: Partial<Record<HintRole, string>> = {};
  for (const role of HINT_ROLES) if (typeof cols[role] === 'string' && /^[A-Za-z]{1,3}$/.test(cols[role] as string)) out[role] = (cols[role] as string).toUpperCase();
  return out;
}

/**
 * The settings' list of layout hints (`layout.goal`): each table whose header row and columns were set,
 * with 修改 (the "这张表的列" step on it) and 删除 (an edit of the settings, saved with 保存到工作簿 like
 * every other field), and a way to set the columns of the active sheet's table.
 */
export function LayoutHintsSection({ doc, issues, replace }: { doc: Doc; issues: readonly ShownIssue[]; replace: (next: Doc) => void }) {
  const styles = useStyles();
  const controller = useController();
  const { busy } = usePaneState();
  const { locale } = useStrings();
  const m = mappingStringsFor(locale);
  const hints = documentHints(doc);
  return (
    <div className={styles.panel} data-testid="layout-hints">
      <Caption1>{m.layoutHelp}</Caption1>
      {hints.length === 0 ? (
        <Text size={200}>{m.layoutNone}</Text>
      ) : (
        <ul className={styles.list}>
          {hints.map((raw, i) => {
            const { where, columns } = describeHint(raw, locale);
            const own = issues.filter((x) => x.path === `layout.goal.${i}` || x.path.startsWith(`layout.goal.${i}.`));
            const hint = asDoc(raw);
            return (
              <li key={i} className={styles.item} data-hint={i}>
                <Text size={300} weight="semibold">
                  {where}
                </Text>
                {columns && <Caption1>{columns}</Caption1>}
                {own.map((x) => (
                  <div key={x.text} className={styles.error} role="alert">
                    {x.text}
                  </div>
                ))}
                <div className={styles.buttons}>
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<EditRegular />}
                    aria-label={format(m.layoutEditLabel, { where })}
                    disabledFocusable={!!busy}
                    data-focus={`hint-edit:${i}`}
                    onClick={() =>
                      void controller.openMapping({
                        from: 'settings',
                        ...(typeof hint.sheet === 'string' && hint.sheet ? { sheet: hint.sheet } : {}),
                        ...(typeof hint.headerRow === 'number' && hint.headerRow >= 1 ? { headerRow: hint.headerRow } : {}),
                        columns: hintColumns(raw),
                        returnFocus: [`hint-edit:${i}`, 'hint-add'],
                      })
                    }
                  >
                    {m.layoutEdit}
                  </Button>
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={format(m.layoutRemoveLabel, { where })}
                    data-focus={`hint-remove:${i}`}
                    onClick={() => {
                      replace(withoutHint(doc, i));
                      controller.say({ intent: 'info', text: m.layoutRemoved });
                      // The next hint moves into this place; else the one before; else the add button.
                      controller.focusOn(`hint-remove:${i}`, `hint-remove:${i - 1}`, 'hint-add');
                    }}
                  >
                    {m.layoutRemove}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <Button
        className={styles.add}
        size="small"
        icon={<TableEditRegular />}
        disabledFocusable={!!busy}
        data-focus="hint-add"
        data-testid="hint-add"
        onClick={() => void controller.openMapping({ from: 'settings', returnFocus: ['hint-add'] })}
      >
        {m.layoutAdd}
      </Button>
    </div>
  );
}
