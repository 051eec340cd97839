import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Caption1, Field, FluentProvider, Select, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, FolderOpenRegular } from '@fluentui/react-icons';
import type { Locale } from '../core/findings';
import { App } from '../taskpane/components/App';
import { paneTheme } from '../taskpane/components/theme';
import { format, stringsFor } from '../taskpane/i18n/strings';
import { PaneController, yieldToUi } from '../taskpane/state/controller';
import { createStore, initialState } from '../taskpane/state/store';
import { PreviewWorkbook } from './preview-port';
import { largeSummaryRows } from '../../scripts/samples/large-summary';
import { sampleWorkbooks, type SampleWorkbook } from './samples';
import { SheetGrid } from './SheetGrid';
import { saveBytes } from './download';
import { addFiles, copyKind, setState, type FileEntry } from './file-list';
import { FileList } from './FileList';
import type { XlsxFilePort } from './open-file';
import { webStrings } from './web-strings';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    // A narrow window (a small laptop with the browser half-width): the pane goes under the sheet.
    '@media (max-width: 720px)': { flexDirection: 'column', height: 'auto', minHeight: '100vh' },
  },
  workbook: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', position: 'relative' },
  hidden: { display: 'none' },
  openButton: { alignSelf: 'flex-end' },
  empty: {
    flexGrow: 1,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXXL,
    margin: tokens.spacingHorizontalL,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: 'center',
  },
  dropping: {
    position: 'absolute',
    inset: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: tokens.fontSizeBase500,
    color: '#fff',
    backgroundColor: 'rgba(33, 115, 70, 0.85)',
    pointerEvents: 'none',
  },
  paneEmpty: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
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
  grid: { flexGrow: 1, minHeight: 0, '@media (max-width: 720px)': { height: '50vh', flexGrow: 0 } },
  tabs: { backgroundColor: tokens.colorNeutralBackground2, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  pane: {
    // About the width Excel gives a task pane by default.
    width: '360px',
    boxSizing: 'border-box',
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

function fileSessionFor(port: XlsxFilePort, locale: Locale): Session {
  // Excel's column width is in characters of the default font: about 7 px each, plus 5 px of padding.
  const widths = (sheet: string) => Array.from(port.looks(sheet).widths, (w) => (w === undefined ? undefined : Math.round(w * 7 + 5)));
  const workbook = new PreviewWorkbook(port, widths);
  return { workbook, controller: new PaneController(port, createStore(initialState(locale, true))) };
}

/** What the page shows: a bundled sample, one of the opened files, or nothing yet (the web checker's start). */
type Current = { readonly kind: 'sample'; readonly file: string } | { readonly kind: 'file'; readonly id: string } | { readonly kind: 'none' };

/** What the list keeps of an opened file beyond its entry: its workbook (over the original bytes, never changed) and its session. */
interface OpenedFile {
  readonly session: Session;
  readonly port: XlsxFilePort;
}

let fileIds = 0;

/**
 * Which opened files hold work not yet downloaded: changed (cells or flags) since their last download, and
 * still different from the original (flagging then clearing leaves nothing to keep).
 */
class UnsavedWork {
  private readonly versions = new Map<string, number>();
  private readonly savedAt = new Map<string, number>();
  private readonly pending = new Set<string>();

  watch(id: string, port: XlsxFilePort): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    port.subscribe((change) => {
      if (change.kind !== 'cells' && change.kind !== 'flags') return;
      this.versions.set(id, (this.versions.get(id) ?? 0) + 1);
      // A flag run emits many changes: the copy's difference is worked out once they settle.
      clearTimeout(timer);
      timer = setTimeout(() => {
        void port.changes().then((c) => {
          if (copyKind(c) !== null && this.versions.get(id) !== this.savedAt.get(id)) this.pending.add(id);
          else this.pending.delete(id);
        });
      }, 200);
    });
  }

  saved(id: string): void {
    this.savedAt.set(id, this.versions.get(id) ?? 0);
    this.pending.delete(id);
  }

  any(): boolean {
    return this.pending.size > 0;
  }
}

function PreviewApp({ locale, initial }: { locale: Locale; initial: { sample: string | null; empty: boolean } }) {
  const styles = useStyles();
  const workbooks = useMemo(() => [...generatedWorkbooks(), ...sampleWorkbooks()], []);
  const [current, setCurrent] = useState<Current>(() => {
    const sample = workbooks.find((w) => w.file === initial.sample)?.file;
    if (sample) return { kind: 'sample', file: sample };
    if (initial.empty || !workbooks[0]) return { kind: 'none' };
    return { kind: 'sample', file: workbooks[0].file };
  });
  const [files, setFiles] = useState<FileEntry[]>([]);
  const opened = useRef(new Map<string, OpenedFile>());
  const unsaved = useRef(new UnsavedWork());
  // Closing or reloading the page with flags or fills not downloaded: the browser asks first.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!unsaved.current.any()) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);
  const [status, setStatus] = useState<{ text: string; details?: string[] } | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const s = stringsFor(locale);
  const w = webStrings(locale);

  const sample = current.kind === 'sample' ? workbooks.find((x) => x.file === current.file) : undefined;
  // A fresh in-memory workbook (and pane) per sample, as if the clerk opened another file; an opened file keeps its own.
  const sampleSession = useMemo(() => (sample ? sessionFor(sample, locale) : null), [sample, locale]);
  const session = current.kind === 'file' ? (opened.current.get(current.id)?.session ?? null) : sampleSession;
  const currentKey = current.kind === 'file' ? `file:${current.id}` : current.kind === 'sample' ? `sample:${current.file}` : 'none';
  // The browser tests type into cells through this, as a clerk would in Excel between two clicks.
  useEffect(() => {
    if (session) (window as unknown as { goalLintPreview?: PreviewWorkbook }).goalLintPreview = session.workbook;
  }, [session]);

  const openFiles = useCallback(
    async (list: readonly File[]) => {
      if (list.length === 0) return;
      setStatus(null);
      const entries = list.map((f) => ({ file: f, id: `f${++fileIds}` }));
      setFiles((prev) => {
        let i = 0;
        return addFiles(prev, list, () => entries[i++].id);
      });
      let shown = false;
      for (const { file, id } of entries) {
        // The reader and writer arrive with the first file opened (their own chunk).
        const route = await import(/* webpackChunkName: "xlsx-file" */ './open-file');
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await file.arrayBuffer());
        } catch (e) {
          setFiles((prev) => setState(prev, id, { kind: 'unreadable', message: route.fileReadText(e, locale) }));
          continue;
        }
        try {
          const result = await route.openWorkbookFile(bytes, {
            locale,
            onProgress: async (p) => {
              setFiles((prev) => setState(prev, id, { kind: 'reading', done: p.done, total: p.total }));
              await yieldToUi();
            },
          });
          opened.current.set(id, { port: result.port, session: fileSessionFor(result.port, locale) });
          unsaved.current.watch(id, result.port);
          setFiles((prev) => setState(prev, id, { kind: 'ready', counts: result.counts }));
          if (!shown) {
            shown = true;
            setCurrent({ kind: 'file', id });
          }
        } catch (e) {
          const message = e instanceof route.UnreadableFile ? e.message : route.unreadableText(e, locale);
          setFiles((prev) => setState(prev, id, { kind: 'unreadable', message }));
        }
        await yieldToUi();
      }
    },
    [locale],
  );

  const download = useCallback(async () => {
    if (current.kind !== 'file') return;
    const file = opened.current.get(current.id);
    const entry = files.find((f) => f.id === current.id);
    if (!file || !entry) return;
    const route = await import(/* webpackChunkName: "xlsx-file" */ './open-file');
    let copy: Awaited<ReturnType<typeof route.downloadFor>>;
    try {
      copy = await route.downloadFor(file.port, entry.name);
    } catch (e) {
      // The copy could not be written: say so; the workbook in the page and the original are as they were.
      setStatus({ text: route.problemText(e, locale) });
      return;
    }
    if (!copy) {
      setStatus({ text: w.nothingToSave });
      return;
    }
    saveBytes(copy.bytes, copy.name);
    unsaved.current.saved(current.id);
    const details: string[] = [];
    const cells = (list: readonly { sheet: string; cell: string }[]) => list.map((c) => `${c.sheet}!${c.cell}`).join('、');
    if (copy.refused.length) details.push(format(w.refused, { cells: cells(copy.refused) }));
    if (copy.notesKept.length) details.push(format(w.notesKept, { cells: cells(copy.notesKept) }));
    setStatus({ text: format(w.downloaded, { name: copy.name }), details });
  }, [current, files, w, locale]);

  const hasFiles = (e: DragEvent<HTMLElement>) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
  // `?pane=320`: the narrowest pane Excel allows; the default is about Excel's default width.
  const paneWidth = Number(new URLSearchParams(window.location.search).get('pane')) || 360;
  const currentFile = current.kind === 'file' ? files.find((f) => f.id === current.id) : undefined;
  return (
    <FluentProvider theme={paneTheme} style={{ height: '100%' }}>
      <div
        className={styles.page}
        onDragOver={(e) => {
          if (!hasFiles(e)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={(e) => {
          // Only when the pointer leaves the page (moving between its children also fires dragleave).
          const to = e.relatedTarget as Node | null;
          if (!to || !e.currentTarget.contains(to)) setDragging(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void openFiles(Array.from(e.dataTransfer?.files ?? []));
        }}
        data-testid="page"
      >
        <main className={styles.workbook}>
          <div className={styles.bar} data-testid="web-bar">
            <input
              ref={input}
              type="file"
              multiple
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className={styles.hidden}
              tabIndex={-1}
              aria-hidden="true"
              data-testid="file-input"
              onChange={(e) => {
                const picked = Array.from(e.currentTarget.files ?? []);
                // Cleared, so choosing the same file again opens it again.
                e.currentTarget.value = '';
                void openFiles(picked);
              }}
            />
            <Button appearance="primary" className={styles.openButton} icon={<FolderOpenRegular />} onClick={() => input.current?.click()} title={w.openHint} data-testid="open-files">
              {w.open}
            </Button>
            {currentFile && (
              <Button icon={<ArrowDownloadRegular />} onClick={() => void download()} data-testid="download">
                {w.download}
              </Button>
            )}
            <Field label={<span className={styles.barLabel}>{s.previewWorkbook}</span>} size="small">
              <Select
                size="small"
                value={current.kind === 'sample' ? current.file : ''}
                onChange={(_, d) => {
                  if (d.value) setCurrent({ kind: 'sample', file: d.value });
                }}
                data-testid="sample-picker"
              >
                {current.kind !== 'sample' && <option value="">{w.samplePick}</option>}
                {workbooks.map((x) => (
                  <option key={x.file} value={x.file}>
                    {x.file}
                  </option>
                ))}
              </Select>
            </Field>
            <Text className={styles.barLabel} weight="semibold">
              {current.kind === 'sample' ? s.previewHelp : w.privacy}
            </Text>
            {sample && <Caption1 className={styles.about}>{sample.about}</Caption1>}
            {currentFile && <Caption1 className={styles.about}>{`${w.current}：${currentFile.name}`}</Caption1>}
            {status && (
              <div className={styles.about} role="status" data-testid="web-status">
                {status.text}
                {status.details?.map((d) => (
                  <div key={d}>{d}</div>
                ))}
              </div>
            )}
          </div>
          <FileList files={files} current={current.kind === 'file' ? current.id : null} onOpen={(id) => setCurrent({ kind: 'file', id })} strings={w} />
          {session ? (
            <WorkbookView key={currentKey} workbook={session.workbook} locale={locale} />
          ) : (
            <div className={styles.empty} data-testid="empty">
              <Text as="h1" size={500} weight="semibold">
                {w.emptyTitle}
              </Text>
              <Text as="p">{w.emptyText}</Text>
            </div>
          )}
          {dragging && (
            <div className={styles.dropping} aria-hidden="true">
              {w.dropHere}
            </div>
          )}
        </main>
        <aside className={styles.pane} aria-label={s.appTitle} style={{ width: `${paneWidth}px`, maxWidth: '100%' }} data-testid="pane">
          {session ? (
            <App key={currentKey} controller={session.controller} />
          ) : (
            <div className={styles.paneEmpty}>
              <Text as="h2" size={400} weight="semibold">
                {s.appTitle}
              </Text>
              <Text as="p">{w.paneEmpty}</Text>
            </div>
          )}
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

/**
 * Preview mode: a plain browser, no Excel. `?lang=en` for English, `?sample=FILE.xlsx` to pick a sample.
 * `empty`: start with no workbook (the web checker, which is for the clerk's own files) unless a sample is asked for.
 */
export function startPreview(container: HTMLElement, locale: Locale, options: { empty?: boolean } = {}): void {
  document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
  document.title = `${stringsFor(locale).appTitle} · ${options.empty ? webStrings(locale).title : stringsFor(locale).previewBadge}`;
  const sample = new URLSearchParams(window.location.search).get('sample');
  createRoot(container).render(<PreviewApp locale={locale} initial={{ sample, empty: !!options.empty }} />);
}
