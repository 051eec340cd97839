import { useEffect, useMemo, useState } from 'react';
import { Button, Caption1, Checkbox, CounterBadge, Field, Select, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular, CheckmarkRegular } from '@fluentui/react-icons';
import type { Severity } from '../../core/findings';
import { ruleName } from '../i18n/rule-names';
import { format, type Strings } from '../i18n/strings';
import { countsByRule, countsBySeverity, groupFindings } from '../state/grouping';
import type { PaneFinding } from '../state/types';
import { FindingsChart } from './SummaryChart';
import { useController, usePaneState, useStrings } from './pane-context';
import { SEVERITY_COLOURS } from './theme';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  filters: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  severity: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  severityHeader: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    margin: 0,
  },
  ruleHeader: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    borderLeftWidth: '3px',
    borderLeftStyle: 'solid',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  accepted: { opacity: 0.55 },
  go: {
    flexGrow: 1,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    background: 'transparent',
    cursor: 'pointer',
    fontFamily: 'inherit',
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorBrandForeground1 },
  message: { fontSize: tokens.fontSizeBase300 },
  hint: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  action: { flexShrink: 0, marginTop: tokens.spacingVerticalXS },
});

/** Findings shown per rule before 显示其余: enough to work through, few enough to render at once. */
const PAGE = 50;

function severityLabel(severity: Severity, s: Strings): { title: string; help: string } {
  if (severity === 'error') return { title: s.severityError, help: s.severityErrorHelp };
  if (severity === 'warning') return { title: s.severityWarning, help: s.severityWarningHelp };
  return { title: s.severityInfo, help: s.severityInfoHelp };
}

function FindingItem({ finding, accepted }: { finding: PaneFinding; accepted: boolean }) {
  const styles = useStyles();
  const controller = useController();
  const { s } = useStrings();
  const where = `${finding.sheet}!${finding.cell}`;
  return (
    <li
      className={mergeClasses(styles.item, accepted && styles.accepted)}
      style={{ borderLeftColor: SEVERITY_COLOURS[finding.severity].bar }}
      data-cell={where}
      data-rule={finding.ruleId}
    >
      <button type="button" className={styles.go} title={format(s.goToCell, { cell: where })} onClick={() => void controller.select(finding)}>
        <span className={styles.cell}>
          {where}
          {accepted && ` · ${s.acceptedTag}`}
        </span>
        <span className={styles.message}>{finding.message}</span>
        <span className={styles.hint}>
          {s.hintPrefix}
          {finding.hint}
        </span>
      </button>
      {accepted ? (
        <Button className={styles.action} size="small" appearance="subtle" icon={<ArrowUndoRegular />} onClick={() => void controller.unaccept(finding)}>
          {s.unaccept}
        </Button>
      ) : (
        <Button className={styles.action} size="small" appearance="subtle" icon={<CheckmarkRegular />} title={s.acceptTitle} onClick={() => void controller.accept(finding)}>
          {s.accept}
        </Button>
      )}
    </li>
  );
}

export function FindingsView() {
  const styles = useStyles();
  const controller = useController();
  const { check, accepted, ruleFilter, showAccepted, scope } = usePaneState();
  const { s, locale } = useStrings();
  const findings = check?.findings ?? [];
  const visible = useMemo(() => groupFindings(findings, accepted, ruleFilter, showAccepted), [findings, accepted, ruleFilter, showAccepted]);
  const byRule = useMemo(() => countsByRule(findings, accepted), [findings, accepted]);
  const bySeverity = useMemo(() => countsBySeverity(findings, accepted), [findings, accepted]);
  const ruleOptions = useMemo(() => [...new Set(findings.map((f) => f.ruleId))].sort(), [findings]);
  // A 5,000-row summary sheet can carry thousands of findings: each rule shows a page, the rest on request.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setExpanded(new Set()), [check]);

  if (!check) {
    return <Caption1>{format(s.notCheckedYet, { scope: scope === 'active' ? s.scopeActive : s.scopeWorkbook })}</Caption1>;
  }
  const allAccepted = findings.filter((f) => f.key in accepted).length;
  return (
    <section className={styles.view} aria-label={s.tabFindings}>
      <Text size={200} data-testid="check-summary">
        {format(s.checkedSummary, { sheets: check.sheets.length, errors: bySeverity.error, warnings: bySeverity.warning, infos: bySeverity.info })}
        {findings.length - allAccepted === 0 && ` ${s.allClear}`}
        {check.skipped.length > 0 && ` ${format(s.sheetsSkipped, { sheets: check.skipped.join('、') })}`}
      </Text>
      {byRule.length > 0 && <FindingsChart counts={byRule} />}
      {findings.length > 0 && (
        <div className={styles.filters}>
          <Field label={s.filterByRule} size="small">
            <Select size="small" value={ruleFilter ?? ''} onChange={(_, d) => controller.setRuleFilter(d.value || null)} data-testid="rule-filter">
              <option value="">{format(s.allRules, { count: findings.length - allAccepted })}</option>
              {ruleOptions.map((id) => (
                <option key={id} value={id}>
                  {ruleName(id, locale)}（{findings.filter((f) => f.ruleId === id && !(f.key in accepted)).length}）
                </option>
              ))}
            </Select>
          </Field>
          {visible.acceptedCount > 0 && (
            <Checkbox
              checked={showAccepted}
              onChange={(_, d) => controller.setShowAccepted(d.checked === true)}
              label={format(s.showAccepted, { count: visible.acceptedCount })}
            />
          )}
        </div>
      )}
      {visible.groups.map((group) => {
        const label = severityLabel(group.severity, s);
        return (
          <section key={group.severity} className={styles.severity} aria-label={label.title}>
            <h2 className={styles.severityHeader}>
              <span style={{ color: SEVERITY_COLOURS[group.severity].bar }}>{label.title}</span>
              <CounterBadge count={group.count} color={group.severity === 'error' ? 'danger' : group.severity === 'warning' ? 'important' : 'brand'} size="small" overflowCount={9999} />
              <Caption1>{label.help}</Caption1>
            </h2>
            {group.rules.map((rule) => (
              <div key={rule.ruleId}>
                <h3 className={styles.ruleHeader}>
                  {ruleName(rule.ruleId, locale)} · {rule.findings.length}
                  <Caption1 style={{ fontFamily: tokens.fontFamilyMonospace }}>{rule.ruleId}</Caption1>
                </h3>
                <ul className={styles.list}>
                  {(expanded.has(rule.ruleId) ? rule.findings : rule.findings.slice(0, PAGE)).map((f, i) => (
                    <FindingItem key={`${f.key}#${i}`} finding={f} accepted={f.key in accepted} />
                  ))}
                </ul>
                {rule.findings.length > PAGE && !expanded.has(rule.ruleId) && (
                  <Button size="small" appearance="transparent" onClick={() => setExpanded(new Set([...expanded, rule.ruleId]))}>
                    {format(s.showMore, { count: rule.findings.length - PAGE })}
                  </Button>
                )}
              </div>
            ))}
          </section>
        );
      })}
    </section>
  );
}
