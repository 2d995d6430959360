#!/usr/bin/env node
// Copy the built extension (runtime files only) into <extensions-dir>/<publisher>.<name>-<version>/
// so code-server (or VS Code) loads it without packaging a .vsix.
// Usage: node scripts/stage-extension.mjs <extensions-dir>
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The same set .vscodeignore lets into the .vsix: what the extension reads at run time.
const RUNTIME_ENTRIES = ['package.json', 'README.md', 'ARCHITECTURE.md', 'dist/client.js', 'dist/server.js', 'dist/analysisWorker.js', 'dist/cli.js', 'dist/webviews', 'server/data/gazetteer.json', 'server/data/people.json', 'syntaxes', 'schemas', 'media', 'docs/walkthrough'];
const REQUIRED = ['package.json', 'dist/client.js', 'dist/server.js', 'dist/webviews/graph.js', 'dist/webviews/timeline.js', 'dist/webviews/views.css', 'server/data/gazetteer.json'];

function runtimeEntries(repoRoot) {
  const docs = path.join(repoRoot, 'docs');
  const docMd = fs.existsSync(docs) ? fs.readdirSync(docs).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`) : [];
  return [...RUNTIME_ENTRIES, ...docMd];
}

export function stageExtension(extensionsDir, { repoRoot = REPO_ROOT } = {}) {
  for (const f of REQUIRED) {
    if (!fs.existsSync(path.join(repoRoot, f))) {
      throw new Error(`stage-extension: ${f} is missing in ${repoRoot} (run \`npm run build\` first)`);
    }
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const target = path.join(path.resolve(extensionsDir), `${id}-${manifest.version}`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Remove older staged copies of the same extension.
  for (const e of fs.readdirSync(path.dirname(target))) {
    if (e.startsWith(`${id}-`)) fs.rmSync(path.join(path.dirname(target), e), { recursive: true, force: true });
  }
  // extensions.json caches the list; drop it so the staged copy is rescanned.
  fs.rmSync(path.join(path.dirname(target), 'extensions.json'), { force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const entry of runtimeEntries(repoRoot)) {
    const src = path.join(repoRoot, entry);
    if (!fs.existsSync(src)) continue;
    fs.mkdirSync(path.dirname(path.join(target, entry)), { recursive: true });
    fs.cpSync(src, path.join(target, entry), { recursive: true, dereference: true });
  }
  return { id, version: manifest.version, dir: target };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/stage-extension.mjs <extensions-dir>');
    process.exit(2);
  }
  try {
    console.log(JSON.stringify(stageExtension(dir), null, 2));
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
