import type { SheetSnapshot } from '../core/grid/types';

/**
 * Placeholder: at build time webpack replaces this module with the sample workbooks built from
 * scripts/samples/ (scripts/preview-samples.js). Dates arrive as {"$date": ISO} (see samples.ts).
 */
const samples: Record<string, { about: string; sheets: SheetSnapshot[] }> = {};
export default samples;
