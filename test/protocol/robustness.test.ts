/**
 * The robustness battery against the real server over stdio, on a temp folder of messy files:
 * binary, huge, badly encoded, odd line endings, invisible characters, deep folders, symlink
 * loops, unreadable and vanishing files, and thousands of watched-file changes at once.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LineIndex } from '../../server/src/core/text/positions';
import { REPO_ROOT, TestLspClient, fileUri, positionOf, withTimeout } from '../support/lspClient';

const env = { SOURCE_LENS_BUILTIN_GAZETTEER: path.join(REPO_ROOT, 'test', 'fixtures', 'test-gazetteer.json') };
const MENTION = 'Fighters of ISKP struck. The Islamic State Khorasan Province said so.';

/** File name -> bytes, and how to decode them back (for checking positions). */
const files: Record<string, { bytes: Buffer; decoded: string }> = {};
function add(name: string, decoded: string, bytes: Buffer = Buffer.from(decoded, 'utf8')): void {
  files[name] = { bytes, decoded };
}
add('plain.txt', MENTION + '\n');
add('bom-utf8.txt', MENTION, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MENTION, 'utf8')]));
add('bom-utf16le.txt', 'é ' + MENTION, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('é ' + MENTION, 'utf16le')]));
add('bom-utf16be.txt', 'é ' + MENTION, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('é ' + MENTION, 'utf16le').swap16()]));
add('latin1.txt', 'Café déjà vu: ' + MENTION, Buffer.from('Café déjà vu: ' + MENTION, 'latin1'));
add('cp1252.txt', '“Quoted” – ' + MENTION, Buffer.concat([Buffer.from([0x93]), Buffer.from('Quoted'), Buffer.from([0x94, 0x20, 0x96, 0x20]), Buffer.from(MENTION)]));
add('crlf.txt', 'line one\r\nline two\r\n' + MENTION + '\r\n');
add('lone-cr.txt', 'line one\rline two\r' + MENTION + '\r');
add('tabs.txt', '\t\t\t' + MENTION.replace(/ /g, '\t'));
add('emoji.txt', '📍🔴😀 𝐀𝐁 ' + MENTION);
add('zero-width.txt', 'The Islamic\u00A0State Khorasan\u200B Province and IS\u200B-K are here: ' + MENTION);
add('empty.txt', '');
add('whitespace.txt', ' \n\t\r\n   \u00A0\n');
add(path.join('a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t', 'deep.txt'), MENTION);

describe('robustness battery (language server over stdio)', () => {
  let root: string;
  let client: TestLspClient;
  let referencesByFile: Map<string, any[]>;
  const logs = () => client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => String(n.params.message));

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-robust-'));
    for (const [name, f] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), f.bytes);
    }
    fs.writeFileSync(path.join(root, 'binary.txt'), Buffer.from([0x49, 0x53, 0x4b, 0x50, 0, 1, 2, 3, 0, 0x49]));
    // Huge files: a 200 MB text file and a 20 MB single line, over the default 16 MB limit.
    const chunk = Buffer.from((MENTION + '\n').repeat(16384));
    const fd = fs.openSync(path.join(root, 'huge.txt'), 'w');
    for (let written = 0; written < 200 * 1024 * 1024; written += chunk.length) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    fs.writeFileSync(path.join(root, 'one-line.txt'), Buffer.alloc(20 * 1024 * 1024, 'ISKP word '));
    // A symlink loop and a dangling link.
    fs.mkdirSync(path.join(root, 'loop'));
    fs.symlinkSync(path.join(root, 'loop'), path.join(root, 'loop', 'again'));
    fs.symlinkSync(path.join(root, 'nowhere'), path.join(root, 'dangling.txt'));
    // An unreadable file (only effective when not running as root).
    fs.writeFileSync(path.join(root, 'unreadable.txt'), MENTION);
    fs.chmodSync(path.join(root, 'unreadable.txt'), 0o000);
    client = await TestLspClient.start({ root, env });
    await client.waitForIndex(60000);
    const plain = files['plain.txt'].decoded;
    const refs: any[] = await client.request('textDocument/references', {
      textDocument: { uri: fileUri(path.join(root, 'plain.txt')) },
      position: positionOf(plain, 'ISKP'),
      context: { includeDeclaration: true },
    });
    referencesByFile = new Map();
    for (const r of refs) {
      const file = path.relative(root, fileURLToPath(r.uri));
      referencesByFile.set(file, [...(referencesByFile.get(file) ?? []), r]);
    }
  });

  after(async () => {
    await client?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  test('binary files are skipped with a note in the output', () => {
    assert.ok(!referencesByFile.has('binary.txt'));
    assert.ok(logs().some((m) => m.includes('binary.txt') && /binary/.test(m)), logs().join('\n'));
  });

  test('a 200 MB file and a 20 MB single-line file are skipped by the size limit, with a clear notice', () => {
    for (const name of ['huge.txt', 'one-line.txt']) {
      assert.ok(!referencesByFile.has(name));
      assert.ok(logs().some((m) => m.includes(name) && /larger than the 16\.0 MB limit/.test(m)), `${name}: ${logs().join('\n')}`);
    }
  });

  test('every encoding, BOM, line ending and invisible character gives exact UTF-16 ranges', () => {
    for (const [name, f] of Object.entries(files)) {
      const refs = referencesByFile.get(name) ?? [];
      if (f.decoded.includes('ISKP')) assert.ok(refs.length >= 2, `${name}: mentions found (${refs.length})`);
      else assert.equal(refs.length, 0, `${name}: nothing found`);
      const lines = new LineIndex(f.decoded);
      for (const r of refs) {
        const slice = f.decoded.slice(lines.offsetAt(r.range.start), lines.offsetAt(r.range.end));
        assert.match(slice, /^(ISKP|IS\u200B-K|Islamic[\s\u00A0]State\sKhorasan\u200B?\sProvince)$/, `${name}: range slices to a name, got ${JSON.stringify(slice)}`);
      }
    }
  });

  test('symlink loops and dangling links end discovery instead of hanging it', () => {
    assert.ok(![...referencesByFile.keys()].some((f) => f.startsWith('loop')));
    assert.ok(logs().some((m) => m.includes('dangling.txt')), 'dangling link noted');
  });

  test(
    process.getuid?.() === 0
      ? 'unreadable files: running as root, chmod 000 does not block reads, so the file is indexed (no crash); the non-root path is the "cannot read" skip'
      : 'unreadable files are skipped with a note',
    () => {
      if (process.getuid?.() === 0) assert.ok(referencesByFile.has('unreadable.txt'));
      else assert.ok(logs().some((m) => m.includes('unreadable.txt') && /cannot read/.test(m)));
    },
  );

  test('files deleted or renamed while indexing, and 3,000 changes at once, keep the server answering', async () => {
    const many = path.join(root, 'many');
    fs.mkdirSync(many);
    const changes: { uri: string; type: number }[] = [];
    for (let i = 0; i < 3000; i++) {
      const file = path.join(many, `n${i}.txt`);
      fs.writeFileSync(file, i % 3 === 0 ? MENTION : `note ${i}`);
      changes.push({ uri: fileUri(file), type: 1 });
    }
    // Some vanish or move before the server reads them.
    for (let i = 0; i < 3000; i += 7) fs.rmSync(path.join(many, `n${i}.txt`));
    for (let i = 1; i < 3000; i += 11) if (i % 7 !== 0) fs.renameSync(path.join(many, `n${i}.txt`), path.join(many, `moved${i}.txt`));
    changes.push({ uri: fileUri(path.join(many, 'never-existed.txt')), type: 2 }, { uri: fileUri(path.join(many, 'gone.txt')), type: 3 });
    const started = Date.now();
    client.notify('workspace/didChangeWatchedFiles', { changes });
    const status = await withTimeout(client.request('sourceLens/indexStatus', {}), 10000, 'no answer after 3,000 changes');
    assert.ok(Date.now() - started < 10000);
    assert.ok(status.documents > 2000, `indexed ${status.documents}`);
    const plain = path.join(root, 'plain.txt');
    const hover = await withTimeout(
      client.request('textDocument/hover', { textDocument: { uri: fileUri(plain) }, position: positionOf(files['plain.txt'].decoded, 'ISKP') }),
      2000,
      'hover after mass change',
    );
    assert.ok(hover);
  });

  test('a hover answers within a second while a full re-index runs', async () => {
    client.resetIndexWait();
    const rebuild = client.request('sourceLens/rebuildIndex', {});
    const plain = path.join(root, 'plain.txt');
    client.open(fileUri(plain), files['plain.txt'].decoded);
    const started = Date.now();
    const hover = await client.request('textDocument/hover', { textDocument: { uri: fileUri(plain) }, position: positionOf(files['plain.txt'].decoded, 'ISKP') });
    assert.ok(Date.now() - started < 1000, `hover took ${Date.now() - started} ms`);
    assert.ok(hover);
    await withTimeout(rebuild, 60000, 'rebuild did not finish');
  });

  test('the server is still alive and the process did not crash', () => {
    assert.equal(client.process.exitCode, null);
  });
});
