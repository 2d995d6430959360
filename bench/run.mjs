// Source Lens benchmark: the real server over stdio against ripgrep as a user runs it, on the same
// generated files, in one run (interleaved rounds), plus the cost of each phase of the cold path.
//   npm run bench [-- --sizes 1k,10k] [--include-100k] [--rounds N] [--no-build] [--no-cli] [--no-phases]
//                 [--latency-size 10k] [--naive] [--cli-timeout SECONDS] [--workers 1,2]
// Prints the tables and writes bench/results/<date>.json and bench/results/latest.json.
// Everything it needs is installed by `npm ci` except ripgrep (Debian package "ripgrep", which it
// installs when missing and allowed to).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { BENCH_DIR, REPO_ROOT, benchGazetteerPath, ensureCorpus, parseSize } from './generate-corpus.mjs';
import { cacheWritten, rehearsed, round, stats, time } from './latency.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const sizes = option('--sizes', '1k,10k').split(',').map(parseSize);
if (args.includes('--include-100k') && !sizes.includes(100000)) sizes.push(100000);
const latencySize = parseSize(option('--latency-size', sizes.includes(10000) ? '10k' : String(sizes[sizes.length - 1])));
const cliTimeoutMs = Number(option('--cli-timeout', '900')) * 1000;
// Extra cold runs with analysis workers forced (SOURCE_LENS_ANALYSIS_WORKERS), beside the default.
const workerCounts = option('--workers', '0,1,2').split(',').filter(Boolean).map(Number);
const log = (s) => process.stderr.write(s + '\n');
const loadavg = () => os.loadavg().map((x) => round(x));

process.chdir(REPO_ROOT);
if (!args.includes('--no-build')) {
  log('building …');
  if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' }).status !== 0) throw new Error('build failed');
}
const lsp = require(path.join(REPO_ROOT, 'out/test/support/lspClient.js'));
const { TestLspClient } = lsp;
const { parseGazetteer, namesOf } = require(path.join(REPO_ROOT, 'out/server/src/core/gazetteer/gazetteer.js'));
// The server's own rule for how many analysis workers a machine gets (SOURCE_LENS_ANALYSIS_WORKERS unset).
const { analysisWorkerCount } = require(path.join(REPO_ROOT, 'out/server/src/analysisPool.js'));

const gazetteerFile = benchGazetteerPath();
const gazetteer = parseGazetteer(JSON.parse(fs.readFileSync(gazetteerFile, 'utf8')), 'builtin').gazetteer;
const env = { SOURCE_LENS_BUILTIN_GAZETTEER: gazetteerFile };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-bench-'));
// Run private copies of the bundles: colleagues rebuilding dist/ mid-run would change the code
// under test (and, rightly, invalidate the index cache between the cold and the warm start).
for (const file of fs.readdirSync(path.join(REPO_ROOT, 'dist'))) if (file.endsWith('.js')) fs.copyFileSync(path.join(REPO_ROOT, 'dist', file), path.join(tmp, file));
lsp.SERVER_BUNDLE = path.join(tmp, 'server.js');
const CLI_BUNDLE = path.join(tmp, 'cli.js');

// --- the reference: ripgrep as a user types it -----------------------------------------------------

function ripgrepBinary() {
  if (spawnSync('rg', ['--version']).status === 0) return 'rg';
  log('ripgrep is missing: trying apt-get install -y ripgrep …');
  spawnSync('apt-get', ['install', '-y', 'ripgrep'], { stdio: 'inherit' });
  if (spawnSync('rg', ['--version']).status === 0) return 'rg';
  throw new Error('ripgrep (rg) is required: install the Debian package "ripgrep" (apt-get install -y ripgrep) and re-run');
}

/** Every name of every group, one per line: the file an analyst would hand to `rg -f`. */
function writeAliases() {
  const names = new Set();
  for (const group of gazetteer.groups) for (const name of namesOf(group)) names.add(name.text);
  const file = path.join(tmp, 'aliases.txt');
  fs.writeFileSync(file, [...names].join('\n') + '\n');
  return { file, count: names.size };
}

// CPU seconds of child processes through /usr/bin/time (GNU time), when the machine has it: on a
// shared machine CPU time moves much less with the load than wall time does.
const GNU_TIME = fs.existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%U', 'true']).status === 0 ? '/usr/bin/time' : null;
function withCpu(command, commandArgs) {
  if (!GNU_TIME) return { command, args: commandArgs, cpuMs: () => null };
  const file = path.join(tmp, `cpu-${process.hrtime.bigint()}.txt`);
  return {
    command: GNU_TIME,
    args: ['-f', '%U %S', '-o', file, command, ...commandArgs],
    cpuMs: () => {
      try {
        const [user, system] = fs.readFileSync(file, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
        return round((user + system) * 1000);
      } catch {
        return null;
      }
    },
  };
}

/** One pass, all aliases, default threads: `rg -c -i -w -F -f aliases.txt <dir>` (or --count-matches). */
function runRipgrep(rg, aliases, dir, countMatches = false) {
  const started = performance.now();
  const timed = withCpu(rg, [countMatches ? '--count-matches' : '-c', '-i', '-w', '-F', '-f', aliases.file, dir]);
  const r = spawnSync(timed.command, timed.args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  const cpuMs = timed.cpuMs();
  if (r.status !== 0 && r.status !== 1) throw new Error(`rg failed: ${r.stderr}`);
  let total = 0;
  let files = 0;
  for (const line of r.stdout.split('\n')) {
    const colon = line.lastIndexOf(':');
    if (colon < 0) continue;
    total += Number(line.slice(colon + 1));
    files++;
  }
  return { ms, cpuMs, total, files };
}

// --- optional naive baseline (one regular expression per alias) -----------------------------------

function listFiles(dir) {
  const out = [];
  for (const sub of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, sub);
    if (fs.statSync(p).isDirectory()) for (const f of fs.readdirSync(p).sort()) if (f.endsWith('.txt')) out.push(path.join(p, f));
  }
  return out;
}

function runNaive(files) {
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const regexes = [];
  for (const group of gazetteer.groups) for (const name of namesOf(group)) regexes.push(new RegExp(`\\b${escape(name.text)}\\b`, 'gi'));
  let matches = 0;
  const started = performance.now();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const re of regexes) {
      re.lastIndex = 0;
      while (re.exec(text)) matches++;
    }
  }
  return { ms: round(performance.now() - started), matches };
}

// --- the real server -------------------------------------------------------------------------------


/** A hover position on a mention in the first corpus file, found by the core's own matcher. */
function probePosition(files) {
  const { GroupMatcher } = require(path.join(REPO_ROOT, 'out/server/src/core/recognition/groupMatcher.js'));
  const { LineIndex } = require(path.join(REPO_ROOT, 'out/server/src/core/text/positions.js'));
  const matcher = new GroupMatcher(gazetteer);
  for (const file of files.slice(0, 50)) {
    const text = fs.readFileSync(file, 'utf8');
    const found = matcher.findMentions(text);
    if (found.length) return { textDocument: { uri: pathToFileURL(file).toString() }, position: new LineIndex(text).positionAt(found[0].start) };
  }
  return null;
}

/**
 * Starts a server on `dir` and times its indexing from `initialized` to the end of its progress;
 * meanwhile a hover every 50 ms measures how responsive the server stays while indexing.
 */
/**
 * The server's memory once it has settled: read every 250 ms, up to 5 s, until two readings in a row
 * are within 1 MB. Right after indexing the server compacts its heap, and the engine gives the
 * emptied pages back to the system over the next second or so; the first reading still counts them.
 * Both readings are reported; the settled one is what the process keeps while the analyst works.
 */
async function settledMemory(client, first) {
  let previous = first;
  const t0 = performance.now();
  while (performance.now() - t0 < 5000) {
    await new Promise((r) => setTimeout(r, 250));
    const next = await client.request('sourceLens/memoryUsage', {});
    if (Math.abs(next.rss - previous.rss) < 2 ** 20) return { memory: next, afterMs: round(performance.now() - t0) };
    previous = next;
  }
  return { memory: previous, afterMs: round(performance.now() - t0) };
}

async function startServer(dir, storagePath, probe, extraEnv = {}) {
  const client = await TestLspClient.start({ root: dir, env: { ...env, ...extraEnv }, initializationOptions: { storagePath } });
  const t0 = performance.now();
  const cpuAt = async () => {
    const { cpu } = await client.request('sourceLens/memoryUsage', {});
    return cpu ? (cpu.user + cpu.system) / 1000 : null;
  };
  const cpu0 = await cpuAt();
  let indexing = true;
  const during = [];
  const prober = (async () => {
    while (indexing && probe) {
      const t = performance.now();
      await client.request('textDocument/hover', probe);
      during.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  await client.waitForIndex(60 * 60 * 1000);
  const ms = performance.now() - t0;
  const cpu1 = await cpuAt();
  // The group pass's end (a cold start: every document's group mentions indexed, claims still being
  // read), by the arrival of its notification; a warm start has none.
  const groups = client.notifications.find((n) => n.method === 'sourceLens/groupsIndexed');
  const groupsMs = groups?.at !== undefined ? round(groups.at - t0) : null;
  indexing = false;
  await prober;
  // The cache is written after the progress ends; wait for it so the next start can use it.
  const cacheMs = (await cacheWritten(client)) ? round(performance.now() - t0 - ms) : null;
  // Then the server rehearses its first hovers (server/src/warmUp.ts); the latencies are measured after it.
  const warmUpMs = (await rehearsed(client)) ? round(performance.now() - t0 - ms - (cacheMs ?? 0)) : null;
  // Main thread and V8's helpers (and analysis workers, which run in the same process).
  const cpuMs = cpu0 !== null && cpu1 !== null ? round(cpu1 - cpu0) : null;
  return { client, ms, groupsMs, groups: groups?.params ?? null, cpuMs, during: stats(during), cacheWrittenAfterMs: cacheMs, warmUpAfterCacheMs: warmUpMs };
}


async function latencySuite(client, files) {
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
  // 200 distinct mentions of the frequent group spread over its documents (most in a claim, so the
  // hover looks for related claims): an answer kept for one spot would make no other cheaper.
  const freqRefs = await client.request('sourceLens/groupReferences', { groupId: frequent.groupId });
  const spots = Array.from({ length: Math.min(200, freqRefs.length) }, (_, i) => freqRefs[Math.floor(((i + 0.5) * freqRefs.length) / Math.min(200, freqRefs.length))]);
  for (const loc of [freqLoc, rareLoc]) client.open(loc.uri, fs.readFileSync(new URL(loc.uri), 'utf8'));
  const at = (loc) => ({ textDocument: { uri: loc.uri }, position: loc.range.start });
  const out = { frequentGroup: { id: frequent.groupId, mentions: frequent.mentions, documents: frequent.documents }, rareGroup: { id: rare.groupId, mentions: rare.mentions } };
  await client.request('textDocument/hover', at(freqLoc)); // the first hover after opening waits for its analysis
  let withClaim = 0;
  out.hoverFrequent = await time(spots.length, async (i) => {
    const hover = await client.request('textDocument/hover', at(spots[i]));
    if (!hover?.contents?.value?.includes('(known group)')) throw new Error(`no group hover at ${JSON.stringify(spots[i])}`);
    if (hover.contents.value.includes('**Related claims in other documents**')) withClaim++;
  });
  out.hoverFrequent.distinctSpots = new Set(spots.map((l) => `${l.uri}:${l.range.start.line}:${l.range.start.character}`)).size;
  out.hoverFrequent.withRelatedClaims = withClaim;
  // The same measure once the hover paths are compiled and warm: 200 hovers on other mentions of
  // the group (between the measured ones), then 200 more distinct mentions, none hovered before.
  // Reported beside the first figure, which stays the one judged.
  const between = (k) => Array.from({ length: Math.min(200, freqRefs.length) }, (_, i) => freqRefs[Math.floor(((i + k) * freqRefs.length) / Math.min(200, freqRefs.length))]);
  for (const loc of between(0.25)) await client.request('textDocument/hover', at(loc));
  const fresh = between(0.75);
  out.hoverFrequentWarm = await time(fresh.length, (i) => client.request('textDocument/hover', at(fresh[i])));
  out.hoverFrequentOneSpot = await time(200, () => client.request('textDocument/hover', at(freqLoc)));
  out.hoverRare = await time(200, () => client.request('textDocument/hover', at(rareLoc)));
  out.definition = await time(200, () => client.request('textDocument/definition', at(freqLoc)));
  let referenceCount = 0;
  out.referencesFrequent = await time(40, async () => {
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
  const firstStarted = performance.now();
  await client.request('textDocument/semanticTokens/full', { textDocument: { uri: bigUri } });
  out.semanticTokens1MBAfterOpen = round(performance.now() - firstStarted);
  out.semanticTokens1MB = await time(20, () => client.request('textDocument/semanticTokens/full', { textDocument: { uri: bigUri } }));

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
  out.keystrokeReanalysisP50 = round(out.keystrokeThenTokens.p50 - out.semanticTokens5KB.p50);
  return out;
}

/** `source-lens scan <dir> --json [extra]` to /dev/null, as a user would script it. */
function runCli(dir, extra) {
  return new Promise((resolve) => {
    const started = performance.now();
    const timed = withCpu(process.execPath, [CLI_BUNDLE, 'scan', dir, '--json', ...extra]);
    // Its own process group, so a timeout stops the CLI and not only the timing wrapper.
    const child = spawn(timed.command, timed.args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, cliTimeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const ms = round(performance.now() - started);
      if (signal || code === 137) resolve({ ms, timedOut: true });
      else if (code !== 0) resolve({ ms, failed: stderr.slice(0, 500) });
      else resolve({ ms, cpuMs: timed.cpuMs(), timedOut: false });
    });
  });
}

function runPhases(dir) {
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(BENCH_DIR, 'phases.mjs'), dir, '--json'], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 24 });
  if (r.status !== 0) return { error: r.stderr.slice(-2000) || `exit ${r.status}, signal ${r.signal}` };
  const last = r.stdout.trim().split('\n').pop() ?? '';
  try {
    const parsed = JSON.parse(last);
    if (parsed && typeof parsed.ms === 'object') return parsed;
  } catch {
    // reported below
  }
  return { error: `no phase figures in the output: ${last.slice(0, 200)} ${r.stderr.slice(-300)}` };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// --- run ---------------------------------------------------------------------------------------------

const rg = ripgrepBinary();
const aliases = writeAliases();
const results = {
  date: new Date().toISOString(),
  command: 'npm run bench -- ' + args.join(' '),
  machine: {
    cores: os.availableParallelism?.() ?? os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGB: round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    ripgrep: spawnSync(rg, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0],
    loadAverageAtStart: loadavg(),
  },
  gazetteer: { file: path.relative(REPO_ROOT, gazetteerFile), groups: gazetteer.groups.length, aliases: aliases.count },
  reference: `rg -c -i -w -F -f aliases.txt <dir> (${aliases.count} aliases, one pass, default threads); also --count-matches`,
  sizes: [],
};

for (const size of sizes) {
  const { dir, manifest } = ensureCorpus(size, { gazetteer: gazetteerFile, log });
  const files = listFiles(dir);
  const mb = manifest.bytes / 1e6;
  const rounds = Number(option('--rounds', size >= 100000 ? '1' : size >= 10000 ? '2' : '3'));
  log(`\n== ${size} documents, ${mb.toFixed(1)} MB, ${rounds} interleaved round(s); load ${loadavg().join(' ')}`);
  runRipgrep(rg, aliases, dir); // warm the page cache so every contender reads from memory
  const probe = probePosition(files);
  const storagePath = path.join(tmp, `storage-${size}`);
  const rgRuns = [];
  const rgMatchRuns = [];
  const coldRuns = [];
  let cold = null;
  let coldStatus = null;
  let coldMemory = null;
  let coldSettled = null;
  let latency = null;
  for (let r = 0; r < rounds; r++) {
    const rgRun = runRipgrep(rg, aliases, dir);
    rgRuns.push(rgRun);
    fs.rmSync(storagePath, { recursive: true, force: true });
    const run = await startServer(dir, storagePath, probe);
    const status = await run.client.request('sourceLens/indexStatus', {});
    const memory = await run.client.request('sourceLens/memoryUsage', {});
    coldRuns.push({ ms: round(run.ms), ratio: round(run.ms / rgRun.ms), groupsMs: run.groupsMs, groupsRatio: run.groupsMs === null ? null : round(run.groupsMs / rgRun.ms), groupsServerMs: run.groups?.ms ?? null, cpuMs: run.cpuMs, rgCpuMs: rgRun.cpuMs, cpuRatio: run.cpuMs && rgRun.cpuMs ? round(run.cpuMs / rgRun.cpuMs) : null, load: loadavg(), during: run.during, cacheWrittenAfterMs: run.cacheWrittenAfterMs, warmUpAfterCacheMs: run.warmUpAfterCacheMs, rssMB: round(memory.rss / 2 ** 20), heapUsedMB: round(memory.heapUsed / 2 ** 20) });
    log(`round ${r + 1}: rg -c ${rgRun.ms.toFixed(0)} ms (${rgRun.total} lines in ${rgRun.files} files); server groups ready ${run.groupsMs === null ? '–' : run.groupsMs.toFixed(0)} ms, cold index ${run.ms.toFixed(0)} ms (${status.documents} docs, ${status.mentions} mentions, ${status.claims} claims), ratio ${(run.ms / rgRun.ms).toFixed(2)}, RSS ${(memory.rss / 2 ** 20).toFixed(0)} MB; hover while indexing p95 ${run.during.p95} ms`);
    rgMatchRuns.push(runRipgrep(rg, aliases, dir, true));
    if (r === rounds - 1) {
      cold = run;
      coldStatus = status;
      coldMemory = memory;
      coldSettled = await settledMemory(run.client, memory);
      log(`RSS settled at ${(coldSettled.memory.rss / 2 ** 20).toFixed(0)} MB after ${coldSettled.afterMs} ms`);
      if (size === latencySize) {
        log('latency over the wire …');
        latency = await latencySuite(run.client, files);
      }
    }
    await run.client.stop();
  }

  // The same cold index with analysis workers forced, each right after its own ripgrep run.
  const withWorkers = [];
  if (size <= 10000) {
    for (const n of workerCounts) {
      const rgRun = runRipgrep(rg, aliases, dir);
      const workerStorage = path.join(tmp, `storage-${size}-workers-${n}`);
      const run = await startServer(dir, workerStorage, probe, { SOURCE_LENS_ANALYSIS_WORKERS: String(n) });
      const memory = await run.client.request('sourceLens/memoryUsage', {});
      await run.client.stop();
      fs.rmSync(workerStorage, { recursive: true, force: true });
      withWorkers.push({ workers: n, ms: round(run.ms), ratio: round(run.ms / rgRun.ms), rgMs: round(rgRun.ms), cpuMs: run.cpuMs, load: loadavg(), during: run.during, rssMB: round(memory.rss / 2 ** 20) });
      log(`cold index with ${n} analysis worker(s): ${run.ms.toFixed(0)} ms, ratio ${(run.ms / rgRun.ms).toFixed(2)} (rg ${rgRun.ms.toFixed(0)} ms); hover while indexing p95 ${run.during.p95} ms`);
    }
  }

  const warm = await startServer(dir, storagePath, null);
  const warmStatus = await warm.client.request('sourceLens/indexStatus', {});
  const warmMemory = await warm.client.request('sourceLens/memoryUsage', {});
  const warmSettled = await settledMemory(warm.client, warmMemory);
  await warm.client.stop();
  const coldMs = median(coldRuns.map((c) => c.ms));
  log(`warm start: ${warm.ms.toFixed(0)} ms (${warmStatus.documents} docs), ${(100 * warm.ms / coldMs).toFixed(0)}% of cold`);

  // --no-phases: no in-process pass (at 100k it takes as long as the cold index).
  const phases = args.includes('--no-phases') ? { error: 'not measured (--no-phases)' } : (log('phases (in-process) …'), runPhases(dir));
  let cli = null;
  if (!args.includes('--no-cli')) {
    cli = { noCrossReferences: await runCli(dir, ['--cross-references', '0']), withCrossReferences: await runCli(dir, []) };
    log(`cli scan --json: ${cli.withCrossReferences.ms.toFixed(0)} ms${cli.withCrossReferences.timedOut ? ' (timed out)' : ''}; --cross-references 0: ${cli.noCrossReferences.ms.toFixed(0)} ms`);
  }
  const naive = args.includes('--naive') ? runNaive(files.slice(0, 10000)) : null;
  const rgMs = median(rgRuns.map((x) => x.ms));
  results.sizes.push({
    documents: size,
    files: files.length,
    megabytes: round(mb),
    kinds: manifest.kinds,
    ripgrep: { ms: round(rgMs), cpuMs: median(rgRuns.map((x) => x.cpuMs ?? NaN)), runs: rgRuns.map((x) => round(x.ms)), matchingLines: rgRuns[0].total, filesWithMatches: rgRuns[0].files, countMatches: { ms: round(median(rgMatchRuns.map((x) => x.ms))), matches: rgMatchRuns[0].total } },
    withWorkers,
    // The group pass (sourceLens/groupsIndexed) in the same cold runs: when every document's group
    // mentions answer, before the full analysis (the cold index above) ends.
    groupsReady: coldRuns.every((c) => c.groupsMs !== null) ? { ms: round(median(coldRuns.map((c) => c.groupsMs))), ratioToRipgrep: round(median(coldRuns.map((c) => c.groupsRatio))), runs: coldRuns.map((c) => c.groupsMs) } : null,
    coldIndex: { ms: round(coldMs), cpuMs: median(coldRuns.map((c) => c.cpuMs ?? NaN)), cpuRatioToRipgrep: round(median(coldRuns.map((c) => c.cpuRatio ?? NaN))), runs: coldRuns, ratioToRipgrep: round(median(coldRuns.map((c) => c.ratio))), ratioToCountMatches: round(coldMs / median(rgMatchRuns.map((x) => x.ms))), mbPerSecond: round(mb / (coldMs / 1000)), documents: coldStatus.documents, mentions: coldStatus.mentions, claims: coldStatus.claims, duringIndexingHover: cold.during, cacheWrittenAfterMs: cold.cacheWrittenAfterMs, warmUpAfterCacheMs: cold.warmUpAfterCacheMs },
    warmStart: { ms: round(warm.ms), fractionOfCold: round(warm.ms / coldMs, 4), documents: warmStatus.documents, rssMB: round(warmMemory.rss / 2 ** 20), settledRssMB: round(warmSettled.memory.rss / 2 ** 20), settledAfterMs: warmSettled.afterMs },
    memory: { rssMB: round(coldMemory.rss / 2 ** 20), heapUsedMB: round(coldMemory.heapUsed / 2 ** 20), heapTotalMB: round(coldMemory.heapTotal / 2 ** 20), settledRssMB: round(coldSettled.memory.rss / 2 ** 20), settledAfterMs: coldSettled.afterMs, settledHeapUsedMB: round(coldSettled.memory.heapUsed / 2 ** 20) },
    phases,
    cli,
    naive,
    latency,
  });
}
results.machine.loadAverageAtEnd = loadavg();
// The measurements are kept before the report is made: a report that fails loses no run.
fs.mkdirSync(path.join(BENCH_DIR, 'results'), { recursive: true });
fs.writeFileSync(path.join(BENCH_DIR, 'results', `${results.date.replace(/[:]/g, '-').replace(/\..*/, '')}.json`), JSON.stringify(results, null, 2) + '\n');

// --- report ------------------------------------------------------------------------------------------

const lines = [];
const row = (...cells) => lines.push('| ' + cells.join(' | ') + ' |');
const fmt = (x) => (x === null || x === undefined ? '–' : typeof x === 'number' ? String(Math.round(x)) : x);
const cliCell = (c) => (!c ? '–' : c.timedOut ? `> ${fmt(c.ms)} (timeout)` : c.failed ? 'failed' : fmt(c.ms));
row('Documents', 'MB', 'rg -c ms', 'rg --count-matches ms', 'groups ready ms (ratio to rg -c)', 'cold index ms', '**ratio to rg -c**', 'CPU s: index / rg (ratio)', 'warm start ms (% cold)', 'scan --json ms', 'scan, 0 cross-refs ms', 'RSS MB at once / settled', 'heap MB', 'hover while indexing p95 ms');
row(...Array(14).fill('---'));
const secs = (x) => (x === null || x === undefined || Number.isNaN(x) ? '–' : (x / 1000).toFixed(1));
for (const s of results.sizes) {
  const cpu = `${secs(s.coldIndex.cpuMs)} / ${secs(s.ripgrep.cpuMs)} (${Number.isNaN(s.coldIndex.cpuRatioToRipgrep) ? '–' : s.coldIndex.cpuRatioToRipgrep + '×'})`;
  const groupsCell = s.groupsReady ? `${fmt(s.groupsReady.ms)} (${s.groupsReady.ratioToRipgrep}×)` : '–';
  row(s.documents, s.megabytes, fmt(s.ripgrep.ms), fmt(s.ripgrep.countMatches.ms), groupsCell, fmt(s.coldIndex.ms), `**${s.coldIndex.ratioToRipgrep}×**`, cpu, `${fmt(s.warmStart.ms)} (${round(s.warmStart.fractionOfCold * 100, 1)}%)`, cliCell(s.cli?.withCrossReferences), cliCell(s.cli?.noCrossReferences), `${fmt(s.memory.rssMB)} / ${fmt(s.memory.settledRssMB)}`, fmt(s.memory.heapUsedMB), s.coldIndex.duringIndexingHover.p95 ?? '–');
}
if (results.sizes.some((s) => s.groupsReady)) {
  // Beside the cold index, not instead of it: the cold index (and its target) is the full analysis.
  lines.push('', 'Groups ready: the cold start\'s group pass has ended (sourceLens/groupsIndexed; every document\'s group mentions answer references, symbols, counts and colouring while claims and people are still being read): ' + results.sizes.filter((s) => s.groupsReady).map((s) => `${s.documents}: ${fmt(s.groupsReady.ms)} ms, ${s.groupsReady.ratioToRipgrep}× rg -c (cold index ${fmt(s.coldIndex.ms)} ms)`).join('; '));
}
if (results.sizes.some((s) => s.withWorkers.length)) {
  lines.push('', `Cold index with analysis workers forced (default on this machine: ${analysisWorkerCount({}, results.machine.cores)}), each after its own ripgrep run:`, '');
  row('Documents', 'workers', 'cold index ms', 'ratio to rg -c', 'CPU s', 'hover while indexing p95 ms', 'RSS MB');
  row(...Array(7).fill('---'));
  for (const s of results.sizes) for (const w of s.withWorkers) row(s.documents, w.workers, fmt(w.ms), `${w.ratio}×`, secs(w.cpuMs), w.during.p95 ?? '–', fmt(w.rssMB));
}
lines.push('', 'Cold path by phase, in one process on the same files (ms; heap after a full GC):', '');
row('Documents', 'discovery', 'read', 'document model', 'group match', 'people', 'claims + attribution', 'index build', 'people index + claim search', 'cache write', 'cache load', 'mentions', 'claims', 'cache MB', 'heap after GC MB');
row(...Array(15).fill('---'));
for (const s of results.sizes) {
  const p = s.phases;
  if (p.error || !p.ms) row(s.documents, `error: ${(p.error ?? 'no phase figures').split('\n')[0]}`, ...Array(13).fill(''));
  else row(s.documents, p.ms.discovery, p.ms.read, p.ms.model ?? '–', p.ms.match, p.ms.people ?? '–', p.ms.claims, p.ms.build, p.ms.observers ?? '–', p.ms.cacheWrite, p.ms.cacheLoad, p.counts.mentions, p.counts.claims, p.cacheMB, p.heapAfterGcMB);
}
const lat = results.sizes.find((s) => s.latency)?.latency;
if (lat) {
  lines.push('', `Latency over the LSP wire at ${latencySize} documents (ms; frequent group ${lat.frequentGroup.id}: ${lat.frequentGroup.mentions} mentions in ${lat.frequentGroup.documents} documents; rare ${lat.rareGroup.id}: ${lat.rareGroup.mentions})`, '');
  row('Request', 'n', 'p50', 'p95', 'max');
  row('---', '---', '---', '---', '---');
  for (const [name, label] of [
    ['hoverFrequent', `hover, most frequent group (${lat.hoverFrequent.distinctSpots} distinct mentions, ${lat.hoverFrequent.withRelatedClaims} in a claim)`],
    ...(lat.hoverFrequentWarm ? [['hoverFrequentWarm', 'hover, most frequent group, 200 other distinct mentions after 200 warm-up hovers (not judged)']] : []),
    ['hoverFrequentOneSpot', 'hover, most frequent group, one mention 200 times'],
    ['hoverRare', 'hover, rare group'],
    ['definition', 'definition'],
    ['referencesFrequent', `references, most frequent group (first page: ${lat.referencesFrequent.results} locations)`],
    ['workspaceSymbol', 'workspace symbol'],
    ['semanticTokens1MB', 'semantic tokens, 1 MB document'],
    ['semanticTokens5KB', 'semantic tokens, 5 KB document'],
    ['keystrokeThenTokens', 'keystroke (didChange) + semantic tokens, 5 KB'],
  ]) {
    const s = lat[name];
    row(label, s.n, s.p50, s.p95, s.max);
  }
  lines.push('', `Semantic tokens of the 1 MB document, first request right after didOpen (includes its analysis): ${lat.semanticTokens1MBAfterOpen} ms; keystroke re-analysis (p50 of keystroke+tokens minus tokens alone): ${lat.keystrokeReanalysisP50} ms`);
}

// Targets (issue 11), judged on this run.
const at = (n) => results.sizes.find((s) => s.documents === n);
const targets = [];
const judge = (name, value, limit, unit, text) => targets.push({ name, value, limit, met: value !== null && value !== undefined && value <= limit, text: text ?? `${value}${unit}` });
const s10 = at(10000);
const s1 = at(1000);
const s100 = at(100000);
if (s10) {
  judge('cold index ≤ 2× ripgrep (10k)', s10.coldIndex.ratioToRipgrep, 2, '×', `${s10.coldIndex.ratioToRipgrep}× (CPU time ${Number.isNaN(s10.coldIndex.cpuRatioToRipgrep) ? '–' : s10.coldIndex.cpuRatioToRipgrep + '×'})`);
  // Judged unrounded: 10.2 % is over the limit.
  judge('warm start ≤ 10% of cold (10k)', round(100 * s10.warmStart.fractionOfCold, 1), 10, '%');
  judge('RSS ≤ 150 MB after indexing (10k)', Math.round(s10.memory.settledRssMB), 150, ' MB', `${Math.round(s10.memory.settledRssMB)} MB settled after ${s10.memory.settledAfterMs} ms (${Math.round(s10.memory.rssMB)} MB at once; warm start ${Math.round(s10.warmStart.settledRssMB)} / ${Math.round(s10.warmStart.rssMB)} MB)`);
}
if (lat) {
  judge(`hover p95 ≤ 5 ms, most frequent group (${latencySize})`, lat.hoverFrequent.p95, 5, ' ms');
  judge(`references first page ≤ 20 ms (${latencySize}, p95)`, lat.referencesFrequent.p95, 20, ' ms');
  judge(`workspace symbol p95 ≤ 10 ms (${latencySize})`, lat.workspaceSymbol.p95, 10, ' ms');
}
if (s100) judge('RSS ≤ 1 GB after indexing (100k)', Math.round(s100.memory.settledRssMB), 1024, ' MB', `${Math.round(s100.memory.settledRssMB)} MB settled (${Math.round(s100.memory.rssMB)} MB at once)`);
if (s1 && s10 && s1.cli && s10.cli && !s10.cli.withCrossReferences.timedOut) {
  const ratio = round(s10.cli.withCrossReferences.ms / s1.cli.withCrossReferences.ms);
  const c1 = s1.cli.withCrossReferences.cpuMs;
  const c10 = s10.cli.withCrossReferences.cpuMs;
  const cpuNote = c1 && c10 ? `; CPU ${round(c10 / c1)}× (${secs(c1)} → ${secs(c10)} s)` : '';
  judge('scan --json linear: 10k ≤ 10× 1k', ratio, 10, '×', `${ratio}× (${fmt(s1.cli.withCrossReferences.ms)} → ${fmt(s10.cli.withCrossReferences.ms)} ms)${cpuNote}`);
} else if (s1 && s10 && s10.cli?.withCrossReferences.timedOut) targets.push({ name: 'scan --json linear: 10k ≤ 10× 1k', met: false, text: `timed out after ${fmt(s10.cli.withCrossReferences.ms)} ms` });
results.targets = targets;
lines.push('', '| target | measured | status |', '| --- | --- | --- |');
for (const t of targets) lines.push(`| ${t.name} | ${t.text} | ${t.met ? 'met' : t.value ? `**missed** by ${round(((t.value - t.limit) / t.limit) * 100)} %` : '**missed**'} |`);

const m = results.machine;
lines.push('', `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGB} GB, node ${m.node}, ${m.ripgrep}; gazetteer ${results.gazetteer.file} (${results.gazetteer.groups} groups, ${results.gazetteer.aliases} aliases); reference: ${results.reference}`);
lines.push(`Load average (1, 5, 15 min) at start / end: ${m.loadAverageAtStart.join(' ')} / ${m.loadAverageAtEnd.join(' ')}; per round: ${results.sizes.map((s) => `${s.documents}: ${s.coldIndex.runs.map((r) => r.load[0]).join(', ')}`).join('; ')}`);
results.table = lines.join('\n');
console.log(results.table);

const resultsDir = path.join(BENCH_DIR, 'results');
fs.mkdirSync(resultsDir, { recursive: true });
const json = JSON.stringify(results, null, 2) + '\n';
fs.writeFileSync(path.join(resultsDir, `${results.date.replace(/[:]/g, '-').replace(/\..*/, '')}.json`), json);
fs.writeFileSync(path.join(resultsDir, 'latest.json'), json);
fs.rmSync(tmp, { recursive: true, force: true });
