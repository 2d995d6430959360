/**
 * `source-lens index <folder> --db <url>`: brings the shared index up to date with a folder (the
 * team's archive). Worker threads read and analyse files; this thread looks up what the index holds,
 * writes batches (one transaction each), removes documents deleted from the folder, and switches
 * generations when the gazetteer or the analyser changed.
 *
 * Idempotent by content hash: a document whose text hashes as stored is not re-analysed. A run
 * killed at any point leaves every committed batch in place; the next run skips those documents and
 * redoes the rest (rows are keyed by document, so nothing is duplicated).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CorpusFilter, discoverCorpusFiles } from '../core/corpus/files';
import { Gazetteer } from '../core/gazetteer/gazetteer';
import { GroupMatcher } from '../core/recognition/groupMatcher';
import { docKeyOf, normaliseArchivePath } from '../core/store/archive';
import { hashOf } from '../core/store/indexCache';
import { PasswordSource, SharedIndexUrl, createPool } from '../core/store/postgres/connection';
import { RunTarget, SharedIndexWriter, WrittenDocument } from '../core/store/postgres/writer';
import { BatchRequest, BatchResult, FileOutcome, FileTask, WORKER_MARKER, WorkerSetup, analyseFile } from './analysisWorker';

export interface IndexRunOptions {
  folder: string;
  url: SharedIndexUrl;
  gazetteer: Gazetteer;
  /** Version of the analysis code (a new one builds a new generation). */
  extractorVersion: string;
  include: string[];
  exclude: string[];
  maxFileBytes: number;
  /** Worker threads analysing files; 0 analyses on this thread. */
  workers: number;
  /** Documents per write transaction. */
  batchSize: number;
  /** Role granted read access to the index (if it exists). */
  readerRole: string | null;
  /** Allow removing more than half of the indexed documents (a folder that looks unmounted is refused otherwise). */
  allowMassDelete: boolean;
  /** Script a worker thread runs (the CLI bundle). */
  workerScript: string;
  onProgress?: (progress: IndexProgress) => void;
  isCancelled?: () => boolean;
  /** Told where the password came from (for error messages). */
  onPasswordSource?: (source: PasswordSource) => void;
}

export interface IndexProgress {
  phase: 'discovering' | 'indexing' | 'removing' | 'finishing';
  total: number;
  done: number;
  indexed: number;
  unchanged: number;
  failed: number;
  seconds: number;
}

export interface IndexSummary {
  generation: number;
  /** The run built a new generation and made it current. */
  switched: boolean;
  previousGeneration: number | null;
  resumed: boolean;
  files: number;
  indexed: number;
  unchanged: number;
  deleted: number;
  failed: { path: string; reason: string }[];
  /** Deletions not made (see allowMassDelete), with the reason. */
  deletionRefused: string | null;
  /** Generations whose partitions could not be dropped yet (readers still on them). */
  pendingDrops: number[];
  bytes: number;
  seconds: number;
  documentsPerSecond: number;
  /** Time spent writing batches (database), and in the closing steps (removals, totals, statistics, switch). */
  writeSeconds: number;
  finishSeconds: number;
  cancelled: boolean;
}

/** What a batch of analysed documents waiting to be written holds. */
interface PendingWrite {
  docs: WrittenDocument[];
  bytes: number;
}

const MASS_DELETE_SHARE = 0.5;
const MASS_DELETE_MIN = 20;

export async function indexArchive(options: IndexRunOptions): Promise<IndexSummary> {
  const started = Date.now();
  const root = path.resolve(options.folder);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new Error(`not a folder: ${options.folder}`);
  const seconds = () => (Date.now() - started) / 1000;
  const failed: { path: string; reason: string }[] = [];
  const counts = { indexed: 0, unchanged: 0, bytes: 0, writeMs: 0 };
  let total = 0;
  let done = 0;
  let phase: IndexProgress['phase'] = 'discovering';
  const report = () => options.onProgress?.({ phase, total, done, indexed: counts.indexed, unchanged: counts.unchanged, failed: failed.length, seconds: seconds() });
  const cancelled = () => options.isCancelled?.() === true;

  const pool = createPool(options.url, { max: 3, connectTimeoutMs: 10_000, applicationName: 'source-lens indexer' });
  let writer: SharedIndexWriter | undefined;
  let closeAnalyser = async () => {};
  try {
    try {
      writer = await SharedIndexWriter.open(pool, { readerRole: options.readerRole });
    } finally {
      if (pool.passwordSource) options.onPasswordSource?.(pool.passwordSource);
    }
    const identity = { gazetteerHash: hashOf(JSON.stringify(options.gazetteer)), extractorVersion: options.extractorVersion };
    const groups = options.gazetteer.groups.map((g) => ({ id: g.id, name: g.name, aliases: g.aliases.map((a) => a.text) }));
    const target: RunTarget = await writer.beginRun(identity, groups);
    const generation = target.generation;
    const keep = [generation, ...(target.current !== null ? [target.current] : [])];
    const pendingDrops: number[] = [];
    await writer.dropStaleGenerations(keep);

    // Discovery.
    report();
    const filter = new CorpusFilter({ include: options.include, exclude: options.exclude, maxFileBytes: options.maxFileBytes });
    const files = await discoverCorpusFiles(root, filter, (p, reason) => failed.push({ path: relativeOf(root, p), reason }), cancelled);
    total = files.length;
    phase = 'indexing';
    report();

    // Tasks with their keys; two paths with one key (a 64-bit hash collision) are refused, not merged.
    const byKey = new Map<string, string>();
    const tasks: FileTask[] = [];
    for (const f of files) {
      const archivePath = normaliseArchivePath(f.relative);
      if (!archivePath) {
        failed.push({ path: f.relative, reason: 'path cannot be stored in the archive' });
        continue;
      }
      const key = docKeyOf(archivePath);
      const other = byKey.get(key);
      if (other !== undefined) {
        failed.push({ path: archivePath, reason: `document key collides with ${other}; rename one of them` });
        continue;
      }
      byKey.set(key, archivePath);
      tasks.push({ file: f.path, path: archivePath, key, size: f.size, storedHash: null });
    }
    done = files.length - tasks.length;

    // Writing: one transaction per batch, strictly in order, while workers analyse the next ones.
    let pending: PendingWrite = { docs: [], bytes: 0 };
    let writing: Promise<void> = Promise.resolve();
    let writeError: unknown = null;
    const flush = () => {
      const batch = pending;
      pending = { docs: [], bytes: 0 };
      if (batch.docs.length === 0) return writing;
      writing = writing.then(async () => {
        if (writeError) return;
        try {
          const t = Date.now();
          await writer!.writeBatch(generation, batch.docs);
          counts.writeMs += Date.now() - t;
          counts.indexed += batch.docs.length;
          done += batch.docs.length;
          report();
        } catch (error) {
          writeError = error;
        }
      });
      return writing;
    };
    const accept = (outcomes: FileOutcome[]) => {
      for (const o of outcomes) {
        if (o.status === 'unchanged') {
          counts.unchanged++;
          done++;
        } else if (o.status === 'failed') {
          failed.push({ path: o.path, reason: o.reason });
          done++;
        } else {
          pending.docs.push({ key: o.key, rows: o.rows });
          pending.bytes += o.bytes;
          counts.bytes += o.bytes;
          if (pending.docs.length >= options.batchSize || pending.bytes > 32 * 1024 * 1024) void flush();
        }
      }
      report();
    };

    const setup: WorkerSetup = { marker: WORKER_MARKER, gazetteer: options.gazetteer, generation, maxFileBytes: options.maxFileBytes };
    const analysis = analyser(options, setup);
    closeAnalyser = analysis.close;
    const analyse = analysis.analyse;
    const lookupSize = Math.max(options.batchSize, 50);
    const inFlight = new Set<Promise<void>>();
    const maxInFlight = Math.max(2, options.workers * 2);
    for (let i = 0; i < tasks.length && !cancelled() && !writeError; i += lookupSize) {
      const chunk = tasks.slice(i, i + lookupSize);
      const stored = await writer.storedStates(generation, chunk.map((t) => t.key));
      const ready: FileTask[] = [];
      for (const t of chunk) {
        const s = stored.get(t.key);
        if (s && s.path !== t.path) {
          failed.push({ path: t.path, reason: `document key collides with ${s.path} already in the index; rename one of them` });
          done++;
          continue;
        }
        ready.push({ ...t, storedHash: s?.contentHash ?? null });
      }
      // Smaller analysis batches keep every worker busy; the writer batches on its own.
      for (let j = 0; j < ready.length; j += Math.max(8, Math.ceil(options.batchSize / 4))) {
        const part = ready.slice(j, j + Math.max(8, Math.ceil(options.batchSize / 4)));
        const job: Promise<void> = analyse(part).then(accept, (error: unknown) => {
          for (const t of part) failed.push({ path: t.path, reason: `analysis failed (${(error as Error).message})` });
          done += part.length;
        });
        inFlight.add(job);
        void job.finally(() => inFlight.delete(job));
        while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
      }
    }
    await Promise.all(inFlight);
    await flush();
    if (writeError) throw writeError;

    const summary: IndexSummary = {
      generation,
      switched: false,
      previousGeneration: target.current,
      resumed: target.resumed,
      files: files.length,
      indexed: counts.indexed,
      unchanged: counts.unchanged,
      deleted: 0,
      failed,
      deletionRefused: null,
      pendingDrops,
      bytes: counts.bytes,
      seconds: 0,
      documentsPerSecond: 0,
      writeSeconds: counts.writeMs / 1000,
      finishSeconds: 0,
      cancelled: cancelled(),
    };
    const finishStarted = Date.now();
    if (!summary.cancelled) {
      // Documents gone from the folder. A folder that lost most of its documents at once looks
      // unmounted or mistyped: its deletions wait for --allow-mass-delete.
      phase = 'removing';
      report();
      const gone: string[] = [];
      let stored = 0;
      for await (const page of writer.storedDocuments(generation)) {
        stored += page.length;
        for (const s of page) if (!byKey.has(s.key)) gone.push(s.key);
      }
      if (gone.length > MASS_DELETE_MIN && gone.length > stored * MASS_DELETE_SHARE && !options.allowMassDelete) {
        summary.deletionRefused = `${gone.length} of ${stored} indexed documents are not in ${root}; none were removed (is the archive mounted? rerun with --allow-mass-delete to remove them)`;
      } else {
        for (let i = 0; i < gone.length; i += 1000) await writer.deleteDocuments(generation, gone.slice(i, i + 1000));
        summary.deleted = gone.length;
      }
      phase = 'finishing';
      report();
      await writer.finishWriting(generation);
      if (target.building) {
        const previous = await writer.switchTo(generation);
        summary.switched = true;
        if (previous !== null && previous !== generation && !(await writer.dropGeneration(previous))) pendingDrops.push(previous);
      }
    }
    summary.finishSeconds = (Date.now() - finishStarted) / 1000;
    summary.seconds = seconds();
    summary.documentsPerSecond = summary.seconds > 0 ? (summary.indexed + summary.unchanged) / summary.seconds : 0;
    return summary;
  } finally {
    await closeAnalyser();
    await writer?.close();
    await pool.end();
  }
}

function relativeOf(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/') || file;
}

/** Analyses batches on worker threads (round robin over idle ones), or on this thread with 0 workers. */
function analyser(options: IndexRunOptions, setup: WorkerSetup): { analyse: (tasks: FileTask[]) => Promise<FileOutcome[]>; close: () => Promise<void> } {
  if (options.workers <= 0) {
    const matcher = new GroupMatcher(setup.gazetteer);
    const analyse = async (tasks: FileTask[]) => {
      const out = tasks.map((t) => analyseFile(matcher, setup.generation, setup.maxFileBytes, t));
      await new Promise((resolve) => setImmediate(resolve));
      return out;
    };
    return { analyse, close: async () => {} };
  }
  const workers: Worker[] = [];
  let closing = false;
  const waiting = new Map<number, { resolve: (o: FileOutcome[]) => void; reject: (e: Error) => void; worker: Worker }>();
  const idle: Worker[] = [];
  const queue: { request: BatchRequest; resolve: (o: FileOutcome[]) => void; reject: (e: Error) => void }[] = [];
  let nextId = 0;
  const dispatch = () => {
    while (idle.length && queue.length) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      waiting.set(job.request.id, { resolve: job.resolve, reject: job.reject, worker });
      worker.postMessage(job.request);
    }
  };
  const spawn = () => {
    const worker = new Worker(options.workerScript, { workerData: setup });
    worker.on('message', (result: BatchResult) => {
      const job = waiting.get(result.id);
      waiting.delete(result.id);
      idle.push(worker);
      job?.resolve(result.outcomes);
      dispatch();
    });
    // A worker that dies fails its batch; a fresh one takes its place.
    const fail = (error: Error) => {
      const i = workers.indexOf(worker);
      if (i < 0 || closing) return;
      workers.splice(i, 1);
      for (const [id, job] of waiting) {
        if (job.worker !== worker) continue;
        waiting.delete(id);
        job.reject(error);
      }
      spawn();
      dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker stopped (exit ${code})`)));
    workers.push(worker);
    idle.push(worker);
  };
  for (let i = 0; i < options.workers; i++) spawn();
  const analyse = (tasks: FileTask[]) =>
    new Promise<FileOutcome[]>((resolve, reject) => {
      queue.push({ request: { id: nextId++, tasks }, resolve, reject });
      dispatch();
    });
  const close = async () => {
    closing = true;
    await Promise.all(workers.map((w) => w.terminate()));
  };
  return { analyse, close };
}
