#!/usr/bin/env node
// Bundles the in-editor mocha suite (mocha included) into out/vscode-suite/index.js.
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SUITE_BUNDLE = path.join(repo, 'out', 'vscode-suite', 'index.js');

export async function buildSuite() {
  await esbuild.build({
    entryPoints: [path.join(repo, 'test', 'vscode', 'suite', 'index.ts')],
    outfile: SUITE_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
  });
  return SUITE_BUNDLE;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildSuite();
  console.log(SUITE_BUNDLE);
}
