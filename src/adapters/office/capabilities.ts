/**
 * Which parts of the Excel JavaScript API this host has, checked once per port. Each feature names the
 * requirement set it needs; the adapter falls back where it can (comments when notes are missing, no
 * merged areas on very old hosts) and otherwise refuses with a clear message before changing anything.
 *
 * Rough map of hosts: Excel 2016 (volume) ≈ ExcelApi 1.2; Excel 2019 ≈ 1.8; Excel 2021 ≈ 1.12;
 * Excel 2024 ≈ 1.17; Microsoft 365 and Excel on the web: the newest.
 */
export interface Capabilities {
  /** getUsedRangeOrNullObject, workbook settings (ExcelApi 1.4): reading at all, and settings. */
  readonly basics: boolean;
  /** getCellProperties / setCellProperties, RangeAreas, suspendScreenUpdatingUntilNextSync (ExcelApi 1.9). */
  readonly cellProperties: boolean;
  /** Threaded comments (ExcelApi 1.10): where notes are missing, our flag text goes into a comment. */
  readonly comments: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). Without it a sheet reads with no merges. */
  readonly mergedAreas: boolean;
  /** Worksheet notes (ExcelApi 1.18): the classic yellow notes, preferred for flags. */
  readonly notes: boolean;
  /** Excel.run({ mergeUndoGroup: true }) makes one run one undo step (ExcelApi 1.20). Used, never relied on. */
  readonly mergeUndoGroup: boolean;
}

export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

const SETS: Record<keyof Capabilities, string> = {
  basics: '1.4',
  cellProperties: '1.9',
  comments: '1.10',
  mergedAreas: '1.13',
  notes: '1.18',
  mergeUndoGroup: '1.20',
};

/** The requirement set a feature needs, for messages ("需要 ExcelApi 1.9"). */
export function requirementOf(feature: keyof Capabilities): string {
  return `ExcelApi ${SETS[feature]}`;
}

export function detectCapabilities(requirements: RequirementChecker | undefined): Capabilities {
  const has = (v: string) => {
    try {
      return !!requirements?.isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  return {
    basics: has(SETS.basics),
    cellProperties: has(SETS.cellProperties),
    comments: has(SETS.comments),
    mergedAreas: has(SETS.mergedAreas),
    notes: has(SETS.notes),
    mergeUndoGroup: has(SETS.mergeUndoGroup),
  };
}

/** Office's own checker when running inside Office, else none (everything reported missing). */
export function hostRequirements(): RequirementChecker | undefined {
  const office = (globalThis as { Office?: { context?: { requirements?: RequirementChecker } } }).Office;
  return office?.context?.requirements;
}

/** Flags go into notes where the host has them, else comments, else flagging is refused. */
export function noteKind(c: Capabilities): 'notes' | 'comments' | null {
  return c.notes ? 'notes' : c.comments ? 'comments' : null;
}
