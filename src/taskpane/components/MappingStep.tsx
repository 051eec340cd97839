import { useEffect, useId, useMemo, useRef } from 'react';
import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular } from '@fluentui/react-icons';
import { Grid } from '../../core/grid/grid';
import { mappingStringsFor } from '../i18n/mapping-strings';
import { format, list } from '../i18n/strings';
import { columnOptions, HINT_ROLES, previewMapping, REQUIRED_ROLES, roleLabel, rowNumber, rowTexts, validateMapping, type MappingField } from '../state/column-mapping';
import type { HintRole, MappingDraft } from '../state/types';
import { useController, usePaneState, useStrings } from './pane-context';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  row: { maxWidth: '8em' },
  select: { width: '100%', minWidth: 0 },
  preview: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  previewTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: '1.4em', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  item: { overflowWrap: 'anywhere' },
  status: { color: tokens.colorNeutralForeground2 },
  // 确认 / 取消 stay in reach however long the list of columns, as 保存到工作簿 does in the settings.
  footer: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

/** The last opening that took the keyboard: coming back to the tab later must not move focus again. */
let focusedOpening = -1;

function ColumnField({ role, mapping, options, error }: { role: HintRole; mapping: MappingDraft; options: readonly { letter: string; text: string }[]; error: string | undefined }) {
  const styles = useStyles();
  const controller = useController();
  const { locale } = useStrings();
  const m = mappingStringsFor(locale);
  const chosen = mapping.columns[role] ?? '';
  const required = REQUIRED_ROLES.has(role);
  // A letter chosen for another header row (or before the row is known) stays offered: a choice never silently disappears.
  const offered: readonly { letter: string; text: string | null }[] = chosen && !options.some((o) => o.letter === chosen) ? [...options, { letter: chosen, text: null }] : options;
  return (
    <Field label={roleLabel(role, m)} size="small" required={required} validationState={error ? 'error' : 'none'} validationMessage={error}>
      <Select
        className={styles.select}
        size="small"
        value={chosen}
        data-role={role}
        onChange={(_, d) => controller.editMapping({ columns: { ...mapping.columns, [role]: d.value || undefined } })}
      >
        <option value="">{required ? m.mappingChoose : m.mappingNone}</option>
        {offered.map((o) => (
          <option key={o.letter} value={o.letter}>
            {o.text === null
              ? format(m.mappingOptionLetter, { letter: o.letter })
              : o.text
                ? format(m.mappingOption, { letter: o.letter, text: o.text.length > 24 ? `${o.text.slice(0, 23)}…` : o.text })
                : format(m.mappingOptionEmpty, { letter: o.letter })}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/**
 * "这张表的列": the clerk settles a goal table the checker could not read (or read wrongly). The header row
 * (prefilled), a dropdown of that row's columns per role, a live preview of what the core reads with
 * that hint, validation with the policy's own schema; 确认 stores the hint in the workbook's settings and
 * checks the sheet again, 取消 (or Esc) changes nothing. Nothing is written to the sheet.
 */
export function MappingStep() {
  const styles = useStyles();
  const controller = useController();
  const { mapping, busy } = usePaneState();
  const { s, locale } = useStrings();
  const m = mappingStringsFor(locale);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const grid = useMemo(() => (mapping ? new Grid(mapping.basis) : null), [mapping?.basis]);
  const row = mapping ? rowNumber(mapping.headerRow) : null;
  const options = useMemo(() => (grid && row !== null ? columnOptions(grid, row) : []), [grid, row]);
  const checked = useMemo(() => (mapping ? validateMapping(mapping, locale) : null), [mapping, locale]);
  const preview = useMemo(() => (grid && checked?.hint ? previewMapping(grid, checked.hint) : null), [grid, checked]);

  useEffect(() => {
    // The step takes the keyboard when it opens (it may have loaded after the click that opened it).
    if (mapping && mapping.opened !== focusedOpening) {
      focusedOpening = mapping.opened;
      heading.current?.focus();
    }
  }, [mapping]);

  if (!mapping || !grid || !checked) return null;
  const errorOf = (field: MappingField) => {
    const own = checked.issues.filter((i) => i.field === field).map((i) => i.text);
    return own.length ? own.join(s.listSeparator) : undefined;
  };
  const general = checked.issues.filter((i) => i.field === null);
  const cells = row !== null ? rowTexts(grid, row) : [];
  const rowHint = row === null ? undefined : cells.length ? format(m.mappingRowShows, { row, cells: cells.join(' | ') }) : format(m.mappingRowEmpty, { row });
  const canConfirm = !!checked.hint && !!preview && preview.total > 0;

  return (
    <section
      className={styles.view}
      aria-labelledby={headingId}
      data-testid="mapping-step"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault();
          controller.cancelMapping();
        }
      }}
    >
      <h2 id={headingId} ref={heading} tabIndex={-1} className={styles.heading} data-focus="mapping-step">
        {m.mappingTitle}
      </h2>
      <Caption1>{format(m.mappingIntro, { sheet: mapping.sheet })}</Caption1>
      <Field label={m.mappingRow} size="small" required hint={rowHint} validationState={errorOf('headerRow') ? 'error' : 'none'} validationMessage={errorOf('headerRow')}>
        <Input
          className={styles.row}
          size="small"
          type="number"
          min={1}
          inputMode="numeric"
          value={mapping.headerRow}
          data-testid="mapping-row"
          onChange={(_, d) => controller.editMapping({ headerRow: d.value })}
        />
      </Field>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{m.mappingColumns}</legend>
        {HINT_ROLES.map((role) => (
          <ColumnField key={role} role={role} mapping={mapping} options={options} error={errorOf(role)} />
        ))}
      </fieldset>
      {general.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{list(s, general.map((i) => i.text))}</MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.preview} aria-label={m.mappingPreviewTitle} data-testid="mapping-preview">
        <h3 className={styles.previewTitle}>{m.mappingPreviewTitle}</h3>
        <Text size={200} className={styles.status} aria-live="polite" data-testid="mapping-preview-status">
          {!preview ? m.mappingPreviewWaiting : preview.total === 0 ? m.mappingPreviewNone : format(m.mappingPreviewCount, { count: preview.total, shown: preview.rows.length })}
        </Text>
        {preview && preview.rows.length > 0 && (
          <ol className={styles.list}>
            {preview.rows.map((r) => (
              <li key={r.cell} className={styles.item} data-cell={r.cell}>
                <span className={styles.cell}>{r.cell}</span> {r.name || s.emptyValue} → {r.value || s.emptyValue}
              </li>
            ))}
          </ol>
        )}
      </section>
      <div className={styles.footer}>
        <Button appearance="primary" icon={<CheckmarkRegular />} disabledFocusable={!!busy || !canConfirm} onClick={() => void controller.confirmMapping()} data-testid="mapping-confirm">
          {m.mappingConfirm}
        </Button>
        <Button icon={<DismissRegular />} onClick={() => controller.cancelMapping()} data-testid="mapping-cancel">
          {s.cancel}
        </Button>
      </div>
    </section>
  );
}
