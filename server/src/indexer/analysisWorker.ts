/**
 * A worker thread of `source-lens index`: reads, decodes and hashes corpus files, and analyses the
 * changed ones with the same core as the editor, returning their rows in COPY format. The main
 * thread only talks to the database.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeText } from '../core/corpus/corpusIndex';
import { findDateline } from '../core/corpus/dateline';
import { readCorpusFile } from '../core/corpus/files';
import { Gazetteer } from '../core/gazetteer/gazetteer';
import { GroupMatcher } from '../core/recognition/groupMatcher';
import { archiveUri, contentHashOf } from '../core/store/archive';
import { CopyRows, documentRows } from '../core/store/postgres/rows';
import { EMPTY_KNOWN_PEOPLE, loadKnownPeople } from '../core/gazetteer/people';
import { KnownPeopleIndex, knownPeopleIndex } from '../core/people/knownPeople';

export const WORKER_MARKER = 'source-lens-index-worker';

export interface WorkerSetup {
  marker: typeof WORKER_MARKER;
  gazetteer: Gazetteer;
  generation: number;
  maxFileBytes: number;
}

export interface FileTask {
  file: string;
  path: string;
  key: string;
  size: number;
  /** Content hash stored for this document, if any: an equal hash means nothing to do. */
  storedHash: string | null;
}

export type FileOutcome =
  | { path: string; key: string; status: 'unchanged' }
  | { path: string; key: string; status: 'failed'; reason: string }
  | { path: string; key: string; status: 'analysed'; contentHash: string; rows: CopyRows; bytes: number };

export interface BatchRequest {
  id: number;
  tasks: FileTask[];
}

export interface BatchResult {
  id: number;
  outcomes: FileOutcome[];
}

let known: KnownPeopleIndex | null = null;

/** The known people, loaded once per thread: the archive keys people as the editor does. */
function knownPeople(): KnownPeopleIndex {
  if (!known) {
    const loaded = loadKnownPeople();
    known = knownPeopleIndex(loaded.problem ? EMPTY_KNOWN_PEOPLE : loaded.people);
  }
  return known;
}

/** Analyses one file (also used in-process by tests and when workers are not wanted). */
export function analyseFile(matcher: GroupMatcher, generation: number, maxFileBytes: number, task: FileTask): FileOutcome {
  const read = readCorpusFile(task.file, maxFileBytes);
  if (!read.ok) return { path: task.path, key: task.key, status: 'failed', reason: read.reason.replace(/; raise the setting .*$/, '') };
  const contentHash = contentHashOf(read.text);
  if (task.storedHash === contentHash) return { path: task.path, key: task.key, status: 'unchanged' };
  try {
    const analysis = analyzeText(matcher, archiveUri(task.path), read.text, null);
    const rows = documentRows(generation, { key: task.key, path: task.path, contentHash, size: task.size, text: read.text, analysis, dateline: findDateline(read.text), knownPeople: knownPeople() });
    return { path: task.path, key: task.key, status: 'analysed', contentHash, rows, bytes: Buffer.byteLength(read.text) };
  } catch (error) {
    return { path: task.path, key: task.key, status: 'failed', reason: `analysis failed (${(error as Error).message})` };
  }
}

/** Entry point inside a worker thread. */
export function runAnalysisWorker(): void {
  const setup = workerData as WorkerSetup;
  const matcher = new GroupMatcher(setup.gazetteer);
  parentPort!.on('message', (request: BatchRequest) => {
    const outcomes = request.tasks.map((task) => analyseFile(matcher, setup.generation, setup.maxFileBytes, task));
    const result: BatchResult = { id: request.id, outcomes };
    parentPort!.postMessage(result);
  });
}

export function isAnalysisWorker(): boolean {
  return (workerData as WorkerSetup | undefined)?.marker === WORKER_MARKER;
}
