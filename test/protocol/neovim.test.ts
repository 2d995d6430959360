/**
 * Neovim's own LSP client (through the shared nvim-lsp-probe) against the bundled server: proves
 * the capabilities are declared statically and the answers work in an editor we did not write.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT, SERVER_BUNDLE, positionOf } from '../support/lspClient';

const PROBE = process.env.SOURCE_LENS_NVIM_PROBE ?? path.resolve(REPO_ROOT, '..', 'shared', 'tools', 'nvim-lsp-probe', 'run.sh');
const SAMPLES = path.join(REPO_ROOT, 'samples');

test('Neovim 0.7 LSP client: hover, definition, references, symbols and semantic tokens', { timeout: 240_000 }, (t) => {
  if (!fs.existsSync(PROBE)) {
    const reason = `nvim-lsp-probe not found at ${PROBE} (set SOURCE_LENS_NVIM_PROBE to its run.sh)`;
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
  const run = spawnSync('bash', [PROBE, config, out], { encoding: 'utf8', timeout: 230_000 });
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
