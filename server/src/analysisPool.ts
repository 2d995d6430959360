/**
 * Analysis on worker threads, for machines with cores to spare. Reading and analysing a file is
 * independent of every other file, so workers do both and the main thread only stores results in
 * the index (and stays free to answer requests). Two workers on two cores too: measured at 10k
 * documents on two 2-core machines, they indexed in 22–27% less time than one thread did, and
 * hovers while indexing answered in a third of the time (docs/performance.md has the figures).
 * SOURCE_LENS_ANALYSIS_WORKERS overrides.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { IndexedDocument } from './core/corpus/corpusIndex';
import { fromDocumentFields } from './core/corpus/documentCodec';
import { aliasNumbers, groupNumbers } from './core/corpus/stringTable';
import { Gazetteer } from './core/gazetteer/gazetteer';
import type { AnalysisJob, BatchRequest, BatchResponse, WorkerSetup } from './analysisWorker';

export type { AnalysisJob } from './analysisWorker';

/** Files per message: enough to make messaging cheap, few enough to keep results flowing. */
const BATCH = 16;
/** Batches in flight per worker, so a worker never waits for the main thread. */
const IN_FLIGHT = 2;
const MAX_WORKERS = 6;

/**
 * How many analysis workers to start: SOURCE_LENS_ANALYSIS_WORKERS when set (0 = none), else none
 * on one core, two on two, and one per core beyond the first above that, at most six.
 */
export function analysisWorkerCount(env: NodeJS.ProcessEnv = process.env, cores = os.availableParallelism?.() ?? os.cpus().length): number {
  const forced = env.SOURCE_LENS_ANALYSIS_WORKERS;
  if (forced !== undefined && forced.trim() !== '') {
    const n = Number(forced);
    return Number.isInteger(n) && n >= 0 ? Math.min(n, 32) : 0;
  }
  return cores >= 2 ? Math.min(Math.max(2, cores - 1), MAX_WORKERS) : 0;
}

export type PoolResult = { job: AnalysisJob; doc: IndexedDocument } | { job: AnalysisJob; reason: string };

interface WorkerState {
  worker: Worker;
  /** This thread's number for each of the worker's group and alias numbers. */
  groupMap: number[];
  aliasMap: number[];
  inFlight: Map<number, AnalysisJob[]>;
  dead: boolean;
  /** The thread has ended (seen between runs too: the next run counts it lost). */
  exited: boolean;
  /** This run's listeners, removed when it finishes. */
  listeners: { message: (response: BatchResponse) => void; error: (error: Error) => void; exit: (code: number) => void } | null;
}

export class AnalysisPool {
  private readonly workers: WorkerState[] = [];
  private nextId = 0;

  private constructor() {}

  /** Starts `count` workers analysing with `gazetteer`; null if none could start. */
  static start(count: number, gazetteer: Gazetteer, maxFileBytes: number, log: (message: string) => void): AnalysisPool | null {
    const pool = new AnalysisPool();
    const setup: WorkerSetup = { gazetteer, maxFileBytes };
    for (let i = 0; i < count; i++) {
      try {
        const worker = new Worker(path.join(__dirname, 'analysisWorker.js'), { workerData: setup });
        worker.unref();
        const state: WorkerState = { worker, groupMap: [], aliasMap: [], inFlight: new Map(), dead: false, exited: false, listeners: null };
        worker.on('exit', () => (state.exited = true));
        worker.on('error', () => undefined); // reported by the run's own listener; an error between runs ends in 'exit'
        pool.workers.push(state);
      } catch (error) {
        log(`Analysis worker not started: ${(error as Error).message}`);
        break;
      }
    }
    return pool.workers.length ? pool : null;
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Analyses the jobs, handing each result to `onResult` on this thread as it arrives. Resolves
   * with the jobs the workers could not do (a worker died, or the run was cancelled): the caller
   * analyses those itself or drops them. `groupsOnly`: the group pass (`analyzeGroups`); the same
   * workers then run the full pass.
   */
  run(jobs: readonly AnalysisJob[], onResult: (result: PoolResult) => void, isCancelled: () => boolean, log: (message: string) => void, groupsOnly = false): Promise<AnalysisJob[]> {
    let next = 0;
    const undone: AnalysisJob[] = [];
    return new Promise((resolve) => {
      let settled = false;
      const finish = () => {
        if (settled) return;
        settled = true;
        for (const state of this.workers) {
          if (state.listeners) {
            state.worker.off('message', state.listeners.message);
            state.worker.off('error', state.listeners.error);
            state.worker.off('exit', state.listeners.exit);
            state.listeners = null;
          }
          for (const batch of state.inFlight.values()) undone.push(...batch);
          state.inFlight.clear();
        }
        if (next < jobs.length) undone.push(...jobs.slice(next));
        next = jobs.length;
        resolve(undone);
      };
      const idle = () => this.workers.every((s) => s.dead || s.inFlight.size === 0);
      const feed = (state: WorkerState) => {
        while (!state.dead && state.inFlight.size < IN_FLIGHT && next < jobs.length && !isCancelled()) {
          const batch = jobs.slice(next, next + BATCH);
          next += batch.length;
          const id = this.nextId++;
          state.inFlight.set(id, batch);
          const request: BatchRequest = groupsOnly ? { id, jobs: batch, groupsOnly } : { id, jobs: batch };
          state.worker.postMessage(request);
        }
        if ((next >= jobs.length || isCancelled()) && idle()) finish();
      };
      const lose = (state: WorkerState, why: string) => {
        if (state.dead) return;
        state.dead = true;
        log(`Analysis worker stopped (${why}); its files are analysed on the main thread.`);
        for (const batch of state.inFlight.values()) undone.push(...batch);
        state.inFlight.clear();
        if (this.workers.every((s) => s.dead)) finish();
        else if (idle() && (next >= jobs.length || isCancelled())) finish();
      };
      for (const state of this.workers) {
        if (state.exited) state.dead = true;
        if (state.dead) continue;
        const message = (response: BatchResponse) => {
          // The names first, even for a batch no longer awaited: the worker numbers them once.
          for (const name of response.newGroups) state.groupMap.push(groupNumbers.intern(name));
          for (const name of response.newAliases) state.aliasMap.push(aliasNumbers.intern(name));
          const batch = state.inFlight.get(response.id);
          if (!batch) return;
          state.inFlight.delete(response.id);
          if (!isCancelled()) {
            response.results.forEach((result, i) => {
              const job = batch[i];
              if ('reason' in result) onResult({ job, reason: result.reason });
              else {
                let doc: IndexedDocument;
                try {
                  doc = fromDocumentFields(job.uri, null, result.fields, state.groupMap, state.aliasMap);
                } catch (error) {
                  onResult({ job, reason: `analysis failed (${(error as Error).message}); please report this file` });
                  return;
                }
                onResult({ job, doc });
              }
            });
          }
          feed(state);
        };
        state.listeners = { message, error: (error: Error) => lose(state, error.message), exit: (code: number) => lose(state, `exit code ${code}`) };
        state.worker.on('message', state.listeners.message);
        state.worker.on('error', state.listeners.error);
        state.worker.on('exit', state.listeners.exit);
      }
      // A pool runs twice on a cold start (the group pass, then the full pass): workers lost in
      // the first stay lost, and with none left every job is handed back at once.
      if (jobs.length === 0 || this.workers.every((s) => s.dead)) finish();
      else for (const state of this.workers) feed(state);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((s) => s.worker.terminate().catch(() => undefined)));
    this.workers.length = 0;
  }
}
