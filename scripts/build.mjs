// Bundles the client, the server, the CLI and the webviews' browser code with esbuild, then
// type-checks with tsc (the Node side and, with DOM types, the browser side).
//   node scripts/build.mjs [--production] [--watch] [--no-typecheck]
import { build, context } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const typecheck = !process.argv.includes('--no-typecheck');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const targets = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // Webviews: browser bundles (cytoscape.js included) and their stylesheet, loaded only from dist/webviews.
  { ...common, platform: 'browser', format: 'iife', target: 'es2020', entryPoints: ['client/src/webviews/browser/graph.ts'], outfile: 'dist/webviews/graph.js' },
  { ...common, platform: 'browser', format: 'iife', target: 'es2020', entryPoints: ['client/src/webviews/browser/timeline.ts'], outfile: 'dist/webviews/timeline.js' },
  { ...common, platform: 'browser', entryPoints: ['client/src/webviews/browser/views.css'], outfile: 'dist/webviews/views.css' },
];

if (watch) {
  for (const options of targets) await (await context(options)).watch();
  console.log('esbuild: watching client, server, analysis worker, CLI and webviews');
} else {
  await Promise.all(targets.map((options) => build(options)));
  chmodSync('dist/cli.js', 0o755);
  if (typecheck) {
    const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.'], { stdio: 'inherit' });
    const browser = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'client/src/webviews/browser'], { stdio: 'inherit' });
    if (result.status !== 0 || browser.status !== 0) {
      console.error('build: type errors (see above)');
      process.exit(1);
    }
  }
  console.log('build: dist/client.js, dist/server.js, dist/analysisWorker.js, dist/cli.js, dist/webviews/' + (typecheck ? ' (type-checked, tests compiled to out/)' : ''));
}
