import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { AnalysisJob, AnalysisPool, PoolResult, analysisWorkerCount } from '../../server/src/analysisPool';
import { CorpusWorkspace } from '../../server/src/corpusWorkspace';
import { indexedWorkspace } from '../support/workspaces';

const SAMPLES = path.join(__dirname, '..', '..', '..', 'samples');

test('analysis workers: none on one core, two on two, one per core beyond the first above that, at most six; the variable overrides', () => {
  assert.equal(analysisWorkerCount({}, 1), 0);
  assert.equal(analysisWorkerCount({}, 2), 2);
  assert.equal(analysisWorkerCount({}, 3), 2);
  assert.equal(analysisWorkerCount({}, 4), 3);
  assert.equal(analysisWorkerCount({}, 8), 6);
  assert.equal(analysisWorkerCount({ SOURCE_LENS_ANALYSIS_WORKERS: '1' }, 2), 1);
  assert.equal(analysisWorkerCount({ SOURCE_LENS_ANALYSIS_WORKERS: '0' }, 8), 0);
  assert.equal(analysisWorkerCount({ SOURCE_LENS_ANALYSIS_WORKERS: 'many' }, 8), 0);
});

function indexSamples(workers: string): Promise<CorpusWorkspace> {
  return indexedWorkspace(SAMPLES, workers);
}

test('analysis workers: the sample corpus indexed on two workers equals the single-threaded index', async () => {
  const single = await indexSamples('0');
  const pooled = await indexSamples('2');
  assert.deepEqual(pooled.status(), single.status());
  assert.deepEqual([...pooled.index.uris()].sort(), [...single.index.uris()].sort());
  for (const doc of single.index.documents()) {
    const other = pooled.index.get(doc.uri)!;
    assert.deepEqual(other.mentions, doc.mentions, doc.uri);
    assert.deepEqual(other.claims, doc.claims, doc.uri);
    assert.deepEqual(other.people, doc.people, doc.uri);
    assert.equal(other.date, doc.date, doc.uri);
  }
  for (const groupId of single.index.mentionedGroups()) assert.deepEqual(pooled.index.stats(groupId), single.index.stats(groupId));
});

test('analysis workers: a stopped worker hands its files back, unreadable files come back with a reason', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-pool-'));
  const jobs: AnalysisJob[] = [];
  for (let i = 0; i < 100; i++) {
    const file = path.join(dir, `doc-${i}.txt`);
    fs.writeFileSync(file, `Report ${i}: the TTP claimed the attack.`);
    jobs.push({ path: file, size: fs.statSync(file).size, uri: pathToFileURL(file).toString() });
  }
  jobs.push({ path: path.join(dir, 'missing.txt'), size: 10, uri: pathToFileURL(path.join(dir, 'missing.txt')).toString() });
  const ws = new CorpusWorkspace({ info() {}, warn() {} });
  ws.reloadGazetteer();
  const pool = AnalysisPool.start(2, ws.matcher.gazetteer, 1 << 20, () => {})!;
  assert.equal(pool.size, 2);
  const results: PoolResult[] = [];
  const running = pool.run(jobs, (r) => results.push(r), () => false, () => {});
  // One worker stops at once: its batches must come back undone, none lost or doubled.
  await (pool as unknown as { workers: { worker: { terminate(): Promise<number> } }[] }).workers[0].worker.terminate();
  const undone = await running;
  await pool.close();
  const seen = [...results.map((r) => r.job.path), ...undone.map((j) => j.path)].sort();
  assert.deepEqual(seen, jobs.map((j) => j.path).sort());
  assert.ok(undone.length > 0, 'the stopped worker had files in hand');
  const missing = results.find((r) => r.job.path.endsWith('missing.txt'));
  if (missing) assert.match('reason' in missing ? missing.reason : 'analysed', /cannot read \(ENOENT\)/);
  else assert.ok(undone.some((j) => j.path.endsWith('missing.txt')));
  for (const r of results) if ('doc' in r) assert.equal(r.doc.countOf('ttp'), 1);
});

test('analysis workers: one pool runs the group pass then the full pass; with every worker lost, a run hands every job back at once', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-pool-twice-'));
  const jobs: AnalysisJob[] = [];
  for (let i = 0; i < 40; i++) {
    const file = path.join(dir, `doc-${i}.txt`);
    fs.writeFileSync(file, `Report ${i}: the TTP claimed the attack that killed ${i + 2} soldiers, its spokesman said.`);
    jobs.push({ path: file, size: fs.statSync(file).size, uri: pathToFileURL(file).toString() });
  }
  const ws = new CorpusWorkspace({ info() {}, warn() {} });
  ws.reloadGazetteer();
  const pool = AnalysisPool.start(2, ws.matcher.gazetteer, 1 << 20, () => {})!;
  const groups: PoolResult[] = [];
  assert.deepEqual(await pool.run(jobs, (r) => groups.push(r), () => false, () => {}, true), []);
  assert.equal(groups.length, jobs.length);
  for (const r of groups) {
    assert.ok('doc' in r && r.doc.groupsOnly && r.doc.claimCount === 0 && r.doc.countOf('ttp') === 1);
  }
  const full: PoolResult[] = [];
  assert.deepEqual(await pool.run(jobs, (r) => full.push(r), () => false, () => {}), []);
  for (const r of full) assert.ok('doc' in r && !r.doc.groupsOnly && r.doc.claimCount > 0 && r.doc.countOf('ttp') === 1);
  const workers = (pool as unknown as { workers: { worker: { terminate(): Promise<number> } }[] }).workers;
  const lost = pool.run(jobs.slice(0, 1), () => {}, () => false, () => {});
  await Promise.all(workers.map((w) => w.worker.terminate()));
  await lost;
  // Every worker is gone: the next run resolves with all its jobs instead of waiting for none.
  const undone = await pool.run(jobs, () => assert.fail('no worker is left'), () => false, () => {});
  assert.equal(undone.length, jobs.length);
  await pool.close();
});
