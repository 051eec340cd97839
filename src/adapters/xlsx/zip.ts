import { Inflate, inflateSync, ZipDeflate } from 'fflate';
import { XlsxError } from './errors';

/**
 * The zip container of an .xlsx, read from its central directory and written back so that every part we
 * do not change keeps its exact bytes: its local header and compressed data are copied as they are, not
 * decompressed and compressed again. fflate does the (de)compression and the CRC of the parts we write;
 * this module only reads and writes the container's fixed-layout records (PKWARE APPNOTE 4.3).
 *
 * Bytes in, bytes out: no file system, so the same code runs in the browser.
 */

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const DESCRIPTOR = 0x08074b50;
const UTF8_FLAG = 0x800;
const DESCRIPTOR_FLAG = 0x8;

/**
 * Optional native (de)compression, set by a host that has it (the CLI sets Node's zlib, about ten times
 * faster than fflate's JavaScript); without it, fflate does the work (the browser).
 */
export interface NativeCodec {
  /** Raw inflate of a whole entry (used for entries up to NATIVE_INFLATE_LIMIT bytes). */
  inflateRaw(data: Uint8Array): Uint8Array;
  /** Raw deflate of one block; blocks are flushed (not final) until the last, so their outputs concatenate. */
  deflateRawBlock(data: Uint8Array, final: boolean): Uint8Array;
  crc32(data: Uint8Array, previous: number): number;
}

let native: NativeCodec | null = null;

export function setNativeCodec(codec: NativeCodec | null): void {
  native = codec;
}

/** Larger entries are inflated in chunks by fflate, so that a million-row sheet is never held whole. */
const NATIVE_INFLATE_LIMIT = 64 << 20;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
  /** Start of the compressed data (after the local header). */
  readonly dataStart: number;
  /** End of the entry's local record (data plus its data descriptor, if any). */
  readonly recordEnd: number;
  /** The entry's central directory record, as read (copied when the entry is kept). */
  readonly central: Uint8Array;
  readonly dosTime: number;
  readonly dosDate: number;
}

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

export class ZipArchive {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLowerName = new Map<string, ZipEntry>();

  private constructor(
    readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntry[],
  ) {
    for (const e of entries) {
      this.byName.set(e.name, e);
      this.byLowerName.set(e.name.toLowerCase(), e);
    }
  }

  /** Reads the central directory. Throws XlsxError('not-zip' | 'truncated' | 'zip64'). */
  static open(bytes: Uint8Array): ZipArchive {
    if (bytes.length < 22 || u32(bytes, 0) !== LOCAL) {
      // An empty archive starts with its end record; anything else is not a zip.
      if (!(bytes.length >= 22 && u32(bytes, 0) === END)) throw new XlsxError('not-zip');
    }
    let end = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
      if (u32(bytes, i) === END && i + 22 + u16(bytes, i + 20) <= bytes.length) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new XlsxError('truncated');
    if (end >= 20 && u32(bytes, end - 20) === ZIP64_LOCATOR) throw new XlsxError('zip64');
    const count = u16(bytes, end + 10);
    const dirSize = u32(bytes, end + 12);
    const dirOffset = u32(bytes, end + 16);
    if (count === 0xffff || dirOffset === 0xffffffff) throw new XlsxError('zip64');
    if (dirOffset + dirSize > end) throw new XlsxError('truncated');
    const entries: ZipEntry[] = [];
    let p = dirOffset;
    for (let k = 0; k < count; k++) {
      if (p + 46 > end || u32(bytes, p) !== CENTRAL) throw new XlsxError('truncated');
      const flags = u16(bytes, p + 8);
      const nameLength = u16(bytes, p + 28);
      const recordLength = 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
      const rawName = bytes.subarray(p + 46, p + 46 + nameLength);
      const name = (flags & UTF8_FLAG ? utf8 : isAscii(rawName) ? utf8 : latin1).decode(rawName);
      const compressedSize = u32(bytes, p + 20);
      const size = u32(bytes, p + 24);
      const localOffset = u32(bytes, p + 42);
      if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) throw new XlsxError('zip64');
      if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== LOCAL) throw new XlsxError('truncated');
      const dataStart = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
      let recordEnd = dataStart + compressedSize;
      if (recordEnd > bytes.length) throw new XlsxError('truncated');
      if (flags & DESCRIPTOR_FLAG) recordEnd += recordEnd + 4 <= bytes.length && u32(bytes, recordEnd) === DESCRIPTOR ? 16 : 12;
      entries.push({
        name,
        method: u16(bytes, p + 10),
        flags,
        crc: u32(bytes, p + 16),
        compressedSize,
        size,
        localOffset,
        dataStart,
        recordEnd: Math.min(recordEnd, bytes.length),
        central: bytes.subarray(p, p + recordLength),
        dosTime: u16(bytes, p + 12),
        dosDate: u16(bytes, p + 14),
      });
      p += recordLength;
    }
    return new ZipArchive(bytes, entries);
  }

  /** The entry of a part name (OPC part names are case-insensitive: an exact match first). */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name) ?? this.byLowerName.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** A whole part, decompressed. */
  read(name: string): Uint8Array {
    const e = this.required(name);
    const raw = this.bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
    if (e.method === 0) return raw;
    if (e.method !== 8) throw new XlsxError('unsupported-compression', { part: name });
    try {
      if (native && e.size <= NATIVE_INFLATE_LIMIT) return native.inflateRaw(raw);
      return inflateSync(raw, { out: new Uint8Array(e.size) });
    } catch {
      throw new XlsxError('truncated');
    }
  }

  /** A part decompressed in chunks (a large sheet is never held whole). */
  readChunks(name: string, onChunk: (chunk: Uint8Array, final: boolean) => void, chunkSize = 1 << 20): void {
    const e = this.required(name);
    const raw = this.bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
    if (e.method === 0) {
      if (raw.length === 0) onChunk(raw, true);
      for (let i = 0; i < raw.length; i += chunkSize) onChunk(raw.subarray(i, i + chunkSize), i + chunkSize >= raw.length);
      return;
    }
    if (e.method !== 8) throw new XlsxError('unsupported-compression', { part: name });
    if (native && e.size <= NATIVE_INFLATE_LIMIT) {
      let whole: Uint8Array;
      try {
        whole = native.inflateRaw(raw);
      } catch {
        throw new XlsxError('truncated');
      }
      if (whole.length === 0) onChunk(whole, true);
      for (let i = 0; i < whole.length; i += chunkSize) onChunk(whole.subarray(i, i + chunkSize), i + chunkSize >= whole.length);
      return;
    }
    let done = false;
    const inflate = new Inflate((chunk, final) => {
      if (final) done = true;
      onChunk(chunk, final);
    });
    try {
      if (raw.length === 0) inflate.push(raw, true);
      for (let i = 0; i < raw.length; i += chunkSize) inflate.push(raw.subarray(i, i + chunkSize), i + chunkSize >= raw.length);
    } catch (err) {
      if (err instanceof XlsxError) throw err;
      // A deflate stream that ends early or is corrupt; errors thrown by onChunk pass through above.
      if ((err as { code?: unknown }).code !== undefined) throw new XlsxError('truncated');
      throw err;
    }
    if (!done) throw new XlsxError('truncated');
  }

  private required(name: string): ZipEntry {
    const e = this.entry(name);
    if (!e) throw new XlsxError('missing-part', { sheet: '', part: name });
    return e;
  }
}

function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] > 0x7f) return false;
  return true;
}

/** A new or replaced part: whole bytes, or a producer that pushes chunks (a large sheet is streamed). */
export type PartContent = Uint8Array | ((push: (chunk: Uint8Array) => void) => void);

/** A part already compressed (deflatePart): a large sheet is rewritten and compressed before the package is assembled. */
export interface DeflatedPart {
  readonly deflated: readonly Uint8Array[];
  readonly compressedSize: number;
  readonly crc: number;
  readonly size: number;
}

/** Deflates with the native codec: blocks of a megabyte, each flushed, the last one final. */
function deflateNative(codec: NativeCodec, content: PartContent): DeflatedPart {
  const deflated: Uint8Array[] = [];
  let compressedSize = 0;
  let crc = 0;
  let size = 0;
  let pending: Uint8Array | null = null;
  const block = (data: Uint8Array, final: boolean) => {
    crc = codec.crc32(data, crc);
    size += data.length;
    const out = codec.deflateRawBlock(data, final);
    deflated.push(out);
    compressedSize += out.length;
  };
  const take = (chunk: Uint8Array) => {
    if (pending) block(pending, false);
    pending = chunk;
  };
  if (typeof content === 'function') {
    let buffer: Uint8Array[] = [];
    let buffered = 0;
    content((chunk) => {
      buffer.push(chunk);
      buffered += chunk.length;
      if (buffered >= 1 << 20) {
        take(buffer.length === 1 ? buffer[0] : concat(buffer, buffered));
        buffer = [];
        buffered = 0;
      }
    });
    if (buffered > 0) take(buffer.length === 1 ? buffer[0] : concat(buffer, buffered));
  } else {
    take(content);
  }
  block(pending ?? new Uint8Array(0), true);
  if (size > 0xfffffffe || compressedSize > 0xfffffffe) throw new XlsxError('zip64');
  return { deflated, compressedSize, crc: crc >>> 0, size };
}

/** Deflates a part (CRC and size included), from bytes or from a producer of chunks: natively when set, else fflate. */
export function deflatePart(content: PartContent): DeflatedPart {
  if (native) return deflateNative(native, content);
  const deflated: Uint8Array[] = [];
  let compressedSize = 0;
  const deflate = new ZipDeflate('', { level: 6 });
  deflate.ondata = (err, chunk) => {
    if (err) throw err;
    deflated.push(chunk);
    compressedSize += chunk.length;
  };
  if (typeof content === 'function') {
    // Small pieces are gathered first: deflate works better on blocks of some size.
    let buffer: Uint8Array[] = [];
    let buffered = 0;
    const flush = (final: boolean) => {
      deflate.push(buffer.length === 1 ? buffer[0] : concat(buffer, buffered), final);
      buffer = [];
      buffered = 0;
    };
    content((chunk) => {
      buffer.push(chunk);
      buffered += chunk.length;
      if (buffered >= 1 << 20) flush(false);
    });
    flush(true);
  } else {
    deflate.push(content, true);
  }
  if (deflate.size > 0xfffffffe || compressedSize > 0xfffffffe) throw new XlsxError('zip64');
  return { deflated, compressedSize, crc: deflate.crc, size: deflate.size };
}

function isDeflated(c: PartContent | DeflatedPart): c is DeflatedPart {
  return typeof c === 'object' && 'deflated' in c;
}

/**
 * A copy of `zip` with parts replaced, added (`content`) or removed (`null`). Kept parts are copied record
 * for record, in their original order; new parts come after them. Replaced parts are deflated by fflate.
 */
export function rewriteZip(zip: ZipArchive, changes: ReadonlyMap<string, PartContent | DeflatedPart | null>): Uint8Array {
  const out: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  const emit = (b: Uint8Array) => {
    out.push(b);
    offset += b.length;
  };
  const pending = new Map(changes);
  const written = (name: string, content: PartContent | DeflatedPart, template: ZipEntry | null) => {
    const { local, central } = entryRecords(name, isDeflated(content) ? content : deflatePart(content), template, offset);
    for (const b of local) emit(b);
    centrals.push(central);
  };
  for (const e of zip.entries) {
    // Changes are keyed by the entry's own name (callers take names from the archive).
    if (pending.has(e.name)) {
      const content = pending.get(e.name);
      pending.delete(e.name);
      if (content) written(e.name, content, e);
      continue;
    }
    const central = new Uint8Array(e.central);
    writeU32(central, 42, offset);
    emit(zip.bytes.subarray(e.localOffset, e.recordEnd));
    centrals.push(central);
  }
  for (const [name, content] of pending) if (content) written(name, content, null);
  const dirOffset = offset;
  for (const c of centrals) emit(c);
  if (centrals.length > 0xfffe || offset > 0xfffffffe) throw new XlsxError('zip64');
  const end = new Uint8Array(22);
  writeU32(end, 0, END);
  writeU16(end, 8, centrals.length);
  writeU16(end, 10, centrals.length);
  writeU32(end, 12, offset - dirOffset);
  writeU32(end, 16, dirOffset);
  emit(end);
  return concat(out, offset);
}

function entryRecords(name: string, part: DeflatedPart, template: ZipEntry | null, localOffset: number): { local: Uint8Array[]; central: Uint8Array } {
  const nameBytes = new TextEncoder().encode(name);
  const flags = isAscii(nameBytes) ? 0 : UTF8_FLAG;
  const now = dosDateTime(new Date());
  const time = template?.dosTime ?? now.time;
  const date = template?.dosDate ?? now.date;
  const local = new Uint8Array(30 + nameBytes.length);
  writeU32(local, 0, LOCAL);
  writeU16(local, 4, 20);
  writeU16(local, 6, flags);
  writeU16(local, 8, 8);
  writeU16(local, 10, time);
  writeU16(local, 12, date);
  writeU32(local, 14, part.crc);
  writeU32(local, 18, part.compressedSize);
  writeU32(local, 22, part.size);
  writeU16(local, 26, nameBytes.length);
  local.set(nameBytes, 30);
  const central = new Uint8Array(46 + nameBytes.length);
  writeU32(central, 0, CENTRAL);
  writeU16(central, 4, 20);
  writeU16(central, 6, 20);
  writeU16(central, 8, flags);
  writeU16(central, 10, 8);
  writeU16(central, 12, time);
  writeU16(central, 14, date);
  writeU32(central, 16, part.crc);
  writeU32(central, 20, part.compressedSize);
  writeU32(central, 24, part.size);
  writeU16(central, 28, nameBytes.length);
  writeU32(central, 42, localOffset);
  central.set(nameBytes, 46);
  return { local: [local, ...part.deflated], central };
}

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function writeU16(b: Uint8Array, i: number, v: number): void {
  b[i] = v & 0xff;
  b[i + 1] = (v >>> 8) & 0xff;
}
function writeU32(b: Uint8Array, i: number, v: number): void {
  b[i] = v & 0xff;
  b[i + 1] = (v >>> 8) & 0xff;
  b[i + 2] = (v >>> 16) & 0xff;
  b[i + 3] = (v >>> 24) & 0xff;
}

export function concat(parts: readonly Uint8Array[], total = parts.reduce((n, p) => n + p.length, 0)): Uint8Array {
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
