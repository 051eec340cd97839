import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
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
  clickable: { cursor: 'pointer', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover } },
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

function Bars({ bars, onPick, testId }: { bars: readonly Bar[]; onPick?: (key: string) => void; testId: string }) {
  const styles = useStyles();
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <ul className={styles.rows} data-testid={testId}>
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
              <button type="button" className={`${styles.row} ${styles.clickable}`} onClick={() => onPick(b.key)}>
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

/** Open findings by problem type; a bar click filters the list to that rule. */
export function FindingsChart({ counts }: { counts: readonly { ruleId: string; severity: Severity; count: number }[] }) {
  const styles = useStyles();
  const controller = useController();
  const { ruleFilter } = usePaneState();
  const { s, locale } = useStrings();
  const bars = counts.map((c) => ({ key: c.ruleId, label: ruleName(c.ruleId, locale), count: c.count, colour: SEVERITY_COLOURS[c.severity].bar }));
  return (
    <figure className={styles.card} style={{ margin: 0 }}>
      <Text weight="semibold" size={200}>
        {s.summaryByRule}
      </Text>
      <Bars bars={bars} testId="findings-chart" onPick={(id) => controller.setRuleFilter(ruleFilter === id ? null : id)} />
    </figure>
  );
}

const GRADE_COLOURS: Readonly<Record<string, string>> = {
  优秀: '#107C10',
  优: '#107C10',
  良好: '#0F6CBD',
  良: '#0F6CBD',
  合格: '#BC8A00',
  中: '#BC8A00',
  差: '#C50F1F',
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
    <figure className={styles.card} style={{ margin: 0 }} data-testid="fill-summary">
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
