#!/usr/bin/env node
// npm start: build, then open samples/ in an editor with Source Lens loaded.
//  - desktop VS Code (`code` on PATH): code --extensionDevelopmentPath=<repo> <repo>/samples
//  - otherwise code-server 4.139.1 (installed/cached by ensure-code-server.mjs) on 127.0.0.1:$PORT
//    (default 8080, or the next free port), with the extension staged in a persistent dir; runs until Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheRoot } from './ensure-code-server.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = path.join(REPO, 'samples');

function onPath(cmd) {
  return spawnSync('bash', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).status === 0;
}

const build = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('start: `npm run build` failed');
  process.exit(build.status || 1);
}

if (onPath('code') && !process.env.SOURCE_LENS_USE_CODE_SERVER) {
  const r = spawnSync('code', [`--extensionDevelopmentPath=${REPO}`, SAMPLES], { stdio: 'inherit' });
  process.exit(r.status ?? 0);
}

const { startCodeServer, freePort } = await import('../test/vscode/code-server-session.mjs');
const persistent = path.join(cacheRoot(), 'start');
fs.mkdirSync(persistent, { recursive: true });
const port = await freePort(Number(process.env.PORT || 8080));
const session = await startCodeServer({
  folder: SAMPLES,
  port,
  extensionsDir: path.join(persistent, 'extensions'),
  userDataDir: path.join(persistent, 'user-data'),
  log: null,
  stdio: 'inherit',
});
console.log('\n' + '='.repeat(72));
console.log(`  Source Lens is running in code-server (VS Code 1.139.1):`);
console.log(`    ${session.url}`);
console.log(`  Logs: ${path.join(session.userDataDir, 'logs')}   Stop: Ctrl+C`);
console.log('='.repeat(72) + '\n');
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await session.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
session.proc.on('exit', (code) => {
  if (!stopping) {
    console.error(`code-server exited (${code})`);
    process.exit(code || 1);
  }
});
