import { ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { format } from '../taskpane/i18n/strings';
import { listSummary, type FileEntry } from './file-list';
import type { WebStrings } from './web-strings';

const useStyles = makeStyles({
  nav: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    maxHeight: '30vh',
    overflowY: 'auto',
  },
  summary: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: 'none' },
  item: { minWidth: 0, maxWidth: '100%' },
  button: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: '2px',
    minWidth: '180px',
    maxWidth: '420px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    textAlign: 'left',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  current: { border: `2px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  name: { fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-all' },
  counts: { color: tokens.colorNeutralForeground2 },
  errors: { color: tokens.colorPaletteRedForeground1 },
  problem: { color: tokens.colorPaletteRedForeground1, whiteSpace: 'normal' },
  progress: { width: '100%' },
});

/**
 * The files opened in the checker, each with what was found on opening (or why it cannot be read); a
 * readable one opens in the grid and the pane on click. Unreadable files stay listed with the command
 * line's message; the others keep working.
 */
export function FileList({ files, current, onOpen, strings }: { files: readonly FileEntry[]; current: string | null; onOpen: (id: string) => void; strings: WebStrings }) {
  const styles = useStyles();
  if (files.length === 0) return null;
  const sum = listSummary(files);
  return (
    <nav className={styles.nav} aria-label={strings.filesLabel} data-testid="file-list">
      <div className={styles.summary} role="status" data-testid="file-summary">
        {format(strings.summary, { files: sum.files, errors: sum.errors, warnings: sum.warnings, unreadable: sum.unreadable ? format(strings.summaryUnreadable, { n: sum.unreadable }) : '' })}
      </div>
      <ul className={styles.list}>
        {files.map((f) => (
          <li key={f.id} className={styles.item} data-file={f.name} data-state={f.state.kind}>
            <FileButton file={f} isCurrent={f.id === current} onOpen={onOpen} strings={strings} styles={styles} />
          </li>
        ))}
      </ul>
    </nav>
  );
}

function FileButton({ file, isCurrent, onOpen, strings, styles }: { file: FileEntry; isCurrent: boolean; onOpen: (id: string) => void; strings: WebStrings; styles: ReturnType<typeof useStyles> }) {
  const s = file.state;
  const className = `${styles.button} ${isCurrent ? styles.current : ''}`;
  const name = <span className={styles.name}>{file.name}</span>;
  if (s.kind === 'reading') {
    // Every sheet read: the counts are being worked out (the whole workbook is checked once).
    const label = s.total > 0 && s.done === s.total ? strings.checking : s.total > 0 ? format(strings.reading, { done: s.done, total: s.total }) : strings.readingStart;
    return (
      <div className={className} aria-busy="true">
        {name}
        <span className={styles.counts}>{label}</span>
        {/* Sheet by sheet when there are several; a moving bar for one sheet (or while checking). */}
        <ProgressBar className={styles.progress} value={s.total > 1 && s.done < s.total ? s.done / s.total : undefined} aria-label={label} />
      </div>
    );
  }
  if (s.kind === 'unreadable') {
    return (
      <div className={className} data-testid="file-problem">
        {name}
        <span className={styles.problem}>{s.message}</span>
      </div>
    );
  }
  const c = s.counts;
  return (
    <button type="button" className={className} aria-current={isCurrent ? 'true' : undefined} title={format(strings.openThis, { name: file.name })} onClick={() => onOpen(file.id)}>
      {name}
      <span className={c.errors > 0 ? styles.errors : styles.counts} data-testid="file-counts">
        {countsText(file, strings)}
      </span>
    </button>
  );
}

function countsText(file: FileEntry, strings: WebStrings): string {
  if (file.state.kind !== 'ready') return '';
  const c = file.state.counts;
  if (c.recognised === 0) return format(strings.noTables, { sheets: c.sheets });
  return format(strings.counts, { errors: c.errors, warnings: c.warnings, recognised: c.recognised, sheets: c.sheets });
}
