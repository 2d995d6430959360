/**
 * Writing the shared index (the indexer's side; needs the writer role). Documents are written in
 * batches, each batch one transaction: its documents' old rows are deleted and the new ones streamed
 * with COPY, so a document is always entirely old or entirely new, and a crash loses at most the
 * batch in flight (a rerun redoes it; nothing is duplicated, since rows are keyed by document).
 *
 * Generations: a gazetteer or analyser other than the current generation's builds a new
 * generation in new partitions, switched to in one transaction at the end of the run; the old
 * partitions are then dropped. An interrupted build is resumed by the next run with the same
 * gazetteer and analyser.
 */
import { Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { COPY_COLUMNS, CopyRows } from './rows';
import { CREATE_SCHEMA, PARTITIONED_TABLES, PartitionedTable, SCHEMA, SCHEMA_VERSION, createPartitionStatements, dropPartitionStatements, grantReaderStatements, partitionName } from './schema';
import { SQL } from './queries';

/** Any number: the lock that keeps two indexers from writing the same index at once. */
const INDEXER_LOCK = 0x5157_1e25;
/** Partitions editors read top-k lists from by index alone (hovers, references, related claims). */
const VACUUMED: ReadonlySet<PartitionedTable> = new Set<PartitionedTable>(['doc_groups', 'mentions', 'claim_subjects', 'documents', 'people', 'person_mentions']);

export interface GenerationIdentity {
  gazetteerHash: string;
  extractorVersion: string;
}

export interface GroupRecord {
  id: string;
  name: string;
  aliases: string[];
}

export interface RunTarget {
  generation: number;
  /** True when this run builds a generation editors do not read yet. */
  building: boolean;
  /** The generation editors read now (null on the first run). */
  current: number | null;
  resumed: boolean;
}

export interface StoredState {
  key: string;
  path: string;
  contentHash: string;
}

export interface WrittenDocument {
  key: string;
  rows: CopyRows;
}

export class SharedIndexWriter {
  private constructor(
    private readonly pool: Pool,
    private readonly lockClient: PoolClient,
  ) {}

  /** Connects, takes the indexer lock, creates the schema if needed. Throws a readable Error. */
  static async open(pool: Pool, options: { readerRole?: string | null } = {}): Promise<SharedIndexWriter> {
    const lockClient = await pool.connect();
    try {
      const { rows } = await lockClient.query<{ locked: boolean }>(SQL.tryIndexerLock, [INDEXER_LOCK]);
      if (!rows[0]?.locked) throw new Error('another indexer is writing this shared index; wait for it to finish');
      await withTransaction(lockClient, async () => {
        for (const statement of CREATE_SCHEMA) await lockClient.query(statement);
        await lockClient.query(SQL.initState, [SCHEMA_VERSION]);
        const state = await lockClient.query<{ schema_version: number }>(SQL.readState);
        const version = state.rows[0]?.schema_version;
        if (version !== SCHEMA_VERSION) throw new Error(`the shared index has schema version ${version}; this Source Lens writes version ${SCHEMA_VERSION}. Index into a new database, or drop the "${SCHEMA}" schema to rebuild it.`);
        if (options.readerRole) {
          const role = await lockClient.query(SQL.roleExists, [options.readerRole]);
          if (role.rowCount) for (const statement of grantReaderStatements(options.readerRole)) await lockClient.query(statement);
        }
      });
    } catch (error) {
      lockClient.release(true);
      throw error;
    }
    return new SharedIndexWriter(pool, lockClient);
  }

  /**
   * The generation this run writes: the current one when it was made with the same gazetteer and
   * analyser, a building one with the same identity (an interrupted rebuild), else a new one.
   */
  async beginRun(identity: GenerationIdentity, groups: readonly GroupRecord[]): Promise<RunTarget> {
    const client = this.lockClient;
    return withTransaction(client, async () => {
      const state = await client.query<{ generation: number | null }>(SQL.readState);
      const current = state.rows[0]?.generation ?? null;
      const all = await client.query<{ generation: number; gazetteer_hash: string; extractor_version: string; state: string }>(SQL.listGenerations);
      const same = (g: { gazetteer_hash: string; extractor_version: string }) => g.gazetteer_hash === identity.gazetteerHash && g.extractor_version === identity.extractorVersion;
      const currentRow = all.rows.find((g) => g.generation === current);
      if (currentRow && same(currentRow)) return { generation: current!, building: false, current, resumed: false };
      const resumable = all.rows.find((g) => g.state === 'building' && same(g));
      if (resumable) return { generation: resumable.generation, building: true, current, resumed: true };
      const next = Math.max(0, ...all.rows.map((g) => g.generation)) + 1;
      await client.query(SQL.insertGeneration, [next, identity.gazetteerHash, identity.extractorVersion]);
      for (const statement of createPartitionStatements(next)) await client.query(statement);
      for (const g of groups) await client.query(SQL.insertGroup, [next, g.id, g.name, g.aliases]);
      return { generation: next, building: true, current, resumed: false };
    });
  }

  /** Drops partitions of generations that are neither current nor the one being built (retired or abandoned builds). */
  async dropStaleGenerations(keep: readonly number[]): Promise<number[]> {
    const { rows } = await this.lockClient.query<{ generation: number }>(SQL.listGenerations);
    const dropped: number[] = [];
    for (const { generation } of rows) {
      if (keep.includes(generation)) continue;
      if (await this.dropGeneration(generation)) dropped.push(generation);
    }
    return dropped;
  }

  /** What the index holds for these documents (by key), to skip unchanged ones and detect key collisions. */
  async storedStates(generation: number, keys: readonly string[]): Promise<Map<string, StoredState>> {
    const out = new Map<string, StoredState>();
    if (keys.length === 0) return out;
    const { rows } = await this.pool.query<{ doc_key: string; path: string; content_hash: string }>(SQL.storedStates, [generation, keys]);
    for (const r of rows) out.set(r.doc_key, { key: r.doc_key, path: r.path, contentHash: r.content_hash });
    return out;
  }

  /** Replaces the given documents in one transaction: their old rows go, the new ones are streamed with COPY. */
  async writeBatch(generation: number, documents: readonly WrittenDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const client = await this.pool.connect();
    try {
      await withTransaction(client, async () => {
        const keys = documents.map((d) => d.key);
        for (const table of [...PARTITIONED_TABLES].reverse()) await client.query(SQL.deleteDocuments(table), [generation, keys]);
        for (const table of PARTITIONED_TABLES) {
          const chunks = documents.map((d) => d.rows[table]).filter((s) => s.length > 0);
          if (chunks.length === 0) continue;
          const stream = client.query(copyFrom(`COPY ${SCHEMA}.${table} (${COPY_COLUMNS[table].join(', ')}) FROM STDIN`));
          await pipeline(Readable.from(chunks.map((c) => Buffer.from(c, 'utf8'))), stream);
        }
      });
    } finally {
      client.release();
    }
  }

  /** Removes documents (deleted from the archive) in one transaction. */
  async deleteDocuments(generation: number, keys: readonly string[]): Promise<void> {
    if (keys.length === 0) return;
    const client = await this.pool.connect();
    try {
      await withTransaction(client, async () => {
        for (const table of [...PARTITIONED_TABLES].reverse()) await client.query(SQL.deleteDocuments(table), [generation, keys]);
      });
    } finally {
      client.release();
    }
  }

  /** Every stored document of a generation, in key order, a page at a time. */
  async *storedDocuments(generation: number, pageSize = 10_000): AsyncGenerator<StoredState[]> {
    let after: string | null = null;
    for (;;) {
      const result: { rows: { doc_key: string; path: string; content_hash: string }[] } = await this.pool.query(after === null ? SQL.storedPageFirst : SQL.storedPageAfter, after === null ? [generation, pageSize] : [generation, pageSize, after]);
      if (result.rows.length === 0) return;
      yield result.rows.map((r) => ({ key: r.doc_key, path: r.path, contentHash: r.content_hash }));
      after = result.rows[result.rows.length - 1].doc_key;
      if (result.rows.length < pageSize) return;
    }
  }

  /** Recomputes a generation's per-group and per-person totals and refreshes the planner's statistics. */
  async finishWriting(generation: number): Promise<void> {
    await withTransaction(this.lockClient, async () => {
      await this.lockClient.query(SQL.deleteGroupStats, [generation]);
      await this.lockClient.query(SQL.insertGroupStats, [generation]);
      await this.lockClient.query(SQL.deletePersonStats, [generation]);
      await this.lockClient.query(SQL.insertPersonStats, [generation]);
    });
    await this.lockClient.query(`ANALYZE ${SCHEMA}.person_stats`);
    // The tables editors scan top-k from are vacuumed too, which sets their visibility map: index-only scans.
    for (const table of PARTITIONED_TABLES) await this.lockClient.query(`${VACUUMED.has(table) ? 'VACUUM (ANALYZE)' : 'ANALYZE'} ${partitionName(table, generation)}`);
  }

  /** Makes `generation` the one editors read, in one transaction; returns the previous one. */
  async switchTo(generation: number): Promise<number | null> {
    return withTransaction(this.lockClient, async () => {
      const state = await this.lockClient.query<{ generation: number | null }>(SQL.readStateForUpdate);
      const previous = state.rows[0]?.generation ?? null;
      if (previous !== null && previous !== generation) await this.lockClient.query(SQL.setGenerationState, [previous, 'retired']);
      await this.lockClient.query(SQL.setGenerationState, [generation, 'current']);
      await this.lockClient.query(SQL.switchGeneration, [generation]);
      return previous;
    });
  }

  /**
   * Drops a generation's partitions. Waits for queries still reading them (at most a few
   * seconds per attempt); a generation that cannot be dropped now stays retired and is dropped by
   * a later run. Returns whether it was dropped.
   */
  async dropGeneration(generation: number): Promise<boolean> {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await withTransaction(this.lockClient, async () => {
          await this.lockClient.query(`SET LOCAL lock_timeout = '3s'`);
          for (const statement of dropPartitionStatements(generation)) await this.lockClient.query(statement);
          await this.lockClient.query(SQL.deleteGroupStats, [generation]);
          await this.lockClient.query(SQL.deletePersonStats, [generation]);
          await this.lockClient.query(SQL.deleteGroups, [generation]);
          await this.lockClient.query(SQL.deleteGeneration, [generation]);
        });
        return true;
      } catch (error) {
        if ((error as { code?: string }).code !== '55P03') throw error; // lock_not_available: readers still on it
      }
    }
    return false;
  }

  async close(): Promise<void> {
    try {
      await this.lockClient.query(SQL.releaseIndexerLock, [INDEXER_LOCK]);
    } catch {
      // The session ends below anyway, which releases the lock.
    }
    this.lockClient.release(true);
  }
}

async function withTransaction<T>(client: PoolClient, body: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await body();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch {
      // The connection may be gone; the server rolls back on its own.
    }
    throw error;
  }
}
