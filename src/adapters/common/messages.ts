import { PortError } from '../workbook-port';

/** At most this many cells are named in a message; the rest are counted. */
const NAMED_CELLS = 5;

function cellList(cells: readonly string[]): string {
  const named = cells.slice(0, NAMED_CELLS).join('、');
  return cells.length > NAMED_CELLS ? `${named} 等 ${cells.length} 个单元格` : named;
}

export function sheetNotFound(sheet: string): PortError {
  return new PortError('SheetNotFound', `没有名为「${sheet}」的工作表（可能已被重命名或删除），请重新检查`, sheet);
}

export function sheetProtected(sheet: string): PortError {
  return new PortError('SheetProtected', `工作表「${sheet}」受保护，未做任何修改：请先撤销工作表保护（审阅 → 撤销工作表保护）后重试`, sheet);
}

export function sheetChanged(sheet: string, cells: readonly string[]): PortError {
  return new PortError('SheetChanged', `工作表「${sheet}」在检查后已被修改（如 ${cellList(cells)}），未做任何修改：请重新检查`, sheet, cells);
}

export function overwriteNotConfirmed(sheet: string, cells: readonly string[]): PortError {
  return new PortError(
    'OverwriteNotConfirmed',
    `工作表「${sheet}」的 ${cellList(cells)} 已有内容，未确认覆盖，未做任何修改：如需覆盖请先确认覆盖`,
    sheet,
    cells,
  );
}

export function filledCellsEdited(sheet: string, cells: readonly string[]): PortError {
  return new PortError(
    'SheetChanged',
    `工作表「${sheet}」中填充写入的 ${cellList(cells)} 在填充后已被修改，撤销会丢掉这些修改，因此未做任何修改：请手动处理这些单元格`,
    sheet,
    cells,
  );
}

export function apiNotSupported(what: string, requirement: string): PortError {
  return new PortError('ApiNotSupported', `此版本的 Excel 不支持${what}（需要 ${requirement}），未做任何修改：请升级到 Microsoft 365 或使用网页版 Excel`);
}

export function writtenSheetEdited(sheet: string, cells: readonly string[]): PortError {
  return new PortError(
    'SheetChanged',
    `工作表「${sheet}」中生成的 ${cellList(cells)} 在生成后已被修改，撤销会丢掉这些修改，因此未做任何修改：请手动处理该工作表`,
    sheet,
    cells,
  );
}

export function sheetNameInvalid(sheet: string): PortError {
  return new PortError('InvalidInput', `工作表名称「${sheet}」无效（不能为空、超过 31 个字符或含 [ ] : * ? / \\），未做任何修改`, sheet);
}
