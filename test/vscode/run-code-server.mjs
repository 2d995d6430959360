#!/usr/bin/env node
// Runs the in-editor mocha suite inside code-server's extension host (VS Code 1.139.1) on this machine.
// Steps: ensure code-server, build the suite, stage Source Lens + the test-runner extension into a
// fresh extensions dir, start code-server with SOURCE_LENS_TEST_SUITE/RESULTS set, open the samples
// folder in headless Chromium, wait for the results file, print them.
// Options: --playwright  also run test/vscode/playwright-check.mjs against the same session.
import fs from 'node:fs';
import path from 'node:path';
import { buildSuite } from './build-suite.mjs';
import { REPO_ROOT, startCodeServer } from './code-server-session.mjs';
import { runPlaywrightCheck } from './playwright-check.mjs';

const RESULTS_TIMEOUT_MS = Number(process.env.SOURCE_LENS_TEST_TIMEOUT_MS || 240_000);
const withPlaywright = process.argv.includes('--playwright');

async function main() {
  const t0 = Date.now();
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'client.js'))) {
    throw new Error('dist/client.js is missing: run `npm run build` first');
  }
  const suite = await buildSuite();
  const resultsDir = fs.mkdtempSync(path.join(REPO_ROOT, 'out', 'vscode-results-'));
  const resultsFile = path.join(resultsDir, 'results.json');
  let session;
  let exitCode = 1;
  try {
    session = await startCodeServer({
      env: { SOURCE_LENS_TEST_SUITE: suite, SOURCE_LENS_TEST_RESULTS: resultsFile },
      extraExtensions: [path.join(REPO_ROOT, 'test', 'vscode', 'runner-extension')],
    });
    console.log(`code-server up after ${((Date.now() - t0) / 1000).toFixed(1)} s; user data: ${session.userDataDir}`);
    const page = await session.openBrowser();
    console.log(`workbench loaded after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const deadline = Date.now() + RESULTS_TIMEOUT_MS;
    while (!fs.existsSync(resultsFile) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
    if (!fs.existsSync(resultsFile)) {
      console.error(`No results after ${RESULTS_TIMEOUT_MS / 1000} s. Extension host logs:\n${session.exthostLogs()}`);
      console.error(`code-server output:\n${session.output().slice(-4000)}`);
      throw new Error('timed out waiting for the suite results');
    }
    const res = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    console.log(`\nIn-editor suite (VS Code ${res.vscodeVersion}, ${(res.durationMs / 1000).toFixed(1)} s):`);
    for (const r of res.results) {
      console.log(`  ${r.state === 'passed' ? 'PASS' : 'FAIL'} ${r.title}${r.durationMs != null ? ` (${r.durationMs} ms)` : ''}`);
      if (r.error) console.log(`       ${r.error.split('\n').slice(0, 8).join('\n       ')}`);
    }
    if (res.fatal) console.log(`  FAIL suite could not run: ${res.fatal}`);
    let passed = res.passed;
    let failed = res.failed;
    if (withPlaywright) {
      const pw = await runPlaywrightCheck(session, page);
      passed += pw.passed;
      failed += pw.failed;
    }
    if (failed > 0) console.log(`\nExtension host logs:\n${session.exthostLogs().slice(-8000)}`);
    console.log(`\n${passed} passed, ${failed} failed  (total ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    exitCode = failed > 0 || passed === 0 ? 1 : 0;
  } finally {
    if (session) await session.stop();
  }
  return exitCode;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`run-code-server: ${e.stack || e.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
