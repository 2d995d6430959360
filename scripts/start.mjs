#!/usr/bin/env node
// npm start: build, then open samples/ in an editor with Source Lens loaded.
//  - desktop VS Code (`code` on PATH): code --extensionDevelopmentPath=<repo> <repo>/samples
//  - otherwise code-server 4.139.1 (installed and cached by ensure-code-server.mjs) on 127.0.0.1,
//    port $PORT (default 8080, or the next free one), with the extension staged into a persistent
//    extensions dir under the cache; runs until Ctrl+C.
// SOURCE_LENS_USE_CODE_SERVER=1 forces code-server even when `code` is on PATH.
//
// node scripts/start.mjs --smoke: the same first run with no person at the keyboard (`npm test`
// runs it): build, ensure code-server, stage the extension, start code-server on the samples
// (always code-server, on a free port, with fresh user-data and extensions dirs so that it never
// touches a running `npm start`), open the workbench in headless Chromium, wait until the Source Lens
// status bar item reports the whole sample corpus indexed, print that line and exit 0; exit 1 with
// the reason otherwise. SOURCE_LENS_SMOKE_TIMEOUT_MS: how long to wait for it (default 180000).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv } from './clean-env.mjs';
import { cacheRoot, ensureCodeServer, useFreshCacheInCI } from './ensure-code-server.mjs';
import { installSignalHandlers, onStop, stopAll } from './processes.mjs';
import { stageExtension } from './stage-extension.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samples = path.join(repo, 'samples');
const smoke = process.argv.includes('--smoke');
const smokeTimeout = Number(process.env.SOURCE_LENS_SMOKE_TIMEOUT_MS) || 180_000;
const t0 = Date.now();

const build = spawnSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs')], { cwd: repo, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('start: the build failed (see above)');
  process.exit(build.status || 1);
}

const hasCode = spawnSync('bash', ['-c', 'command -v code'], { encoding: 'utf8', env: cleanEnv() }).status === 0;
if (hasCode && !process.env.SOURCE_LENS_USE_CODE_SERVER && !smoke) {
  const r = spawnSync('code', [`--extensionDevelopmentPath=${repo}`, samples], { stdio: 'inherit', env: cleanEnv() });
  process.exit(r.status ?? 0);
}

const { exthostLogs, freePort, launchChromium, openWorkbench, startCodeServer } = await import('../test/vscode/code-server-session.mjs');
installSignalHandlers();
useFreshCacheInCI();
let codeServer;
try {
  codeServer = await ensureCodeServer();
} catch (error) {
  console.error(`\n${error.message}`);
  process.exit(1);
}
const { codeServerBin, node24Dir, chromium } = codeServer;
const persistent = smoke ? fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-start-smoke-')) : path.join(cacheRoot(), 'start');
const extensionsDir = path.join(persistent, 'extensions');
const userDataDir = path.join(persistent, 'user-data');
const staged = stageExtension(extensionsDir);
const port = smoke ? await freePort() : await freePort(Number(process.env.PORT || 8080));
const session = await startCodeServer({ codeServerBin, node24Dir, folder: samples, port, extensionsDir, userDataDir, logFile: path.join(persistent, 'code-server.log') });

if (smoke) await smokeCheck();

const line = '='.repeat(76);
console.log(`\n${line}\n  Source Lens ${staged.version} in code-server (VS Code 1.139.1) — open in a browser:\n\n    ${session.folderUrl}\n`);
console.log(`  code-server log: ${session.logFile}\n  extension host logs: ${userDataDir}/logs/*/exthost*/\n  Stop: Ctrl+C\n${line}\n`);
let stopping = false;
onStop(() => (stopping = true)); // runs first on Ctrl+C (stop hooks run last-registered first)
session.proc.on('exit', (code, signal) => {
  if (stopping) return;
  console.error(`code-server exited on its own (${code ?? signal}); see ${session.logFile}`);
  process.exit(code || 1);
});

/** The sample documents the index should hold: the files the default include globs (**\/*.ext) match. */
function sampleDocumentCount() {
  const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  const include = manifest.contributes.configuration.properties['sourceLens.corpus.include'].default;
  const extensions = include.map((glob) => /^\*\*\/\*(\.[\w]+)$/.exec(glob)?.[1]).filter(Boolean);
  const files = fs.readdirSync(samples, { recursive: true }).filter((f) => extensions.includes(path.extname(f)));
  return files.length;
}

/** Opens the workbench headless and waits for the status bar to report the sample corpus; exits. */
async function smokeCheck() {
  const expected = sampleDocumentCount();
  let last = '(no Source Lens status bar item)';
  let reason;
  try {
    const { browser } = await launchChromium(chromium);
    const page = await openWorkbench(browser, session.folderUrl);
    const deadline = Date.now() + smokeTimeout;
    while (Date.now() < deadline) {
      // The item's text is "$(telescope) N docs · G groups · C claims" once indexed ("$(sync~spin)
      // Source Lens: indexing… N docs" while indexing); the icon renders as an empty span.
      const texts = await page.locator('.statusbar-item').allTextContents();
      const item = texts.map((t) => t.trim()).find((t) => /Source Lens|\d+ docs/.test(t));
      if (item) last = item;
      const counts = /(\d+) docs · (\d+) groups · (\d+) claims/.exec(item ?? '');
      if (counts && Number(counts[1]) === expected) {
        console.log(`\nstart --smoke: Source Lens status bar: "${counts[0]}" (all ${expected} sample documents indexed, ${((Date.now() - t0) / 1000).toFixed(1)} s after start)`);
        await stopAll();
        fs.rmSync(persistent, { recursive: true, force: true });
        process.exit(0);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    reason = `the Source Lens status bar item did not report the ${expected} sample documents as indexed within ${smokeTimeout / 1000} s; its last text: "${last}"`;
  } catch (error) {
    reason = String(error?.message ?? error);
  }
  console.error(`\nstart --smoke: FAILED: ${reason}`);
  console.error(`  code-server log: ${session.logFile}\n  extension host logs (kept in ${persistent}):\n${exthostLogs(userDataDir, 4000) || '(none found)'}`);
  await stopAll();
  process.exit(1);
}
