/**
 * Entry point of an analysis worker thread (see analysisPool.ts): reads and analyses the corpus
 * files it is sent (fully, or for their group mentions only: a cold index's group pass), with a
 * matcher built from the gazetteer it was started with, and posts back
 * each document as plain fields (columns transferred, not copied) plus the group and alias names
 * it has numbered since its last message.
 */
import './engineFlags';
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeGroups, analyzeText } from './core/corpus/corpusIndex';
import { DocumentFields, documentFields } from './core/corpus/documentCodec';
import { readCorpusFileKnown } from './core/corpus/files';
import { aliasNumbers, groupNumbers } from './core/corpus/stringTable';
import { Gazetteer } from './core/gazetteer/gazetteer';
import { GroupMatcher } from './core/recognition/groupMatcher';

export interface WorkerSetup {
  gazetteer: Gazetteer;
  maxFileBytes: number;
}

export interface AnalysisJob {
  path: string;
  size: number;
  uri: string;
}

export interface BatchRequest {
  id: number;
  jobs: AnalysisJob[];
  /** The group pass of a cold index: mentions and co-occurring groups only (`analyzeGroups`). */
  groupsOnly?: boolean;
}

export type JobResult = { path: string; fields: DocumentFields } | { path: string; reason: string };

export interface BatchResponse {
  id: number;
  results: JobResult[];
  /** Names numbered since the previous response, in number order. */
  newGroups: string[];
  newAliases: string[];
}

if (parentPort) {
  const port = parentPort;
  const setup = workerData as WorkerSetup;
  const matcher = new GroupMatcher(setup.gazetteer);
  let groupsSent = 0;
  let aliasesSent = 0;
  port.on('message', (request: BatchRequest) => {
    const results: JobResult[] = [];
    const transfer: ArrayBuffer[] = [];
    for (const job of request.jobs) {
      const read = readCorpusFileKnown(job.path, job.size, setup.maxFileBytes);
      if (!read.ok) {
        results.push({ path: job.path, reason: read.reason });
        continue;
      }
      try {
        const fields = documentFields(request.groupsOnly ? analyzeGroups(matcher, job.uri, read.text, null) : analyzeText(matcher, job.uri, read.text, null));
        // The columns are a view of a chunk other documents share (corpus/columns.ts): their own copy is sent.
        fields.data = fields.data.slice();
        results.push({ path: job.path, fields });
        transfer.push(fields.data.buffer as ArrayBuffer);
      } catch (error) {
        results.push({ path: job.path, reason: `analysis failed (${(error as Error).message}); please report this file` });
      }
    }
    const newGroups = groupNumbers.list().slice(groupsSent);
    const newAliases = aliasNumbers.list().slice(aliasesSent);
    groupsSent += newGroups.length;
    aliasesSent += newAliases.length;
    const response: BatchResponse = { id: request.id, results, newGroups, newAliases };
    port.postMessage(response, transfer);
  });
}
