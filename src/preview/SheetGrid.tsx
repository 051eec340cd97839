import { useEffect, useMemo, useRef } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { columnLetters, toA1 } from '../core/grid/address';
import { cellText } from '../core/grid/grid';
import { formatCell } from '../taskpane/i18n/cell-format';
import type { CellRef, CellValue, SheetSnapshot } from '../core/grid/types';

export interface CellLook {
  /** Fill colour as CSS (#RRGGBB), or null for none. */
  readonly fill: string | null;
  readonly note: string | null;
}

const useStyles = makeStyles({
  scroller: { overflow: 'auto', height: '100%', backgroundColor: '#fff' },
  table: {
    borderCollapse: 'collapse',
    tableLayout: 'fixed',
    fontSize: '12px',
    fontFamily: '"Microsoft YaHei", "微软雅黑", "Segoe UI", "Noto Sans CJK SC", sans-serif',
  },
  head: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: '#f3f3f3',
    color: '#444',
    fontWeight: 'normal',
    border: '1px solid #d4d4d4',
    height: '20px',
    textAlign: 'center',
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: '#f3f3f3',
    color: '#444',
    border: '1px solid #d4d4d4',
    width: '40px',
    textAlign: 'center',
    fontWeight: 'normal',
  },
  corner: { left: 0, zIndex: 3 },
  cell: {
    border: '1px solid #e1e1e1',
    padding: '2px 4px',
    verticalAlign: 'middle',
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-all',
    position: 'relative',
    cursor: 'cell',
    minHeight: '20px',
  },
  number: { textAlign: 'right' },
  selected: { outline: `2px solid ${tokens.colorPaletteGreenBorder2}`, outlineOffset: '-2px', zIndex: 1 },
  noteMark: {
    position: 'absolute',
    top: 0,
    right: 0,
    width: 0,
    height: 0,
    borderTop: '6px solid #c50f1f',
    borderLeft: '6px solid transparent',
  },
});

const MIN_COLS = 8;
const MIN_ROWS = 20;

/**
 * The sheet drawn the way Excel draws it: column letters, row numbers, merged cells, flag fills, a red
 * corner on cells with a note (shown as a tooltip), and the selected cell outlined. Clicking selects.
 */
export function SheetGrid({
  snapshot,
  looks,
  selected,
  onSelect,
  widths,
}: {
  snapshot: SheetSnapshot;
  looks: ReadonlyMap<string, CellLook>;
  selected: CellRef | null;
  onSelect: (ref: CellRef) => void;
  widths?: readonly number[];
}) {
  const styles = useStyles();
  const { rows, cols, covered, spans } = useMemo(() => layout(snapshot), [snapshot]);
  const scroller = useRef<HTMLDivElement>(null);
  // Like Excel, a selection made from the pane scrolls the cell into view.
  useEffect(() => {
    if (!selected) return;
    const td = scroller.current?.querySelector<HTMLElement>(`td[data-a1="${toA1(selected)}"]`);
    td?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selected]);
  return (
    <div className={styles.scroller} ref={scroller} data-testid="sheet-grid" data-sheet={snapshot.name}>
      <table className={styles.table} role="grid" aria-label={snapshot.name}>
        <colgroup>
          <col style={{ width: 40 }} />
          {Array.from({ length: cols }, (_, c) => (
            <col key={c} style={{ width: widths?.[c] ?? defaultWidth(snapshot, c) }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={`${styles.head} ${styles.corner}`} />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} className={styles.head} scope="col">
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th className={styles.rowHead} scope="row">
                {r + 1}
              </th>
              {Array.from({ length: cols }, (_, c) => {
                if (covered.has(r * 100000 + c)) return null;
                const a1 = toA1({ row: r, col: c });
                const span = spans.get(r * 100000 + c);
                const value = valueAt(snapshot, r, c);
                const numberFormat = formatAt(snapshot, r, c);
                const look = looks.get(a1);
                const isSelected = !!selected && selected.row === r && selected.col === c;
                const className = [styles.cell, typeof value === 'number' ? styles.number : '', isSelected ? styles.selected : ''].join(' ');
                return (
                  <td
                    key={c}
                    className={className}
                    rowSpan={span?.rows}
                    colSpan={span?.cols}
                    style={look?.fill ? { backgroundColor: look.fill } : undefined}
                    title={look?.note ?? undefined}
                    data-a1={a1}
                    data-fill={look?.fill ?? undefined}
                    data-note={look?.note ? 'yes' : undefined}
                    aria-selected={isSelected}
                    onClick={() => onSelect({ row: r, col: c })}
                  >
                    {display(value ?? null, numberFormat)}
                    {look?.note && <span className={styles.noteMark} aria-hidden="true" />}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function valueAt(s: SheetSnapshot, row: number, col: number) {
  return s.values[row - s.origin.row]?.[col - s.origin.col] ?? null;
}

function formatAt(s: SheetSnapshot, row: number, col: number): string | null {
  return s.numberFormats?.[row - s.origin.row]?.[col - s.origin.col] ?? null;
}

/** The value as Excel shows it (the pane's own formatter: the fill preview shows values the same way). */
export function display(value: CellValue, numberFormat: string | null): string {
  return formatCell(value, numberFormat);
}

function layout(s: SheetSnapshot) {
  const width = Math.max(0, ...s.values.map((r) => r.length));
  let rows = Math.max(MIN_ROWS, s.origin.row + s.values.length + 2);
  let cols = Math.max(MIN_COLS, s.origin.col + width + 1);
  const covered = new Set<number>();
  const spans = new Map<number, { rows: number; cols: number }>();
  for (const m of s.merges) {
    rows = Math.max(rows, m.bottom + 1);
    cols = Math.max(cols, m.right + 1);
    spans.set(m.top * 100000 + m.left, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(r * 100000 + c);
  }
  return { rows, cols, covered, spans };
}

/** Wider columns for long text, so a goal sheet reads like the form it is. */
function defaultWidth(s: SheetSnapshot, col: number): number {
  // Text in a cell merged across columns spreads over them: it does not widen its first column.
  const wide = new Set(s.merges.filter((m) => m.right > m.left && m.left === col).map((m) => m.top));
  let longest = 0;
  s.values.forEach((row, i) => {
    const v = row[col - s.origin.col];
    if (v !== null && v !== undefined && !wide.has(i + s.origin.row)) longest = Math.max(longest, cellText(v).length);
  });
  return Math.min(260, Math.max(64, longest * 13));
}
