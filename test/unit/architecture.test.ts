/**
 * The core's folders depend on each other in one direction only, and never on an editor:
 *   text → gazetteer → recognition → people → claims → corpus → store
 * A module may import from its own folder and from folders to its left. Read from the sources, so
 * a new import that points the wrong way fails here, with the file and the import named.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../support/lspClient';

const CORE = path.join(REPO_ROOT, 'server', 'src', 'core');
const LAYERS = ['text', 'gazetteer', 'recognition', 'people', 'claims', 'corpus', 'store'];
const EDITOR_MODULES = /^(?:vscode|vscode-languageserver|vscode-languageserver-textdocument|vscode-languageclient|vscode-jsonrpc)(?:\/|$)/;

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourcesUnder(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  const pattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) specifiers.push(m[1] ?? m[2] ?? m[3]);
  return specifiers;
}

function layerOf(file: string): string {
  return path.relative(CORE, file).split(path.sep)[0];
}

test('architecture: every core module sits in a known folder', () => {
  const stray = sourcesUnder(CORE).filter((f) => !LAYERS.includes(layerOf(f)));
  assert.deepEqual(stray.map((f) => path.relative(REPO_ROOT, f)), [], `core modules belong in one of ${LAYERS.join(', ')}`);
});

test('architecture: core folders import only their own folder and folders before them; never an editor API', () => {
  const problems: string[] = [];
  for (const file of sourcesUnder(CORE)) {
    const from = LAYERS.indexOf(layerOf(file));
    for (const spec of importsOf(file)) {
      const where = `${path.relative(REPO_ROOT, file)} imports '${spec}'`;
      if (EDITOR_MODULES.test(spec)) problems.push(`${where}: the core is editor-independent`);
      if (!spec.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), spec);
      if (!target.startsWith(CORE + path.sep)) {
        problems.push(`${where}: the core imports nothing outside server/src/core`);
        continue;
      }
      const to = LAYERS.indexOf(layerOf(target));
      if (to > from) problems.push(`${where}: ${LAYERS[from]} may not depend on ${LAYERS[to]}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('architecture: the client imports nothing from the core (it only wires VS Code)', () => {
  const problems = sourcesUnder(path.join(REPO_ROOT, 'client', 'src')).flatMap((file) =>
    importsOf(file)
      .filter((spec) => spec.startsWith('.') && path.resolve(path.dirname(file), spec).startsWith(CORE))
      .map((spec) => `${path.relative(REPO_ROOT, file)} imports '${spec}'`),
  );
  assert.deepEqual(problems, []);
});
