#!/usr/bin/env node
// Runs the same in-editor suite in desktop VS Code through @vscode/test-electron.
//   VSCODE_EXECUTABLE_PATH=/path/to/code node test/vscode/run-electron.mjs
// Without VSCODE_EXECUTABLE_PATH, @vscode/test-electron downloads VS Code; where that is not possible
// (no access to update.code.visualstudio.com), this fails loudly: use run-code-server.mjs instead.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSuite } from './build-suite.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const { runTests } = await import('@vscode/test-electron');
const extensionTestsPath = await buildSuite();
const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH || undefined;
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath,
    launchArgs: [path.join(root, 'samples'), '--disable-extensions'],
    vscodeExecutablePath,
  });
  console.log('run-electron: the in-editor suite passed');
} catch (error) {
  const message = String(error?.message ?? error);
  if (!vscodeExecutablePath) {
    console.error(
      [
        '',
        '================================================================================',
        'run-electron: could not run desktop VS Code.',
        `  reason: ${message}`,
        '  No VSCODE_EXECUTABLE_PATH was given, so @vscode/test-electron tried to download',
        '  VS Code, and that download is not possible (or failed) on this machine.',
        '  On this machine, run the same suite with:  node test/vscode/run-code-server.mjs',
        '  (code-server = VS Code 1.139.1 from the npm registry, in headless Chromium).',
        '================================================================================',
      ].join('\n'),
    );
  } else {
    console.error(`run-electron: the in-editor suite failed in ${vscodeExecutablePath}: ${message}`);
  }
  process.exit(1);
}
