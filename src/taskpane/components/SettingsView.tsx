import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowResetRegular, ArrowUploadRegular, DismissRegular, SaveRegular, TableEditRegular } from '@fluentui/react-icons';
import { defaultPolicy, parsePolicy } from '../../core/policy/policy';
import { RULE_METAS } from '../../core/rules/registry';
import { RULE_IDS } from '../../core/rules/rule-ids';
import { ruleName } from '../i18n/rule-names';
import { format, type Strings } from '../i18n/strings';
import { policyIssues, type ShownIssue } from '../state/policy-issues';
import { asDoc, fieldText, fieldValue, getPath, parseDocText, setPath, type Doc } from '../state/settings-doc';
import type { SettingsDraft } from '../state/types';
import { mappingStringsFor } from '../i18n/mapping-strings';
import { LayoutHintsSection } from './LayoutHintsSection';
import { useController, usePaneState, useStrings } from './pane-context';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  tools: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(7.5em, 1fr))', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  input: { width: '100%', minWidth: 0 },
  groupError: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  id: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  json: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  issues: { margin: 0, paddingLeft: '1.2em' },
  // Save stays in reach however long the form: it sticks to the bottom of the pane while scrolling.
  footer: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  footerButtons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  status: { color: tokens.colorNeutralForeground2 },
  statusBad: { color: tokens.colorPaletteRedForeground1 },
});

const DEFAULT_SEVERITY: Readonly<Record<string, string>> = Object.fromEntries(
  RULE_METAS.map((m) => [m.id, m.defaultSeverity]),
);

const DEFAULTS = defaultPolicy();

function severityText(severity: string | undefined, s: Strings): string {
  if (severity === 'error') return s.severityError;
  if (severity === 'warning') return s.severityWarning;
  if (severity === 'info') return s.severityInfo;
  if (severity === 'off') return s.severityOff;
  return '—';
}

/** Paths the form edits; an error anywhere else opens the JSON editor, where it can be fixed. */
const FORM_PATHS = [
  'evaluation.bands',
  'evaluation.rates',
  'evaluation.excellentUnrecorded',
  'evaluation.excellentNotOutstanding',
  'evaluation.texts.followUp.pass',
  'evaluation.texts.passProcess',
  'evaluation.texts.passResult',
  'monitoring.month',
  'monitoring.mode',
  'monitoring.gap',
  'monitoring.ratio',
  'rules',
  'layout',
];

type Section = 'evaluation' | 'monitoring' | 'rules' | 'layout' | 'advanced';

function sectionOf(path: string): Section {
  if (!FORM_PATHS.some((p) => path === p || path.startsWith(`${p}.`))) return 'advanced';
  if (path.startsWith('layout')) return 'layout';
  return path.startsWith('rules') ? 'rules' : path.startsWith('monitoring') ? 'monitoring' : 'evaluation';
}

interface FormProps {
  readonly doc: Doc;
  readonly issues: readonly ShownIssue[];
  readonly set: (path: string, value: unknown) => void;
}

/** Validation text for a field: its own issues; "enter a number" when what was typed is not one. */
function issueText(path: string, { doc, issues }: FormProps, s: Strings, numeric: boolean): string | undefined {
  if (numeric && typeof getPath(doc, path) === 'string') return s.numberExpected;
  const own = issues.filter((i) => i.path === path).map((i) => i.text.slice(i.text.indexOf(': ') + 2));
  return own.length ? own.join('；') : undefined;
}

/**
 * A number, shown scaled (a rate of 0.05 reads 5 %), validated as typed. The text is kept as typed while it
 * means the stored value ("1." while typing 1.5), and follows the document when it changes elsewhere (the
 * JSON editor, an import, 恢复默认).
 */
function NumberField({ path, label, scale = 1, form }: { path: string; label: string; scale?: number; form: FormProps }) {
  const styles = useStyles();
  const { s } = useStrings();
  const fallback = getPath(DEFAULTS as unknown as Doc, path);
  const stored = getPath(form.doc, path);
  // The value in force: what the document sets, else the default (a clerk sees 90, not an empty box).
  const effective = stored ?? fallback;
  const [text, setText] = useState(() => fieldText(effective, scale));
  useEffect(() => {
    if ((fieldValue(text, scale) ?? fallback) !== effective) setText(fieldText(effective, scale));
    // Only a change of the value in force resyncs; typing updates both together.
  }, [effective]);
  const error = issueText(path, form, s, true);
  return (
    <Field label={label} size="small" validationState={error ? 'error' : 'none'} validationMessage={error}>
      <Input
        className={styles.input}
        size="small"
        inputMode="decimal"
        value={text}
        data-path={path}
        onChange={(_, d) => {
          setText(d.value);
          const value = fieldValue(d.value, scale);
          // Back to the default leaves no trace in the document.
          form.set(path, value === fallback ? undefined : value);
        }}
      />
    </Field>
  );
}

function TextField({ path, label, form }: { path: string; label: string; form: FormProps }) {
  const styles = useStyles();
  const { s } = useStrings();
  const fallback = String(getPath(DEFAULTS as unknown as Doc, path) ?? '');
  const stored = getPath(form.doc, path);
  const error = issueText(path, form, s, false);
  return (
    <Field label={label} size="small" validationState={error ? 'error' : 'none'} validationMessage={error}>
      <Input
        className={styles.input}
        size="small"
        value={typeof stored === 'string' ? stored : fallback}
        data-path={path}
        onChange={(_, d) => form.set(path, d.value === fallback ? undefined : d.value)}
      />
    </Field>
  );
}

function ChoiceField({ path, label, options, form }: { path: string; label: string; options: readonly { value: string; label: string }[]; form: FormProps }) {
  const { s } = useStrings();
  const stored = getPath(form.doc, path);
  const error = issueText(path, form, s, false);
  const fallback = getPath(DEFAULTS as unknown as Doc, path);
  const fallbackLabel = options.find((o) => o.value === String(fallback))?.label;
  return (
    <Field label={label} size="small" validationState={error ? 'error' : 'none'} validationMessage={error}>
      <Select size="small" value={stored === undefined ? '' : String(stored)} data-path={path} onChange={(_, d) => form.set(path, d.value === '' ? undefined : /^\d+$/.test(d.value) ? Number(d.value) : d.value)}>
        {fallbackLabel !== undefined && <option value="">{format(s.severityDefault, { severity: fallbackLabel })}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Issues of a whole group (bands out of order, red line below yellow), under the group's fields. */
function GroupIssues({ path, form }: { path: string; form: FormProps }) {
  const styles = useStyles();
  const own = form.issues.filter((i) => i.path === path);
  if (own.length === 0) return null;
  return (
    <div className={styles.groupError} role="alert">
      {own.map((i) => (
        <div key={i.text}>{i.text.slice(i.text.indexOf(': ') + 2)}</div>
      ))}
    </div>
  );
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      {children}
    </fieldset>
  );
}

function EvaluationForm({ form }: { form: FormProps }) {
  const styles = useStyles();
  const { s } = useStrings();
  const choices = [
    { value: 'asOutstanding', label: s.choiceAsOutstanding },
    { value: 'asGood', label: s.choiceAsGood },
    { value: 'noChange', label: s.choiceNoChange },
  ];
  return (
    <div className={styles.panel}>
      <Group legend={s.bandsLabel}>
        <div className={styles.grid}>
          <NumberField path="evaluation.bands.excellent" label={s.bandExcellent} form={form} />
          <NumberField path="evaluation.bands.good" label={s.bandGood} form={form} />
          <NumberField path="evaluation.bands.pass" label={s.bandPass} form={form} />
        </div>
        <GroupIssues path="evaluation.bands" form={form} />
      </Group>
      <Group legend={s.ratesLabel}>
        <div className={styles.grid}>
          <NumberField path="evaluation.rates.excellentOutstanding" label={s.rateExcellentOutstanding} scale={100} form={form} />
          <NumberField path="evaluation.rates.good" label={s.rateGood} scale={100} form={form} />
          <NumberField path="evaluation.rates.pass" label={s.ratePass} scale={100} form={form} />
          <NumberField path="evaluation.rates.poor" label={s.ratePoor} scale={100} form={form} />
        </div>
        <GroupIssues path="evaluation.rates" form={form} />
      </Group>
      <ChoiceField path="evaluation.excellentUnrecorded" label={s.excellentUnrecorded} options={choices} form={form} />
      <ChoiceField path="evaluation.excellentNotOutstanding" label={s.excellentNotOutstanding} options={choices} form={form} />
      <Group legend={s.textsLabel}>
        <TextField path="evaluation.texts.followUp.pass" label={s.textPassFollowUp} form={form} />
        <TextField path="evaluation.texts.passProcess" label={s.textPassProcess} form={form} />
        <TextField path="evaluation.texts.passResult" label={s.textPassResult} form={form} />
      </Group>
    </div>
  );
}

function MonitoringForm({ form }: { form: FormProps }) {
  const styles = useStyles();
  const { s } = useStrings();
  const mode = getPath(form.doc, 'monitoring.mode') ?? DEFAULTS.monitoring.mode;
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: format(s.monthOption, { month: i + 1 }) }));
  return (
    <div className={styles.panel}>
      <Field label={s.monitoringMonth} size="small" validationState={issueText('monitoring.month', form, s, false) ? 'error' : 'none'} validationMessage={issueText('monitoring.month', form, s, false)}>
        <Select
          size="small"
          value={getPath(form.doc, 'monitoring.month') === undefined ? '' : String(getPath(form.doc, 'monitoring.month'))}
          data-path="monitoring.month"
          onChange={(_, d) => form.set('monitoring.month', d.value === '' ? undefined : Number(d.value))}
        >
          <option value="">{s.monthFromSheet}</option>
          {months.map((m) => (
            <option key={m.value} value={m.value}>
              {m.label}
            </option>
          ))}
        </Select>
      </Field>
      <ChoiceField
        path="monitoring.mode"
        label={s.monitoringMode}
        options={[
          { value: 'gap', label: s.modeGap },
          { value: 'ratio', label: s.modeRatio },
        ]}
        form={form}
      />
      {mode === 'ratio' ? (
        <div>
          <div className={styles.grid}>
            <NumberField path="monitoring.ratio.yellow" label={s.ratioYellow} scale={100} form={form} />
            <NumberField path="monitoring.ratio.red" label={s.ratioRed} scale={100} form={form} />
          </div>
          <GroupIssues path="monitoring.ratio" form={form} />
        </div>
      ) : (
        <div>
          <div className={styles.grid}>
            <NumberField path="monitoring.gap.tolerance" label={s.gapTolerance} scale={100} form={form} />
            <NumberField path="monitoring.gap.strong" label={s.gapStrong} scale={100} form={form} />
          </div>
          <GroupIssues path="monitoring.gap" form={form} />
        </div>
      )}
    </div>
  );
}

function RulesForm({ form }: { form: FormProps }) {
  const styles = useStyles();
  const { s, locale } = useStrings();
  const rules = asDoc(form.doc.rules) as Record<string, unknown>;
  const areas = [
    // Goal forms: the goal rules and the recogniser's own (layout/…), which only goal tables raise.
    { title: s.rulesGoal, ids: RULE_IDS.filter((id) => !id.startsWith('eval/') && !id.startsWith('monitor/')) },
    { title: s.rulesEvaluation, ids: RULE_IDS.filter((id) => id.startsWith('eval/')) },
    { title: s.rulesMonitoring, ids: RULE_IDS.filter((id) => id.startsWith('monitor/')) },
  ];
  // One field per rule, its name as the label and its id as the hint: it reads at 320 px, unlike a table.
  return (
    <div className={styles.panel}>
      {areas.map((area) => (
        <Group key={area.title} legend={area.title}>
          {area.ids.map((id) => {
            const error = issueText(`rules.${id}`, form, s, false);
            return (
              <Field
                key={id}
                size="small"
                label={ruleName(id, locale)}
                hint={<span className={styles.id}>{id}</span>}
                validationState={error ? 'error' : 'none'}
                validationMessage={error}
                data-rule-setting={id}
              >
                <Select size="small" value={typeof rules[id] === 'string' ? (rules[id] as string) : ''} onChange={(_, d) => form.set(`rules.${id}`, d.value === '' ? undefined : d.value)}>
                  <option value="">{format(s.severityDefault, { severity: severityText(DEFAULT_SEVERITY[id], s) })}</option>
                  <option value="error">{s.severityError}</option>
                  <option value="warning">{s.severityWarning}</option>
                  <option value="info">{s.severityInfo}</option>
                  <option value="off">{s.severityOff}</option>
                </Select>
              </Field>
            );
          })}
        </Group>
      ))}
    </div>
  );
}

/**
 * The policy editor. Form fields for what a clerk changes (grade bands, rates, the 优秀 choices, follow-up
 * texts, the monitoring month and warning lines, rule severities); the full JSON (what the command line's
 * --policy reads) for the rest, kept in step with the form. Everything is validated as typed with the
 * same schema as the command line. Edits live in the store until saved or discarded, so switching tabs
 * loses nothing; 保存到工作簿 sticks to the bottom of the pane.
 */
export function SettingsView() {
  const styles = useStyles();
  const controller = useController();
  const { policy, busy, settingsDraft } = usePaneState();
  const { s, locale } = useStrings();
  const fileInput = useRef<HTMLInputElement>(null);
  const draft: SettingsDraft = settingsDraft ?? { document: asDoc(policy.document), text: JSON.stringify(policy.document ?? {}, null, 2), syntaxError: null };
  const doc = draft.document;
  const issues = useMemo(() => (draft.syntaxError ? [] : policyIssues(doc, locale)), [doc, draft.syntaxError, locale]);
  const dirty = controller.settingsDirty();
  const invalid = draft.syntaxError !== null || issues.length > 0;

  const replace = (next: Doc) => controller.editSettings({ document: next, text: JSON.stringify(next, null, 2), syntaxError: null });
  const form: FormProps = { doc, issues, set: (path, value) => replace(setPath(doc, path, value)) };

  // Sections with an error open themselves, so no error hides in a closed panel.
  const [open, setOpen] = useState<Section[]>(['evaluation']);
  const errorSections = new Set<Section>(draft.syntaxError ? ['advanced'] : issues.map((i) => sectionOf(i.path)));
  const openItems = [...new Set([...open, ...errorSections])];

  const onText = (text: string) => {
    const parsed = parseDocText(text, s);
    controller.editSettings(parsed.doc ? { document: parsed.doc, text, syntaxError: null } : { document: doc, text, syntaxError: parsed.error });
  };

  const onImport = async (file: File) => {
    const content = await file.text();
    const parsed = parseDocText(content, s);
    if (!parsed.doc) {
      // Nothing changes, and the earlier message (an import that worked) is replaced: it is no longer true.
      controller.say({ intent: 'error', text: format(s.importFailed, { file: file.name, reason: parsed.error }) });
      return;
    }
    controller.editSettings({ document: parsed.doc, text: JSON.stringify(parsed.doc, null, 2), syntaxError: null });
    const found = policyIssues(parsed.doc, locale);
    controller.say(
      found.length > 0
        ? { intent: 'warning', text: format(s.settingsImportedInvalid, { file: file.name, count: found.length }), details: found.map((i) => i.text) }
        : { intent: 'info', text: format(s.settingsImported, { file: file.name }) },
    );
  };

  const onExport = () => {
    const blob = new Blob([JSON.stringify(doc, null, 2) + '\n'], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'goal-lint-policy.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const onSave = async () => {
    const result = await controller.savePolicy(doc);
    if (!result.ok && result.issues.length) controller.say({ intent: 'error', text: s.settingsInvalid, details: result.issues });
  };

  const shown = draft.syntaxError ? [draft.syntaxError] : issues.map((i) => i.text);
  const status = invalid ? format(s.settingsIssueCount, { count: shown.length }) : dirty ? s.unsavedChanges : s.settingsAllSaved;
  return (
    <section className={styles.view} aria-label={s.tabSettings} data-testid="settings">
      <Caption1>{s.settingsIntro}</Caption1>
      <div className={styles.tools}>
        <Button size="small" icon={<ArrowUploadRegular />} onClick={() => fileInput.current?.click()}>
          {s.importSettings}
        </Button>
        <Button size="small" icon={<ArrowDownloadRegular />} onClick={onExport} disabledFocusable={invalid} aria-describedby={invalid ? 'export-blocked' : undefined} data-testid="export">
          {s.exportSettings}
        </Button>
        <Button size="small" icon={<ArrowResetRegular />} onClick={() => replace({})}>
          {s.resetSettings}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="policy-file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void onImport(f);
            e.target.value = '';
          }}
        />
      </div>
      {invalid && (
        <Caption1 id="export-blocked" className={styles.statusBad}>
          {s.exportBlocked}
        </Caption1>
      )}
      <Accordion multiple collapsible openItems={openItems} onToggle={(_, d) => setOpen(d.openItems as Section[])}>
        <AccordionItem value="evaluation">
          <AccordionHeader as="h2" size="small">
            {s.sectionEvaluation}
          </AccordionHeader>
          <AccordionPanel>
            <EvaluationForm form={form} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="monitoring">
          <AccordionHeader as="h2" size="small">
            {s.sectionMonitoring}
          </AccordionHeader>
          <AccordionPanel>
            <MonitoringForm form={form} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="rules">
          <AccordionHeader as="h2" size="small">
            {s.rulesTitle}
          </AccordionHeader>
          <AccordionPanel>
            <RulesForm form={form} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="layout">
          <AccordionHeader as="h2" size="small">
            {mappingStringsFor(locale).sectionLayout}
          </AccordionHeader>
          <AccordionPanel>
            <LayoutHintsSection doc={doc} issues={issues} replace={replace} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="advanced">
          <AccordionHeader as="h2" size="small">
            {s.sectionAdvanced}
          </AccordionHeader>
          <AccordionPanel>
            <div className={styles.panel}>
              <Field label={s.policyJsonTitle} hint={s.policyJsonHelp} validationState={shown.length ? 'error' : 'none'}>
                <Textarea className={styles.json} resize="vertical" rows={12} value={draft.text} onChange={(_, d) => onText(d.value)} spellCheck={false} data-testid="policy-json" />
              </Field>
              <div className={styles.tools}>
                <Button size="small" icon={<TableEditRegular />} onClick={() => replace(asDoc(JSON.parse(JSON.stringify(parsePolicy(doc)))))} disabled={invalid}>
                  {s.showDefaults}
                </Button>
              </div>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {shown.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="policy-issues">
          <MessageBarBody>
            {s.settingsInvalid}
            <ul className={styles.issues}>
              {shown.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.footer} data-testid="settings-footer">
        <Text size={200} className={invalid ? styles.statusBad : styles.status} data-testid="settings-status" aria-live="polite">
          {status}
        </Text>
        <div className={styles.footerButtons}>
          <Button appearance="primary" icon={<SaveRegular />} disabledFocusable={!!busy || invalid || !dirty} onClick={() => void onSave()}>
            {s.saveSettings}
          </Button>
          {dirty && (
            <Button icon={<DismissRegular />} onClick={() => controller.editSettings(null)}>
              {s.revertSettings}
            </Button>
          )}
        </div>
      </div>
    </section>
  );
}
