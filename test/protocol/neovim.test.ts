/**
 * Neovim's own LSP client (through the shared nvim-lsp-probe) against the bundled server: proves
 * the capabilities are declared statically and the answers work in an editor we did not write.
 * The probe is found by test/support/nvimProbe.ts and runs with a clean environment (its run.sh
 * installs neovim with apt-get when missing).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, SERVER_BUNDLE, positionOf } from '../support/lspClient';
import { findNvimProbe } from '../support/nvimProbe';

const SAMPLES = path.join(REPO_ROOT, 'samples');
const CLEAN_ENV = path.join(REPO_ROOT, 'scripts', 'clean-env.mjs');

test('Neovim 0.7 LSP client: hover, definition, references, symbols and semantic tokens', { timeout: 240_000 }, (t) => {
  const { probe: PROBE, looked } = findNvimProbe();
  if (!PROBE) {
    const reason = `nvim-lsp-probe not found; looked at ${looked.join(', ')} (set SOURCE_LENS_NVIM_PROBE to its run.sh)`;
    console.error(`\n*** SKIPPED: ${reason} ***\n`);
    t.skip(reason);
    return;
  }
  const file = fs.readdirSync(path.join(SAMPLES, 'corpus')).map((f) => path.join(SAMPLES, 'corpus', f)).find((f) => /\bIS-K\b/.test(fs.readFileSync(f, 'utf8')));
  assert.ok(file, 'a sample mentions IS-K');
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const at = positionOf(text, 'IS-K');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-nvim-'));
  const config = path.join(dir, 'probe.json');
  const out = path.join(dir, 'probe.out.json');
  const positioned = { file, line: at.line, character: at.character };
  fs.writeFileSync(config, JSON.stringify({
    cmd: [process.execPath, SERVER_BUNDLE, '--stdio'],
    root: SAMPLES,
    filetype: 'text',
    wait_ms: 20000,
    settle_ms: 3000,
    requests: [
      { method: 'textDocument/hover', ...positioned },
      { method: 'textDocument/definition', ...positioned },
      { method: 'textDocument/references', ...positioned, includeDeclaration: false },
      { method: 'textDocument/documentHighlight', ...positioned },
      { method: 'textDocument/documentSymbol', file },
      { method: 'workspace/symbol', query: 'iskp' },
      { method: 'textDocument/semanticTokens/full', file },
    ],
  }));
  const run = spawnSync(process.execPath, [CLEAN_ENV, '--', 'bash', PROBE, config, out], { encoding: 'utf8', timeout: 230_000 });
  assert.ok(fs.existsSync(out), `probe wrote no output (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  const result = JSON.parse(fs.readFileSync(out, 'utf8'));
  assert.equal(result.ok, true, result.error);
  const byMethod = new Map<string, any>(result.results.map((r: any) => [r.method, r]));
  for (const r of result.results) {
    assert.ok(!r.not_sent, `${r.method} was not sent: ${r.error}`);
    assert.equal(r.error, undefined, `${r.method}: ${JSON.stringify(r.error)}`);
  }
  assert.match(byMethod.get('textDocument/hover').result.contents.value, /Islamic State Khorasan Province/);
  assert.ok(byMethod.get('textDocument/references').result.length >= 3);
  assert.ok(byMethod.get('workspace/symbol').result.length >= 1);
  const decoded: any[] = byMethod.get('textDocument/semanticTokens/full').decoded;
  assert.ok(decoded.some((d) => d.type === 'group' && d.text === 'IS-K'), 'IS-K highlighted as a group');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the Neovim probe is found beside the workspace from a worktree, a clone of it, or a clone of a clone', () => {
  const git = (cwd: string, ...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd, encoding: 'utf8' });
    assert.equal(r.status, 0, `git ${args.join(' ')}: ${r.stderr}`);
  };
  const top = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-probe-lookup-')));
  try {
    const workspace = path.join(top, 'workspace');
    const probe = path.join(workspace, 'shared', 'tools', 'nvim-lsp-probe', 'run.sh');
    fs.mkdirSync(path.dirname(probe), { recursive: true });
    fs.writeFileSync(probe, '#!/bin/sh\n');
    const main = path.join(workspace, 'main');
    fs.mkdirSync(main);
    git(main, 'init', '-q');
    git(main, 'commit', '-q', '--allow-empty', '-m', 'first');
    git(main, 'worktree', 'add', '-q', '-b', 'feature', path.join(workspace, 'wt', 'feature'));
    const elsewhere = path.join(top, 'elsewhere');
    fs.mkdirSync(elsewhere);
    git(elsewhere, 'clone', '-q', main, 'of-main');
    git(elsewhere, 'clone', '-q', path.join(workspace, 'wt', 'feature'), 'of-worktree');
    git(elsewhere, 'clone', '-q', path.join(elsewhere, 'of-worktree'), 'of-clone');
    for (const checkout of [main, path.join(workspace, 'wt', 'feature'), ...['of-main', 'of-worktree', 'of-clone'].map((c) => path.join(elsewhere, c))]) {
      assert.equal(findNvimProbe(checkout, '').probe, probe, checkout);
    }
    fs.rmSync(path.join(workspace, 'shared'), { recursive: true });
    const missing = findNvimProbe(path.join(elsewhere, 'of-clone'), '');
    assert.equal(missing.probe, undefined);
    assert.ok(missing.looked.includes(probe), `looked at ${missing.looked.join(', ')}`);
    assert.deepEqual(findNvimProbe(main, '/nowhere/run.sh'), { probe: undefined, looked: ['/nowhere/run.sh (SOURCE_LENS_NVIM_PROBE)'] });
  } finally {
    fs.rmSync(top, { recursive: true, force: true });
  }
});

test('the probe runs without what npm exported for npm test (clean-env.mjs)', () => {
  const npmPath = ['/repo/node_modules/.bin', '/node_modules/.bin', '/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin'];
  const env = {
    ...process.env,
    PATH: [...npmPath, process.env.PATH].join(path.delimiter),
    npm_config_user_agent: 'npm/11 node/v20.0.0',
    npm_config_nodedir: '/usr',
    npm_lifecycle_event: 'test',
    npm_package_name: 'source-lens',
    INIT_CWD: REPO_ROOT,
    NODE: process.execPath,
    SOURCE_LENS_KEPT: 'kept',
  };
  const print = 'process.stdout.write(JSON.stringify(process.env))';
  const run = spawnSync(process.execPath, [CLEAN_ENV, 'ADDED=1', '--', process.execPath, '-e', print], { env, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const seen = JSON.parse(run.stdout);
  assert.deepEqual(Object.keys(seen).filter((k) => /^npm_/i.test(k) || ['INIT_CWD', 'NODE'].includes(k)), []);
  assert.equal(seen.SOURCE_LENS_KEPT, 'kept');
  assert.equal(seen.ADDED, '1');
  const dirs: string[] = seen.PATH.split(path.delimiter);
  assert.deepEqual(dirs.filter((d) => /node_modules[\\/]\.bin$|node-gyp-bin$/.test(d)), [], seen.PATH);
  assert.ok(dirs.includes(path.dirname(process.execPath)), seen.PATH);
});
