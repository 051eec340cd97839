import { useMemo, useRef, useState } from 'react';
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowResetRegular, ArrowUploadRegular, SaveRegular, TableEditRegular } from '@fluentui/react-icons';
import { parsePolicy, PolicyError } from '../../core/policy/policy';
import { RULE_METAS } from '../../core/rules/registry';
import { RULE_IDS } from '../../core/rules/rule-ids';
import { ruleName } from '../i18n/rule-names';
import { format, type Strings } from '../i18n/strings';
import { useController, usePaneState, useStrings } from './pane-context';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  table: { fontSize: tokens.fontSizeBase200 },
  id: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  json: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  issues: { margin: 0, paddingLeft: '1.2em' },
});

type Doc = Record<string, unknown>;

const DEFAULT_SEVERITY: Readonly<Record<string, string>> = Object.fromEntries(
  RULE_METAS.map((m) => [m.id, m.defaultSeverity]),
);

function severityText(severity: string | undefined, s: Strings): string {
  if (severity === 'error') return s.severityError;
  if (severity === 'warning') return s.severityWarning;
  if (severity === 'info') return s.severityInfo;
  if (severity === 'off') return s.severityOff;
  return '—';
}

/** Field-by-field problems of a policy document; [] when it is valid. */
export function policyIssues(doc: unknown): string[] {
  try {
    parsePolicy(doc);
    return [];
  } catch (e) {
    return e instanceof PolicyError ? e.issues.map((i) => `${i.path}: ${i.message}`) : [String(e)];
  }
}

function asDoc(value: unknown): Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Doc) : {};
}

/**
 * The policy editor: rule switches and severities as a table, everything else (grade bands, rates,
 * texts, vocabularies) as the same JSON the command line reads, validated field by field as you type.
 */
export function SettingsView() {
  const styles = useStyles();
  const controller = useController();
  const { policy, busy } = usePaneState();
  const { s, locale } = useStrings();
  const [doc, setDoc] = useState<Doc>(() => asDoc(policy.document));
  const [text, setText] = useState(() => JSON.stringify(policy.document ?? {}, null, 2));
  const [syntaxError, setSyntaxError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saveIssues, setSaveIssues] = useState<string[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const issues = useMemo(() => (syntaxError ? [] : policyIssues(doc)), [doc, syntaxError]);
  const rules = asDoc(doc.rules) as Record<string, string>;

  const replace = (next: Doc) => {
    setDoc(next);
    setText(JSON.stringify(next, null, 2));
    setSyntaxError(null);
    setDirty(true);
    setSaveIssues([]);
  };

  const setRule = (id: string, value: string) => {
    const nextRules: Record<string, string> = { ...rules };
    if (value === '') delete nextRules[id];
    else nextRules[id] = value;
    const next: Doc = { ...doc, rules: nextRules };
    if (Object.keys(nextRules).length === 0) delete next.rules;
    replace(next);
  };

  const onText = (value: string) => {
    setText(value);
    setDirty(true);
    setSaveIssues([]);
    try {
      setDoc(asDoc(JSON.parse(value || '{}')));
      setSyntaxError(null);
    } catch (e) {
      setSyntaxError(format(s.jsonSyntax, { message: (e as Error).message }));
    }
  };

  const onImport = async (file: File) => {
    const content = await file.text();
    try {
      replace(asDoc(JSON.parse(content)));
      controller.store.dispatch({ type: 'message', message: { intent: 'info', text: format(s.settingsImported, { file: file.name }) } });
    } catch (e) {
      setText(content);
      setSyntaxError(format(s.jsonSyntax, { message: (e as Error).message }));
    }
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
    if (result.ok) {
      setDirty(false);
      setSaveIssues([]);
    } else setSaveIssues(result.issues);
  };

  const shownIssues = syntaxError ? [syntaxError] : saveIssues.length ? saveIssues : issues;
  return (
    <section className={styles.view} aria-label={s.tabSettings}>
      <Caption1>{s.settingsIntro}</Caption1>
      <Text weight="semibold">{s.rulesTitle}</Text>
      <Table size="extra-small" className={styles.table} aria-label={s.rulesTitle}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.ruleColumn}</TableHeaderCell>
            <TableHeaderCell style={{ width: '9em' }}>{s.severityColumn}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {RULE_IDS.map((id) => (
            <TableRow key={id}>
              <TableCell>
                <div>{ruleName(id, locale)}</div>
                <div className={styles.id}>{id}</div>
              </TableCell>
              <TableCell>
                <Select size="small" aria-label={`${ruleName(id, locale)} ${s.severityColumn}`} value={rules[id] ?? ''} onChange={(_, d) => setRule(id, d.value)}>
                  <option value="">{format(s.severityDefault, { severity: severityText(DEFAULT_SEVERITY[id], s) })}</option>
                  <option value="error">{s.severityError}</option>
                  <option value="warning">{s.severityWarning}</option>
                  <option value="info">{s.severityInfo}</option>
                  <option value="off">{s.severityOff}</option>
                </Select>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Field label={s.policyJsonTitle} hint={s.policyJsonHelp} validationState={shownIssues.length ? 'error' : 'none'}>
        <Textarea className={styles.json} resize="vertical" rows={12} value={text} onChange={(_, d) => onText(d.value)} spellCheck={false} data-testid="policy-json" />
      </Field>
      {shownIssues.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="policy-issues">
          <MessageBarBody>
            {s.settingsInvalid}
            <ul className={styles.issues}>
              {shownIssues.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {dirty && <Caption1>{s.unsavedChanges}</Caption1>}
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<SaveRegular />} disabled={!!busy || shownIssues.length > 0} onClick={() => void onSave()}>
          {s.saveSettings}
        </Button>
        <Button icon={<TableEditRegular />} onClick={() => replace(asDoc(JSON.parse(JSON.stringify(parsePolicy(doc)))))} disabled={issues.length > 0 || !!syntaxError}>
          {s.showDefaults}
        </Button>
        <Button icon={<ArrowResetRegular />} onClick={() => replace({})}>
          {s.resetSettings}
        </Button>
        <Button icon={<ArrowUploadRegular />} onClick={() => fileInput.current?.click()}>
          {s.importSettings}
        </Button>
        <Button icon={<ArrowDownloadRegular />} onClick={onExport} disabled={!!syntaxError}>
          {s.exportSettings}
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
    </section>
  );
}
