#!/usr/bin/env node
// Runs the in-editor mocha suite (test/vscode/suite) inside a real VS Code 1.139.1 — code-server —
// opened in headless Chromium, then the Playwright person-like check in the same session.
//   node test/vscode/run-code-server.mjs [--summary <file>] [--keep]
// Writes { passed, failed, failures } to the summary file in every case (also on failure).
// Env: SOURCE_LENS_CACHE (install cache; in CI a fresh temporary one, see ensure-code-server.mjs),
// SOURCE_LENS_TEST_TIMEOUT_MS (suite timeout, default 240000).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer, useFreshCacheInCI } from '../../scripts/ensure-code-server.mjs';
import { stageExtension } from '../../scripts/stage-extension.mjs';
import { buildSuite } from './build-suite.mjs';
import { exthostLogs, installSignalHandlers, launchChromium, openWorkbench, startCodeServer, stopAll } from './code-server-session.mjs';
import { playwrightCheck } from './playwright-check.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const samples = path.join(root, 'samples');
const argv = process.argv.slice(2);
const summaryFile = argv.includes('--summary') ? path.resolve(argv[argv.indexOf('--summary') + 1]) : null;
const keep = argv.includes('--keep');
const suiteTimeout = Number(process.env.SOURCE_LENS_TEST_TIMEOUT_MS) || 240_000;

const tests = [];
const timings = {};
const t0 = Date.now();
const mark = (name, since) => (timings[name] = Date.now() - since);

function writeSummary(extra = {}) {
  const passed = tests.filter((t) => t.state === 'passed').length;
  const failed = tests.filter((t) => t.state === 'failed').length;
  const summary = { passed, failed, failures: tests.filter((t) => t.state === 'failed').map(({ title, error }) => ({ title, error })), tests, timings, ...extra };
  if (summaryFile) {
    fs.mkdirSync(path.dirname(summaryFile), { recursive: true });
    fs.writeFileSync(summaryFile, JSON.stringify(summary, null, 2));
  }
  return summary;
}

function fail(title, error) {
  tests.push({ title, state: 'failed', error: String(error?.stack ?? error) });
  console.log(`  ✗ ${title}\n      ${String(error?.message ?? error).split('\n').join('\n      ')}`);
}

installSignalHandlers();
useFreshCacheInCI();
// Make sure a summary exists even if we are killed half-way.
writeSummary({ failed: 1, failures: [{ title: 'run-code-server', error: 'the run did not finish (in progress, interrupted or crashed)' }], note: 'run in progress or interrupted' });

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-vscode-'));
const userDataDir = path.join(work, 'user-data');
const extensionsDir = path.join(work, 'extensions');
const resultsFile = path.join(work, 'results.json');
let exitCode = 1;

try {
  let t = Date.now();
  console.log('[vscode] ensuring code-server (cached after the first run)…');
  const { codeServerBin, node24Dir, chromium } = await ensureCodeServer();
  mark('ensureCodeServer', t);

  t = Date.now();
  const suite = await buildSuite();
  const staged = stageExtension(extensionsDir);
  fs.cpSync(path.join(here, 'runner-extension'), path.join(extensionsDir, 'source-lens-tests.source-lens-test-runner-0.0.1'), { recursive: true });
  mark('buildAndStage', t);
  console.log(`[vscode] staged ${staged.id}@${staged.version} and the test runner into ${extensionsDir}`);

  // A quiet, predictable workbench: no welcome page, no chat side bar taking half the screenshots.
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'chat.disableAIFeatures': true, 'workbench.tips.enabled': false, 'git.openRepositoryInParentFolders': 'never' }, null, 2),
  );

  t = Date.now();
  const session = await startCodeServer({
    codeServerBin,
    node24Dir,
    folder: samples,
    userDataDir,
    extensionsDir,
    logFile: path.join(work, 'code-server.log'),
    env: { SOURCE_LENS_TEST_SUITE: suite, SOURCE_LENS_TEST_RESULTS: resultsFile },
  });
  mark('codeServerStart', t);
  console.log(`[vscode] code-server ${session.url} (logs: ${userDataDir}/logs, ${session.logFile})`);

  t = Date.now();
  const { browser } = await launchChromium(chromium);
  const page = await openWorkbench(browser, session.folderUrl);
  mark('workbenchLoad', t);
  console.log(`[vscode] workbench loaded in ${timings.workbenchLoad} ms; waiting for the in-editor suite…`);

  t = Date.now();
  while (!fs.existsSync(resultsFile) && Date.now() - t < suiteTimeout) await new Promise((r) => setTimeout(r, 500));
  mark('suite', t);
  console.log('\nIn-editor suite (VS Code API, extension host of code-server):');
  if (!fs.existsSync(resultsFile)) {
    fail('in-editor suite', `no results after ${suiteTimeout / 1000} s`);
    console.log('\n[vscode] extension host logs:\n' + (exthostLogs(userDataDir) || '(none found)'));
  } else {
    const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    for (const test of results.tests ?? []) {
      tests.push(test);
      if (test.state === 'passed') console.log(`  ✓ ${test.title} (${test.durationMs} ms)`);
      else console.log(`  ✗ ${test.title}\n      ${String(test.error).split('\n').slice(0, 8).join('\n      ')}`);
    }
    // Failures outside any test (runner errors) are reported too.
    for (const f of results.failures ?? []) if (!(results.tests ?? []).some((x) => x.title === f.title)) fail(f.title, f.error);
    if ((results.tests ?? []).length === 0 && (results.failures ?? []).length === 0) fail('in-editor suite', 'the suite ran no test');
  }

  console.log('\nPlaywright check (headless Chromium, keyboard and mouse):');
  t = Date.now();
  tests.push(...(await playwrightCheck(page)));
  mark('playwright', t);
  exitCode = tests.some((x) => x.state === 'failed') ? 1 : 0;
} catch (error) {
  fail('harness', error);
  if (fs.existsSync(userDataDir)) console.log('\n[vscode] extension host logs:\n' + (exthostLogs(userDataDir) || '(none found)'));
  exitCode = 1;
} finally {
  await stopAll();
  timings.total = Date.now() - t0;
  const summary = writeSummary();
  // Keep the logs of a failed run for inspection.
  if (!keep && summary.failed === 0) fs.rmSync(work, { recursive: true, force: true });
  else console.log(`[vscode] kept ${work} (user-data/logs/*/exthost*/ has the extension host logs)`);
  console.log(`\n[vscode] timings (ms): ${JSON.stringify(timings)}`);
  console.log(`${summary.passed} passed, ${summary.failed} failed`);
  if (summary.passed === 0) exitCode = 1;
}
process.exit(exitCode);
