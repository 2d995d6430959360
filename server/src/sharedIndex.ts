/**
 * The editor's connection to the team's shared index (`sourceLens.sharedIndex.url`): a read-only
 * pool, the archive as a `PostgresStore`, and the state the client shows in its status bar. Every
 * question has a deadline; an unreachable database is reported once (on the change of state), then
 * left alone for a while before the next attempt, and the editor keeps answering from its local
 * index meanwhile. No LSP types here.
 */
import * as path from 'node:path';
import { Pool } from 'pg';
import { CorpusIndex } from './core/corpus/corpusIndex';
import { archivePathOf, normaliseArchivePath } from './core/store/archive';
import { GroupTotals } from './core/store/corpusStore';
import { LocalCopies, NO_LOCAL_COPIES } from './core/store/merge';
import { PasswordSource, createPool, describeConnectionError, isConnectionError, parseSharedIndexUrl } from './core/store/postgres/connection';
import { PostgresStore, SchemaVersionError } from './core/store/postgres/postgresStore';
import { SharedIndexStatus } from './protocol';
import { uriToPath } from './corpusWorkspace';

/** After a failed connection, the next attempt waits this long (ms). */
const RETRY_AFTER_MS = 30_000;
const HOLDINGS_BATCH = 2000;

export interface SharedIndexLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface Asked<T> {
  value: T | null;
  /** Why the archive is missing from an answer (unreachable, too slow), for a note in hovers. */
  note: string | null;
}

export class SharedIndex {
  status: SharedIndexStatus = { state: 'off', url: null, message: null, documents: null, generation: null };
  /** Called when the state changes (the client's status bar). */
  onStatus: (status: SharedIndexStatus) => void = () => {};
  private pool: Pool | null = null;
  private store: PostgresStore | null = null;
  private url = '';
  private password: string | undefined;
  private retryAt = 0;
  private configured = 0;
  private copies: { generation: number; value: LocalCopies; uris: string[] } | null = null;
  /** Local documents whose path the archive also holds, with the archive copy's mentions per group (for totals). */
  private holdings = new Map<string, Map<string, number>>();
  private holdingsRun = 0;

  constructor(
    private readonly log: SharedIndexLogger,
    private readonly timeoutMs: () => number,
  ) {}

  get active(): boolean {
    return this.store !== null;
  }

  /** (Re)connects with a URL (empty: off) and the password from the editor's secret storage, if any. */
  async configure(url: string, password: string | undefined): Promise<void> {
    const changed = url.trim() !== this.url || password !== this.password;
    if (!changed && this.store) return;
    this.url = url.trim();
    this.password = password || undefined;
    const run = ++this.configured;
    const old = this.pool;
    this.pool = null;
    this.store = null;
    this.holdings.clear();
    if (old) void old.end().catch(() => {});
    if (!this.url) {
      this.setStatus({ state: 'off', url: null, message: null, documents: null, generation: null });
      return;
    }
    let parsed;
    try {
      parsed = parseSharedIndexUrl(this.url);
    } catch (error) {
      this.setStatus({ state: 'misconfigured', url: null, message: (error as Error).message, documents: null, generation: null });
      return;
    }
    if (parsed.warning) this.log.warn(`Shared index: ${parsed.warning}`);
    this.pool = createPool(parsed, { password: this.password, statementTimeoutMs: Math.max(1000, this.timeoutMs() * 4), connectTimeoutMs: Math.max(5000, this.timeoutMs() * 2), max: 4, applicationName: 'source-lens editor', topKSessions: true });
    this.store = new PostgresStore(this.pool);
    this.status = { state: 'connecting', url: parsed.display, message: parsed.warning, documents: null, generation: null };
    this.retryAt = 0;
    await this.probe(run);
  }

  /** Asks the archive how large it is; sets the state. */
  private async probe(run = this.configured): Promise<void> {
    const store = this.store;
    const pool = this.pool as (Pool & { passwordSource?: PasswordSource }) | null;
    if (!store) return;
    try {
      const status = await store.status();
      if (run !== this.configured) return;
      const message = status ? null : 'the shared index is empty: run "source-lens index <folder> --db <url>"';
      this.setStatus({ ...this.status, state: 'ready', message, documents: status?.documents ?? 0, generation: status?.generation ?? null });
    } catch (error) {
      if (run !== this.configured) return;
      if (error instanceof SchemaVersionError) {
        // Another schema: answer locally (as without a shared index) and say why, until the settings change.
        this.store = null;
        this.setStatus({ ...this.status, state: 'misconfigured', message: error.message, documents: null, generation: null });
        return;
      }
      this.failed(error, pool?.passwordSource);
    }
  }

  private failed(error: unknown, passwordSource?: PasswordSource): void {
    this.retryAt = Date.now() + RETRY_AFTER_MS;
    const message = isConnectionError(error) ? describeConnectionError(error, passwordSource) : `query failed: ${describeConnectionError(error)}`;
    this.setStatus({ ...this.status, state: 'unreachable', message, documents: null });
  }

  private setStatus(status: SharedIndexStatus): void {
    const before = this.status;
    this.status = status;
    if (before.state === status.state && before.message === status.message && before.documents === status.documents) return;
    if (status.state === 'unreachable') this.log.warn(`Shared index ${status.url ?? ''} unreachable: ${status.message}. Answering from the local index; retrying in ${RETRY_AFTER_MS / 1000} s.`);
    else if (status.state === 'ready') this.log.info(`Shared index ${status.url}: ${status.documents} documents (generation ${status.generation ?? '—'}).${status.message ? ` ${status.message}` : ''}`);
    else if (status.state === 'misconfigured') this.log.warn(`Shared index not used: ${status.message}`);
    this.onStatus(status);
  }

  /**
   * Runs one question against the archive within the deadline. Returns null (with a note) when the
   * index is off, unreachable or too slow; never throws.
   */
  async ask<T>(question: (store: PostgresStore) => Promise<T>): Promise<Asked<T>> {
    const store = this.store;
    if (!store) return { value: null, note: null };
    if (this.status.state === 'unreachable') {
      if (Date.now() < this.retryAt) return { value: null, note: 'shared index unreachable' };
      this.retryAt = Date.now() + RETRY_AFTER_MS;
    }
    const run = this.configured;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.timeoutMs());
    });
    try {
      const result = await Promise.race([question(store), deadline]);
      if (result === 'timeout') return { value: null, note: `shared index: no answer within ${this.timeoutMs()} ms` };
      if (run === this.configured && this.status.state !== 'ready') void this.probe(run);
      return { value: result, note: null };
    } catch (error) {
      if (run === this.configured) {
        if (isConnectionError(error)) this.failed(error, (this.pool as { passwordSource?: PasswordSource } | null)?.passwordSource);
        else this.log.warn(`Shared index query failed: ${describeConnectionError(error)}`);
      }
      return { value: null, note: isConnectionError(error) ? 'shared index unreachable' : 'shared index query failed' };
    } finally {
      clearTimeout(timer);
    }
  }

  /** The archive path a local document would have: relative to its workspace folder, or its `source-lens-archive:` path. */
  static archivePathFor(uri: string, folders: readonly string[]): string | null {
    const archived = archivePathOf(uri);
    if (archived) return archived;
    const file = uriToPath(uri);
    if (!file) return null;
    for (const folder of folders) {
      const rel = path.relative(folder, file);
      if (!rel.startsWith('..') && !path.isAbsolute(rel)) return normaliseArchivePath(rel.split(path.sep).join('/'));
    }
    return null;
  }

  /** The local documents as the archive would know them (paths and known content hashes), cached per index change. */
  localCopies(index: CorpusIndex, folders: readonly string[], hashes: ReadonlyMap<string, string>): LocalCopies {
    if (!this.store) return NO_LOCAL_COPIES;
    if (this.copies?.generation === index.generation) return this.copies.value;
    const paths = new Set<string>();
    const uris: string[] = [];
    for (const uri of index.uris()) {
      const p = SharedIndex.archivePathFor(uri, folders);
      if (p) {
        paths.add(p);
        uris.push(uri);
      }
    }
    const value = { paths, hashes: new Set(hashes.values()) };
    this.copies = { generation: index.generation, value, uris };
    return value;
  }

  /**
   * Finds, in the background, which local documents the archive also holds, so merged totals do
   * not count them twice. Re-run after indexing.
   */
  async refreshHoldings(index: CorpusIndex, folders: readonly string[]): Promise<void> {
    if (!this.store) return;
    const run = ++this.holdingsRun;
    const byPath = new Map<string, string>();
    for (const uri of index.uris()) {
      const p = SharedIndex.archivePathFor(uri, folders);
      if (p) byPath.set(p, uri);
    }
    const found = new Map<string, Map<string, number>>();
    const paths = [...byPath.keys()];
    for (let i = 0; i < paths.length; i += HOLDINGS_BATCH) {
      const answer = await this.ask((store) => store.holdings(paths.slice(i, i + HOLDINGS_BATCH)));
      if (answer.value === null || run !== this.holdingsRun) return;
      for (const [p, groups] of answer.value) found.set(byPath.get(p)!, groups);
    }
    this.holdings = found;
  }

  /** What the archive counts for a group in documents the analyst has local copies of (those count locally instead). */
  overlap(index: CorpusIndex, groupId: string): GroupTotals {
    let mentions = 0;
    let documents = 0;
    for (const [uri, groups] of this.holdings) {
      const count = groups.get(groupId) ?? 0;
      if (count > 0 && index.has(uri)) {
        mentions += count;
        documents++;
      }
    }
    return { mentions, documents };
  }

  async dispose(): Promise<void> {
    this.configured++;
    const pool = this.pool;
    this.pool = null;
    this.store = null;
    if (pool) await pool.end().catch(() => {});
  }
}
