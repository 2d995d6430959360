/**
 * The persisted index cache: the analysis of every corpus file read from disk, so a restart only
 * re-reads files that changed. Editor-independent: the server passes a folder (the client's
 * storage folder, else a per-workspace folder under the OS temp dir).
 *
 * File format: one header line of JSON, then the body (JSON). The header carries the cache format
 * version, the gazetteer hash, the extractor version (a hash of the running code) and a checksum of
 * the body; any mismatch or damage makes the whole cache invalid (it is rebuilt, never trusted
 * half-way). Entries are keyed by absolute path and checked against size + mtime. Writes go to a
 * temporary file renamed over the old one, so a crash mid-write leaves the previous cache intact.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { IndexedClaim, IndexedDocument, IndexedMention } from '../corpus/corpusIndex';

export const CACHE_FORMAT_VERSION = 2;
export const CACHE_FILE_NAME = 'index-cache.v1.json';

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
  checksum: string;
  files: number;
}

/** Compact body: group ids and aliases interned, each mention as 8 numbers. */
interface Body {
  groups: string[];
  aliases: string[];
  /** [path, size, mtimeMs, length, mentions (flat), claims (JSON, '' for none), document facts (JSON: date, co-occurrences)] */
  files: [string, number, number, number, number[], string, string][];
}

export type LoadResult = { entries: Map<string, CacheEntry>; problem: null } | { entries: Map<string, CacheEntry>; problem: string };

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
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { entries, problem: null } : { entries, problem: `cannot read ${file} (${code ?? error})` };
  }
  try {
    const newline = raw.indexOf('\n');
    if (newline < 0) return { entries, problem: 'no header' };
    const header = JSON.parse(raw.slice(0, newline)) as Header;
    const bodyText = raw.slice(newline + 1);
    if (header.format !== CACHE_FORMAT_VERSION) return { entries, problem: `format ${header.format}, expected ${CACHE_FORMAT_VERSION}` };
    if (header.gazetteer !== identity.gazetteer) return { entries, problem: 'made with another gazetteer' };
    if (header.extractor !== identity.extractor) return { entries, problem: 'made by another version of the analyser' };
    if (hashOf(bodyText) !== header.checksum) return { entries, problem: 'checksum mismatch (damaged file)' };
    const body = JSON.parse(bodyText) as Body;
    for (const [filePath, size, mtimeMs, length, flat, claims, facts] of body.files) {
      const uri = uriOf(filePath);
      const mentions: IndexedMention[] = new Array(flat.length / 8);
      const groupCounts = new Map<string, number>();
      for (let i = 0, m = 0; i < flat.length; i += 8, m++) {
        const groupId = body.groups[flat[i]];
        if (groupId === undefined || body.aliases[flat[i + 1]] === undefined) throw new Error('bad group or alias index');
        mentions[m] = {
          groupId,
          alias: body.aliases[flat[i + 1]],
          start: flat[i + 2],
          end: flat[i + 3],
          range: { start: { line: flat[i + 4], character: flat[i + 5] }, end: { line: flat[i + 6], character: flat[i + 7] } },
        };
        groupCounts.set(groupId, (groupCounts.get(groupId) ?? 0) + 1);
      }
      const claimList = claims === '' ? [] : (JSON.parse(claims, reviveNumbers) as IndexedClaim[]);
      const { date = null, cooccurrences = [] } = facts ? (JSON.parse(facts) as Pick<IndexedDocument, 'date' | 'cooccurrences'>) : {};
      entries.set(filePath, { size, mtimeMs, doc: { uri, version: null, mentions, claims: claimList, groupCounts, length, date, cooccurrences } });
    }
    if (entries.size !== header.files) throw new Error(`${entries.size} files, header says ${header.files}`);
    return { entries, problem: null };
  } catch (error) {
    entries.clear();
    return { entries, problem: `unreadable (${(error as Error).message})` };
  }
}

/** Writes the cache atomically (temporary file, then rename). Returns an error message or null. */
export function saveIndexCache(file: string, identity: CacheIdentity, entries: Iterable<[string, CacheEntry]>): string | null {
  const groups: string[] = [];
  const aliases: string[] = [];
  const groupIndex = new Map<string, number>();
  const aliasIndex = new Map<string, number>();
  const intern = (value: string, list: string[], index: Map<string, number>) => {
    let i = index.get(value);
    if (i === undefined) index.set(value, (i = list.push(value) - 1));
    return i;
  };
  const body: Body = { groups, aliases, files: [] };
  for (const [filePath, { size, mtimeMs, doc }] of entries) {
    const flat: number[] = [];
    for (const m of doc.mentions) {
      flat.push(intern(m.groupId, groups, groupIndex), intern(m.alias, aliases, aliasIndex), m.start, m.end, m.range.start.line, m.range.start.character, m.range.end.line, m.range.end.character);
    }
    const facts = doc.date || doc.cooccurrences?.length ? JSON.stringify({ date: doc.date ?? null, cooccurrences: doc.cooccurrences ?? [] }) : '';
    body.files.push([filePath, size, mtimeMs, doc.length, flat, doc.claims.length ? JSON.stringify(doc.claims, keepNumbers) : '', facts]);
  }
  const bodyText = JSON.stringify(body);
  const header: Header = { format: CACHE_FORMAT_VERSION, gazetteer: identity.gazetteer, extractor: identity.extractor, checksum: hashOf(bodyText), files: body.files.length };
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temp, JSON.stringify(header) + '\n' + bodyText);
    fs.renameSync(temp, file);
    return null;
  } catch (error) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // Nothing more to do: the old cache (if any) is untouched.
    }
    return `cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? error})`;
  }
}

// JSON has no Infinity (an open-ended figure, "more than N"): claims carry it as a tagged string.
const INFINITY_TAG = '\u0000Infinity';
function keepNumbers(_key: string, value: unknown): unknown {
  return value === Infinity ? INFINITY_TAG : value === -Infinity ? '-' + INFINITY_TAG : value;
}
function reviveNumbers(_key: string, value: unknown): unknown {
  return value === INFINITY_TAG ? Infinity : value === '-' + INFINITY_TAG ? -Infinity : value;
}
