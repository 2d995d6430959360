/**
 * The persisted index cache: the analysis of every corpus file read from disk, so a restart only
 * re-reads files that changed. Editor-independent: the server passes a folder (the client's
 * storage folder, else a per-workspace folder under the OS temp dir).
 *
 * File format (UTF-8, one JSON value per line):
 *   1. header: cache format version, gazetteer hash, extractor version (a hash of the running code),
 *      byte order of the mention columns;
 *   2. the string tables the entries refer to (group ids, aliases);
 *   3. one line per file: [path, size, mtimeMs, text length, mention columns (base64 of the
 *      document's Int32Array), claims (each an array of its fields), people ([mentions as field
 *      arrays, entities], or null), document date];
 *   4. trailer: number of files and a checksum of lines 2–3.
 * Any mismatch or damage makes the whole cache invalid (it is rebuilt, never trusted half-way).
 * Entries are keyed by absolute path and checked against size + mtime.
 *
 * Writing is streamed a few hundred entries at a time, asynchronously, to a temporary file renamed
 * over the old one: no copy of the whole index as one string, the event loop free between chunks,
 * and a crash mid-write leaves the previous cache intact.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { IndexedDocument } from '../corpus/corpusIndex';
import { DocumentFields, documentFields, fromDocumentFields } from '../corpus/documentCodec';
import { aliasNumbers, groupNumbers } from '../corpus/stringTable';

export const CACHE_FORMAT_VERSION = 5;
export const CACHE_FILE_NAME = 'index-cache.v5.jsonl';

export interface CacheIdentity {
  /** Hash of the gazetteer the analyses were made with (see `hashOf`). */
  gazetteer: string;
  /** Version of the analysis code: a different matcher or claim extractor gives different results. */
  extractor: string;
}

export interface CacheEntry {
  size: number;
  mtimeMs: number;
  /** Disk analysis of the file (version null). */
  doc: IndexedDocument;
}

interface Header {
  format: number;
  gazetteer: string;
  extractor: string;
  endian: string;
}

interface Trailer {
  files: number;
  checksum: string;
}

/** [path, size, mtimeMs, length, base64 Int32 columns, claims, people, date] */
type EntryLine = [string, number, number, number, string, DocumentFields['claims'], DocumentFields['people'], string | null];

export type LoadResult = { entries: Map<string, CacheEntry>; problem: string | null };

/** Entries per write: large enough for few system calls, small enough to keep chunks short. */
const ENTRIES_PER_CHUNK = 256;

export function hashOf(value: string | Buffer): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 32);
}

/** Where the cache lives when the client gives no storage folder: outside the corpus, per workspace. */
export function defaultStoragePath(folders: readonly string[]): string {
  return path.join(os.tmpdir(), 'source-lens-cache', hashOf([...folders].sort().join('\n')).slice(0, 16));
}

/** Hash of the code that produced the analyses (the running bundle), read once. */
let codeVersion: string | undefined;
export function runningCodeVersion(): string {
  if (codeVersion === undefined) {
    try {
      codeVersion = hashOf(fs.readFileSync(require.main?.filename ?? __filename));
    } catch {
      codeVersion = 'unknown';
    }
  }
  return codeVersion;
}

/** Reads the cache file. Never throws: a missing, damaged or mismatched cache gives no entries and says why. */
export function loadIndexCache(file: string, identity: CacheIdentity, uriOf: (filePath: string) => string): LoadResult {
  const entries = new Map<string, CacheEntry>();
  let raw: Buffer;
  try {
    raw = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { entries, problem: null } : { entries, problem: `cannot read ${file} (${code ?? error})` };
  }
  try {
    const headerEnd = raw.indexOf(10);
    if (headerEnd < 0) return { entries, problem: 'no header' };
    const header = JSON.parse(raw.toString('utf8', 0, headerEnd)) as Header;
    if (header.format !== CACHE_FORMAT_VERSION) return { entries, problem: `format ${header.format}, expected ${CACHE_FORMAT_VERSION}` };
    if (header.gazetteer !== identity.gazetteer) return { entries, problem: 'made with another gazetteer' };
    if (header.extractor !== identity.extractor) return { entries, problem: 'made by another version of the analyser' };
    if (header.endian !== os.endianness()) return { entries, problem: `written on a ${header.endian} machine` };
    // The trailer is the last line; the checksum covers everything between it and the header.
    const end = raw.length > 0 && raw[raw.length - 1] === 10 ? raw.length - 1 : raw.length;
    const trailerStart = raw.lastIndexOf(10, end - 1) + 1;
    if (trailerStart <= headerEnd + 1) return { entries, problem: 'truncated (no trailer)' };
    let trailer: Trailer;
    try {
      trailer = JSON.parse(raw.toString('utf8', trailerStart, end)) as Trailer;
    } catch {
      return { entries, problem: 'truncated (no trailer)' };
    }
    const body = raw.subarray(headerEnd + 1, trailerStart);
    if (typeof trailer?.checksum !== 'string' || hashOf(body) !== trailer.checksum) return { entries, problem: 'checksum mismatch (damaged file)' };
    let at = 0;
    const nextLine = (): string | null => {
      if (at >= body.length) return null;
      const newline = body.indexOf(10, at);
      const stop = newline < 0 ? body.length : newline;
      const line = body.toString('utf8', at, stop);
      at = stop + 1;
      return line;
    };
    const tables = JSON.parse(nextLine() ?? 'null') as { groups: string[]; aliases: string[] };
    // The file's numbers for groups and aliases, mapped to this process's numbers.
    const groupMap = Int32Array.from(tables.groups, (g) => groupNumbers.intern(g));
    const aliasMap = Int32Array.from(tables.aliases, (a) => aliasNumbers.intern(a));
    for (let line = nextLine(); line !== null; line = nextLine()) {
      const [filePath, size, mtimeMs, length, columns, claims, people, date] = JSON.parse(line) as EntryLine;
      if (typeof filePath !== 'string' || typeof size !== 'number' || typeof mtimeMs !== 'number' || typeof columns !== 'string') throw new Error('bad entry');
      const fields: DocumentFields = { length, data: decodeColumns(columns), claims, people, date: date ?? null };
      entries.set(filePath, { size, mtimeMs, doc: fromDocumentFields(uriOf(filePath), null, fields, groupMap, aliasMap) });
    }
    if (entries.size !== trailer.files) throw new Error(`${entries.size} files, trailer says ${trailer.files}`);
    return { entries, problem: null };
  } catch (error) {
    entries.clear();
    return { entries, problem: `unreadable (${(error as Error).message})` };
  }
}

/** A document's columns from base64 (numbers still the writer's). */
function decodeColumns(base64: string): Int32Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length % 4 !== 0 || bytes.length < 4) throw new Error('bad mention columns');
  const data = new Int32Array(bytes.length / 4);
  new Uint8Array(data.buffer).set(bytes);
  return data;
}

function encodeColumns(data: Int32Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
}

/**
 * Writes the cache atomically (temporary file, then rename), streamed in chunks. Resolves to an
 * error message or null; never rejects. `entries` is read as it is when called: later changes to
 * the index replace documents, never mutate them, so the snapshot stays consistent.
 */
export async function saveIndexCache(file: string, identity: CacheIdentity, entries: Iterable<[string, CacheEntry]>): Promise<string | null> {
  const snapshot = [...entries];
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  let handle: fs.promises.FileHandle | undefined;
  try {
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    handle = await fs.promises.open(temp, 'w');
    const header: Header = { format: CACHE_FORMAT_VERSION, gazetteer: identity.gazetteer, extractor: identity.extractor, endian: os.endianness() };
    await handle.write(JSON.stringify(header) + '\n');
    const hash = createHash('sha256');
    const write = async (text: string) => {
      const bytes = Buffer.from(text, 'utf8');
      hash.update(bytes);
      await handle!.write(bytes);
    };
    // Every number an entry can hold is already interned: the tables as they are now cover them.
    await write(JSON.stringify({ groups: groupNumbers.list(), aliases: aliasNumbers.list() }) + '\n');
    for (let from = 0; from < snapshot.length; from += ENTRIES_PER_CHUNK) {
      let chunk = '';
      for (const [filePath, { size, mtimeMs, doc }] of snapshot.slice(from, from + ENTRIES_PER_CHUNK)) {
        const fields = documentFields(doc);
        const line: EntryLine = [filePath, size, mtimeMs, fields.length, encodeColumns(fields.data), fields.claims, fields.people, fields.date];
        chunk += JSON.stringify(line) + '\n';
      }
      await write(chunk);
    }
    const trailer: Trailer = { files: snapshot.length, checksum: hash.digest('hex').slice(0, 32) };
    await handle.write(JSON.stringify(trailer) + '\n');
    await handle.close();
    handle = undefined;
    await fs.promises.rename(temp, file);
    return null;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.promises.rm(temp, { force: true }).catch(() => undefined);
    return `cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? error})`;
  }
}
