/**
 * Workspace gazetteer diagnostics over stdio: lint problems published at startup for the file on
 * disk, live while it is edited, and an invalid save keeps the last good gazetteer in force.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT, TestLspClient, fileUri, positionOf } from '../support/lspClient';

const env = { SOURCE_LENS_BUILTIN_GAZETTEER: path.join(REPO_ROOT, 'test', 'fixtures', 'test-gazetteer.json') };
const GAZETTEER = `{
  "version": 1,
  "groups": [
    { "id": "bdf", "name": "Bannu Defence Front", "aliases": ["Front"], "colour": "red" }
  ]
}
`;

describe('workspace gazetteer diagnostics', () => {
  let root: string;
  let client: TestLspClient;
  let gazetteer: string;
  const doc = 'The Bannu Defence Front claimed the attack.\n';

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-gazlint-'));
    gazetteer = path.join(root, 'source-lens.gazetteer.json');
    fs.writeFileSync(gazetteer, GAZETTEER);
    fs.writeFileSync(path.join(root, 'a.txt'), doc);
    client = await TestLspClient.start({ root, env });
    await client.waitForIndex();
  });

  after(async () => {
    await client?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  test('lint problems of the file on disk are published at startup with exact ranges', async () => {
    const published = await client.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === fileUri(gazetteer) && p.diagnostics.length > 0);
    const codes = published.diagnostics.map((d: any) => d.code).sort();
    assert.deepEqual(codes, ['common-word', 'unknown-field']);
    const unknown = published.diagnostics.find((d: any) => d.code === 'unknown-field');
    assert.deepEqual(unknown.range.start, positionOf(GAZETTEER, '"colour"'));
  });

  test('an invalid edit and save: a JSON error diagnostic, and the last good gazetteer stays in force', async () => {
    const broken = GAZETTEER.replace('"Front"]', '"Front",]');
    client.open(fileUri(gazetteer), GAZETTEER, 'json');
    client.change(fileUri(gazetteer), broken);
    const published = await client.waitForNotification('textDocument/publishDiagnostics', (p) => p.uri === fileUri(gazetteer) && p.diagnostics.some((d: any) => d.code === 'json'));
    assert.match(published.diagnostics.find((d: any) => d.code === 'json').message, /last valid version/);
    fs.writeFileSync(gazetteer, broken);
    client.notify('textDocument/didSave', { textDocument: { uri: fileUri(gazetteer) } });
    const a = path.join(root, 'a.txt');
    client.open(fileUri(a), doc);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: fileUri(a) }, position: positionOf(doc, 'Bannu') });
    assert.ok(hover && /Bannu Defence Front/.test(hover.contents.value), 'the workspace group is still recognised');
    assert.ok(client.notifications.some((n) => n.method === 'window/logMessage' && /Keeping the last valid version/.test(n.params.message)));
  });
});
