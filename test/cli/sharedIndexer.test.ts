/**
 * `source-lens index` against a real PostgreSQL server started for this file (test/support/postgres.ts):
 * what it writes, idempotent reruns, changed/added/deleted documents, a crash mid-run (SIGKILL) and
 * its rerun, generations switched atomically (also after a crashed rebuild), the roles' rights, and
 * bad input.
 */
import { strict as assert } from 'node:assert';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { Client } from 'pg';
import { REPO_ROOT } from '../support/lspClient';
import { SharedIndexServer, cleanEnv, startSharedIndexServer } from '../support/postgres';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const SAMPLES = path.join(REPO_ROOT, 'samples', 'corpus');
/** Documents of the sample corpus. */
const N = fs.readdirSync(SAMPLES).filter((f) => /\.(txt|md)$/.test(f)).length;

let server: SharedIndexServer;
let work: string;

before(async () => {
  server = await startSharedIndexServer();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-indexer-'));
});

after(async () => {
  await server?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

function index(folder: string, url: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, 'index', folder, '--db', url, '--json', ...args], { encoding: 'utf8', env: cleanEnv(server.envFor('writer')), timeout: 120_000 });
  let summary: any = null;
  try {
    summary = JSON.parse(result.stdout);
  } catch {
    // Not JSON: the assertion below shows stderr.
  }
  return { status: result.status, summary, stderr: result.stderr, stdout: result.stdout };
}

/** A copy of the sample corpus (with its workspace gazetteer) that a test may change. */
function copyOfSamples(name: string, copies = 1): string {
  const dir = path.join(work, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(path.join(REPO_ROOT, 'samples', 'source-lens.gazetteer.json'), path.join(dir, 'source-lens.gazetteer.json'));
  for (let c = 0; c < copies; c++) {
    const sub = copies === 1 ? dir : path.join(dir, `batch-${String(c).padStart(2, '0')}`);
    fs.mkdirSync(sub, { recursive: true });
    for (const f of fs.readdirSync(SAMPLES)) {
      const text = fs.readFileSync(path.join(SAMPLES, f), 'utf8');
      fs.writeFileSync(path.join(sub, f), copies === 1 ? text : `${text}\n\nArchive copy ${c}.\n`);
    }
  }
  return dir;
}

async function counts(database = server.database): Promise<Record<string, number>> {
  const tables = ['documents', 'document_texts', 'doc_groups', 'mentions', 'claims', 'claim_subjects', 'figures'];
  const out: Record<string, number> = {};
  for (const t of tables) {
    const [row] = await server.admin(`SELECT count(*)::int AS n FROM source_lens.${t} WHERE generation = (SELECT generation FROM source_lens.index_state)`, [], database);
    out[t] = row.n;
  }
  return out;
}

/** A digest of every row of the current generation, independent of the generation number and row order. */
async function digest(database: string): Promise<string> {
  const [row] = await server.admin(
    `SELECT md5(string_agg(r, '|' ORDER BY r)) AS d FROM (
       SELECT format('d:%s:%s:%s:%s', doc_key, path, content_hash, mention_count) AS r FROM source_lens.documents WHERE generation = (SELECT generation FROM source_lens.index_state)
       UNION ALL SELECT format('m:%s:%s:%s:%s:%s', doc_key, ordinal, group_id, start_offset, end_offset) FROM source_lens.mentions WHERE generation = (SELECT generation FROM source_lens.index_state)
       UNION ALL SELECT format('c:%s:%s:%s:%s', doc_key, ordinal, kind, subjects) FROM source_lens.claims WHERE generation = (SELECT generation FROM source_lens.index_state)
       UNION ALL SELECT format('f:%s:%s:%s:%s', doc_key, claim_ordinal, ordinal, value) FROM source_lens.figures WHERE generation = (SELECT generation FROM source_lens.index_state)) x`,
    [],
    database,
  );
  return row.d;
}

/** Mentions and claims of the sample corpus as the editor's core finds them (through `source-lens scan`/`claims`). */
function localAnalysis(folder: string): { mentions: number; claims: number; documents: number } {
  const scan = JSON.parse(spawnSync(process.execPath, [CLI, 'scan', folder, '--json', '--cross-references', '0'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout);
  const claims = JSON.parse(spawnSync(process.execPath, [CLI, 'claims', folder, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout);
  return { documents: scan.documents.length, mentions: scan.documents.reduce((n: number, d: any) => n + d.mentions.length, 0), claims: claims.claims.length };
}

test('index: the sample corpus is written as the editor analyses it; a rerun skips every unchanged document', async () => {
  const folder = copyOfSamples('first');
  const first = index(folder, server.writerUrl, '--workers', '2');
  assert.equal(first.status, 0, first.stderr);
  assert.equal(first.summary.indexed, N);
  assert.equal(first.summary.failed.length, 0);
  assert.equal(first.summary.switched, true, 'the first run makes its generation current');
  const local = localAnalysis(folder);
  const stored = await counts();
  assert.deepEqual({ documents: stored.documents, mentions: stored.mentions, claims: stored.claims }, local);
  assert.equal(stored.document_texts, N);
  // Exact ranges as the editor computes them: the first mention of the first sample.
  const scan = JSON.parse(spawnSync(process.execPath, [CLI, 'scan', folder, '--json', '--cross-references', '0'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout);
  const doc = scan.documents.find((d: any) => d.path === '2022-06-18-ttp-announces-ceasefire.txt');
  const [m] = await server.admin(
    `SELECT m.group_id, m.start_line, m.start_char, m.end_line, m.end_char FROM source_lens.mentions m JOIN source_lens.documents d USING (generation, doc_key) WHERE d.path = $1 ORDER BY m.ordinal LIMIT 1`,
    [doc.path],
  );
  assert.deepEqual({ group: m.group_id, range: { start: { line: m.start_line, character: m.start_char }, end: { line: m.end_line, character: m.end_char } } }, { group: doc.mentions[0].group, range: doc.mentions[0].range });
  const [d] = await server.admin(`SELECT to_char(doc_date, 'YYYY-MM-DD') AS date, source, place FROM source_lens.documents WHERE path = $1`, [doc.path]);
  assert.deepEqual(d, { date: '2022-06-18', source: 'Tahir Khan', place: 'ISLAMABAD' });

  // People and who said what, from the document model.
  const [people] = await server.admin(`SELECT count(*)::int AS people, sum(statements)::int AS statements FROM source_lens.people`);
  const [speakers] = await server.admin(`SELECT count(*)::int AS n FROM source_lens.claims WHERE speaker_name IS NOT NULL AND form IS NOT NULL`);
  const [mentions] = await server.admin(`SELECT count(*)::int AS n FROM source_lens.person_mentions pm JOIN source_lens.people p USING (generation, doc_key, person_key)`);
  assert.ok(people.people > 10 && people.statements > 0 && speakers.n > 0 && mentions.n >= people.people, JSON.stringify({ people, speakers, mentions }));
  // Relations between groups: one row per relation claim the editor finds, between its two groups.
  const claimsJson = JSON.parse(spawnSync(process.execPath, [CLI, 'claims', folder, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout);
  const localRelations = claimsJson.claims.filter((c: any) => c.kind === 'relation').map((c: any) => `${c.document}|${[...c.subjectIds].sort().join('+')}`);
  const storedRelations = (await server.admin(`SELECT d.path, r.group_a, r.group_b FROM source_lens.relations r JOIN source_lens.documents d USING (generation, doc_key)`)).map(
    (r: any) => `${r.path}|${[r.group_a, r.group_b].sort().join('+')}`,
  );
  assert.ok(storedRelations.length > 5, `${storedRelations.length} relations stored`);
  assert.deepEqual([...storedRelations].sort(), [...localRelations].sort());

  const second = index(folder, server.writerUrl, '--workers', '1');
  assert.equal(second.status, 0, second.stderr);
  assert.deepEqual([second.summary.indexed, second.summary.unchanged, second.summary.deleted, second.summary.switched], [0, N, 0, false]);
  assert.deepEqual(await counts(), stored);
});

test('index: a changed document is replaced, a new one added, a deleted one removed', async () => {
  const folder = copyOfSamples('first'); // same folder as the first test: the index holds it
  const changed = path.join(folder, '2022-06-18-ttp-announces-ceasefire.txt');
  fs.writeFileSync(changed, 'ISLAMABAD, 19 June 2022 — By Tahir Khan\n\nThe TTP said nothing new. The Pakistani Taliban met again.\n');
  fs.rmSync(path.join(folder, '2021-08-26-kabul-airport-gate-bombing.txt'));
  fs.writeFileSync(path.join(folder, 'new-report.md'), '# New\n\nISKP claimed responsibility for the attack, its Amaq agency said.\n');
  const run = index(folder, server.writerUrl, '--workers', '1');
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual([run.summary.indexed, run.summary.unchanged, run.summary.deleted], [2, N - 2, 1]);
  const rows = await server.admin(
    `SELECT m.group_id, m.alias FROM source_lens.mentions m JOIN source_lens.documents d USING (generation, doc_key) WHERE d.path = '2022-06-18-ttp-announces-ceasefire.txt' ORDER BY m.ordinal`,
  );
  assert.deepEqual(rows.map((r) => r.group_id), ['ttp', 'ttp']);
  const gone = await server.admin(`SELECT count(*)::int AS n FROM source_lens.mentions m JOIN source_lens.documents d USING (generation, doc_key) WHERE d.path LIKE '2021-08-26%'`);
  assert.equal(gone[0].n, 0);
  const local = localAnalysis(folder);
  const stored = await counts();
  assert.deepEqual({ documents: stored.documents, mentions: stored.mentions, claims: stored.claims }, local);
  // Totals per group follow the change.
  const [ttp] = await server.admin(`SELECT mentions::int, documents::int FROM source_lens.group_stats WHERE generation = (SELECT generation FROM source_lens.index_state) AND group_id = 'ttp'`);
  const [direct] = await server.admin(`SELECT count(*)::int AS mentions, count(DISTINCT doc_key)::int AS documents FROM source_lens.mentions WHERE generation = (SELECT generation FROM source_lens.index_state) AND group_id = 'ttp'`);
  assert.deepEqual(ttp, direct);
});

/** Starts the indexer and SIGKILLs it once the index holds more than `after` documents of `generation`. */
async function killMidRun(folder: string, url: string, database: string, generation: number, afterDocs: number, extra: string[] = []): Promise<{ stored: number; total: number }> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'index', folder, '--db', url, '--workers', '1', '--batch-size', '4', ...extra], { env: cleanEnv(server.envFor('writer')), stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  let stored = 0;
  try {
    while (Date.now() < deadline) {
      const [row] = await server.admin(`SELECT count(*)::int AS n FROM source_lens.documents WHERE generation = $1`, [generation], database).catch(() => [{ n: 0 }]);
      stored = row.n;
      if (stored > afterDocs) break;
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
  const total = fs.readdirSync(folder, { recursive: true }).filter((f) => /\.(txt|md)$/.test(String(f))).length;
  return { stored, total };
}

test('index: killed mid-run (SIGKILL), the rerun completes with nothing lost or duplicated (same rows as one full run)', async () => {
  const folder = copyOfSamples('crash', 2);
  const crashed = await server.addDatabase('crash_run');
  const full = await server.addDatabase('full_run');
  const { stored, total } = await killMidRun(folder, crashed.writerUrl, 'crash_run', 1, 20);
  assert.ok(stored > 20 && stored < total, `killed mid-run (${stored} of ${total} documents stored)`);
  const rerun = index(folder, crashed.writerUrl, '--workers', '2');
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.ok(rerun.summary.unchanged >= stored - 4, `the rerun skips what was committed (${rerun.summary.unchanged} unchanged, ${stored} stored)`);
  assert.equal(rerun.summary.indexed + rerun.summary.unchanged, total);
  const once = index(folder, full.writerUrl, '--workers', '2');
  assert.equal(once.status, 0, once.stderr);
  assert.deepEqual(await counts('crash_run'), await counts('full_run'));
  assert.equal(await digest('crash_run'), await digest('full_run'));
  const [dupes] = await server.admin(`SELECT count(*)::int AS n FROM (SELECT path FROM source_lens.documents GROUP BY generation, path HAVING count(*) > 1) x`, [], 'crash_run');
  assert.equal(dupes.n, 0);
});

test('index: a new gazetteer builds a new generation; editors read the old one until the switch, even when the rebuild is killed', async () => {
  const folder = copyOfSamples('generations', 2);
  const db = await server.addDatabase('generations');
  const first = index(folder, db.writerUrl, '--workers', '1');
  assert.equal(first.status, 0, first.stderr);
  assert.equal(first.summary.generation, 1);
  const before = await counts('generations');
  const beforeDigest = await digest('generations');
  // A gazetteer with one more group: a different analysis, so a new generation.
  const gazetteer = JSON.parse(fs.readFileSync(path.join(folder, 'source-lens.gazetteer.json'), 'utf8'));
  gazetteer.groups.push({ id: 'ceasefire-watch', name: 'Ceasefire Watch', aliases: ['tribal elders'] });
  const gazetteerFile = path.join(work, 'other-gazetteer.json');
  fs.writeFileSync(gazetteerFile, JSON.stringify(gazetteer));
  const { stored } = await killMidRun(folder, db.writerUrl, 'generations', 2, 8, ['--gazetteer', gazetteerFile]);
  assert.ok(stored > 8, 'the rebuild was under way');
  const [state] = await server.admin(`SELECT generation FROM source_lens.index_state`, [], 'generations');
  assert.equal(state.generation, 1, 'editors still read generation 1');
  assert.deepEqual(await counts('generations'), before);
  assert.equal(await digest('generations'), beforeDigest, 'generation 1 is untouched by the rebuild');
  const resumed = index(folder, db.writerUrl, '--workers', '2', '--gazetteer', gazetteerFile);
  assert.equal(resumed.status, 0, resumed.stderr);
  assert.deepEqual([resumed.summary.generation, resumed.summary.resumed, resumed.summary.switched, resumed.summary.previousGeneration], [2, true, true, 1]);
  const [after] = await server.admin(`SELECT generation FROM source_lens.index_state`, [], 'generations');
  assert.equal(after.generation, 2);
  const partitions = await server.admin(`SELECT relname FROM pg_class WHERE relname LIKE '%\\_g1' AND relnamespace = 'source_lens'::regnamespace`, [], 'generations');
  assert.deepEqual(partitions, [], 'generation 1 is dropped after the switch');
  const [generations] = await server.admin(`SELECT array_agg(generation ORDER BY generation) AS g FROM source_lens.generations`, [], 'generations');
  assert.deepEqual(generations.g, [2]);
  const [group] = await server.admin(`SELECT documents::int FROM source_lens.group_stats WHERE generation = 2 AND group_id = 'ceasefire-watch'`, [], 'generations');
  assert.ok(group && group.documents > 0, 'the new group is found in generation 2');
});

test('index: the read-only role reads but cannot write; URLs with passwords are refused as such', async () => {
  const reader = new Client({ connectionString: server.readerUrl.replace('source_lens_reader@', `source_lens_reader:${encodeURIComponent(server.readerPassword)}@`) });
  await reader.connect();
  try {
    const { rows } = await reader.query('SELECT count(*)::int AS n FROM source_lens.documents');
    assert.ok(rows[0].n > 0);
    await assert.rejects(reader.query(`DELETE FROM source_lens.documents`), /permission denied/);
    await assert.rejects(reader.query(`CREATE TABLE source_lens.x (a int)`), /permission denied/);
  } finally {
    await reader.end();
  }
  const withPassword = server.writerUrl.replace('source_lens_writer@', `source_lens_writer:${server.writerPassword}@`);
  const run = spawnSync(process.execPath, [CLI, 'index', copyOfSamples('first'), '--db', withPassword], { encoding: 'utf8', env: cleanEnv() });
  assert.notEqual(run.status, 0, 'the password in the URL is not used');
  assert.match(run.stderr, /contains a password; it was ignored/);
  assert.ok(!run.stderr.includes(server.writerPassword) && !run.stdout.includes(server.writerPassword), 'the password is never printed');
  assert.match(run.stderr, /no password found/);
});

test('index: bad input gets a clear message; a folder that lost most documents keeps them in the index', async () => {
  const unreachable = spawnSync(process.execPath, [CLI, 'index', SAMPLES, '--db', 'postgresql://nobody@127.0.0.1:1/none'], { encoding: 'utf8', env: cleanEnv() });
  assert.equal(unreachable.status, 1);
  assert.match(unreachable.stderr, /cannot use the shared index at postgresql:\/\/nobody@127\.0\.0\.1:1\/none: .*ECONNREFUSED/);
  assert.doesNotMatch(unreachable.stderr, /\n\s+at /, 'no stack trace');
  const missing = index(path.join(work, 'no-such-folder'), server.writerUrl);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /not a folder/);
  assert.match(spawnSync(process.execPath, [CLI, 'index', SAMPLES], { encoding: 'utf8' }).stderr, /index needs --db/);
  assert.match(spawnSync(process.execPath, [CLI, 'index', SAMPLES, '--db', 'mysql://x@y/z'], { encoding: 'utf8' }).stderr, /not a PostgreSQL URL/);

  const folder = copyOfSamples('mass', 2);
  const db = await server.addDatabase('mass');
  assert.equal(index(folder, db.writerUrl, '--workers', '1').status, 0);
  fs.writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0x41, 0, 0x42, 0]));
  for (const sub of fs.readdirSync(folder)) if (sub.startsWith('batch-')) fs.rmSync(path.join(folder, sub), { recursive: true });
  const emptied = index(folder, db.writerUrl, '--workers', '1');
  assert.equal(emptied.status, 0, emptied.stderr);
  assert.match(emptied.summary.deletionRefused, new RegExp(`${2 * N} of ${2 * N} indexed documents are not in .*--allow-mass-delete`));
  assert.deepEqual(emptied.summary.failed, [{ path: 'binary.txt', reason: 'binary file (NUL bytes)' }]);
  assert.equal((await counts('mass')).documents, 2 * N);
  const forced = index(folder, db.writerUrl, '--workers', '1', '--allow-mass-delete');
  assert.equal(forced.summary.deleted, 2 * N);
  assert.equal((await counts('mass')).documents, 0);
});
