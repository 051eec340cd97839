import { memo, useCallback, useEffect, useMemo, useRef, useSyncExternalStore, type MouseEvent, type ReactElement } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { measureElement, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { columnLetters, fromA1, toA1 } from '../core/grid/address';
import type { CellRef, CellValue, MergedArea } from '../core/grid/types';
import { formatCell } from '../taskpane/i18n/cell-format';
import type { CellLook, RowLooks, SheetView } from './sheet-view';

export type { CellLook } from './sheet-view';

const useStyles = makeStyles({
  // Contained: what changes in the grid is laid out and painted without the page around it, and back.
  scroller: { overflow: 'auto', height: '100%', backgroundColor: '#fff', contain: 'strict' },
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
    lineHeight: '17px',
    textAlign: 'center',
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: '#f3f3f3',
    color: '#444',
    border: '1px solid #d4d4d4',
    lineHeight: '17px',
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
    cursor: 'cell',
    // One line height for every row, empty or not, Chinese or Latin: rows are the size the grid expects
    // before it measures them, and scrolling does not jump when they are.
    lineHeight: '17px',
    height: '17px',
  },
  // The rows and columns not drawn: empty space of their size, so the scroll bars stay true.
  spacer: { padding: 0, border: 'none' },
  number: { textAlign: 'right' },
  selected: { outline: `2px solid ${tokens.colorPaletteGreenBorder2}`, outlineOffset: '-2px' },
  // The red corner of a cell with a note, painted as a background: a positioned mark would make every
  // cell a layer of its own, and scrolling several times slower.
  noted: {
    backgroundImage: 'linear-gradient(225deg, #c50f1f 4px, transparent 4px)',
    backgroundRepeat: 'no-repeat',
    backgroundPosition: 'top right',
    backgroundSize: '8px 8px',
  },
});

/** Sizes the virtualisers start from: a one-line row, the header row and the row-number column. */
const ROW_HEIGHT = 22;
const HEAD_HEIGHT = 23;
/** The row-number column: 40 px, wider for row numbers of six or seven digits. */
function rowHeadWidth(rows: number): number {
  return Math.max(40, String(rows).length * 7 + 10);
}
/** Rows drawn beyond the screen: a sample form (under 40 rows) is drawn whole, a big sheet a screen at a time. */
const ROW_OVERSCAN = 8;
const COL_OVERSCAN = 2;
/**
 * The rows drawn start and end at multiples of this. Any change to a table's rows makes the browser paint
 * the whole table again; in blocks, a wheel notch usually changes nothing and the scroll is only moved on
 * screen, and the table is repainted once every few notches.
 */
const ROW_BLOCK = 16;
const COL_BLOCK = 4;

/** The indexes to draw: what is on screen and the overscan, widened to whole blocks. */
function blocks(size: number): (range: Range) => number[] {
  return (range) => {
    if (range.count === 0) return [];
    const first = Math.max(0, Math.floor((range.startIndex - range.overscan) / size) * size);
    const last = Math.min(range.count - 1, (Math.floor((range.endIndex + range.overscan) / size) + 1) * size - 1);
    return Array.from({ length: last - first + 1 }, (_, i) => first + i);
  };
}

const rowBlocks = blocks(ROW_BLOCK);
const colBlocks = blocks(COL_BLOCK);

/** A merged area as drawn in the rows on screen: clipped to them, its value and looks those of its top-left cell. */
interface MergeStart {
  readonly anchor: CellRef;
  readonly rows: number;
  readonly cols: number;
  readonly selected: boolean;
  /** Set when the anchor is above the rows drawn (the area is clipped at the top): this row shows it. */
  readonly clipped: { readonly value: CellValue; readonly numberFormat: string | null; readonly look: CellLook | undefined } | null;
}

interface RowMerges {
  /** Merged areas whose first drawn cell is in this row, by column. */
  readonly starts: ReadonlyMap<number, MergeStart>;
  /** Columns of this row inside a merged area and not its first drawn cell: nothing is drawn there. */
  readonly covered: ReadonlySet<number>;
}

/**
 * The sheet drawn the way Excel draws it: column letters, row numbers, merged cells, flag fills, a red
 * corner on cells with a note (shown as a tooltip), and the selected cell outlined. Clicking selects.
 *
 * Virtualised (@tanstack/react-virtual): only the rows and columns on screen, and a margin, are in the
 * page; the rest is empty space of the right size. Each row is memoised on its value version, its looks
 * and the selection in it, so a change to the workbook redraws the rows it touched and no others.
 */
export function SheetGrid({ view, selected, onSelect }: { view: SheetView; selected: CellRef | null; onSelect: (ref: CellRef) => void }) {
  const styles = useStyles();
  useSyncExternalStore(view.subscribe, view.getVersion);
  const scroller = useRef<HTMLDivElement>(null);
  const rowsV = useVirtualizer({
    count: view.rows,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    // A row drawn while the grid is hidden measures 0: counted as a one-line row, not as room for more rows.
    measureElement: (el, entry, v) => measureElement(el, entry, v) || ROW_HEIGHT,
    overscan: ROW_OVERSCAN,
    rangeExtractor: rowBlocks,
    paddingStart: HEAD_HEIGHT,
    // Scrolled to, a cell clears the sticky header above and the edge below (with its borders), the
    // sheet's last row too.
    paddingEnd: 4,
    scrollPaddingStart: HEAD_HEIGHT,
    scrollPaddingEnd: 4,
  });
  const widths = view.widths;
  const headWidth = rowHeadWidth(view.rows);
  const colsV = useVirtualizer({
    horizontal: true,
    count: view.cols,
    getScrollElement: () => scroller.current,
    estimateSize: (c) => widths[c] ?? 64,
    overscan: COL_OVERSCAN,
    rangeExtractor: colBlocks,
    paddingStart: headWidth,
    paddingEnd: 4,
    scrollPaddingStart: headWidth,
    scrollPaddingEnd: 4,
  });
  // A column that grew (a fill wrote longer text): the column positions are worked out again.
  useEffect(() => colsV.measure(), [colsV, widths]);

  // Like Excel, a selection made from the pane scrolls the cell into view.
  const selRow = selected?.row ?? -1;
  const selCol = selected?.col ?? -1;
  useEffect(() => {
    if (selRow < 0) return;
    rowsV.scrollToIndex(selRow, { align: 'auto' });
    colsV.scrollToIndex(selCol, { align: 'auto' });
  }, [rowsV, colsV, selRow, selCol, view]);

  // The click handler changes with every render of the page; the rows keep one.
  const selectRef = useRef(onSelect);
  selectRef.current = onSelect;
  const onClick = useCallback((e: MouseEvent<HTMLTableElement>) => {
    const td = (e.target as HTMLElement).closest<HTMLElement>('td[data-a1]');
    if (td?.dataset.a1) selectRef.current(fromA1(td.dataset.a1));
  }, []);

  const rowItems = rowsV.getVirtualItems();
  const colItems = colsV.getVirtualItems();
  const r0 = rowItems[0]?.index ?? 0;
  const r1 = rowItems[rowItems.length - 1]?.index ?? -1;
  const c0 = colItems[0]?.index ?? 0;
  const c1 = colItems[colItems.length - 1]?.index ?? -1;
  const padTop = rowItems.length ? rowItems[0].start - HEAD_HEIGHT : 0;
  const padBottom = rowItems.length ? rowsV.getTotalSize() - rowItems[rowItems.length - 1].end : 0;
  const padLeft = colItems.length ? colItems[0].start - headWidth : 0;
  const padRight = colItems.length ? colsV.getTotalSize() - colItems[colItems.length - 1].end : 0;
  const drawnCols = colItems.map((c) => c.index);
  const spanAll = drawnCols.length + 1 + (padLeft > 0 ? 1 : 0) + (padRight > 0 ? 1 : 0);

  const merges = useRowMerges(view, view.merges, r0, r1, c0, c1, selRow, selCol);

  return (
    <div className={styles.scroller} ref={scroller} data-testid="sheet-grid" data-sheet={view.name}>
      <table className={styles.table} style={{ width: colsV.getTotalSize() }} role="grid" aria-label={view.name} aria-rowcount={view.rows + 1} aria-colcount={view.cols + 1} onClick={onClick}>
        <colgroup>
          <col style={{ width: headWidth }} />
          {padLeft > 0 && <col style={{ width: padLeft }} />}
          {drawnCols.map((c) => (
            <col key={c} style={{ width: widths[c] ?? 64 }} />
          ))}
          {padRight > 0 && <col style={{ width: padRight }} />}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th className={`${styles.head} ${styles.corner}`} aria-colindex={1} />
            {padLeft > 0 && <th className={styles.head} aria-hidden="true" />}
            {drawnCols.map((c) => (
              <th key={c} className={styles.head} scope="col" aria-colindex={c + 2}>
                {columnLetters(c)}
              </th>
            ))}
            {padRight > 0 && <th className={styles.head} aria-hidden="true" />}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true" style={{ height: padTop }}>
              <td className={styles.spacer} colSpan={spanAll} />
            </tr>
          )}
          {rowItems.map((item) => (
            <Row
              key={item.index}
              view={view}
              row={item.index}
              cols={drawnCols.length ? `${c0}:${c1}` : ''}
              left={padLeft > 0}
              right={padRight > 0}
              version={view.rowVersion(item.index)}
              looks={view.rowLooks(item.index)}
              merges={merges.get(item.index)}
              selectedCol={selRow === item.index ? selCol : -1}
              measure={rowsV.measureElement}
            />
          ))}
          {padBottom > 0 && (
            <tr aria-hidden="true" style={{ height: padBottom }}>
              <td className={styles.spacer} colSpan={spanAll} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  readonly view: SheetView;
  readonly row: number;
  /** The columns drawn, as "first:last" (a string, so that an unchanged range compares equal). */
  readonly cols: string;
  readonly left: boolean;
  readonly right: boolean;
  /** Changes when a value in the row does; the values are read from the view. */
  readonly version: number;
  readonly looks: RowLooks | undefined;
  readonly merges: RowMerges | undefined;
  readonly selectedCol: number;
  readonly measure: (el: HTMLTableRowElement | null) => void;
}

const Row = memo(function Row({ view, row, cols, left, right, looks, merges, selectedCol, measure }: RowProps) {
  const styles = useStyles();
  const [c0, c1] = cols ? cols.split(':').map(Number) : [0, -1];
  const cells: ReactElement[] = [];
  for (let c = c0; c <= c1; c++) {
    if (merges?.covered.has(c)) continue;
    const start = merges?.starts.get(c);
    const anchor = start?.anchor ?? { row, col: c };
    const value = start?.clipped ? start.clipped.value : view.value(row, c);
    const numberFormat = start?.clipped ? start.clipped.numberFormat : view.numberFormat(row, c);
    const look = start?.clipped ? start.clipped.look : looks?.get(c);
    const isSelected = start?.clipped ? start.selected : selectedCol === c;
    const className = `${styles.cell}${typeof value === 'number' ? ` ${styles.number}` : ''}${isSelected ? ` ${styles.selected}` : ''}${look?.note ? ` ${styles.noted}` : ''}`;
    cells.push(
      <td
        key={c}
        className={className}
        rowSpan={start && start.rows > 1 ? start.rows : undefined}
        colSpan={start && start.cols > 1 ? start.cols : undefined}
        style={look?.fill ? { backgroundColor: look.fill } : undefined}
        title={look?.note ?? undefined}
        data-a1={toA1(anchor)}
        data-fill={look?.fill ?? undefined}
        data-note={look?.note ? 'yes' : undefined}
        aria-colindex={c + 2}
        aria-selected={isSelected}
      >
        {display(value ?? null, numberFormat)}
      </td>,
    );
  }
  return (
    <tr ref={measure} data-index={row} aria-rowindex={row + 2}>
      <th className={styles.rowHead} scope="row" aria-colindex={1}>
        {row + 1}
      </th>
      {left && <td className={styles.spacer} aria-hidden="true" />}
      {cells}
      {right && <td className={styles.spacer} aria-hidden="true" />}
    </tr>
  );
});

/**
 * The merged areas over the rows and columns drawn, row by row. A row's entry is the same object as long
 * as what it draws is the same, so scrolling redraws only the rows whose merged cells were clipped anew.
 */
function useRowMerges(view: SheetView, merges: readonly MergedArea[], r0: number, r1: number, c0: number, c1: number, selRow: number, selCol: number): ReadonlyMap<number, RowMerges> {
  const cache = useRef<{ merges: readonly MergedArea[]; rows: Map<number, { key: string; value: RowMerges }> }>({ merges, rows: new Map() });
  if (cache.current.merges !== merges) cache.current = { merges, rows: new Map() };
  const version = view.getVersion();
  return useMemo(() => {
    void version; // a clipped area shows its anchor's value and looks: read again after a change
    const byRow = new Map<number, { starts: Map<number, MergeStart>; covered: Set<number>; key: string[] }>();
    const at = (r: number) => {
      let e = byRow.get(r);
      if (!e) byRow.set(r, (e = { starts: new Map(), covered: new Set(), key: [] }));
      return e;
    };
    for (const m of merges) {
      if (m.top > r1 || m.bottom < r0 || m.left > c1 || m.right < c0) continue;
      const top = Math.max(m.top, r0);
      const left = Math.max(m.left, c0);
      const bottom = Math.min(m.bottom, r1);
      const right = Math.min(m.right, c1);
      const isSelected = selRow === m.top && selCol === m.left;
      const clipped = top !== m.top ? { value: view.value(m.top, m.left), numberFormat: view.numberFormat(m.top, m.left), look: view.rowLooks(m.top)?.get(m.left) } : null;
      const e = at(top);
      e.starts.set(left, { anchor: { row: m.top, col: m.left }, rows: bottom - top + 1, cols: right - left + 1, selected: isSelected, clipped });
      e.key.push(`${left}:${m.top},${m.left},${bottom - top + 1}x${right - left + 1}${isSelected ? 's' : ''}${clipped ? `|${String(clipped.value)}|${clipped.numberFormat}|${clipped.look?.fill}|${clipped.look?.note}` : ''}`);
      for (let r = top; r <= bottom; r++) {
        const row = at(r);
        for (let c = left; c <= right; c++) if (r !== top || c !== left) row.covered.add(c);
        if (r !== top) row.key.push(`c${left}-${right}`);
      }
    }
    const out = new Map<number, RowMerges>();
    const rows = new Map<number, { key: string; value: RowMerges }>();
    for (const [r, e] of byRow) {
      const key = e.key.join(';');
      const old = cache.current.rows.get(r);
      const value = old && old.key === key ? old.value : { starts: e.starts, covered: e.covered };
      rows.set(r, { key, value });
      out.set(r, value);
    }
    cache.current.rows = rows;
    return out;
  }, [view, merges, r0, r1, c0, c1, selRow, selCol, version]);
}

/** The value as Excel shows it (the pane's own formatter: the fill preview shows values the same way). */
export function display(value: CellValue, numberFormat: string | null): string {
  return formatCell(value, numberFormat);
}
