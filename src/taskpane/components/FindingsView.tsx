import { useId, useMemo, useState } from 'react';
import { Button, Caption1, Checkbox, CounterBadge, Field, Select, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular, CheckmarkRegular, ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { Severity } from '../../core/findings';
import { ruleName } from '../i18n/rule-names';
import { format, list, quote, type Strings } from '../i18n/strings';
import { COLLAPSE_ABOVE, countsByRule, countsBySeverity, groupFindings, type RuleGroup, type SeverityGroup } from '../state/grouping';
import type { PaneFinding } from '../state/types';
import { FindingsChart } from './SummaryChart';
import { useController, usePaneState, useStrings } from './pane-context';
import { SEVERITY_COLOURS } from './theme';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  summary: { ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' } },
  filters: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  expanders: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sheetHeader: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  severity: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  severityHeader: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    margin: 0,
    flexWrap: 'wrap',
  },
  ruleRow: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXS },
  ruleHeader: { margin: 0, flexGrow: 1, minWidth: 0 },
  toggle: {
    display: 'flex',
    minHeight: '24px',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
    border: 'none',
    background: 'transparent',
    textAlign: 'left',
    cursor: 'pointer',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  chevron: { flexShrink: 0, marginTop: '2px' },
  ruleId: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
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
  // Accepted: a neutral edge and background and the word 已接受 — no fading, the text keeps its contrast.
  accepted: { backgroundColor: tokens.colorNeutralBackground4, borderLeftStyle: 'dashed' },
  go: {
    flexGrow: 1,
    minWidth: 0,
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
    overflowWrap: 'anywhere',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorBrandForeground1 },
  acceptedTag: { fontFamily: tokens.fontFamilyBase, color: tokens.colorNeutralForeground2 },
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
      style={{ borderLeftColor: accepted ? tokens.colorNeutralStroke1 : SEVERITY_COLOURS[finding.severity].bar }}
      data-cell={where}
      data-rule={finding.ruleId}
      data-accepted={accepted || undefined}
    >
      <button type="button" className={styles.go} title={format(s.goToCell, { cell: where })} data-focus={`finding:${finding.key}`} onClick={() => void controller.select(finding)}>
        <span className={styles.cell}>
          {where}
          {accepted && <span className={styles.acceptedTag}> · {s.acceptedTag}</span>}
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

interface GroupProps {
  readonly rule: RuleGroup;
  readonly open: boolean;
  readonly level: 3 | 4;
  /** Where the keyboard goes if this group leaves the list (its neighbour's header). */
  readonly focusAfter: readonly string[];
}

/** One rule's findings under a header that opens and closes them, with 全部接受 for the whole group. */
function RuleGroupView({ rule, open, level, focusAfter }: GroupProps) {
  const styles = useStyles();
  const controller = useController();
  const { accepted, busy } = usePaneState();
  const { s, locale } = useStrings();
  const listId = useId();
  const [all, setAll] = useState(false);
  const Heading = level === 3 ? 'h3' : 'h4';
  const name = ruleName(rule.ruleId, locale);
  const acceptedHere = rule.findings.filter((f) => f.key in accepted);
  const shown = all ? rule.findings : rule.findings.slice(0, PAGE);
  return (
    <div data-group={rule.ruleId}>
      <div className={styles.ruleRow}>
        <Heading className={styles.ruleHeader}>
          <button
            type="button"
            className={styles.toggle}
            aria-expanded={open}
            aria-controls={listId}
            data-focus={`group:${rule.key}`}
            data-testid="group-toggle"
            onClick={() => controller.setGroupsOpen([rule.key], !open)}
          >
            {open ? <ChevronDownRegular className={styles.chevron} aria-hidden="true" /> : <ChevronRightRegular className={styles.chevron} aria-hidden="true" />}
            <span>
              {name} · {rule.findings.length} <span className={styles.ruleId}>{rule.ruleId}</span>
            </span>
          </button>
        </Heading>
        {rule.open.length > 1 && (
          <Button
            className={styles.action}
            size="small"
            appearance="subtle"
            icon={<CheckmarkRegular />}
            title={s.acceptGroupTitle}
            disabledFocusable={!!busy}
            data-testid="accept-group"
            onClick={() => void controller.acceptGroup(rule.open, name, focusAfter)}
          >
            {format(s.acceptGroup, { count: rule.open.length })}
          </Button>
        )}
        {rule.open.length === 0 && acceptedHere.length > 1 && (
          <Button className={styles.action} size="small" appearance="subtle" icon={<ArrowUndoRegular />} onClick={() => void controller.unacceptKeys(acceptedHere.map((f) => f.key))}>
            {format(s.unacceptGroup, { count: acceptedHere.length })}
          </Button>
        )}
      </div>
      <div id={listId} hidden={!open}>
        {open && (
          <ul className={styles.list}>
            {shown.map((f, i) => (
              <FindingItem key={`${f.key}#${i}`} finding={f} accepted={f.key in accepted} />
            ))}
          </ul>
        )}
        {open && rule.findings.length > shown.length && (
          <Button size="small" appearance="transparent" onClick={() => setAll(true)}>
            {format(s.showMore, { count: rule.findings.length - shown.length })}
          </Button>
        )}
      </div>
    </div>
  );
}

function SeverityGroupView({ group, level, isOpen, nextFocus }: { group: SeverityGroup; level: 2 | 3; isOpen: (key: string) => boolean; nextFocus: (key: string) => string[] }) {
  const styles = useStyles();
  const { s } = useStrings();
  const label = severityLabel(group.severity, s);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={styles.severity} aria-label={label.title}>
      <Heading className={styles.severityHeader}>
        <span style={{ color: SEVERITY_COLOURS[group.severity].text }}>{label.title}</span>
        <CounterBadge count={group.count} color={group.severity === 'error' ? 'danger' : group.severity === 'warning' ? 'important' : 'brand'} size="small" overflowCount={99999} />
        <Caption1>{label.help}</Caption1>
      </Heading>
      {group.rules.map((rule) => (
        <RuleGroupView key={rule.key} rule={rule} open={isOpen(rule.key)} level={level === 2 ? 3 : 4} focusAfter={nextFocus(rule.key)} />
      ))}
    </section>
  );
}

export function FindingsView() {
  const styles = useStyles();
  const controller = useController();
  const { check, accepted, ruleFilter, showAccepted, scope, groupOpen } = usePaneState();
  const { s, locale } = useStrings();
  const findings = check?.findings ?? [];
  // Checking the workbook: a sheet's findings stay together under its name.
  const bySheet = check?.scope === 'workbook' && check.sheets.length > 1;
  const visible = useMemo(() => groupFindings(findings, accepted, ruleFilter, showAccepted, bySheet), [findings, accepted, ruleFilter, showAccepted, bySheet]);
  const byRule = useMemo(() => countsByRule(findings, accepted), [findings, accepted]);
  const bySeverity = useMemo(() => countsBySeverity(findings, accepted), [findings, accepted]);
  const ruleKeys = useMemo(() => visible.sheets.flatMap((sh) => sh.severities.flatMap((g) => g.rules.map((r) => r.key))), [visible]);
  // A 5,000-row sheet opens as group headers; a short list opens in full.
  const collapsedByDefault = findings.length > COLLAPSE_ABOVE;
  const isOpen = (key: string) => groupOpen[key] ?? !collapsedByDefault;
  const nextFocus = (key: string) => {
    const i = ruleKeys.indexOf(key);
    const next = ruleKeys[i + 1] ?? ruleKeys[i - 1];
    return next ? [`group:${next}`] : [];
  };

  if (!check) {
    return <Caption1>{format(s.notCheckedYet, { scope: scope === 'active' ? s.scopeActive : s.scopeWorkbook })}</Caption1>;
  }
  const openTotal = findings.length - findings.filter((f) => f.key in accepted).length;
  // Only rules with something to show: a rule whose findings are all accepted is not offered.
  const options = byRule.map((r) => ({ ruleId: r.ruleId, count: r.count }));
  if (ruleFilter && !options.some((o) => o.ruleId === ruleFilter)) options.push({ ruleId: ruleFilter, count: 0 });
  return (
    <section className={styles.view} aria-label={s.tabFindings}>
      <Text size={200} data-testid="check-summary" data-focus="check-summary" tabIndex={-1} className={styles.summary}>
        {format(s.checkedSummary, { sheets: check.sheets.length, errors: bySeverity.error, warnings: bySeverity.warning, infos: bySeverity.info })}
        {openTotal === 0 && ` ${s.allClear}`}
        {check.skipped.length > 0 && ` ${format(s.sheetsSkipped, { sheets: list(s, check.skipped.map((n) => quote(s, n))) })}`}
        {controller.settingsDirty() && ` ${s.settingsUnsavedCheck}`}
      </Text>
      {byRule.length > 0 && <FindingsChart counts={byRule} />}
      {findings.length > 0 && (
        <div className={styles.filters}>
          <Field label={s.filterByRule} size="small">
            <Select size="small" value={ruleFilter ?? ''} onChange={(_, d) => controller.setRuleFilter(d.value || null)} data-testid="rule-filter">
              <option value="">{format(s.allRules, { count: openTotal })}</option>
              {options.map((o) => (
                <option key={o.ruleId} value={o.ruleId}>
                  {format(s.ruleOption, { name: ruleName(o.ruleId, locale), count: o.count })}
                </option>
              ))}
            </Select>
          </Field>
          {visible.acceptedCount > 0 && (
            <Checkbox checked={showAccepted} onChange={(_, d) => controller.setShowAccepted(d.checked === true)} label={format(s.showAccepted, { count: visible.acceptedCount })} />
          )}
          {ruleKeys.length > 1 && (
            <div className={styles.expanders}>
              <Button size="small" appearance="subtle" icon={<ChevronDownRegular />} onClick={() => controller.setGroupsOpen(ruleKeys, true)} data-testid="expand-all">
                {s.expandAll}
              </Button>
              <Button size="small" appearance="subtle" icon={<ChevronRightRegular />} onClick={() => controller.setGroupsOpen(ruleKeys, false)} data-testid="collapse-all">
                {s.collapseAll}
              </Button>
            </div>
          )}
        </div>
      )}
      {visible.sheets.map((sheet) =>
        sheet.sheet === null ? (
          sheet.severities.map((group) => <SeverityGroupView key={group.key} group={group} level={2} isOpen={isOpen} nextFocus={nextFocus} />)
        ) : (
          <section key={sheet.sheet} className={styles.sheet} aria-label={sheet.sheet} data-sheet-group={sheet.sheet}>
            <h2 className={styles.sheetHeader}>{format(s.sheetGroup, { sheet: sheet.sheet, count: sheet.count })}</h2>
            {sheet.severities.map((group) => (
              <SeverityGroupView key={group.key} group={group} level={3} isOpen={isOpen} nextFocus={nextFocus} />
            ))}
          </section>
        ),
      )}
    </section>
  );
}
