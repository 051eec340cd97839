import { Button, Radio, RadioGroup, Toolbar, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentSearchRegular, EraserRegular, FlagRegular } from '@fluentui/react-icons';
import type { Scope } from '../state/types';
import { OpinionButtons } from './OpinionButtons';
import { useController, usePaneState, useStrings } from './pane-context';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, padding: 0 },
});

export function CheckToolbar() {
  const styles = useStyles();
  const controller = useController();
  const { scope, busy, check } = usePaneState();
  const { s } = useStrings();
  const hasFindings = (check?.findings.length ?? 0) > 0;
  return (
    <div className={styles.bar}>
      <RadioGroup layout="horizontal" aria-label={s.scopeLabel} value={scope} onChange={(_, d) => controller.setScope(d.value as Scope)}>
        <Radio value="active" label={s.scopeActive} />
        <Radio value="workbook" label={s.scopeWorkbook} />
      </RadioGroup>
      <Toolbar className={styles.buttons} aria-label={s.tabFindings}>
        <Button appearance="primary" icon={<DocumentSearchRegular />} disabled={!!busy} onClick={() => void controller.check()}>
          {s.check}
        </Button>
        <Button icon={<FlagRegular />} disabled={!!busy || !hasFindings} onClick={() => void controller.flag()}>
          {s.flagCells}
        </Button>
        <Button icon={<EraserRegular />} disabled={!!busy} onClick={() => void controller.clearFlags()}>
          {s.clearFlags}
        </Button>
        <OpinionButtons />
      </Toolbar>
    </div>
  );
}
