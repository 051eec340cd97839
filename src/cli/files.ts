import { randomBytes } from 'crypto';
import { promises as fs, unlinkSync, type Stats } from 'fs';
import path from 'path';
import type { Locale } from '../core/findings';
import { cliText, UsageError } from './messages';

/**
 * The command line's file handling (Node only; the reader and writer take and give bytes):
 * - inputs are read whole, with a reason in the run's language when they cannot be;
 * - an output is compared with every input by identity (device + inode, then real path), so a symbolic
 *   link, a hard link or a linked folder cannot make it overwrite an input;
 * - an output is written to a temporary file beside it, flushed, then renamed into place: an interrupted
 *   run (Ctrl-C, a full disk) leaves the earlier file whole; a file that another run wrote meanwhile is
 *   not overwritten.
 */

export interface FileIdentity {
  readonly path: string;
  readonly dev: number;
  readonly ino: number;
  readonly real: string;
}

const CASE_INSENSITIVE = process.platform === 'win32' || process.platform === 'darwin';

function samePath(a: string, b: string): boolean {
  return CASE_INSENSITIVE ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** The identity of an existing file (following links), or null when there is none. */
export async function identify(file: string): Promise<FileIdentity | null> {
  try {
    const st = await fs.stat(file);
    return { path: file, dev: st.dev, ino: st.ino, real: await fs.realpath(file) };
  } catch {
    return null;
  }
}

export function sameFile(a: FileIdentity, b: { dev: number; ino: number; real: string }): boolean {
  // Some file systems report no inode numbers (0): the real paths decide there.
  if (a.ino !== 0 && b.ino !== 0) return a.dev === b.dev && a.ino === b.ino;
  return samePath(a.real, b.real);
}

/** A file that cannot be read, with the reason in the run's language. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

export async function readInput(file: string, locale: Locale): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    if (code === 'ENOENT') throw new InputError(cliText(locale, 'read.notFound'));
    if (code === 'EISDIR') throw new InputError(cliText(locale, 'read.isDir'));
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(cliText(locale, 'read.noPermission'));
    throw new InputError(cliText(locale, 'read.other', { code }));
  }
}

/** Refuses (UsageError) an output that is the same file as one of the inputs. */
export async function assertNotAnInput(output: string, inputs: readonly FileIdentity[], locale: Locale): Promise<void> {
  const id = await identify(output);
  const resolved = path.resolve(output);
  for (const input of inputs) {
    if ((id && sameFile(input, id)) || samePath(path.resolve(input.path), resolved)) {
      const how = samePath(path.resolve(input.path), resolved) ? '' : cliText(locale, 'out.viaLink');
      throw new UsageError(cliText(locale, 'out.sameAsInput', { out: output, input: input.path, how }));
    }
  }
}

/** Identities of the inputs that exist (a missing one is reported when it is read). */
export async function identities(files: readonly string[]): Promise<FileIdentity[]> {
  return (await Promise.all(files.map(identify))).filter((x): x is FileIdentity => x !== null);
}

/**
 * Where each annotated copy goes. One input: OUT itself (or OUT/name when OUT is a folder). Several: OUT is
 * a folder and each copy keeps its name; two inputs with the same name get "name (2).xlsx" — numbered, not
 * refused, so one run checks every file and never writes two copies to one path.
 */
export async function annotateTargets(out: string, files: readonly string[], locale: Locale): Promise<string[]> {
  let st: Stats | null = null;
  try {
    st = await fs.stat(out);
  } catch {
    st = null;
  }
  const folder = files.length > 1 || st?.isDirectory() === true || /[\\/]$/.test(out);
  if (!folder) return [out];
  if (st && !st.isDirectory()) throw new UsageError(cliText(locale, 'out.annotateNotFolder', { count: files.length, out }));
  if (!st) {
    try {
      await fs.mkdir(out, { recursive: true });
    } catch (e) {
      throw new UsageError(writeError(e, out, locale).message);
    }
  }
  const taken = new Set<string>();
  return files.map((f) => {
    const ext = path.extname(f);
    const stem = path.basename(f, ext);
    let name = path.basename(f);
    for (let n = 2; taken.has(CASE_INSENSITIVE ? name.toLowerCase() : name); n++) name = `${stem} (${n})${ext}`;
    taken.add(CASE_INSENSITIVE ? name.toLowerCase() : name);
    return path.join(out, name);
  });
}

/** A write that failed, with what to do; the earlier file at that path (if any) is untouched. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const KNOWN_WRITE_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EBUSY', 'ENOENT', 'EISDIR', 'ENOTDIR', 'ENAMETOOLONG']);

function writeError(e: unknown, out: string, locale: Locale): OutputError {
  if (e instanceof OutputError || e instanceof UsageError) return e as OutputError;
  const raw = (e as NodeJS.ErrnoException).code ?? 'EIO';
  const code = raw === 'EPERM' ? 'EACCES' : raw;
  const id = KNOWN_WRITE_CODES.has(code) ? (`write.${code}` as const) : 'write.other';
  return new OutputError(cliText(locale, id as Parameters<typeof cliText>[1], { out, dir: path.dirname(out), code: raw }), raw);
}

function unchanged(before: Stats | null, now: Stats | null): boolean {
  if (!before || !now) return before === now;
  return before.ino === now.ino && before.dev === now.dev && before.size === now.size && before.mtimeMs === now.mtimeMs;
}

async function statOrNull(p: string): Promise<Stats | null> {
  try {
    return await fs.stat(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/**
 * Writes `bytes` to `target` safely: a temporary file beside it, flushed to disk, then moved into place.
 * Refuses when the target is one of `inputs` (by identity) or was changed by someone else meanwhile.
 * Returns the path written (a link named as the output is followed to its file).
 */
export async function writeOutput(target: string, bytes: Uint8Array, inputs: readonly FileIdentity[], locale: Locale): Promise<string> {
  await assertNotAnInput(target, inputs, locale);
  let real: string;
  let before: Stats | null;
  try {
    real = await fs.realpath(target).catch(async (e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
      return path.join(await fs.realpath(path.dirname(target)), path.basename(target));
    });
    before = await statOrNull(real);
    if (before?.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
  } catch (e) {
    throw writeError(e, target, locale);
  }
  const temp = path.join(path.dirname(real), `.~${path.basename(real)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // Ctrl-C while writing: remove the temporary file; the earlier file at the target was never touched.
  const onSignal = (signal: NodeJS.Signals) => {
    try {
      unlinkSync(temp);
    } catch {
      // not created yet, or already moved into place
    }
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await assertNotAnInput(real, inputs, locale);
    const now = await statOrNull(real);
    if (!unchanged(before, now)) throw new OutputError(cliText(locale, 'write.changed', { out: target }), 'changed');
    if (before === null) {
      // No file there when we started: a hard link creates it only if nobody else did meanwhile.
      try {
        await fs.link(temp, real);
        await fs.unlink(temp);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new OutputError(cliText(locale, 'write.changed', { out: target }), 'changed');
        // File systems without hard links (FAT on a USB stick, some shares): a plain rename.
        await fs.rename(temp, real);
      }
    } else {
      await fs.rename(temp, real);
    }
    return real;
  } catch (e) {
    await fs.unlink(temp).catch(() => undefined);
    throw writeError(e, target, locale);
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
