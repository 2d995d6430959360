/**
 * A document the analysis cannot handle never stops the indexing run: it is analysed, or skipped
 * with the reason in the output, and every other document is indexed. The trigger is a dateline
 * followed by a dotted address before any sentence end, which made the block finder throw.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { TestLspClient, fileUri, positionOf } from '../support/lspClient';

const TRIGGER = 'KARACHI, 1 March 2024 — Officials said ISKP posted the video at videos.example.net on Friday.\n';
const PLAIN = 'QUETTA, 2 March 2024 — ISKP claimed the attack on the checkpoint.\n';

describe('a fault in one document\'s analysis', () => {
  let root: string;
  let client: TestLspClient;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-fault-'));
    fs.writeFileSync(path.join(root, 'a-dotted-address.txt'), TRIGGER);
    fs.writeFileSync(path.join(root, 'b-plain.txt'), PLAIN);
    client = await TestLspClient.start({ root });
    await client.waitForIndex();
  });

  after(async () => {
    await client?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  test('the other documents are indexed, and the faulty one is indexed or skipped with its reason', async () => {
    const plain = fileUri(path.join(root, 'b-plain.txt'));
    const refs: { uri: string }[] = await client.request('textDocument/references', { textDocument: { uri: plain }, position: positionOf(PLAIN, 'ISKP'), context: { includeDeclaration: false } });
    const files = new Set(refs.map((r) => path.basename(fileURLToPath(r.uri))));
    assert.ok(files.has('b-plain.txt'), [...files].join(', '));
    const logs = client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => String(n.params.message));
    const skipped = logs.some((m) => m.includes('a-dotted-address.txt') && /analysis failed/.test(m));
    assert.ok(files.has('a-dotted-address.txt') || skipped, `neither indexed nor reported:\n${logs.join('\n')}`);
    assert.equal((await client.request('sourceLens/indexStatus', {})).indexing, false);
  });

  test('an open document that the analysis cannot handle leaves the server answering', async () => {
    const uri = fileUri(path.join(root, 'untitled-note.txt'));
    client.open(uri, TRIGGER);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: fileUri(path.join(root, 'b-plain.txt')) }, position: positionOf(PLAIN, 'ISKP') });
    assert.match(hover.contents.value, /Islamic State Khorasan Province/);
  });
});
