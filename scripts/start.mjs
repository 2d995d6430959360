#!/usr/bin/env node
// npm start: build, then open samples/ in an editor with Source Lens loaded.
//  - desktop VS Code (`code` on PATH): code --extensionDevelopmentPath=<repo> <repo>/samples
//  - otherwise code-server 4.139.1 (installed and cached by ensure-code-server.mjs) on 127.0.0.1,
//    port $PORT (default 8080, or the next free one), with the extension staged into a persistent
//    extensions dir under the cache; runs until Ctrl+C.
// SOURCE_LENS_USE_CODE_SERVER=1 forces code-server even when `code` is on PATH.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheRoot, ensureCodeServer } from './ensure-code-server.mjs';
import { stageExtension } from './stage-extension.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samples = path.join(repo, 'samples');

const build = spawnSync(process.execPath, [path.join(repo, 'scripts', 'build.mjs')], { cwd: repo, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('start: the build failed (see above)');
  process.exit(build.status || 1);
}

const hasCode = spawnSync('bash', ['-c', 'command -v code'], { encoding: 'utf8' }).status === 0;
if (hasCode && !process.env.SOURCE_LENS_USE_CODE_SERVER) {
  const r = spawnSync('code', [`--extensionDevelopmentPath=${repo}`, samples], { stdio: 'inherit' });
  process.exit(r.status ?? 0);
}

const { freePort, installSignalHandlers, onStop, startCodeServer } = await import('../test/vscode/code-server-session.mjs');
installSignalHandlers();
const { codeServerBin, node24Dir } = ensureCodeServer();
const persistent = path.join(cacheRoot(), 'start');
const extensionsDir = path.join(persistent, 'extensions');
const userDataDir = path.join(persistent, 'user-data');
const staged = stageExtension(extensionsDir);
const port = await freePort(Number(process.env.PORT || 8080));
const session = await startCodeServer({ codeServerBin, node24Dir, folder: samples, port, extensionsDir, userDataDir, logFile: path.join(persistent, 'code-server.log') });
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
