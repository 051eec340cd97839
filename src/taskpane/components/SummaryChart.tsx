import { Button, Caption1, Text, makeStyles, mergeClasses, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import type { Severity } from '../../core/findings';
import { ruleName } from '../i18n/rule-names';
import { format } from '../i18n/strings';
import type { FillSummary, MonitoringFillSummary } from '../../core/fill/plan';
import { useController, usePaneState, useStrings } from './pane-context';
import { SEVERITY_COLOURS } from './theme';
import { ExecutionChart } from './ExecutionChart';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  rows: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '3px' },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(6em, 40%) 1fr 2.5em',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    border: 'none',
    background: 'transparent',
    padding: 0,
    width: '100%',
    textAlign: 'left',
    fontFamily: 'inherit',
    color: tokens.colorNeutralForeground1,
  },
  clickable: {
    // 24 px: WCAG 2.2's smallest target (axe target-size).
    minHeight: '24px',
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusSmall,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  // The bar the list is filtered by: marked by weight and an outline, not by colour alone.
  picked: { fontWeight: tokens.fontWeightSemibold, outline: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground1Selected },
  filterLine: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  label: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  track: { height: '10px', backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall },
  bar: { height: '100%', borderRadius: tokens.borderRadiusSmall, minWidth: '2px' },
  count: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
});

interface Bar {
  readonly key: string;
  readonly label: string;
  readonly count: number;
  readonly colour: string;
}

/**
 * Horizontal bars. Clickable bars form one Tab stop (arrow keys move between them, Fluent's arrow
 * navigation group), so ten problem types do not put ten stops before the findings list.
 */
function Bars({ bars, onPick, picked = null, testId, describedBy }: { bars: readonly Bar[]; onPick?: (key: string) => void; picked?: string | null; testId: string; describedBy?: string }) {
  const styles = useStyles();
  const arrows = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <ul className={styles.rows} data-testid={testId} {...(onPick ? arrows : {})} aria-describedby={describedBy}>
      {bars.map((b) => {
        const content = (
          <>
            <span className={styles.label} title={b.label}>
              {b.label}
            </span>
            <span className={styles.track} aria-hidden="true">
              <span className={styles.bar} style={{ display: 'block', width: `${(100 * b.count) / max}%`, backgroundColor: b.colour }} />
            </span>
            <span className={styles.count}>{b.count}</span>
          </>
        );
        return (
          <li key={b.key} data-bar={b.key}>
            {onPick ? (
              <button
                type="button"
                className={mergeClasses(styles.row, styles.clickable, picked === b.key && styles.picked)}
                aria-pressed={picked === b.key}
                onClick={() => onPick(b.key)}
              >
                {content}
              </button>
            ) : (
              <div className={styles.row}>{content}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Open findings by problem type; a bar filters the list to that rule, and the chart says which filter is on. */
export function FindingsChart({ counts }: { counts: readonly { ruleId: string; severity: Severity; count: number }[] }) {
  const styles = useStyles();
  const controller = useController();
  const { ruleFilter } = usePaneState();
  const { s, locale } = useStrings();
  const bars = counts.map((c) => ({ key: c.ruleId, label: ruleName(c.ruleId, locale), count: c.count, colour: SEVERITY_COLOURS[c.severity].bar }));
  return (
    <figure className={styles.card} style={{ margin: 0 }} aria-labelledby="findings-chart-title">
      <Text weight="semibold" size={200} id="findings-chart-title">
        {s.summaryByRule}
      </Text>
      <Caption1 id="findings-chart-help">{s.chartHelp}</Caption1>
      <Bars bars={bars} testId="findings-chart" picked={ruleFilter} describedBy="findings-chart-help" onPick={(id) => controller.setRuleFilter(ruleFilter === id ? null : id)} />
      {ruleFilter && (
        <div className={styles.filterLine} data-testid="chart-filter">
          <Caption1>{format(s.filterActive, { rule: ruleName(ruleFilter, locale) })}</Caption1>
          <Button size="small" appearance="transparent" onClick={() => controller.setRuleFilter(null)}>
            {s.clearFilter}
          </Button>
        </div>
      )}
    </figure>
  );
}

// Fluent's status colours (they follow Office's theme), the same family as the severities.
const GRADE_COLOURS: Readonly<Record<string, string>> = {
  优秀: tokens.colorStatusSuccessForeground1,
  优: tokens.colorStatusSuccessForeground1,
  良好: tokens.colorBrandForeground1,
  良: tokens.colorBrandForeground1,
  合格: tokens.colorStatusWarningForeground1,
  中: tokens.colorStatusWarningForeground1,
  差: tokens.colorStatusDangerForeground1,
};

/** After a fill: how many projects got each grade, and the total budget change in 万元. */
export function FillChart({
  summary,
  monitoring = null,
  rows,
  cells,
}: {
  summary: FillSummary | null;
  monitoring?: MonitoringFillSummary | null;
  rows: number;
  cells: number;
}) {
  const styles = useStyles();
  const { s, locale } = useStrings();
  const bars = Object.entries(summary?.byGrade ?? {}).map(([grade, count]) => ({ key: grade, label: grade, count, colour: GRADE_COLOURS[grade] ?? tokens.colorBrandBackground }));
  return (
    <figure className={styles.card} style={{ margin: 0 }} data-testid="fill-summary" data-focus="fill-summary" tabIndex={-1}>
      <Text weight="semibold" size={200}>
        {s.fillSummaryTitle}
      </Text>
      <Caption1>{format(s.rowsFilledCount, { rows, cells })}</Caption1>
      {bars.length > 0 && (
        <>
          <Caption1>{s.countByGrade}</Caption1>
          <Bars bars={bars} testId="grade-chart" />
        </>
      )}
      {summary?.totalChange != null && <Text size={200}>{format(s.totalChange, { amount: summary.totalChange })}</Text>}
      {summary?.totalScore != null && <Text size={200}>{format(s.totalScore, { score: summary.totalScore })}</Text>}
      {monitoring && monitoring.projects.length > 0 && <ExecutionChart projects={monitoring.projects} locale={locale} />}
    </figure>
  );
}

/** The last fill's summary, when the workbook remembers one. */
export function LastFillSummary() {
  const { lastFill } = usePaneState();
  if (!lastFill) return null;
  return <FillChart summary={lastFill.summary} monitoring={lastFill.monitoring} rows={lastFill.rows} cells={lastFill.cells} />;
}
