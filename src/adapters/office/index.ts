export { OfficeWorkbookPort, SYNCS_PER_CALL, parseAreas, type ExcelHost, type OfficePortOptions } from './office-port';
export { detectCapabilities, hostRequirements, noteKind, requirementOf, type Capabilities, type RequirementChecker } from './capabilities';
export { REQUEST_BUDGET_BYTES, MAX_CELLS_PER_SYNC } from './chunks';
