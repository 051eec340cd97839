import { Button, Caption1, Radio, RadioGroup, Toolbar, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentSearchRegular, EraserRegular, FlagRegular } from '@fluentui/react-icons';
import { ruleName } from '../i18n/rule-names';
import { format } from '../i18n/strings';
import type { Scope } from '../state/types';
import { OpinionButtons } from './OpinionButtons';
import { useController, usePaneState, useStrings } from './pane-context';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, padding: 0 },
  scope: { color: tokens.colorNeutralForeground2 },
});

/**
 * 检查 / 标记到单元格 / 清除标记. While the pane is busy the buttons stay focusable (disabledFocusable), so
 * the keyboard never falls to the page; what 标记 will mark is said when a filter narrows it.
 */
export function CheckToolbar() {
  const styles = useStyles();
  const controller = useController();
  const { scope, busy, check, ruleFilter } = usePaneState();
  const { s, locale } = useStrings();
  const hasFindings = (check?.findings.length ?? 0) > 0;
  const shown = ruleFilter ? controller.shownOpenFindings().length : 0;
  return (
    <div className={styles.bar}>
      <RadioGroup layout="horizontal" aria-label={s.scopeLabel} value={scope} onChange={(_, d) => controller.setScope(d.value as Scope)}>
        <Radio value="active" label={s.scopeActive} />
        <Radio value="workbook" label={s.scopeWorkbook} />
      </RadioGroup>
      <Toolbar className={styles.buttons} aria-label={s.tabFindings}>
        <Button appearance="primary" icon={<DocumentSearchRegular />} disabledFocusable={!!busy} onClick={() => void controller.check()}>
          {s.check}
        </Button>
        <Button icon={<FlagRegular />} disabledFocusable={!!busy || !hasFindings} onClick={() => void controller.flag()}>
          {s.flagCells}
        </Button>
        <Button icon={<EraserRegular />} disabledFocusable={!!busy} onClick={() => void controller.clearFlags()}>
          {s.clearFlags}
        </Button>
        <OpinionButtons />
      </Toolbar>
      {ruleFilter && hasFindings && (
        <Caption1 className={styles.scope} data-testid="flag-scope">
          {format(s.flagScopeFiltered, { count: shown, rule: ruleName(ruleFilter, locale) })}
        </Caption1>
      )}
    </div>
  );
}
