import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from '../support/lspClient';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const SAMPLES = path.join(REPO_ROOT, 'samples');

function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('scan --json lists every sample document with exact mentions and cross-references', () => {
  const { status, stdout, stderr } = cli('scan', SAMPLES, '--json');
  assert.equal(status, 0, stderr);
  const report = JSON.parse(stdout);
  const corpusFiles = fs.readdirSync(path.join(SAMPLES, 'corpus')).filter((f) => /\.(txt|md)$/.test(f));
  const scanned = report.documents.map((d: any) => d.path).filter((p: string) => p.startsWith('corpus/'));
  assert.equal(scanned.length, corpusFiles.length);
  let iskpAliases = new Set<string>();
  for (const doc of report.documents) {
    const text = fs.readFileSync(path.join(SAMPLES, doc.path), 'utf8').replace(/^\uFEFF/, '');
    const lines = text.split(/\r\n|\r|\n/);
    for (const m of doc.mentions) {
      // The reported range slices back to the reported text (single-line mentions).
      if (m.range.start.line === m.range.end.line) assert.equal(lines[m.range.start.line].slice(m.range.start.character, m.range.end.character), m.text);
      if (m.group === 'iskp') iskpAliases.add(m.text);
    }
  }
  assert.ok(iskpAliases.size >= 3, `ISKP under several names, got ${[...iskpAliases]}`);
  const withRefs = report.documents.find((d: any) => d.crossReferences.some((x: any) => x.group === 'iskp' && x.passages.length > 0));
  assert.ok(withRefs, 'some document has ISKP cross-references');
});

test('scan prints a readable report and a total line', () => {
  const { status, stdout } = cli('scan', SAMPLES);
  assert.equal(status, 0);
  assert.match(stdout, /^\d+ documents, \d+ mentions, \d+ groups$/m);
  assert.match(stdout, /Islamic State Khorasan Province/);
});

test('a missing folder or unknown option is a usage error (exit 2), not a crash', () => {
  const missing = cli('scan', path.join(os.tmpdir(), 'no-such-folder-source-lens'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /not a folder/);
  const unknown = cli('scan', SAMPLES, '--frobnicate');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown option --frobnicate/);
  assert.equal(cli('explode', SAMPLES).status, 2);
});

test('binary files, bad UTF-8 and a broken workspace gazetteer are skipped or tolerated with a reason', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-cli-'));
  try {
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x49, 0x53, 0x4b, 0x50, 0, 1, 2, 3]));
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 talk: ISKP claimed it.', 'latin1'));
    fs.writeFileSync(path.join(dir, 'source-lens.gazetteer.json'), '{ not json');
    const { status, stdout } = cli('scan', dir, '--json');
    assert.equal(status, 0);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.documents.map((d: any) => d.path), ['latin1.txt']);
    assert.equal(report.documents[0].mentions[0].text, 'ISKP');
    assert.ok(report.skipped.some((s: any) => s.path === 'binary.txt' && /binary/.test(s.reason)));
    assert.ok(report.skipped.some((s: any) => /gazetteer ignored: Not valid JSON/.test(s.reason)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('scan --json is written document by document as exactly the text of the whole report, and is the same on analysis workers', () => {
  const single = spawnSync(process.execPath, [CLI, 'scan', SAMPLES, '--json'], { encoding: 'utf8', env: { ...process.env, SOURCE_LENS_ANALYSIS_WORKERS: '0' }, maxBuffer: 1 << 28 });
  const pooled = spawnSync(process.execPath, [CLI, 'scan', SAMPLES, '--json'], { encoding: 'utf8', env: { ...process.env, SOURCE_LENS_ANALYSIS_WORKERS: '2' }, maxBuffer: 1 << 28 });
  assert.equal(single.status, 0, single.stderr);
  assert.equal(pooled.status, 0, pooled.stderr);
  assert.equal(single.stdout, JSON.stringify(JSON.parse(single.stdout), null, 2) + '\n');
  assert.equal(pooled.stdout, single.stdout);
  assert.equal(pooled.stderr, '');
  // Empty corpus: the same shape.
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-cli-empty-'));
  const none = cli('scan', empty, '--json');
  assert.equal(none.stdout, JSON.stringify({ root: empty, documents: [], skipped: [] }, null, 2) + '\n');
});
