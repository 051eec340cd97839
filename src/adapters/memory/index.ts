export { MemoryWorkbookPort, NO_FILL, type CellDecoration, type MemoryCellView, type MemoryChange } from './memory-port';
export type { FillFormat } from '../common/flag-plan';
