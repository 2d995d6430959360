/**
 * The persisted index cache: the analysis of every corpus file read from disk, so a restart only
 * re-reads files that changed. Editor-independent: the server passes a folder (the client's
 * storage folder, else a per-workspace folder under the OS temp dir).
 *
 * File format (UTF-8, one JSON value per line):
 *   1. header: cache format version, gazetteer hash, extractor version (a hash of the running code),
 *      byte order of the mention columns;
 *   2. the string tables the entries refer to (group ids, aliases, claim terms);
 *   3. one line per file: [path, size, mtimeMs, text length, mention columns (base64 of the
 *      document's Int32Array), claims (each an array of its fields, its terms as packed numbers of
 *      the terms table, so the claim search is rebuilt from numbers without a word), people ([mentions as field
 *      arrays, entities], or null), document date, co-occurring groups ([a, b, count, spans] each)];
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
import type { TermNumbering } from '../corpus/storedClaims';
import { termNumbers } from '../corpus/claimTerms';
import { aliasNumbers, groupNumbers } from '../corpus/stringTable';

export const CACHE_FORMAT_VERSION = 8;
export const CACHE_FILE_NAME = 'index-cache.v8.jsonl';

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

/** [path, size, mtimeMs, length, base64 Int32 columns, claims, people, date, co-occurrences] */
type EntryLine = [string, number, number, number, string, DocumentFields['claims'], DocumentFields['people'], string | null, DocumentFields['cooccurrences']];

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

/** Bytes read at a time: the file is never held whole (67 MB at 10k documents). */
const READ_CHUNK = 1 << 20;
/** The header and the trailer are short lines; longer ones mean a damaged file. */
const MAX_FRAME_LINE = 64 * 1024;

/**
 * Reads the cache file. Never throws: a missing, damaged or mismatched cache gives no entries and
 * says why. Read in chunks, each line parsed as it arrives and the body hashed on the way; nothing
 * is returned unless the whole body matches the trailer's checksum.
 */
export function loadIndexCache(file: string, identity: CacheIdentity, uriOf: (filePath: string) => string): LoadResult {
  const entries = new Map<string, CacheEntry>();
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { entries, problem: null } : { entries, problem: `cannot read ${file} (${code ?? error})` };
  }
  try {
    const size = fs.fstatSync(fd).size;
    const readAt = (position: number, length: number): Buffer => {
      const buffer = Buffer.allocUnsafe(length);
      let got = 0;
      while (got < length) {
        const n = fs.readSync(fd, buffer, got, length - got, position + got);
        if (n === 0) break;
        got += n;
      }
      return got === length ? buffer : buffer.subarray(0, got);
    };
    const head = readAt(0, Math.min(size, MAX_FRAME_LINE));
    const headerEnd = head.indexOf(10);
    if (headerEnd < 0) return { entries, problem: 'no header' };
    const header = JSON.parse(head.toString('utf8', 0, headerEnd)) as Header;
    if (header.format !== CACHE_FORMAT_VERSION) return { entries, problem: `format ${header.format}, expected ${CACHE_FORMAT_VERSION}` };
    if (header.gazetteer !== identity.gazetteer) return { entries, problem: 'made with another gazetteer' };
    if (header.extractor !== identity.extractor) return { entries, problem: 'made by another version of the analyser' };
    if (header.endian !== os.endianness()) return { entries, problem: `written on a ${header.endian} machine` };
    // The trailer is the last line; the checksum covers everything between it and the header.
    const tailStart = Math.max(headerEnd + 1, size - MAX_FRAME_LINE);
    const tail = readAt(tailStart, size - tailStart);
    const end = tail.length > 0 && tail[tail.length - 1] === 10 ? tail.length - 1 : tail.length;
    const trailerAt = tail.lastIndexOf(10, end - 1) + 1;
    if (trailerAt === 0 && tailStart === headerEnd + 1) return { entries, problem: 'truncated (no trailer)' };
    let trailer: Trailer;
    try {
      trailer = JSON.parse(tail.toString('utf8', trailerAt, end)) as Trailer;
    } catch {
      return { entries, problem: 'truncated (no trailer)' };
    }
    if (typeof trailer?.checksum !== 'string') return { entries, problem: 'checksum mismatch (damaged file)' };
    const bodyStart = headerEnd + 1;
    const bodyEnd = tailStart + trailerAt;
    // The body, chunk by chunk: hashed whole, parsed line by line until a line fails (then only hashed).
    const hash = createHash('sha256');
    let failure: Error | null = null;
    let tables: { groupMap: Int32Array; aliasMap: Int32Array; terms: TermNumbering } | null = null;
    const parseLine = (line: string) => {
      if (!tables) {
        const t = JSON.parse(line) as { groups: string[]; aliases: string[]; terms: string[] };
        if (!Array.isArray(t.groups) || !Array.isArray(t.aliases) || !Array.isArray(t.terms) || !t.terms.every((w) => typeof w === 'string')) throw new Error('bad tables');
        // The file's numbers for groups, aliases and terms, mapped to this process's numbers. Terms
        // interned in the file's order keep the file's numbers in a process that had none (a
        // start): the claims' packed terms are then taken as they are.
        const termMap = Int32Array.from(t.terms, (w) => termNumbers.intern(w));
        const terms = { map: termMap, same: termMap.every((n, i) => n === i) };
        tables = { groupMap: Int32Array.from(t.groups, (g) => groupNumbers.intern(g)), aliasMap: Int32Array.from(t.aliases, (a) => aliasNumbers.intern(a)), terms };
        return;
      }
      const [filePath, size, mtimeMs, length, columns, claims, people, date, cooccurrences] = JSON.parse(line) as EntryLine;
      if (typeof filePath !== 'string' || typeof size !== 'number' || typeof mtimeMs !== 'number' || typeof columns !== 'string') throw new Error('bad entry');
      const fields: DocumentFields = { length, data: decodeColumns(columns), claims, people, date: date ?? null, cooccurrences: cooccurrences ?? [] };
      entries.set(filePath, { size, mtimeMs, doc: fromDocumentFields(uriOf(filePath), null, fields, tables.groupMap, tables.aliasMap, tables.terms) });
    };
    let carry: Buffer | null = null;
    for (let at = bodyStart; at < bodyEnd; ) {
      const chunk = readAt(at, Math.min(READ_CHUNK, bodyEnd - at));
      if (chunk.length === 0) throw new Error('file changed while read');
      at += chunk.length;
      hash.update(chunk);
      if (failure) continue;
      const data: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
      let from = 0;
      try {
        for (let newline = data.indexOf(10); newline >= 0; newline = data.indexOf(10, from)) {
          parseLine(data.toString('utf8', from, newline));
          from = newline + 1;
        }
        if (at >= bodyEnd && from < data.length) {
          parseLine(data.toString('utf8', from));
          from = data.length;
        }
      } catch (error) {
        failure = error as Error;
      }
      carry = from < data.length ? Buffer.from(data.subarray(from)) : null;
    }
    if (hash.digest('hex').slice(0, 32) !== trailer.checksum) {
      entries.clear();
      return { entries, problem: 'checksum mismatch (damaged file)' };
    }
    if (failure) throw failure;
    if (entries.size !== trailer.files) throw new Error(`${entries.size} files, trailer says ${trailer.files}`);
    return { entries, problem: null };
  } catch (error) {
    entries.clear();
    return { entries, problem: `unreadable (${(error as Error).message})` };
  } finally {
    fs.closeSync(fd);
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
    await write(JSON.stringify({ groups: groupNumbers.list(), aliases: aliasNumbers.list(), terms: termNumbers.list() }) + '\n');
    for (let from = 0; from < snapshot.length; from += ENTRIES_PER_CHUNK) {
      let chunk = '';
      for (const [filePath, { size, mtimeMs, doc }] of snapshot.slice(from, from + ENTRIES_PER_CHUNK)) {
        const fields = documentFields(doc, true);
        const line: EntryLine = [filePath, size, mtimeMs, fields.length, encodeColumns(fields.data), fields.claims, fields.people, fields.date, fields.cooccurrences];
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
