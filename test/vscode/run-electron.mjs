#!/usr/bin/env node
// Runs the in-editor mocha suite in desktop VS Code via @vscode/test-electron.
// VSCODE_EXECUTABLE_PATH=<path to code/Code.exe> uses that build; otherwise test-electron downloads one
// (impossible on machines without access to update.code.visualstudio.com: use run-code-server.mjs there).
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuite } from './build-suite.mjs';
import { REPO_ROOT, SAMPLES } from './code-server-session.mjs';

async function main() {
  const extensionTestsPath = await buildSuite();
  const opts = {
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath,
    launchArgs: [SAMPLES, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  };
  if (process.env.VSCODE_EXECUTABLE_PATH) opts.vscodeExecutablePath = path.resolve(process.env.VSCODE_EXECUTABLE_PATH);
  try {
    const code = await runTests(opts);
    process.exit(code);
  } catch (e) {
    const msg = String((e && e.stack) || e);
    const download = !opts.vscodeExecutablePath;
    console.error('\n' + '!'.repeat(78));
    if (download) {
      console.error('run-electron: could not download or start desktop VS Code via @vscode/test-electron.');
      console.error('This machine cannot reach VS Code\'s download servers. Either set');
      console.error('VSCODE_EXECUTABLE_PATH to an installed VS Code, or use the launcher for this machine:');
      console.error('    node test/vscode/run-code-server.mjs');
    } else {
      console.error(`run-electron: the suite failed or VS Code at ${opts.vscodeExecutablePath} could not start.`);
    }
    console.error(`cause: ${msg.split('\n').slice(0, 5).join('\n       ')}`);
    console.error('!'.repeat(78));
    process.exit(1);
  }
}
main();
