// Runs every test suite, in order, and prints one closing line "N passed, N failed".
//   1. build: bundles (dist/) and type-checked test sources (out/)
//   2. node:test suites: unit (core), protocol (real server over stdio), CLI
//   3. `npm start` without a person: scripts/start.mjs --smoke (code-server + headless Chromium, the
//      status bar reports the indexed samples)
//   4. the extension inside a real VS Code (code-server + headless Chromium) and the Playwright check
// A suite that cannot run fails the run loudly with its reason; nothing is skipped silently.
// In CI (CI=true) suites 3 and 4 share one fresh temporary install cache, made here and removed at
// the end (also on failure or a signal), so every run pays and proves the first-run install once.
// The scripts run here get the environment as npm gave it, as under `npm start`; they clean it for
// the tools they start (scripts/clean-env.mjs).
//   node scripts/test.mjs [--only node|start|editor]
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useFreshCacheInCI } from './ensure-code-server.mjs';
import { installSignalHandlers, run, stoppingSignal } from './processes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;

const results = [];
function record(name, passed, failed, note = '', skipped = 0, todo = 0) {
  results.push({ name, passed, failed, note, skipped, todo });
  console.log(`\n== ${name}: ${line({ passed, failed, skipped, todo })}${note ? ` (${note})` : ''}\n`);
}

/** Known gaps (`todo` tests: a wording the rules do not read yet) are counted apart, never as passed. */
function line({ passed, failed, skipped, todo }) {
  return `${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : '') + (todo ? `, ${todo} known gaps (todo: a wording not read yet, listed above as "# not read yet" or "# still read")` : '');
}

// A signal stops the running suite (which cleans up after itself), then removes the CI cache.
installSignalHandlers();
const suite = async (args) => {
  const status = await run(process.execPath, args, { graceMs: 30_000 });
  if (stoppingSignal()) await new Promise(() => {}); // no next suite: the signal handler is exiting
  return status;
};

// 1. Build.
if ((await suite(['scripts/build.mjs'])) !== 0) {
  record('build', 0, 1, 'the build failed; no test can run');
  finish();
}

// 2. node:test suites.
if (!only || only === 'node') {
  mkdirSync('out', { recursive: true });
  const tap = path.join('out', 'node-tests.tap');
  const dirs = ['out/test/unit', 'out/test/protocol', 'out/test/cli'].filter((d) => existsSync(d));
  const status = await suite(['--test', '--test-concurrency=2', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...dirs]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (label) => Number((text.match(new RegExp(`^# ${label} (\\d+)$`, 'm')) ?? [])[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled');
  if (passed === 0 && failed === 0) record('node:test (unit, protocol, CLI)', 0, 1, `no test ran (exit ${status})`);
  else record('node:test (unit, protocol, CLI)', passed, status !== 0 && failed === 0 ? 1 : failed, '', count('skipped'), count('todo'));
}

// 3. npm start, headless.
if (!only || only === 'start') {
  useFreshCacheInCI();
  const status = await suite(['scripts/start.mjs', '--smoke']);
  record('npm start, headless (start.mjs --smoke)', status === 0 ? 1 : 0, status === 0 ? 0 : 1, status === 0 ? '' : `exit ${status}; see "start --smoke" above`);
}

// 4. Real VS Code.
if (!only || only === 'editor') {
  useFreshCacheInCI();
  const launcher = 'test/vscode/run-code-server.mjs';
  if (!existsSync(launcher)) record('VS Code (code-server)', 0, 1, `${launcher} is missing`);
  else {
    const summary = path.join('out', 'vscode-summary.json');
    const status = await suite([launcher, '--summary', summary]);
    let passed = 0;
    let failed = 0;
    try {
      ({ passed, failed } = JSON.parse(readFileSync(summary, 'utf8')));
    } catch {
      failed = 1;
    }
    record('VS Code (code-server) suite and Playwright check', passed, status !== 0 && failed === 0 ? 1 : failed);
  }
}

finish();

function finish() {
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  const skipped = results.reduce((n, r) => n + r.skipped, 0);
  const todo = results.reduce((n, r) => n + (r.todo ?? 0), 0);
  console.log('\nSummary');
  for (const r of results) console.log(`  ${r.name}: ${line(r)}${r.note ? ` (${r.note})` : ''}`);
  if (skipped) console.log(`  ${skipped} test(s) SKIPPED: see "SKIPPED" lines above for the reasons`);
  console.log(line({ passed, failed, skipped, todo }));
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}
