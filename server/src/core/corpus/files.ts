/**
 * Finding and reading corpus files on disk. This is the only core module that does I/O; it never
 * throws on a bad file or folder: what cannot be read is reported through `onSkip` and left out.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GlobSet } from './glob';
import { stripByteOrderMark } from '../text/positions';

export interface CorpusOptions {
  include: string[];
  exclude: string[];
  /** Files larger than this are skipped (bytes). */
  maxFileBytes: number;
}

export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = {
  include: ['**/*.txt', '**/*.md', '**/*.markdown', '**/*.text'],
  exclude: ['**/node_modules/**', '**/.git/**', '**/.hg/**', '**/.svn/**', '**/.source-lens/**'],
  maxFileBytes: 16 * 1024 * 1024,
};

export interface CorpusFile {
  path: string;
  /** Path relative to the folder, with "/" separators. */
  relative: string;
  size: number;
  mtimeMs: number;
}

export type SkipReporter = (filePath: string, reason: string) => void;

const MAX_DEPTH = 64;

export class CorpusFilter {
  private readonly include: GlobSet;
  private readonly exclude: GlobSet;

  constructor(readonly options: CorpusOptions) {
    this.include = new GlobSet(options.include);
    this.exclude = new GlobSet(options.exclude);
  }

  /** Whether a relative path (with "/") is part of the corpus. */
  accepts(relative: string): boolean {
    return this.include.matches(relative) && !this.exclude.matches(relative);
  }

  /** Whether a folder could hold corpus files (excluded folders are not entered). */
  entersFolder(relative: string): boolean {
    return !this.exclude.matches(relative + '/') && !this.exclude.matches(relative + '/x');
  }
}

/**
 * Lists the corpus files under `root`, breadth-first, following symbolic links once (a link loop
 * or a link back up the tree is visited only the first time).
 */
export async function discoverCorpusFiles(root: string, filter: CorpusFilter, onSkip: SkipReporter, isCancelled: () => boolean = () => false): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  const visited = new Set<string>();
  const queue: { dir: string; relative: string; depth: number }[] = [{ dir: root, relative: '', depth: 0 }];
  while (queue.length > 0) {
    if (isCancelled()) break;
    const { dir, relative, depth } = queue.shift()!;
    let real: string;
    try {
      real = await fs.promises.realpath(dir);
    } catch (error) {
      onSkip(dir, `cannot resolve folder (${describeError(error)})`);
      continue;
    }
    if (visited.has(real)) continue;
    visited.add(real);
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch (error) {
      onSkip(dir, `cannot read folder (${describeError(error)})`);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const pending: { full: string; rel: string; stat: fs.Stats | undefined }[] = [];
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const rel = relative ? `${relative}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let stat: fs.Stats | undefined;
      if (entry.isSymbolicLink()) {
        try {
          stat = await fs.promises.stat(full);
          isDir = stat.isDirectory();
          isFile = stat.isFile();
        } catch (error) {
          onSkip(full, `broken link (${describeError(error)})`);
          continue;
        }
      }
      if (isDir) {
        if (!filter.entersFolder(rel)) continue;
        if (depth + 1 > MAX_DEPTH) {
          onSkip(full, `folder nested deeper than ${MAX_DEPTH} levels`);
          continue;
        }
        queue.push({ dir: full, relative: rel, depth: depth + 1 });
      } else if (isFile && filter.accepts(rel)) {
        pending.push({ full, rel, stat });
      }
    }
    // Stat the folder's files concurrently: one awaited stat at a time dominated discovery on big folders.
    const stats = await Promise.all(pending.map((p) => (p.stat ? Promise.resolve(p.stat) : fs.promises.stat(p.full).catch((error: unknown) => error as Error))));
    pending.forEach((p, i) => {
      const stat = stats[i];
      if (stat instanceof Error) onSkip(p.full, `cannot stat (${describeError(stat)})`);
      else files.push({ path: p.full, relative: p.rel, size: stat.size, mtimeMs: stat.mtimeMs });
    });
  }
  return files;
}

export type ReadResult = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/**
 * Decodes file bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252
 * when the bytes are not valid UTF-8. Returns null for binary data (NUL bytes in the first 8 KB
 * of a file without a UTF-16 BOM).
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return null;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: stripByteOrderMark(text), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Windows-1252 characters at 0x80-0x9F (curly quotes, dashes, €). Some Node builds decode
// 'windows-1252' as Latin-1, turning them into C1 control characters: map them ourselves.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk.map((b) => b));
  }
  return out.replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

export function readCorpusFile(filePath: string, maxBytes: number): ReadResult {
  try {
    const stat = fs.statSync(filePath);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes);
    const bytes = fs.readFileSync(filePath);
    const decoded = decodeText(bytes);
    if (!decoded) return { ok: false, reason: 'binary file (NUL bytes)' };
    return { ok: true, text: decoded.text, encoding: decoded.encoding };
  } catch (error) {
    return { ok: false, reason: `cannot read (${describeError(error)})` };
  }
}

/** Reused read buffer for ordinary corpus files (larger ones get their own). */
let scratch = Buffer.allocUnsafe(256 * 1024);
const SCRATCH_MAX = 1024 * 1024;

/**
 * Reads a file whose size discovery already knows: no second stat, one open, reads into a reused
 * buffer, one close. A file that changed size since discovery is read whole all the same (and
 * checked against the limit again).
 */
export function readCorpusFileKnown(filePath: string, size: number, maxBytes: number): ReadResult {
  if (size > maxBytes) return tooLarge(size, maxBytes);
  let fd: number | undefined;
  try {
    fd = fs.openSync(filePath, 'r');
    let buffer = size + 1 <= SCRATCH_MAX ? (scratch.length >= size + 1 ? scratch : (scratch = Buffer.allocUnsafe(Math.min(SCRATCH_MAX, Math.max(size + 1, scratch.length * 2))))) : Buffer.allocUnsafe(size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        // The file grew since discovery: keep reading into a larger private buffer.
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) return tooLarge(length, maxBytes);
    }
    const decoded = decodeText(buffer.subarray(0, length));
    if (!decoded) return { ok: false, reason: 'binary file (NUL bytes)' };
    return { ok: true, text: decoded.text, encoding: decoded.encoding };
  } catch (error) {
    return { ok: false, reason: `cannot read (${describeError(error)})` };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function tooLarge(size: number, maxBytes: number): ReadResult {
  return { ok: false, reason: `larger than the ${formatBytes(maxBytes)} limit (${formatBytes(size)}); raise the setting sourceLens.corpus.maxFileSizeMB to include it` };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

export function describeError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e?.code ?? (e?.message || String(error));
}
