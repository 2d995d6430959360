// Source Lens benchmark: the real server over stdio against ripgrep and a naive matcher, on the
// same generated files, in one run.
//   npm run bench [-- --sizes 1k,10k] [--include-100k] [--no-build] [--no-cli] [--latency-size 10k]
// Prints a table and writes bench/results/<date>.json and bench/results/latest.json.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { BENCH_DIR, REPO_ROOT, benchGazetteerPath, ensureCorpus, parseSize } from './generate-corpus.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const sizes = option('--sizes', '1k,10k').split(',').map(parseSize);
if (args.includes('--include-100k') && !sizes.includes(100000)) sizes.push(100000);
const latencySize = parseSize(option('--latency-size', '10k'));
const log = (s) => process.stderr.write(s + '\n');

process.chdir(REPO_ROOT);
if (!args.includes('--no-build')) {
  log('building …');
  if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) throw new Error('build failed');
}
const lsp = require(path.join(REPO_ROOT, 'out/test/support/lspClient.js'));
const { TestLspClient } = lsp;
const { isCaseSensitiveName, parseGazetteer, namesOf } = require(path.join(REPO_ROOT, 'out/server/src/core/gazetteer/gazetteer.js'));

const gazetteerFile = benchGazetteerPath();
const gazetteer = parseGazetteer(JSON.parse(fs.readFileSync(gazetteerFile, 'utf8')), 'builtin').gazetteer;
const env = { SOURCE_LENS_BUILTIN_GAZETTEER: gazetteerFile };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-bench-'));
// Run private copies of the bundles: colleagues rebuilding dist/ mid-run would change the code
// under test (and, rightly, invalidate the index cache between the cold and the warm start).
for (const file of ['server.js', 'cli.js']) fs.copyFileSync(path.join(REPO_ROOT, 'dist', file), path.join(tmp, file));
lsp.SERVER_BUNDLE = path.join(tmp, 'server.js');
const CLI_BUNDLE = path.join(tmp, 'cli.js');

// --- reference: ripgrep ---------------------------------------------------------------------------

function ripgrepBinary() {
  const which = spawnSync('rg', ['--version'], { encoding: 'utf8' });
  if (which.status === 0) return 'rg';
  log('ripgrep is missing: trying apt-get install -y ripgrep …');
  spawnSync('apt-get', ['install', '-y', 'ripgrep'], { stdio: 'inherit' });
  if (spawnSync('rg', ['--version']).status === 0) return 'rg';
  throw new Error('ripgrep (rg) is required: install the Debian package "ripgrep" (apt-get install -y ripgrep) and re-run');
}

/** Alias patterns split by case handling, as the matcher decides it. */
function writePatterns() {
  const ci = new Set();
  const cs = new Set();
  for (const group of gazetteer.groups) {
    for (const name of namesOf(group)) (name.caseSensitive ?? isCaseSensitiveName(name.text) ? cs : ci).add(name.text);
  }
  const ciFile = path.join(tmp, 'patterns-ci.txt');
  const csFile = path.join(tmp, 'patterns-cs.txt');
  fs.writeFileSync(ciFile, [...ci].join('\n') + '\n');
  fs.writeFileSync(csFile, [...cs].join('\n') + '\n');
  return { ciFile, csFile, ci: [...ci], cs: [...cs] };
}

function runRipgrep(rg, patterns, dir) {
  let matches = 0;
  const started = performance.now();
  for (const [file, flags] of [[patterns.ciFile, ['-i']], [patterns.csFile, []]]) {
    // Fixed strings, whole words, every match counted per file.
    const r = spawnSync(rg, ['--count-matches', '--no-filename', '-F', '-w', ...flags, '-f', file, '-g', '*.txt', dir], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`rg failed: ${r.stderr}`);
    for (const line of r.stdout.split('\n')) if (line) matches += Number(line);
  }
  return { ms: performance.now() - started, matches };
}

// --- naive baseline -------------------------------------------------------------------------------

function listFiles(dir) {
  const out = [];
  for (const sub of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, sub);
    if (fs.statSync(p).isDirectory()) for (const f of fs.readdirSync(p).sort()) if (f.endsWith('.txt')) out.push(path.join(p, f));
  }
  return out;
}

function runNaive(patterns, files) {
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const regexes = [...patterns.ci.map((a) => new RegExp(`\\b${escape(a)}\\b`, 'gi')), ...patterns.cs.map((a) => new RegExp(`\\b${escape(a)}\\b`, 'g'))];
  let matches = 0;
  const started = performance.now();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const re of regexes) {
      re.lastIndex = 0;
      while (re.exec(text)) matches++;
    }
  }
  return { ms: performance.now() - started, matches, regexes: regexes.length };
}

// --- the real server ------------------------------------------------------------------------------

async function startServer(dir, storagePath) {
  const client = await TestLspClient.start({ root: dir, env, initializationOptions: { storagePath } });
  // start() returns right after sending `initialized`: indexing is timed from here.
  const t0 = performance.now();
  await client.waitForIndex(30 * 60 * 1000);
  return { client, ms: performance.now() - t0 };
}

const stats = (samples) => {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, p50: round(at(0.5)), p95: round(at(0.95)), max: round(s[s.length - 1]) };
};
const round = (x) => Math.round(x * 100) / 100;

async function time(n, fn) {
  const samples = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

async function latencySuite(client, dir, files) {
  const groups = (await client.request('sourceLens/searchGroups', { query: '' })).filter((g) => g.mentions > 0);
  groups.sort((a, b) => b.mentions - a.mentions);
  const frequent = groups[0];
  const rare = groups[groups.length - 1];
  const locate = async (groupId) => {
    const refs = await client.request('sourceLens/groupReferences', { groupId });
    return refs[Math.floor(refs.length / 2)];
  };
  const freqLoc = await locate(frequent.groupId);
  const rareLoc = await locate(rare.groupId);
  for (const loc of [freqLoc, rareLoc]) {
    const p = new URL(loc.uri);
    client.open(loc.uri, fs.readFileSync(p, 'utf8'));
  }
  const at = (loc) => ({ textDocument: { uri: loc.uri }, position: loc.range.start });
  const out = { frequentGroup: { id: frequent.groupId, mentions: frequent.mentions, documents: frequent.documents }, rareGroup: { id: rare.groupId, mentions: rare.mentions } };
  out.hoverFrequent = await time(200, () => client.request('textDocument/hover', at(freqLoc)));
  out.hoverRare = await time(200, () => client.request('textDocument/hover', at(rareLoc)));
  out.definition = await time(200, () => client.request('textDocument/definition', at(freqLoc)));
  let referenceCount = 0;
  out.referencesFrequent = await time(30, async () => {
    referenceCount = (await client.request('textDocument/references', { ...at(freqLoc), context: { includeDeclaration: true } }))?.length ?? 0;
  });
  out.referencesFrequent.results = referenceCount;
  const queries = groups.slice(0, 20).map((g) => g.name.slice(0, Math.max(3, Math.ceil(g.name.length / 2))));
  out.workspaceSymbol = await time(200, (i) => client.request('workspace/symbol', { query: queries[i % queries.length] }));

  // A 1 MB document: generated articles concatenated, opened (not on disk, not in the corpus).
  let big = '';
  for (let i = 0; big.length < 1024 * 1024; i++) big += fs.readFileSync(files[i % files.length], 'utf8') + '\n';
  const bigUri = pathToFileURL(path.join(tmp, 'one-megabyte.txt')).toString();
  client.open(bigUri, big);
  // The first request waits for the analysis of the just-opened document; later ones do not.
  const firstStarted = performance.now();
  await client.request('textDocument/semanticTokens/full', { textDocument: { uri: bigUri } });
  out.semanticTokens1MBAfterOpen = round(performance.now() - firstStarted);
  out.semanticTokens1MB = await time(20, () => client.request('textDocument/semanticTokens/full', { textDocument: { uri: bigUri } }));
  out.semanticTokens1MB.bytes = Buffer.byteLength(big);

  // A 5 KB document: a keystroke (full-text didChange, analysed on receipt) then its tokens.
  const small = files.map((f) => fs.readFileSync(f, 'utf8')).find((t) => t.length >= 4800 && t.length <= 6000) ?? big.slice(0, 5120);
  const smallUri = pathToFileURL(path.join(tmp, 'five-kilobytes.txt')).toString();
  client.open(smallUri, small);
  const tokens = () => client.request('textDocument/semanticTokens/full', { textDocument: { uri: smallUri } });
  await tokens();
  out.semanticTokens5KB = await time(200, tokens);
  let text = small;
  out.keystrokeThenTokens = await time(200, (i) => {
    const cut = Math.floor(text.length / 2);
    text = text.slice(0, cut) + (i % 2 ? 'x' : ' ') + text.slice(cut);
    client.change(smallUri, text);
    return tokens();
  });
  out.keystrokeThenTokens.bytes = Buffer.byteLength(small);
  // Re-analysis is what a keystroke adds over a plain tokens request.
  out.keystrokeReanalysisP50 = round(out.keystrokeThenTokens.p50 - out.semanticTokens5KB.p50);
  return out;
}

const CLI_TIMEOUT_MS = 120_000;
const NAIVE_MAX_FILES = 10_000;

function runCli(dir) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [CLI_BUNDLE, 'scan', dir, '--json', '--cross-references', '0'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', timeout: CLI_TIMEOUT_MS });
  // The CLI scan grows faster than linearly (see docs/performance.md): report a timeout, not a hang.
  if (r.error?.code === 'ETIMEDOUT' || r.signal) return { ms: performance.now() - started, timedOut: true };
  if (r.status !== 0) throw new Error(`cli failed: ${r.stderr}`);
  return { ms: performance.now() - started, timedOut: false };
}

// --- run ------------------------------------------------------------------------------------------

const rg = ripgrepBinary();
const patterns = writePatterns();
const results = {
  date: new Date().toISOString(),
  command: 'npm run bench -- ' + args.join(' '),
  machine: { nproc: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memoryGB: round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}`, ripgrep: spawnSync(rg, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0], loadAverageAtStart: os.loadavg().map(round) },
  gazetteer: { file: path.relative(REPO_ROOT, gazetteerFile), groups: gazetteer.groups.length, aliases: patterns.ci.length + patterns.cs.length, caseInsensitive: patterns.ci.length, caseSensitive: patterns.cs.length },
  sizes: [],
};

for (const size of sizes) {
  const { dir, manifest } = ensureCorpus(size, { gazetteer: gazetteerFile, log });
  const files = listFiles(dir);
  const mb = manifest.bytes / 1e6;
  log(`\n== ${size} documents, ${mb.toFixed(1)} MB`);
  runRipgrep(rg, patterns, dir); // warm the page cache so every contender reads from memory
  const rgRuns = [0, 1, 2].map(() => runRipgrep(rg, patterns, dir));
  const ripgrep = rgRuns.sort((a, b) => a.ms - b.ms)[1];
  log(`ripgrep: ${ripgrep.ms.toFixed(0)} ms, ${ripgrep.matches} matches`);

  const storagePath = path.join(tmp, `storage-${size}`);
  fs.rmSync(storagePath, { recursive: true, force: true });
  const cold = await startServer(dir, storagePath);
  const status = await cold.client.request('sourceLens/indexStatus', {});
  const memory = await cold.client.request('sourceLens/memoryUsage', {});
  log(`server cold index: ${cold.ms.toFixed(0)} ms (${status.documents} docs, ${status.mentions} mentions, ${status.claims} claims), RSS ${(memory.rss / 2 ** 20).toFixed(0)} MB`);
  let latency = null;
  if (size === latencySize) {
    log('latency over the wire …');
    latency = await latencySuite(cold.client, dir, files);
  }
  await cold.client.stop();

  const warm = await startServer(dir, storagePath);
  const warmStatus = await warm.client.request('sourceLens/indexStatus', {});
  const warmMemory = await warm.client.request('sourceLens/memoryUsage', {});
  await warm.client.stop();
  log(`server warm start: ${warm.ms.toFixed(0)} ms (${warmStatus.documents} docs, ${warmStatus.mentions} mentions)`);

  const cli = args.includes('--no-cli') ? null : runCli(dir);
  if (cli) log(`cli scan: ${cli.ms.toFixed(0)} ms${cli.timedOut ? ' (timed out)' : ''}`);
  // One regex per alias is slow enough to dominate the run past 10k files: time 10k, scale up.
  const naiveFiles = files.slice(0, NAIVE_MAX_FILES);
  const naive = runNaive(patterns, naiveFiles);
  if (naiveFiles.length < files.length) {
    naive.extrapolatedFrom = naiveFiles.length;
    naive.ms *= files.length / naiveFiles.length;
    naive.matches = Math.round((naive.matches * files.length) / naiveFiles.length);
  }
  log(`naive: ${naive.ms.toFixed(0)} ms, ${naive.matches} matches${naive.extrapolatedFrom ? ` (extrapolated from ${naive.extrapolatedFrom} files)` : ''}`);

  results.sizes.push({
    documents: size,
    files: files.length,
    megabytes: round(mb),
    ripgrep: { ms: round(ripgrep.ms), matches: ripgrep.matches, mbPerSecond: round(mb / (ripgrep.ms / 1000)) },
    coldIndex: { ms: round(cold.ms), mbPerSecond: round(mb / (cold.ms / 1000)), documents: status.documents, mentions: status.mentions, claims: status.claims, ratioToRipgrep: round(cold.ms / ripgrep.ms) },
    warmStart: { ms: round(warm.ms), fractionOfCold: round(warm.ms / cold.ms), documents: warmStatus.documents, mentions: warmStatus.mentions, rssMB: round(warmMemory.rss / 2 ** 20) },
    cli: cli && { ms: round(cli.ms), timedOut: cli.timedOut, ratioToRipgrep: round(cli.ms / ripgrep.ms) },
    naive: { ms: round(naive.ms), matches: naive.matches, regexes: naive.regexes, extrapolatedFrom: naive.extrapolatedFrom ?? null, ratioToColdIndex: round(naive.ms / cold.ms) },
    memory: { rssMB: round(memory.rss / 2 ** 20), heapUsedMB: round(memory.heapUsed / 2 ** 20), heapTotalMB: round(memory.heapTotal / 2 ** 20) },
    latency,
  });
}

// Slope: cost per document as the corpus grows (1.0 = linear).
const bySize = results.sizes;
results.slope = [];
for (let i = 1; i < bySize.length; i++) {
  const a = bySize[i - 1];
  const b = bySize[i];
  const grow = b.documents / a.documents;
  results.slope.push({ from: a.documents, to: b.documents, coldIndex: round(b.coldIndex.ms / a.coldIndex.ms / grow), ripgrep: round(b.ripgrep.ms / a.ripgrep.ms / grow), rss: round(b.memory.rssMB / a.memory.rssMB / grow) });
}

// --- report ---------------------------------------------------------------------------------------

const lines = [];
const row = (...cells) => lines.push('| ' + cells.join(' | ') + ' |');
row('Documents', 'MB', 'ripgrep ms', 'cold index ms', 'MB/s', '**ratio to rg**', 'warm start ms (% cold)', 'CLI scan ms', 'naive ms', 'RSS MB', 'heap MB');
row(...Array(11).fill('---'));
for (const s of results.sizes) {
  row(s.documents, s.megabytes, s.ripgrep.ms.toFixed(0), s.coldIndex.ms.toFixed(0), s.coldIndex.mbPerSecond, `**${s.coldIndex.ratioToRipgrep}×**`, `${s.warmStart.ms.toFixed(0)} (${(s.warmStart.fractionOfCold * 100).toFixed(0)}%)`, s.cli ? (s.cli.timedOut ? `> ${s.cli.ms.toFixed(0)} (timed out)` : s.cli.ms.toFixed(0)) : '–', s.naive.ms.toFixed(0) + (s.naive.extrapolatedFrom ? '*' : ''), s.memory.rssMB.toFixed(0), s.memory.heapUsedMB.toFixed(0));
}
const lat = results.sizes.find((s) => s.latency)?.latency;
if (lat) {
  lines.push('', `Latency over the LSP wire at ${latencySize} documents (ms; frequent group ${lat.frequentGroup.id}: ${lat.frequentGroup.mentions} mentions; rare ${lat.rareGroup.id}: ${lat.rareGroup.mentions})`, '');
  row('Request', 'n', 'p50', 'p95', 'max');
  row('---', '---', '---', '---', '---');
  for (const [name, label] of [
    ['hoverFrequent', 'hover, frequent group'],
    ['hoverRare', 'hover, rare group'],
    ['definition', 'definition'],
    ['referencesFrequent', `references, frequent group (${lat.referencesFrequent.results} locations)`],
    ['workspaceSymbol', 'workspace symbol'],
    ['semanticTokens1MB', 'semantic tokens, 1 MB document'],
    ['semanticTokens5KB', 'semantic tokens, 5 KB document'],
    ['keystrokeThenTokens', 'keystroke (didChange) + semantic tokens, 5 KB'],
  ]) {
    const s = lat[name];
    row(label, s.n, s.p50, s.p95, s.max);
  }
  lines.push('', `Semantic tokens of the 1 MB document, first request right after didOpen (includes its analysis): ${lat.semanticTokens1MBAfterOpen} ms`);
  lines.push('', `Keystroke re-analysis (p50 of keystroke+tokens minus p50 of tokens alone): ${lat.keystrokeReanalysisP50} ms`);
}
if (results.slope.length) lines.push('', 'Slope (cost per document relative to the smaller size; 1.0 = linear): ' + results.slope.map((s) => `${s.from}→${s.to}: index ${s.coldIndex}, ripgrep ${s.ripgrep}, RSS ${s.rss}`).join('; '));
const m = results.machine;
lines.push('', `Machine: ${m.nproc} × ${m.cpu}, ${m.memoryGB} GB, node ${m.node}, ${m.ripgrep}; gazetteer ${results.gazetteer.file} (${results.gazetteer.groups} groups, ${results.gazetteer.aliases} names)`);
// A busy machine inflates every time; say so next to the figures.
lines.push(`Load average at start / end: ${m.loadAverageAtStart.join(' ')} / ${os.loadavg().map(round).join(' ')}`);
results.machine.loadAverageAtEnd = os.loadavg().map(round);
results.table = lines.join('\n');
console.log(results.table);

const resultsDir = path.join(BENCH_DIR, 'results');
fs.mkdirSync(resultsDir, { recursive: true });
const json = JSON.stringify(results, null, 2) + '\n';
fs.writeFileSync(path.join(resultsDir, `${results.date.replace(/[:]/g, '-').replace(/\..*/, '')}.json`), json);
fs.writeFileSync(path.join(resultsDir, 'latest.json'), json);
fs.rmSync(tmp, { recursive: true, force: true });
