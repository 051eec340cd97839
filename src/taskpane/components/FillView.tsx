import { useId, useMemo, useRef, useState } from 'react';
import {
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndoRegular, CheckmarkRegular, EyeRegular } from '@fluentui/react-icons';
import { toA1 } from '../../core/grid/address';
import { SKIP_REASONS, type SkippedWrite } from '../../core/fill/plan';
import { format, list, type Strings } from '../i18n/strings';
import { columnLabels, newColumns, overwriteCells, previewRows, skippedText } from '../state/fill-preview';
import type { FillDraft } from '../state/types';
import { LastFillSummary } from './SummaryChart';
import { useController, usePaneState, useStrings } from './pane-context';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  plan: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  subtitle: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  table: { fontSize: tokens.fontSizeBase200, tableLayout: 'auto' },
  wrap: { overflowWrap: 'anywhere' },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  rows: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200 },
  row: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium },
  rowHead: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  values: { margin: 0, display: 'grid', gridTemplateColumns: 'minmax(5em, 42%) 1fr', columnGap: tokens.spacingHorizontalS, rowGap: '1px' },
  skipped: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, fontSize: tokens.fontSizeBase200 },
  reason: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  column: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  value: { margin: 0, overflowWrap: 'anywhere', fontVariantNumeric: 'tabular-nums' },
  findings: { margin: 0, paddingLeft: '1.2em', fontSize: tokens.fontSizeBase200 },
  overwriteList: {
    margin: 0,
    paddingLeft: '1.2em',
    maxHeight: '40vh',
    overflowY: 'auto',
    fontSize: tokens.fontSizeBase200,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/** Rows listed before 显示其余: the preview must stay quick on a 5,000-row table. */
const ROW_PAGE = 30;

function reasonText(c: SkippedWrite, locale: 'zh' | 'en'): string {
  return c.reasonId ? SKIP_REASONS[c.reasonId][locale] : c.reason;
}

function empty(text: string, s: Strings): string {
  return text === '' ? s.emptyValue : text;
}

function FillPlanView({ draft }: { draft: FillDraft }) {
  const styles = useStyles();
  const controller = useController();
  const { busy } = usePaneState();
  const { s, locale } = useStrings();
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  const [allRows, setAllRows] = useState(false);
  const overwriteBox = useRef<HTMLInputElement>(null);
  const { plan, basis } = draft;
  const rows = useMemo(() => previewRows(plan, basis), [plan, basis]);
  const added = useMemo(() => newColumns(plan), [plan]);
  const headers = added.length;
  const labels = useMemo(() => columnLabels(plan, basis), [plan, basis]);
  // The non-empty cells an overwrite changes, as the sheet holds them now and as they would become.
  const toOverwrite = useMemo(() => overwriteCells(plan, basis, draft.overwrite), [plan, basis, draft.overwrite]);
  const closeDialog = () => {
    setConfirming(false);
    // Back to the opener (the checkbox), never to the page: Esc, 取消 and 确认覆盖 alike.
    setTimeout(() => overwriteBox.current?.focus(), 0);
  };
  const shownRows = allRows ? rows : rows.slice(0, ROW_PAGE);
  return (
    <section className={styles.plan} aria-labelledby={titleId} data-testid="fill-plan">
      <h2 className={styles.title} id={titleId} data-focus="fill-plan" tabIndex={-1}>
        {format(s.fillSheet, { sheet: draft.sheet })}
      </h2>
      <Text size={200} data-testid="fill-plan-summary">
        {plan.writes.length > 0 ? format(s.fillPlanSummary, { cells: plan.writes.length, headers, rows: plan.rowsFilled }) : s.nothingToWrite}
      </Text>
      {added.length > 0 && <Caption1>{format(s.fillNewColumns, { columns: list(s, added) })}</Caption1>}
      {rows.length > 0 && (
        <>
          <h3 className={styles.subtitle}>{s.fillRowsTitle}</h3>
          <ol className={styles.rows} data-testid="fill-rows">
            {shownRows.map((r) => (
              <li key={r.row} className={styles.row} data-row={r.row}>
                <div className={styles.rowHead}>
                  {format(s.fillRow, { row: r.row })}
                  {r.name && ` · ${r.name}`}
                </div>
                <dl className={styles.values}>
                  {r.cells.map((c) => (
                    <div key={c.a1} style={{ display: 'contents' }} data-a1={c.a1}>
                      <dt className={styles.column}>{c.column}</dt>
                      <dd className={styles.value}>{c.text}</dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ol>
          {rows.length > shownRows.length && (
            <Button size="small" appearance="transparent" onClick={() => setAllRows(true)}>
              {format(s.showMoreRows, { count: rows.length - shownRows.length })}
            </Button>
          )}
        </>
      )}
      {plan.skippedCells.length > 0 && (
        <>
          <h3 className={styles.subtitle}>{format(s.skippedCellsTitle, { count: plan.skippedCells.length })}</h3>
          {/* A list, not a four-column table: it must read in a 320 px pane. */}
          <ul className={styles.skipped} data-testid="skipped-cells">
            {plan.skippedCells.map((c) => {
              const t = skippedText(c, basis);
              return (
                <li key={`${c.ref.row}:${c.ref.col}`} className={styles.row} data-a1={toA1(c.ref)}>
                  <div className={styles.rowHead}>
                    <span className={styles.mono}>{toA1(c.ref)}</span>
                    {labels.get(c.ref.col) && ` · ${labels.get(c.ref.col)}`}
                  </div>
                  <dl className={styles.values}>
                    <dt className={styles.column}>{s.colExisting}</dt>
                    <dd className={styles.value}>{empty(t.before, s)}</dd>
                    <dt className={styles.column}>{s.colProposed}</dt>
                    <dd className={styles.value}>{t.after}</dd>
                  </dl>
                  <div className={styles.reason} data-role="reason">
                    {reasonText(c, locale)}
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {(toOverwrite.length > 0 || draft.overwrite) && (
        <div data-testid="overwrite">
          <Checkbox
            ref={overwriteBox}
            checked={draft.overwrite}
            label={format(s.overwriteOption, { count: toOverwrite.length })}
            onChange={(_, d) => {
              if (d.checked === true) setConfirming(true);
              else void controller.setOverwrite(false);
            }}
          />
        </div>
      )}
      {plan.skippedRows.length > 0 && (
        <>
          <h3 className={styles.subtitle}>{format(s.skippedRowsTitle, { count: plan.skippedRows.length })}</h3>
          <Table size="extra-small" className={styles.table} aria-label={format(s.skippedRowsTitle, { count: plan.skippedRows.length })}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '4em' }}>{s.colRow}</TableHeaderCell>
                <TableHeaderCell>{s.colReason}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {plan.skippedRows.map((r) => (
                <TableRow key={r.row}>
                  <TableCell className={styles.mono}>{r.row + 1}</TableCell>
                  <TableCell className={styles.wrap}>{r.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {plan.findings.length > 0 && (
        <>
          <h3 className={styles.subtitle}>{s.fillFindingsTitle}</h3>
          <ul className={styles.findings}>
            {plan.findings.map((f, i) => (
              <li key={i}>
                <span className={styles.mono}>{f.cell}</span> {f.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<CheckmarkRegular />} disabledFocusable={!!busy || plan.writes.length === 0} onClick={() => void controller.confirmFill()}>
          {s.confirmFill}
        </Button>
        <Button disabledFocusable={!!busy} onClick={() => controller.cancelFill()}>
          {s.cancel}
        </Button>
      </div>
      <Dialog open={confirming} onOpenChange={(_, d) => (d.open ? setConfirming(true) : closeDialog())}>
        <DialogSurface aria-describedby={undefined}>
          <DialogBody>
            <DialogTitle>{s.overwriteConfirmTitle}</DialogTitle>
            <DialogContent>
              <p>{format(s.overwriteConfirmBody, { count: toOverwrite.length })}</p>
              {/* Focusable so a long list can be scrolled from the keyboard. */}
              <ul className={styles.overwriteList} tabIndex={0} aria-label={s.overwriteConfirmTitle} data-testid="overwrite-cells">
                {toOverwrite.map((c) => (
                  <li key={c.a1} data-a1={c.a1}>
                    {format(s.overwriteCell, { cell: c.a1, column: c.column, before: c.before, after: c.after })}
                  </li>
                ))}
              </ul>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  closeDialog();
                  void controller.setOverwrite(true);
                }}
              >
                {s.overwriteConfirmYes}
              </Button>
              <Button onClick={closeDialog}>{s.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}

export function FillView() {
  const styles = useStyles();
  const controller = useController();
  const { fill, lastFill, busy } = usePaneState();
  const { s } = useStrings();
  return (
    <section className={styles.view} aria-label={s.tabFill}>
      <Caption1>{s.fillIntro}</Caption1>
      <div className={styles.buttons}>
        <Button appearance={fill ? 'secondary' : 'primary'} icon={<EyeRegular />} disabledFocusable={!!busy} data-focus="preview-fill" onClick={() => void controller.previewFill()}>
          {s.previewFill}
        </Button>
        <Button icon={<ArrowUndoRegular />} disabledFocusable={!!busy || !lastFill} onClick={() => void controller.undoFill()}>
          {s.undoFill}
        </Button>
      </div>
      {fill && <FillPlanView key={`${fill.sheet}`} draft={fill} />}
      <LastFillSummary />
    </section>
  );
}
