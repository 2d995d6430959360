// The shared index, measured: `source-lens index` of the bench corpus into a real PostgreSQL with 1
// and 2 workers (documents/s, and the ratio to the language server's cold index of the same files
// in the same run), the database size per 1,000 documents, an unchanged rerun, and latency over the
// LSP wire with the shared index configured (hover, first page of references, workspace symbols,
// the person hover, references on a person and the People view).
//   npm run bench:shared [-- --size 100k] [--no-build] [--no-reference] [--workers 1,2]
//                        [--keep-cluster DIR] [--latency-only]
// Writes bench/results/shared-<date>.json and bench/results/shared-latest.json; prints Markdown tables.
// With --keep-cluster DIR the PostgreSQL cluster lives in DIR and keeps running with its databases
// after the run (stop it with `pg_ctl stop -D DIR/data`, as the postgres user when root);
// --latency-only then measures only the latency over the wire against the archive an earlier run
// left there (writes bench/results/shared-latency-<date>.json and shared-latency-latest.json), so
// the slow indexing and the latency can be measured at different times, each on a quiet machine.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { BENCH_DIR, REPO_ROOT, benchGazetteerPath, ensureCorpus, parseSize } from './generate-corpus.mjs';
import { startCluster } from '../scripts/pg-cluster.mjs';
import { round, stats, time } from './latency.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const size = parseSize(option('--size', '100k'));
const workerCounts = option('--workers', '1,2').split(',').map(Number);
const keepDir = option('--keep-cluster', null);
const latencyOnly = args.includes('--latency-only');
if (latencyOnly && !keepDir) throw new Error('--latency-only needs --keep-cluster DIR (the cluster an earlier run left running)');
const log = (s) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${s}\n`);

process.chdir(REPO_ROOT);
if (!args.includes('--no-build')) {
  log('building …');
  if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) throw new Error('build failed');
}
const lsp = require(path.join(REPO_ROOT, 'out/test/support/lspClient.js'));
const { setupSharedIndex } = require(path.join(REPO_ROOT, 'out/server/src/core/store/postgres/setup.js'));
const { Client } = require('pg');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-bench-shared-'));
// Private copies of the bundles, so a rebuild during the run changes nothing.
for (const file of ['server.js', 'cli.js']) fs.copyFileSync(path.join(REPO_ROOT, 'dist', file), path.join(tmp, file));
lsp.SERVER_BUNDLE = path.join(tmp, 'server.js');
const CLI = path.join(tmp, 'cli.js');
const gazetteerFile = benchGazetteerPath();
const env = { SOURCE_LENS_BUILTIN_GAZETTEER: gazetteerFile };

function cleanEnv(extra) {
  const out = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && !/^PG/.test(k)) out[k] = v;
  return { ...out, ...env, ...extra };
}

const loadAverage = () => os.loadavg().map((x) => round(x));

const { dir: corpusDir } = ensureCorpus(size, { gazetteer: gazetteerFile, log });
const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGB: round(os.totalmem() / 2 ** 30), node: process.version };
const result = { date: new Date().toISOString(), documents: size, corpus: path.relative(REPO_ROOT, corpusDir), machine, gazetteer: path.relative(REPO_ROOT, gazetteerFile), load: { start: loadAverage() } };

log('starting PostgreSQL (durable settings) …');
const cluster = await startCluster({ durable: true, sharedBuffers: '1GB', settings: { max_wal_size: '4GB', checkpoint_timeout: '15min' }, ...(keepDir ? { dir: keepDir } : {}) });
const writerPassword = 'bench-writer';
const readerPassword = 'bench-reader';
const pgVersion = spawnSync(path.join(cluster.bin, 'postgres'), ['--version'], { encoding: 'utf8' }).stdout.trim();
result.postgres = pgVersion;

async function admin(database, sql, params = []) {
  const client = new Client(cluster.adminConfig(database));
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

try {
  // 1. The reference: the language server's cold index of the same files.
  if (!args.includes('--no-reference') && !latencyOnly) {
    log(`reference: cold index of ${size} documents by the language server …`);
    const storage = fs.mkdtempSync(path.join(tmp, 'storage-'));
    const client = await lsp.TestLspClient.start({ root: corpusDir, env, initializationOptions: { storagePath: storage } });
    const t0 = performance.now();
    await client.waitForIndex(2 * 60 * 60 * 1000);
    result.localColdIndexMs = round(performance.now() - t0);
    await client.stop();
    log(`  ${result.localColdIndexMs} ms`);
  }

  // 2. The indexer with 1 and 2 workers, each into a fresh database.
  result.indexing = [];
  for (const workers of latencyOnly ? [] : workerCounts) {
    const database = `bench_w${workers}`;
    await setupSharedIndex(cluster.adminConfig(), { database, writer: { role: 'source_lens_writer', password: writerPassword }, reader: { role: 'source_lens_reader', password: readerPassword } });
    log(`indexing ${size} documents with ${workers} worker(s) …`);
    const url = cluster.url('source_lens_writer', database);
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [CLI, 'index', corpusDir, '--db', url, '--workers', String(workers), '--json'], { encoding: 'utf8', env: cleanEnv({ PGPASSWORD: writerPassword }), maxBuffer: 1 << 28 });
    const ms = performance.now() - t0;
    if (run.status !== 0) throw new Error(`index failed: ${run.stderr.slice(-2000)}`);
    const summary = JSON.parse(run.stdout);
    const entry = {
      workers,
      ms: round(ms),
      documentsPerSecond: round(summary.indexed / (ms / 1000)),
      indexed: summary.indexed,
      failed: summary.failed.length,
      failedExamples: summary.failed.slice(0, 5),
      writeSeconds: round(summary.writeSeconds),
      finishSeconds: round(summary.finishSeconds),
      ratioToLocalColdIndex: result.localColdIndexMs ? round(ms / result.localColdIndexMs) : null,
      load: loadAverage(),
    };
    result.indexing.push(entry);
    log(`  ${JSON.stringify(entry)}`);
  }
  const last = `bench_w${workerCounts[workerCounts.length - 1]}`;
  const lastUrl = cluster.url('source_lens_writer', last);

  // 3. An unchanged rerun (every document hashed, none re-analysed).
  if (!latencyOnly) {
    log('unchanged rerun …');
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [CLI, 'index', corpusDir, '--db', lastUrl, '--workers', String(workerCounts[workerCounts.length - 1]), '--json'], { encoding: 'utf8', env: cleanEnv({ PGPASSWORD: writerPassword }) });
    if (run.status !== 0) throw new Error(`rerun failed: ${run.stderr.slice(-2000)}`);
    const summary = JSON.parse(run.stdout);
    result.unchangedRerun = { ms: round(performance.now() - t0), unchanged: summary.unchanged, indexed: summary.indexed };
    log(`  ${JSON.stringify(result.unchangedRerun)}`);
  }

  // 4. Size on disk.
  if (!latencyOnly) {
  const [db] = await admin(last, `SELECT pg_database_size(current_database())::bigint AS bytes`);
  const tables = await admin(
    last,
    `SELECT c.relname AS table, sum(pg_total_relation_size(p.oid))::bigint AS bytes, sum(p.reltuples)::bigint AS rows
       FROM pg_class c JOIN pg_inherits i ON i.inhparent = c.oid JOIN pg_class p ON p.oid = i.inhrelid
      WHERE c.relnamespace = 'source_lens'::regnamespace AND c.relkind = 'p' GROUP BY c.relname ORDER BY 2 DESC`,
  );
  result.size = {
    databaseBytes: Number(db.bytes),
    bytesPer1kDocuments: Math.round((Number(db.bytes) / size) * 1000),
    tables: tables.map((t) => ({ table: t.table, bytes: Number(t.bytes), rows: Number(t.rows), bytesPerDocument: round(Number(t.bytes) / size, 1) })),
  };
  log(`  database ${round(Number(db.bytes) / 2 ** 20)} MB`);
  }

  // 5. Latency over the wire: an analyst's small folder, the archive of `size` documents behind it.
  const [frequent] = await admin(last, `SELECT group_id, mentions::int, documents::int FROM source_lens.group_stats ORDER BY mentions DESC LIMIT 1`);
  const [rare] = await admin(last, `SELECT group_id, mentions::int, documents::int FROM source_lens.group_stats WHERE documents >= 3 ORDER BY mentions ASC LIMIT 1`);
  const groups = JSON.parse(fs.readFileSync(gazetteerFile, 'utf8')).groups;
  const nameOf = (id) => groups.find((g) => g.id === id)?.name ?? id;
  // The person the archive quotes most (schema version 2 on; older archives have no per-person totals).
  const [person] = await admin(last, `SELECT person_key, name, statements::int, documents::int, mentions::int FROM source_lens.person_stats WHERE generation = (SELECT generation FROM source_lens.index_state) AND name LIKE '% %' ORDER BY statements DESC, person_key LIMIT 1`).catch(() => []);
  const folder = fs.mkdtempSync(path.join(tmp, 'analyst-'));
  const personLine = person ? `\n${person.name}, a spokesman, said on Monday that the report was late.\n` : '';
  const note = `KABUL, 3 March 2024 — By an analyst\n\n${nameOf(frequent.group_id)} claimed responsibility for the attack, its spokesman said.\n\nOfficials said ${nameOf(rare.group_id)} had about 300 fighters in the district.\n${personLine}`;
  fs.writeFileSync(path.join(folder, 'note.txt'), note);
  const readerUrl = cluster.url('source_lens_reader', last);
  const client = await lsp.TestLspClient.start({ root: folder, env: cleanEnv({ PGPASSWORD: readerPassword }), settings: { sharedIndex: { url: readerUrl, timeoutMs: 5000 } }, initializationOptions: { storagePath: fs.mkdtempSync(path.join(tmp, 'storage-')) } });
  await client.waitForIndex();
  await client.waitForNotification('sourceLens/sharedIndexStatus', (s) => s.state === 'ready', 30000);
  const uri = pathToFileURL(path.join(folder, 'note.txt')).toString();
  client.open(uri, note);
  const at = (needle) => {
    const before = note.slice(0, note.indexOf(needle)).split('\n');
    return { textDocument: { uri }, position: { line: before.length - 1, character: before[before.length - 1].length } };
  };
  const hoverOnce = await client.request('textDocument/hover', at(nameOf(frequent.group_id)));
  if (!/In the corpus and the shared archive/.test(hoverOnce?.contents?.value ?? '')) throw new Error(`hover did not include the archive:\n${hoverOnce?.contents?.value}`);
  result.latency = { frequentGroup: frequent, rareGroup: rare, load: loadAverage() };
  result.latency.hoverFrequent = await time(200, () => client.request('textDocument/hover', at(nameOf(frequent.group_id))));
  result.latency.hoverRare = await time(200, () => client.request('textDocument/hover', at(nameOf(rare.group_id))));
  const refs = await client.request('textDocument/references', { ...at(nameOf(frequent.group_id)), context: { includeDeclaration: false } });
  result.latency.referencesFirstPage = { locations: refs.length, ...(await time(30, () => client.request('textDocument/references', { ...at(nameOf(frequent.group_id)), context: { includeDeclaration: false } }))) };
  const words = nameOf(frequent.group_id).split(/\s+/).slice(0, 2).join(' ');
  const symbols = await client.request('workspace/symbol', { query: words });
  result.latency.workspaceSymbols = { query: words, symbols: symbols.length, ...(await time(200, () => client.request('workspace/symbol', { query: words }))) };
  result.latency.claimHover = await time(100, () => client.request('textDocument/hover', at('claimed responsibility')));
  if (person) {
    // People from the archive: the person hover (counts and statements elsewhere), references on the person, the People view.
    const personHover = await client.request('textDocument/hover', at(person.name));
    if (!/In the corpus and the shared archive/.test(personHover?.contents?.value ?? '')) throw new Error(`person hover did not include the archive:\n${personHover?.contents?.value}`);
    result.latency.person = person;
    result.latency.personHover = await time(100, () => client.request('textDocument/hover', at(person.name)));
    const personRefs = await client.request('textDocument/references', { ...at(person.name), context: { includeDeclaration: false } });
    result.latency.personReferences = { locations: personRefs.length, ...(await time(30, () => client.request('textDocument/references', { ...at(person.name), context: { includeDeclaration: false } }))) };
    result.latency.peopleView = await time(50, () => client.request('sourceLens/peopleOverview', { limit: 500 }));
    result.latency.personStatements = await time(50, () => client.request('sourceLens/personStatements', { personId: person.person_key, limit: 500 }));
  }
  await client.stop();
  result.load.end = loadAverage();
  log(`  ${JSON.stringify(result.latency)}`);
} finally {
  if (keepDir) log(`cluster left running in ${cluster.dir} (port ${cluster.port}); stop it with: pg_ctl stop -D ${path.join(cluster.dir, 'data')}`);
  else cluster.stop();
}

fs.mkdirSync(path.join(BENCH_DIR, 'results'), { recursive: true });
const stamp = result.date.replace(/[:.]/g, '-').slice(0, 19);
const prefix = latencyOnly ? 'shared-latency' : 'shared';
fs.writeFileSync(path.join(BENCH_DIR, 'results', `${prefix}-${stamp}.json`), JSON.stringify(result, null, 2) + '\n');
fs.writeFileSync(path.join(BENCH_DIR, 'results', `${prefix}-latest.json`), JSON.stringify(result, null, 2) + '\n');
fs.rmSync(tmp, { recursive: true, force: true });

// Markdown for the README and docs/shared-index.md.
const md = [];
md.push(`Shared index, ${size} documents (${result.postgres}; ${machine.cpus} × ${machine.model}, ${machine.memoryGB} GB, node ${machine.node}); load average at start ${result.load.start.join(' / ')}, at end ${result.load.end.join(' / ')}`);
if (!latencyOnly) {
  md.push('', '| indexing | ms | documents/s | ratio to the local cold index | writing s | finishing s | load average |', '| --- | --- | --- | --- | --- | --- | --- |');
  if (result.localColdIndexMs) md.push(`| local cold index (language server, reference) | ${result.localColdIndexMs} | ${round(size / (result.localColdIndexMs / 1000))} | 1.00× | | | ${result.load.start.join(' / ')} |`);
  for (const e of result.indexing) md.push(`| source-lens index, ${e.workers} worker${e.workers === 1 ? '' : 's'} | ${e.ms} | ${e.documentsPerSecond} | ${e.ratioToLocalColdIndex ?? '—'}× | ${e.writeSeconds} | ${e.finishSeconds} | ${e.load.join(' / ')} |`);
  md.push(`| unchanged rerun (hash only) | ${result.unchangedRerun.ms} | ${round(size / (result.unchangedRerun.ms / 1000))} | | | | |`);
  md.push('', `Database: ${round(result.size.databaseBytes / 2 ** 20)} MB, **${round(result.size.bytesPer1kDocuments / 2 ** 20, 2)} MB per 1,000 documents**`, '', '| table | MB | rows | bytes per document |', '| --- | --- | --- | --- |');
  for (const t of result.size.tables) md.push(`| ${t.table} | ${round(t.bytes / 2 ** 20)} | ${t.rows} | ${t.bytesPerDocument} |`);
}
const L = result.latency;
md.push('', `Latency over the LSP wire, shared index of ${size} documents (ms; frequent group ${L.frequentGroup.group_id}: ${L.frequentGroup.mentions} mentions in ${L.frequentGroup.documents} documents; rare ${L.rareGroup.group_id}: ${L.rareGroup.mentions})`, '', '| request | n | p50 | p95 | max | target |', '| --- | --- | --- | --- | --- | --- |');
md.push(`| hover, frequent group | ${L.hoverFrequent.n} | ${L.hoverFrequent.p50} | ${L.hoverFrequent.p95} | ${L.hoverFrequent.max} | p95 ≤ 20 |`);
md.push(`| hover, rare group | ${L.hoverRare.n} | ${L.hoverRare.p50} | ${L.hoverRare.p95} | ${L.hoverRare.max} | p95 ≤ 20 |`);
md.push(`| references, first page (${L.referencesFirstPage.locations} locations) | ${L.referencesFirstPage.n} | ${L.referencesFirstPage.p50} | ${L.referencesFirstPage.p95} | ${L.referencesFirstPage.max} | ≤ 50 |`);
md.push(`| workspace symbols ("${L.workspaceSymbols.query}", ${L.workspaceSymbols.symbols} symbols) | ${L.workspaceSymbols.n} | ${L.workspaceSymbols.p50} | ${L.workspaceSymbols.p95} | ${L.workspaceSymbols.max} | ≤ 20 |`);
if (L.personHover) {
  md.push(`| hover on a person (${L.person.statements} statements in ${L.person.documents} archive documents) | ${L.personHover.n} | ${L.personHover.p50} | ${L.personHover.p95} | ${L.personHover.max} | p95 ≤ 20 |`);
  md.push(`| references on that person (${L.personReferences.locations} locations) | ${L.personReferences.n} | ${L.personReferences.p50} | ${L.personReferences.p95} | ${L.personReferences.max} | ≤ 50 |`);
  md.push(`| People view, first page (500 people) | ${L.peopleView.n} | ${L.peopleView.p50} | ${L.peopleView.p95} | ${L.peopleView.max} | |`);
  md.push(`| People view, that person's statements (500) | ${L.personStatements.n} | ${L.personStatements.p50} | ${L.personStatements.p95} | ${L.personStatements.max} | |`);
}
md.push(`| hover on a claim (related claims from the archive) | ${L.claimHover.n} | ${L.claimHover.p50} | ${L.claimHover.p95} | ${L.claimHover.max} | |`);
console.log(md.join('\n'));
