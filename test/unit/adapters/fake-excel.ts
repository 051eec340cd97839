import { OfficeMockObject } from 'office-addin-mock';
import { fromA1, toA1 } from '../../../src/core/grid/address';
import type { CellValue, MergedArea, SheetSnapshot } from '../../../src/core/grid/types';
import type { ExcelHost } from '../../../src/adapters/office';

/**
 * A small Excel behind the slice of office.js the adapter uses, with office.js's batching semantics:
 * proxies queue commands, nothing happens until `context.sync()`, properties read before load + sync
 * throw, commands run in order and a failing command stops the batch (earlier ones stay applied), writes to
 * a protected sheet fail with AccessDenied, and a request or response above the payload limit fails whole.
 *
 * office-addin-mock (v4) supplies the leaf objects it can model — the Office/Excel globals, the requirement
 * checker, `application`, and each worksheet's `protection` (whose load/sync it enforces) — but it has no
 * collections, no ranges computed from addresses and no deferred writes, so those are built here.
 */

export interface FakeFill {
  color: string;
  pattern: string;
  patternColor: string;
}

/** How Excel reports a cell without fill. */
export const EXCEL_NO_FILL: FakeFill = { color: '#FFFFFF', pattern: 'None', patternColor: '#000000' };

interface FakeCell {
  value: string | number | boolean;
  error?: string;
  formula?: string;
  numberFormat: string;
  fill: FakeFill;
}

const EMPTY = (): FakeCell => ({ value: '', numberFormat: 'General', fill: { ...EXCEL_NO_FILL } });

export class FakeSheet {
  readonly cells = new Map<number, FakeCell>();
  readonly notes = new Map<string, string>();
  merges: MergedArea[] = [];
  protected = false;
  /** Format settings written through range.format (wrap, width, alignment). */
  readonly layout: { what: string; value: unknown; rect: MergedArea }[] = [];
  constructor(public name: string) {}

  private key(row: number, col: number): number {
    return row * 16384 + col;
  }

  get(row: number, col: number): FakeCell {
    return this.cells.get(this.key(row, col)) ?? EMPTY();
  }

  /** The cell for writing (created on first write). */
  at(row: number, col: number): FakeCell {
    const k = this.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = EMPTY();
      this.cells.set(k, c);
    }
    return c;
  }

  /** Bounding box of cells with a value or formula (getUsedRange(valuesOnly = true)), or null. */
  usedBox(): MergedArea | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, c] of this.cells) {
      if (c.value === '' && !c.formula && !c.error) continue;
      const row = Math.floor(k / 16384);
      const col = k % 16384;
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

export interface FakeComment {
  id: string;
  sheet: string;
  a1: string;
  content: string;
}

class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function parseRect(address: string): MergedArea {
  const local = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '').trim();
  const [a, b = a] = local.split(':');
  const p = fromA1(a);
  const q = fromA1(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

function rectAddress(sheet: string, r: MergedArea): string {
  const a = toA1({ row: r.top, col: r.left });
  const b = toA1({ row: r.bottom, col: r.right });
  return `${quoteSheet(sheet)}!${a === b ? a : `${a}:${b}`}`;
}

function utf8(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Versions compare as numbers after "1.": 1.9 < 1.10. */
function minor(v: string): number {
  return Number(v.split('.')[1] ?? 0);
}

interface Op {
  bytes: number;
  apply: () => number | void; // returns response bytes
}

export interface FakeExcelOptions {
  /** The newest ExcelApi set the host supports (default 1.20). */
  apiVersion?: string;
  requestLimitBytes?: number;
  responseLimitBytes?: number;
  /** Longest address list getRanges accepts. */
  maxAddressChars?: number;
}

/** The workbook and host. `excel` is what the adapter gets as the `Excel` namespace. */
export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly settings = new Map<string, unknown>();
  readonly comments: FakeComment[] = [];
  active = 0;
  selection: { sheet: string; a1: string } | null = null;
  syncs = 0;
  /** Per sync: request and response size and the number of commands. */
  readonly requests: { bytes: number; response: number; commands: number }[] = [];
  readonly runOptions: unknown[] = [];
  /** Names of the sheets deleted through the API, in order. */
  readonly deleted: string[] = [];
  suspensions = 0;
  private nextComment = 1;
  readonly apiVersion: string;
  readonly requestLimit: number;
  readonly responseLimit: number;
  readonly maxAddressChars: number;
  readonly excel: ExcelHost;
  readonly office: { context: { requirements: { isSetSupported(name: string, v?: string): boolean } } };

  constructor(snapshots: readonly SheetSnapshot[], options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? '1.20';
    this.requestLimit = options.requestLimitBytes ?? 5_000_000;
    this.responseLimit = options.responseLimitBytes ?? 5_000_000;
    this.maxAddressChars = options.maxAddressChars ?? 8_192;
    for (const s of snapshots) this.addSheet(s);
    // office-addin-mock objects for the globals: functions are attached as methods as given.
    this.excel = new OfficeMockObject({
      run: async (a: unknown, b?: unknown) => {
        const batch = (typeof a === 'function' ? a : b) as (ctx: unknown) => Promise<unknown>;
        this.runOptions.push(typeof a === 'function' ? null : a);
        return batch(new FakeContext(this));
      },
    }) as unknown as ExcelHost;
    this.office = new OfficeMockObject({
      context: { requirements: { isSetSupported: (name: string, v = '1.1') => name === 'ExcelApi' && minor(v) <= minor(this.apiVersion) } },
    }) as unknown as FakeExcel['office'];
  }

  addSheet(s: SheetSnapshot): void {
    const sheet = new FakeSheet(s.name);
    s.values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === undefined) return;
        const c = sheet.at(s.origin.row + i, s.origin.col + j);
        setConstant(c, v);
        const f = s.numberFormats?.[i]?.[j];
        if (f) c.numberFormat = f;
      }),
    );
    // Formulas with their results as given: null or '' is a formula whose result is empty or was never saved.
    s.formulas?.forEach((row, i) =>
      row?.forEach((f, j) => {
        if (!f) return;
        const c = sheet.at(s.origin.row + i, s.origin.col + j);
        c.formula = f;
        if (c.value === undefined) c.value = '';
      }),
    );
    sheet.merges = [...s.merges];
    sheet.protected = s.protected ?? false;
    this.sheets.push(sheet);
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new OfficeError('ItemNotFound', `The requested resource doesn't exist. (${name})`);
    return s;
  }

  requires(version: string, what: string): void {
    if (minor(version) > minor(this.apiVersion)) throw new OfficeError('ApiNotFound', `${what} is not supported on this host (needs ExcelApi ${version}).`);
  }

  addComment(sheet: string, a1: string, content: string): FakeComment {
    if (this.comments.some((c) => c.sheet === sheet && c.a1 === a1)) throw new OfficeError('InvalidArgument', `A comment already exists on ${a1}.`);
    const c = { id: `c${this.nextComment++}`, sheet, a1, content };
    this.comments.push(c);
    return c;
  }

  /** The user typing a value. */
  setCell(sheet: string, a1: string, v: CellValue): void {
    const { row, col } = fromA1(a1);
    setConstant(this.sheet(sheet).at(row, col), v);
  }

  cell(sheet: string, a1: string): { value: string | number | boolean; numberFormat: string; fill: FakeFill; formula?: string } {
    const { row, col } = fromA1(a1);
    return this.sheet(sheet).get(row, col);
  }

  /** One cell as a contract test sees it (blank → null, errors as CellError). */
  cellValue(sheet: string, a1: string): CellValue {
    const { row, col } = fromA1(a1);
    const c = this.sheet(sheet).get(row, col);
    if (c.error) return { error: c.error };
    return c.value === '' ? null : c.value;
  }
}

function setConstant(c: FakeCell, v: CellValue): void {
  delete c.error;
  delete c.formula;
  if (v instanceof Date) throw new Error('the fake Excel stores dates as serial numbers: convert first');
  if (typeof v === 'object' && v !== null) {
    c.error = v.error;
    c.value = v.error;
  } else c.value = v ?? '';
}

/** What Excel does with a value typed or written through `values`/`formulas`. */
function enter(c: FakeCell, raw: unknown): void {
  delete c.error;
  delete c.formula;
  if (typeof raw === 'number' || typeof raw === 'boolean') {
    c.value = raw;
    return;
  }
  const s = String(raw ?? '');
  if (s.startsWith("'")) c.value = s.slice(1);
  else if (s.startsWith('=')) {
    c.formula = s;
    c.value = 0;
  } else if (/^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!)$/.test(s)) {
    c.error = s;
    c.value = s;
  } else if (/^[+-]?\d+(\.\d+)?%$/.test(s)) c.value = Number(s.slice(0, -1)) / 100;
  else if (/^[+-]?\d+(\.\d+)?$/.test(s)) c.value = Number(s);
  else c.value = s;
}

// ------------------------------------------------------------------ context and proxies

export class FakeContext {
  readonly queue: Op[] = [];
  readonly workbook: FakeWorkbookProxy;
  readonly application: unknown;
  private readonly mocks: OfficeMockObject[] = [];

  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbookProxy(this);
    this.application = new OfficeMockObject({
      suspendScreenUpdatingUntilNextSync: () => {
        fake.requires('1.9', 'suspendScreenUpdatingUntilNextSync');
        this.push(60, () => {
          fake.suspensions++;
        });
      },
    });
  }

  push(bytes: number, apply: () => number | void): void {
    this.queue.push({ bytes, apply });
  }

  /** Path creation (getRange, getItem …): part of the request, no effect of its own. */
  path(args: unknown): void {
    this.push(120 + utf8(JSON.stringify(args ?? null)), () => {});
  }

  track(mock: OfficeMockObject): void {
    this.mocks.push(mock);
  }

  async sync(): Promise<void> {
    const fake = this.fake;
    fake.syncs++;
    const ops = this.queue.splice(0);
    const bytes = ops.reduce((n, o) => n + o.bytes, 0);
    const record = { bytes, response: 0, commands: ops.length };
    fake.requests.push(record);
    await Promise.resolve();
    if (bytes > fake.requestLimit) throw new OfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${bytes} bytes).`);
    for (const op of ops) record.response += op.apply() ?? 0;
    for (const m of this.mocks) await m.sync();
    if (record.response > fake.responseLimit) throw new OfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${record.response} bytes).`);
  }
}

/** Base of every proxy: loaded properties are readable only after a sync that ran their load. */
class Proxy {
  protected readonly loaded = new Map<string, unknown>();
  private nullObject: boolean | undefined;
  constructor(protected readonly ctx: FakeContext) {}

  protected prop<T>(name: string): T {
    if (!this.loaded.has(name)) throw new OfficeError('PropertyNotLoaded', `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    return this.loaded.get(name) as T;
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw new OfficeError('PropertyNotLoaded', 'isNullObject is not available before a sync');
    return this.nullObject;
  }

  /** Loads named properties; `read` is called at sync time (null: the object does not exist). */
  protected queueLoad(props: string, read: (name: string) => unknown, exists: () => boolean = () => true, orNull = false): void {
    const names = props.split(',').map((p) => p.trim()).filter(Boolean);
    this.ctx.push(80 + utf8(props), () => {
      const ok = exists();
      if (!ok && !orNull) throw new OfficeError('ItemNotFound', 'The requested resource does not exist.');
      this.nullObject = !ok;
      if (!ok) return 0;
      let size = 0;
      for (const n of names) {
        const v = read(n);
        this.loaded.set(n, v);
        size += utf8(JSON.stringify(v) ?? '') + 10;
      }
      return size;
    });
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheets;
  readonly settings: FakeSettings;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.settings = new FakeSettings(ctx);
  }
  get comments(): FakeWorkbookComments {
    this.ctx.fake.requires('1.10', 'workbook.comments');
    return new FakeWorkbookComments(this.ctx);
  }
}

class FakeWorksheets extends Proxy {
  private list: FakeWorksheet[] | null = null;
  getItem(name: string): FakeWorksheet {
    this.ctx.path(name);
    return new FakeWorksheet(this.ctx, () => this.ctx.fake.sheet(name));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.path(name);
    const fake = this.ctx.fake;
    return new FakeWorksheet(this.ctx, () => fake.sheet(name), () => fake.sheets.some((s) => s.name === name));
  }
  add(name: string): FakeWorksheet {
    this.ctx.push(100 + utf8(name), () => {
      const fake = this.ctx.fake;
      if (fake.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new OfficeError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
      fake.sheets.push(new FakeSheet(name));
    });
    return new FakeWorksheet(this.ctx, () => this.ctx.fake.sheet(name));
  }
  getActiveWorksheet(): FakeWorksheet {
    this.ctx.path(null);
    return new FakeWorksheet(this.ctx, () => this.ctx.fake.sheets[this.ctx.fake.active]);
  }
  load(props: string): this {
    this.ctx.push(80, () => {
      const names = this.ctx.fake.sheets.map((s) => s.name);
      this.list = names.map((n) => {
        const ws = new FakeWorksheet(this.ctx, () => this.ctx.fake.sheet(n));
        ws.preload('name', n);
        return ws;
      });
      if (!/items\/name|^name$/.test(props)) throw new Error(`fake: unexpected worksheets load "${props}"`);
      return names.join().length * 3;
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.list) throw new OfficeError('PropertyNotLoaded', 'worksheets.items is not loaded');
    return this.list;
  }
}

class FakeWorksheet extends Proxy {
  readonly protection: OfficeMockObject;
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet,
    /** For getItemOrNullObject: whether the sheet exists (a missing one loads as a null object). */
    private readonly exists?: () => boolean,
  ) {
    super(ctx);
    // office-addin-mock enforces load + sync before `protected` can be read; its value is the sheet's at sync.
    const mock = new OfficeMockObject({ protected: false });
    const load = mock.load.bind(mock);
    (mock as unknown as { load: (p: string) => unknown }).load = (p: string) => {
      ctx.push(60, () => {
        // setValue is office-addin-mock's own way to change a value before it is loaded (private in its types).
        (mock as unknown as { setValue(name: string, v: unknown): void }).setValue('protected', resolve().protected);
        load(p);
      });
      return mock;
    };
    ctx.track(mock);
    this.protection = mock;
  }
  preload(name: string, v: unknown): void {
    this.loaded.set(name, v);
  }
  get name(): string {
    return this.prop('name');
  }
  load(props: string): this {
    this.queueLoad(props, (n) => (n === 'name' ? this.resolve().name : undefined), this.exists, this.exists !== undefined);
    return this;
  }
  delete(): void {
    this.ctx.push(80, () => {
      const fake = this.ctx.fake;
      const s = this.resolve();
      if (fake.sheets.length === 1) throw new OfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      const i = fake.sheets.indexOf(s);
      fake.sheets.splice(i, 1);
      if (fake.active >= fake.sheets.length || fake.active === i) fake.active = 0;
      else if (fake.active > i) fake.active--;
      fake.deleted.push(s.name);
    });
  }
  activate(): void {
    this.ctx.push(80, () => {
      const s = this.resolve();
      this.ctx.fake.active = this.ctx.fake.sheets.indexOf(s);
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.path(valuesOnly);
    return new FakeRange(this.ctx, this, () => this.resolve().usedBox(), true);
  }
  getRange(address?: string): FakeRange {
    this.ctx.path(address);
    return new FakeRange(this.ctx, this, () => (address ? parseRect(address) : { top: 0, left: 0, bottom: 1_048_575, right: 16_383 }));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.ctx.fake.requires('1.7', 'getRangeByIndexes');
    this.ctx.path([row, col, rows, cols]);
    return new FakeRange(this.ctx, this, () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }));
  }
  getRanges(addresses: string): FakeRangeAreas {
    this.ctx.fake.requires('1.9', 'getRanges');
    if (addresses.length > this.ctx.fake.maxAddressChars) throw new OfficeError('InvalidArgument', `address list too long (${addresses.length})`);
    this.ctx.path(addresses);
    return new FakeRangeAreas(this.ctx, this, addresses.split(',').map(parseRect));
  }
  get notes(): FakeNotes {
    this.ctx.fake.requires('1.18', 'worksheet.notes');
    return new FakeNotes(this.ctx, this);
  }
  get comments(): FakeSheetComments {
    this.ctx.fake.requires('1.10', 'worksheet.comments');
    return new FakeSheetComments(this.ctx, this);
  }
  /** For writes: the sheet, refusing if it is protected (as Excel does, at sync time). */
  writable(): FakeSheet {
    const s = this.resolve();
    if (s.protected) throw new OfficeError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.');
    return s;
  }
}

function* cellsOf(r: MergedArea): Generator<[number, number]> {
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) yield [row, col];
}

class FakeRange extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly rect: () => MergedArea | null,
    private readonly orNull = false,
  ) {
    super(ctx);
  }

  private grid<T>(f: (c: FakeCell, row: number, col: number) => T): T[][] {
    const r = this.rect()!;
    const s = this.ws.resolve();
    const out: T[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(f(s.get(row, col), row, col));
      out.push(line);
    }
    return out;
  }

  load(props: string): this {
    this.queueLoad(
      props,
      (n) => {
        const r = this.rect()!;
        switch (n) {
          case 'values':
            return this.grid((c) => c.value);
          case 'valueTypes':
            return this.grid((c) => (c.error ? 'Error' : c.value === '' ? 'Empty' : typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String'));
          case 'formulas':
            return this.grid((c) => c.formula ?? c.value);
          case 'numberFormat':
            return this.grid((c) => c.numberFormat);
          case 'rowIndex':
            return r.top;
          case 'columnIndex':
            return r.left;
          case 'rowCount':
            return r.bottom - r.top + 1;
          case 'columnCount':
            return r.right - r.left + 1;
          case 'address':
            return rectAddress(this.ws.resolve().name, r);
          default:
            throw new Error(`fake: range property ${n} not modelled`);
        }
      },
      () => this.rect() !== null,
      this.orNull,
    );
    return this;
  }

  get values(): unknown[][] {
    return this.prop('values');
  }
  set values(v: unknown[][]) {
    this.writeGrid('values', v, (c, x) => enter(c, x));
  }
  get formulas(): unknown[][] {
    return this.prop('formulas');
  }
  set formulas(v: unknown[][]) {
    this.writeGrid('formulas', v, (c, x) => enter(c, x));
  }
  get numberFormat(): unknown[][] {
    return this.prop('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.writeGrid('numberFormat', v, (c, x) => (c.numberFormat = String(x)));
  }
  get valueTypes(): string[][] {
    return this.prop('valueTypes');
  }
  get rowIndex(): number {
    return this.prop('rowIndex');
  }
  get columnIndex(): number {
    return this.prop('columnIndex');
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get columnCount(): number {
    return this.prop('columnCount');
  }
  get address(): string {
    return this.prop('address');
  }

  private writeGrid(what: string, v: unknown[][], set: (c: FakeCell, x: unknown) => void): void {
    this.ctx.push(100 + utf8(JSON.stringify(v)), () => {
      const s = this.ws.writable();
      const r = this.rect()!;
      if (v.length !== r.bottom - r.top + 1 || v.some((line) => line.length !== r.right - r.left + 1)) {
        throw new OfficeError('InvalidArgument', `${what}: the array does not match the range's dimensions`);
      }
      for (const [row, col] of cellsOf(r)) set(s.at(row, col), v[row - r.top][col - r.left]);
    });
  }

  /** The layout setters the adapter uses (wrap, width, alignment): recorded on the sheet, no effect on values. */
  get format(): { wrapText: boolean; columnWidth: number; verticalAlignment: string } {
    const ctx = this.ctx;
    const ws = this.ws;
    const rect = this.rect;
    const set = (what: string, v: unknown) =>
      ctx.push(100, () => {
        const s = ws.writable();
        const r = rect()!;
        s.layout.push({ what, value: v, rect: r });
      });
    return {
      set wrapText(v: boolean) {
        set('wrapText', v);
      },
      set columnWidth(v: number) {
        set('columnWidth', v);
      },
      set verticalAlignment(v: string) {
        set('verticalAlignment', v);
      },
    } as { wrapText: boolean; columnWidth: number; verticalAlignment: string };
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.fake.requires('1.13', 'getMergedAreasOrNullObject');
    this.ctx.path(null);
    const areas = new FakeRangeAreas(this.ctx, this.ws, null);
    areas.source = () => {
      const r = this.rect()!;
      return this.ws.resolve().merges.filter((m) => m.top <= r.bottom && m.bottom >= r.top && m.left <= r.right && m.right >= r.left);
    };
    return areas;
  }

  getCellProperties(spec: { format?: { fill?: Record<string, boolean> } }): { value: unknown[][] } {
    this.ctx.fake.requires('1.9', 'getCellProperties');
    const result: { loaded?: unknown[][] } = {};
    const fields = Object.keys(spec.format?.fill ?? {}).filter((k) => spec.format!.fill![k]);
    this.ctx.push(150, () => {
      result.loaded = this.grid((c) => ({ format: { fill: Object.fromEntries(fields.map((f) => [f, c.fill[f as keyof FakeFill]])) } }));
      return utf8(JSON.stringify(result.loaded));
    });
    return {
      get value(): unknown[][] {
        if (!result.loaded) throw new OfficeError('PropertyNotLoaded', 'ClientResult.value is not available before a sync');
        return result.loaded;
      },
    };
  }

  setCellProperties(props: { format?: { fill?: Partial<FakeFill> } }[][]): void {
    this.ctx.fake.requires('1.9', 'setCellProperties');
    this.ctx.push(100 + utf8(JSON.stringify(props)), () => {
      const s = this.ws.writable();
      const r = this.rect()!;
      for (const [row, col] of cellsOf(r)) {
        const fill = props[row - r.top]?.[col - r.left]?.format?.fill;
        if (!fill) continue;
        const c = s.at(row, col);
        c.fill = fill.pattern === 'None' ? { ...EXCEL_NO_FILL } : { ...c.fill, ...fill, pattern: fill.pattern ?? (c.fill.pattern === 'None' ? 'Solid' : c.fill.pattern) };
      }
    });
  }

  select(): void {
    this.ctx.push(80, () => {
      const s = this.ws.resolve();
      if (this.ctx.fake.sheets[this.ctx.fake.active] !== s) throw new OfficeError('InvalidSelection', 'select() on a sheet that is not active');
      const r = this.rect()!;
      this.ctx.fake.selection = { sheet: s.name, a1: toA1({ row: r.top, col: r.left }) };
    });
  }
}

class FakeRangeAreas extends Proxy {
  /** For merged areas: the rectangles, computed at sync. */
  source: (() => MergedArea[]) | null = null;
  readonly format: { fill: FakeAreasFill };
  constructor(
    ctx: FakeContext,
    readonly ws: FakeWorksheet,
    readonly rects: MergedArea[] | null,
  ) {
    super(ctx);
    this.format = { fill: new FakeAreasFill(ctx, this) };
  }
  areasNow(): MergedArea[] {
    return this.source ? this.source() : this.rects!;
  }
  load(props: string): this {
    this.queueLoad(
      props,
      (n) => {
        if (n !== 'address') throw new Error(`fake: RangeAreas property ${n} not modelled`);
        const name = this.ws.resolve().name;
        return this.areasNow().map((r) => rectAddress(name, r)).join(', ');
      },
      () => this.areasNow().length > 0,
      this.source !== null,
    );
    return this;
  }
  get address(): string {
    return this.prop('address');
  }
}

class FakeAreasFill {
  constructor(
    private readonly ctx: FakeContext,
    private readonly areas: FakeRangeAreas,
  ) {}
  private each(bytes: number, f: (c: FakeCell) => void): void {
    this.ctx.push(bytes, () => {
      const s = this.areas.ws.writable();
      for (const r of this.areas.areasNow()) for (const [row, col] of cellsOf(r)) f(s.at(row, col));
    });
  }
  set color(v: string) {
    this.each(100 + v.length, (c) => {
      c.fill = { ...c.fill, color: v, pattern: c.fill.pattern === 'None' ? 'Solid' : c.fill.pattern };
    });
  }
  set pattern(v: string) {
    this.each(100 + v.length, (c) => {
      c.fill = v === 'None' ? { ...EXCEL_NO_FILL } : { ...c.fill, pattern: v };
    });
  }
  clear(): void {
    this.each(80, (c) => {
      c.fill = { ...EXCEL_NO_FILL };
    });
  }
}

class FakeNote extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet,
    private readonly a1: string,
    private readonly orNull: boolean,
  ) {
    super(ctx);
  }
  load(props: string): this {
    this.queueLoad(props, () => this.ws.resolve().notes.get(this.a1), () => this.ws.resolve().notes.has(this.a1), this.orNull);
    return this;
  }
  get content(): string {
    return this.prop('content');
  }
  set content(text: string) {
    this.ctx.push(100 + utf8(text), () => {
      const s = this.ws.writable();
      if (!s.notes.has(this.a1)) throw new OfficeError('ItemNotFound', `no note on ${this.a1}`);
      s.notes.set(this.a1, text);
    });
  }
  delete(): void {
    this.ctx.push(80, () => {
      const s = this.ws.writable();
      if (!s.notes.delete(this.a1)) throw new OfficeError('ItemNotFound', `no note on ${this.a1}`);
    });
  }
}

class FakeNotes {
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}
  getItemOrNullObject(a1: string): FakeNote {
    this.ctx.path(a1);
    return new FakeNote(this.ctx, this.ws, a1, true);
  }
  getItem(a1: string): FakeNote {
    this.ctx.path(a1);
    return new FakeNote(this.ctx, this.ws, a1, false);
  }
  add(cell: string, content: string): void {
    if (typeof cell !== 'string' || !/^[A-Z]{1,3}\d+$/.test(cell)) throw new Error(`fake: notes.add expects a local A1 address, got ${String(cell)}`);
    this.ctx.push(120 + utf8(cell + content), () => {
      const s = this.ws.writable();
      if (s.notes.has(cell)) throw new OfficeError('InvalidArgument', `A note already exists on ${cell}.`);
      s.notes.set(cell, content);
    });
  }
}

class FakeCommentProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly find: () => FakeComment | undefined,
  ) {
    super(ctx);
  }
  get id(): string {
    return this.prop('id');
  }
  get content(): string {
    return this.prop('content');
  }
  set content(text: string) {
    this.ctx.push(100 + utf8(text), () => {
      const c = this.find();
      if (!c) throw new OfficeError('ItemNotFound', 'comment not found');
      if (this.ctx.fake.sheet(c.sheet).protected) throw new OfficeError('AccessDenied', 'protected');
      c.content = text;
    });
  }
  preload(c: FakeComment): void {
    this.loaded.set('id', c.id);
    this.loaded.set('content', c.content);
  }
  getLocation(): FakeRange {
    this.ctx.path(null);
    const c = this.find();
    if (!c) throw new Error('fake: getLocation on a missing comment');
    const ws = new FakeWorksheet(this.ctx, () => this.ctx.fake.sheet(c.sheet));
    return new FakeRange(this.ctx, ws, () => parseRect(c.a1));
  }
  delete(): void {
    this.ctx.push(80, () => {
      const c = this.find();
      if (!c) throw new OfficeError('ItemNotFound', 'comment not found');
      if (this.ctx.fake.sheet(c.sheet).protected) throw new OfficeError('AccessDenied', 'protected');
      this.ctx.fake.comments.splice(this.ctx.fake.comments.indexOf(c), 1);
    });
  }
}

class FakeSheetComments {
  private list: FakeCommentProxy[] | null = null;
  constructor(
    private readonly ctx: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}
  load(props: string): this {
    if (!/id/.test(props) || !/content/.test(props)) throw new Error(`fake: unexpected comments load "${props}"`);
    this.ctx.push(80, () => {
      const name = this.ws.resolve().name;
      const mine = this.ctx.fake.comments.filter((c) => c.sheet === name);
      this.list = mine.map((c) => {
        const p = new FakeCommentProxy(this.ctx, () => this.ctx.fake.comments.find((x) => x.id === c.id));
        p.preload(c);
        return p;
      });
      return utf8(JSON.stringify(mine));
    });
    return this;
  }
  get items(): FakeCommentProxy[] {
    if (!this.list) throw new OfficeError('PropertyNotLoaded', 'comments.items is not loaded');
    return this.list;
  }
}

class FakeWorkbookComments {
  constructor(private readonly ctx: FakeContext) {}
  add(cell: FakeRange, content: string): void {
    const range = cell as unknown as { ws: FakeWorksheet; rect: () => MergedArea };
    this.ctx.push(150 + utf8(content), () => {
      const s = range.ws.writable();
      const r = range.rect();
      this.ctx.fake.addComment(s.name, toA1({ row: r.top, col: r.left }), content);
    });
  }
  getItem(id: string): FakeCommentProxy {
    this.ctx.path(id);
    return new FakeCommentProxy(this.ctx, () => this.ctx.fake.comments.find((c) => c.id === id));
  }
}

class FakeSetting extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
    private readonly orNull: boolean,
  ) {
    super(ctx);
  }
  load(props: string): this {
    this.queueLoad(props, (n) => (n === 'key' ? this.key : structuredClone(this.ctx.fake.settings.get(this.key))), () => this.ctx.fake.settings.has(this.key), this.orNull);
    return this;
  }
  get value(): unknown {
    return this.prop('value');
  }
  delete(): void {
    this.ctx.push(80, () => {
      if (!this.ctx.fake.settings.delete(this.key)) throw new OfficeError('ItemNotFound', `no setting ${this.key}`);
    });
  }
}

class FakeSettings {
  private list: { key: string; value: unknown }[] | null = null;
  constructor(private readonly ctx: FakeContext) {}
  getItemOrNullObject(key: string): FakeSetting {
    this.ctx.fake.requires('1.4', 'settings');
    this.ctx.path(key);
    return new FakeSetting(this.ctx, key, true);
  }
  getItem(key: string): FakeSetting {
    this.ctx.path(key);
    return new FakeSetting(this.ctx, key, false);
  }
  add(key: string, value: unknown): void {
    this.ctx.fake.requires('1.4', 'settings');
    const copy = structuredClone(value);
    this.ctx.push(120 + utf8(key + JSON.stringify(value)), () => {
      this.ctx.fake.settings.set(key, copy);
    });
  }
  load(props: string): this {
    if (!/key/.test(props) || !/value/.test(props)) throw new Error(`fake: unexpected settings load "${props}"`);
    this.ctx.push(80, () => {
      this.list = [...this.ctx.fake.settings].map(([key, value]) => ({ key, value: structuredClone(value) }));
      return utf8(JSON.stringify(this.list));
    });
    return this;
  }
  get items(): { key: string; value: unknown }[] {
    if (!this.list) throw new OfficeError('PropertyNotLoaded', 'settings.items is not loaded');
    return this.list;
  }
}

