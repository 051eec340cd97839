import { useState } from 'react';
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
import { cellText } from '../../core/grid/grid';
import { format } from '../i18n/strings';
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
  table: { fontSize: tokens.fontSizeBase200 },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  findings: { margin: 0, paddingLeft: '1.2em', fontSize: tokens.fontSizeBase200 },
});

function FillPlanView({ draft }: { draft: FillDraft }) {
  const styles = useStyles();
  const controller = useController();
  const { busy } = usePaneState();
  const { s } = useStrings();
  const [confirming, setConfirming] = useState(false);
  // How many non-empty cells the user is about to overwrite: counted on the plan without overwriting.
  const [overwriteCount, setOverwriteCount] = useState(0);
  const { plan } = draft;
  const headers = plan.writes.filter((w) => w.role === 'header').length;
  return (
    <section className={styles.plan} aria-label={s.previewFill} data-testid="fill-plan">
      <Text weight="semibold">{format(s.fillSheet, { sheet: draft.sheet })}</Text>
      <Text size={200} data-testid="fill-plan-summary">
        {plan.writes.length > 0 ? format(s.fillPlanSummary, { cells: plan.writes.length, headers, rows: plan.rowsFilled }) : s.nothingToWrite}
      </Text>
      {plan.skippedCells.length > 0 && (
        <>
          <Text size={200} weight="semibold">
            {format(s.skippedCellsTitle, { count: plan.skippedCells.length })}
          </Text>
          <Table size="extra-small" className={styles.table} aria-label={s.skippedCellsTitle}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{s.colCell}</TableHeaderCell>
                <TableHeaderCell>{s.colExisting}</TableHeaderCell>
                <TableHeaderCell>{s.colProposed}</TableHeaderCell>
                <TableHeaderCell>{s.colReason}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {plan.skippedCells.map((c) => (
                <TableRow key={`${c.ref.row}:${c.ref.col}`}>
                  <TableCell className={styles.mono}>{toA1(c.ref)}</TableCell>
                  <TableCell>{typeof c.existing === 'string' ? c.existing : cellText(c.existing)}</TableCell>
                  <TableCell>{String(c.proposed)}</TableCell>
                  <TableCell>{c.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {(plan.skippedCells.length > 0 || draft.overwrite) && (
        <Checkbox
          checked={draft.overwrite}
          label={format(s.overwriteOption, { count: draft.overwrite ? overwriteCount : plan.skippedCells.length })}
          onChange={(_, d) => {
            if (d.checked === true) {
              setOverwriteCount(plan.skippedCells.length);
              setConfirming(true);
            } else controller.setOverwrite(false);
          }}
        />
      )}
      {plan.skippedRows.length > 0 && (
        <>
          <Text size={200} weight="semibold">
            {format(s.skippedRowsTitle, { count: plan.skippedRows.length })}
          </Text>
          <Table size="extra-small" className={styles.table} aria-label={s.skippedRowsTitle}>
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
                  <TableCell>{r.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {plan.findings.length > 0 && (
        <>
          <Text size={200} weight="semibold">
            {s.fillFindingsTitle}
          </Text>
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
        <Button appearance="primary" icon={<CheckmarkRegular />} disabled={!!busy || plan.writes.length === 0} onClick={() => void controller.confirmFill()}>
          {s.confirmFill}
        </Button>
        <Button disabled={!!busy} onClick={() => controller.cancelFill()}>
          {s.cancel}
        </Button>
      </div>
      <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.overwriteConfirmTitle}</DialogTitle>
            <DialogContent>{format(s.overwriteConfirmBody, { count: overwriteCount })}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  controller.setOverwrite(true);
                }}
              >
                {s.overwriteConfirmYes}
              </Button>
              <Button onClick={() => setConfirming(false)}>{s.cancel}</Button>
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
        <Button appearance={fill ? 'secondary' : 'primary'} icon={<EyeRegular />} disabled={!!busy} onClick={() => void controller.previewFill()}>
          {s.previewFill}
        </Button>
        <Button icon={<ArrowUndoRegular />} disabled={!!busy || !lastFill} onClick={() => void controller.undoFill()}>
          {s.undoFill}
        </Button>
      </div>
      {fill && <FillPlanView draft={fill} />}
      <LastFillSummary />
    </section>
  );
}
