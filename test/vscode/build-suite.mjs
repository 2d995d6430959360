#!/usr/bin/env node
// Bundles the in-editor mocha suite (test/vscode/suite) into out/vscode-suite/index.js.
// mocha is bundled in; `vscode` is provided by the extension host.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SUITE_BUNDLE = path.join(root, 'out', 'vscode-suite', 'index.js');

export async function buildSuite() {
  await build({
    entryPoints: [path.join(root, 'test', 'vscode', 'suite', 'index.ts')],
    outfile: SUITE_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'error', // mocha's parallel-mode require.resolve warnings are irrelevant (serial run)
  });
  return SUITE_BUNDLE;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await buildSuite());
}
