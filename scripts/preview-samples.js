/**
 * The preview's sample workbooks, built from the same builders as assets/samples/*.xlsx
 * (scripts/samples/*-samples.ts, every exported `…Samples()` function), saved as .xlsx and read back with
 * the CLI's package reader (src/adapters/xlsx) — so the preview shows what the CLI sees, always in step
 * with the builders, and ExcelJS (which builds the samples) runs at build time only, never in the pane.
 *
 * Used as a webpack loader for src/preview/bundled-samples.ts, and by the browser tests (for the
 * findings they expect).
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const BUILDERS = path.join(__dirname, 'samples');

/** The reader's rows are sparse (holes); JSON has no holes: empty rows become [] and empty cells null. */
function dense(snapshot) {
  const rows = (grid) => (grid ? Array.from(grid, (row) => (row ? Array.from(row, (v) => (v === undefined ? null : v)) : [])) : grid);
  return { ...snapshot, values: rows(snapshot.values), numberFormats: rows(snapshot.numberFormats), formulas: rows(snapshot.formulas) };
}

/** Dates survive JSON as {"$date": ISO}; src/preview/samples.ts revives them. */
function encode(_key, value) {
  return value instanceof Date ? { $date: value.toISOString() } : value;
}

/** Goal forms first (what a clerk opens most), then the others in the order make-samples writes them. */
const ORDER = ['goal', 'evaluation', 'monitoring'];
function rank(file) {
  const i = ORDER.indexOf(file.replace(/-samples\.ts$/, ''));
  return i < 0 ? ORDER.length : i;
}

/**
 * @param load how to load a TypeScript module: tsx in Node (the default), jest's own require in tests.
 */
async function buildSampleSnapshots(load) {
  if (!load) {
    const { require: tsxRequire } = require('tsx/cjs/api');
    load = (file) => tsxRequire(file, __filename);
  }
  const ExcelJS = require('exceljs');
  const { readXlsx } = load(path.join(ROOT, 'src', 'adapters', 'xlsx', 'read-workbook.ts'));
  const specs = [];
  const files = fs.readdirSync(BUILDERS).filter((f) => /-samples\.ts$/.test(f));
  files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const file of files) {
    const mod = load(path.join(BUILDERS, file));
    for (const [name, fn] of Object.entries(mod)) if (/Samples$/.test(name) && typeof fn === 'function') specs.push(...fn());
  }
  const out = {};
  for (const spec of specs) {
    const wb = new ExcelJS.Workbook();
    wb.created = wb.modified = new Date(Date.UTC(2025, 0, 1));
    spec.build(wb);
    const { snapshots } = readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    out[spec.file] = { about: spec.about, sheets: snapshots.map(dense) };
  }
  return out;
}

/** webpack loader: replaces the placeholder module with the built samples. */
function previewSamplesLoader() {
  const callback = this.async();
  this.addContextDependency(BUILDERS);
  buildSampleSnapshots().then(
    (samples) => callback(null, `export default ${JSON.stringify(samples, encode)};\n`),
    (e) => callback(e),
  );
}

module.exports = previewSamplesLoader;
module.exports.buildSampleSnapshots = buildSampleSnapshots;
