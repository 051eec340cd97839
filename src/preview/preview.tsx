import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Caption1, Field, FluentProvider, Select, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../core/findings';
import { App } from '../taskpane/components/App';
import { paneTheme } from '../taskpane/components/theme';
import { stringsFor } from '../taskpane/i18n/strings';
import { PaneController } from '../taskpane/state/controller';
import { createStore, initialState } from '../taskpane/state/store';
import { PreviewWorkbook } from './preview-port';
import { largeSummaryRows } from '../../scripts/samples/large-summary';
import { sampleWorkbooks, type SampleWorkbook } from './samples';
import { SheetGrid } from './SheetGrid';

const useStyles = makeStyles({
  page: { display: 'flex', height: '100vh', backgroundColor: tokens.colorNeutralBackground3 },
  workbook: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
  bar: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: '#217346',
    color: '#fff',
    flexWrap: 'wrap',
  },
  barLabel: { color: '#fff' },
  about: { color: '#e6f2ea', flexBasis: '100%' },
  grid: { flexGrow: 1, minHeight: 0 },
  tabs: { backgroundColor: tokens.colorNeutralBackground2, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  pane: {
    // About the width Excel gives a task pane by default.
    width: '360px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/** The sheet tabs and the active sheet, read again on every change; the grid follows its own sheet's changes. */
function useWorkbook(workbook: PreviewWorkbook) {
  const port = workbook.port;
  const [version, setVersion] = useState(0);
  useEffect(() => workbook.subscribe(() => setVersion((v) => v + 1)), [workbook]);
  const [state, setState] = useState<{ sheets: string[]; active: string }>({ sheets: [], active: '' });
  useEffect(() => {
    let live = true;
    void (async () => {
      const sheets = (await port.listSheets()).map((s) => s.name);
      const active = await port.activeSheetName();
      if (live) setState((old) => (old.active === active && old.sheets.join('\n') === sheets.join('\n') ? old : { sheets, active }));
    })();
    return () => {
      live = false;
    };
  }, [port, version]);
  return state;
}

function WorkbookView({ workbook, locale }: { workbook: PreviewWorkbook; locale: Locale }) {
  const styles = useStyles();
  const { sheets, active } = useWorkbook(workbook);
  const port = workbook.port;
  const selection = workbook.selection();
  const s = stringsFor(locale);
  return (
    <>
      <div className={styles.grid}>
        {sheets.includes(active) && (
          <SheetGrid
            key={active}
            view={workbook.view(active)}
            selected={selection && selection.sheet === active ? selection.ref : null}
            onSelect={(ref) => void port.selectCell(active, ref)}
          />
        )}
      </div>
      <div className={styles.tabs}>
        <TabList size="small" selectedValue={active} onTabSelect={(_, d) => workbook.activate(String(d.value))} aria-label={s.previewSheet} data-testid="sheet-tabs">
          {sheets.map((name) => (
            <Tab key={name} value={name}>
              {name}
            </Tab>
          ))}
        </TabList>
      </div>
    </>
  );
}

interface Session {
  readonly workbook: PreviewWorkbook;
  readonly controller: PaneController;
}

function sessionFor(sample: SampleWorkbook, locale: Locale): Session {
  const workbook = new PreviewWorkbook(sample.sheets);
  return { workbook, controller: new PaneController(workbook.port, createStore(initialState(locale, true))) };
}

function PreviewApp({ locale, initialFile }: { locale: Locale; initialFile: string | null }) {
  const styles = useStyles();
  const workbooks = useMemo(() => [...generatedWorkbooks(), ...sampleWorkbooks()], []);
  const [file, setFile] = useState(() => workbooks.find((w) => w.file === initialFile)?.file ?? workbooks[0]?.file ?? '');
  const workbook = workbooks.find((w) => w.file === file)!;
  // A fresh in-memory workbook (and pane) per sample, as if the clerk opened another file.
  const session = useMemo(() => sessionFor(workbook, locale), [workbook, locale]);
  // The browser tests type into cells through this, as a clerk would in Excel between two clicks.
  useEffect(() => {
    (window as unknown as { goalLintPreview?: PreviewWorkbook }).goalLintPreview = session.workbook;
  }, [session]);
  const s = stringsFor(locale);
  // `?pane=320`: the narrowest pane Excel allows; the default is about Excel's default width.
  const paneWidth = Number(new URLSearchParams(window.location.search).get('pane')) || 360;
  return (
    <FluentProvider theme={paneTheme} style={{ height: '100%' }}>
      <div className={styles.page}>
        <main className={styles.workbook}>
          <div className={styles.bar}>
            <Field label={<span className={styles.barLabel}>{s.previewWorkbook}</span>} size="small">
              <Select size="small" value={file} onChange={(_, d) => setFile(d.value)} data-testid="sample-picker">
                {workbooks.map((w) => (
                  <option key={w.file} value={w.file}>
                    {w.file}
                  </option>
                ))}
              </Select>
            </Field>
            <Text className={styles.barLabel} weight="semibold">
              {s.previewHelp}
            </Text>
            <Caption1 className={styles.about}>{workbook.about}</Caption1>
          </div>
          <WorkbookView key={file} workbook={session.workbook} locale={locale} />
        </main>
        <aside className={styles.pane} aria-label={s.appTitle} style={{ width: `${paneWidth}px` }} data-testid="pane">
          <App key={file} controller={session.controller} />
        </aside>
      </div>
    </FluentProvider>
  );
}

/**
 * `?rows=N` adds a generated N-row goal sheet (the benchmark's), selected first: `npm run bench` times the
 * preview's first findings on it.
 */
function generatedWorkbooks(): SampleWorkbook[] {
  const n = Number(new URLSearchParams(window.location.search).get('rows'));
  if (!Number.isInteger(n) || n <= 0 || n > 100_000) return [];
  const sheet = { name: '汇总表', origin: { row: 0, col: 0 }, values: largeSummaryRows(n), merges: [] };
  return [{ file: `generated-${n}-rows.xlsx`, about: `生成的 ${n} 行部门汇总表（性能测试用）`, sheets: [sheet] }];
}

/** Preview mode: a plain browser, no Excel. `?lang=en` for English, `?sample=FILE.xlsx` to pick a sample. */
export function startPreview(container: HTMLElement, locale: Locale): void {
  document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
  document.title = `${stringsFor(locale).appTitle} · ${stringsFor(locale).previewBadge}`;
  const initialFile = new URLSearchParams(window.location.search).get('sample');
  createRoot(container).render(<PreviewApp locale={locale} initialFile={initialFile} />);
}
