/**
 * The group pass of a cold index through the real server bundle over stdio: the server tells the
 * end of the pass (`sourceLens/groupsIndexed`) before the end of its indexing progress, and what a
 * client asks about groups between the two is already complete (every document's mentions); the
 * progress shows both stages; a warm start has no group pass.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT, TestLspClient, fileUri, positionOf } from '../support/lspClient';

const SAMPLES = path.join(REPO_ROOT, 'samples', 'corpus');

const sortedLocations = (locations: { uri: string; range: { start: { line: number; character: number } } }[]) =>
  locations.map((l) => `${l.uri}:${l.range.start.line}:${l.range.start.character}`).sort();

describe('group pass (language server over stdio)', () => {
  let root: string;
  let storagePath: string;
  let probeFile: string;
  let probeText: string;
  const clients: TestLspClient[] = [];

  before(() => {
    // Four copies of the sample corpus: the full analysis takes long enough to ask between the passes.
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-group-pass-'));
    storagePath = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-group-pass-storage-'));
    for (let copy = 0; copy < 4; copy++) {
      const dir = path.join(root, `copy-${copy}`);
      fs.mkdirSync(dir);
      for (const name of fs.readdirSync(SAMPLES)) fs.copyFileSync(path.join(SAMPLES, name), path.join(dir, name));
    }
    probeFile = path.join(root, 'copy-2', fs.readdirSync(SAMPLES).sort().find((n) => fs.readFileSync(path.join(SAMPLES, n), 'utf8').includes('ISKP'))!);
    probeText = fs.readFileSync(probeFile, 'utf8');
  });

  after(async () => {
    for (const c of clients) await c.stop();
  });

  test('a cold start tells the end of the group pass before the end of progress, and references asked between the two are complete', async () => {
    const client = await TestLspClient.start({ root, env: { SOURCE_LENS_ANALYSIS_WORKERS: '2' }, initializationOptions: { storagePath } });
    clients.push(client);
    const told = await client.waitForNotification('sourceLens/groupsIndexed', () => true, 120000);
    const at = { textDocument: { uri: fileUri(probeFile) }, position: positionOf(probeText, 'ISKP') };
    // Asked at once: answered between the two passes (the server yields to requests while it reads claims).
    const [between, groupsBetween, statusBetween] = await Promise.all([
      client.request('textDocument/references', { ...at, context: { includeDeclaration: true } }),
      client.request('sourceLens/searchGroups', { query: '' }),
      client.request('sourceLens/indexStatus', {}),
    ]);
    const progressEnds = () => client.notifications.findIndex((n) => n.method === '$/progress' && n.params.value?.kind === 'end');
    const toldAt = client.notifications.findIndex((n) => n.method === 'sourceLens/groupsIndexed');
    assert.equal(statusBetween.indexing, true, 'asked while the full analysis runs');
    const files = 4 * fs.readdirSync(SAMPLES).filter((n) => /\.(txt|md)$/.test(n)).length;
    assert.equal(told.documents, files);
    assert.equal(told.analysed, files);
    assert.equal(statusBetween.documents, files, 'every document once');
    assert.equal(statusBetween.mentions, told.mentions);
    assert.ok(told.ms > 0);
    await client.waitForIndex(300000);
    assert.ok(toldAt >= 0 && toldAt < progressEnds(), 'groupsIndexed before the end of progress');
    const final = await client.request('textDocument/references', { ...at, context: { includeDeclaration: true } });
    assert.ok(final.length > 4, `${final.length} references`);
    assert.deepEqual(sortedLocations(between), sortedLocations(final));
    // Every group's counts (the Groups view, hovers) were complete too.
    const counts = (groups: { groupId: string; mentions: number; documents: number }[]) => groups.map((g) => `${g.groupId}:${g.mentions}:${g.documents}`).sort();
    assert.deepEqual(counts(groupsBetween), counts(await client.request('sourceLens/searchGroups', { query: '' })));
    const statusAfter = await client.request('sourceLens/indexStatus', {});
    assert.equal(statusAfter.documents, files);
    assert.equal(statusAfter.mentions, told.mentions, 'the full analysis finds the same mentions');
    assert.ok(statusAfter.claims > statusBetween.claims);
    // Both stages were shown, groups first.
    const messages = client.notifications.filter((n) => n.method === '$/progress' && n.params.value?.kind === 'report').map((n) => String(n.params.value.message ?? ''));
    const firstClaims = messages.findIndex((m) => m.startsWith('Reading claims and people'));
    assert.ok(messages.some((m) => m === `Indexing groups ${files}/${files}`), messages.join(' | '));
    assert.ok(firstClaims > messages.findIndex((m) => m.startsWith('Indexing groups')), messages.join(' | '));
    const logs = client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => n.params.message as string);
    assert.ok(logs.some((m) => m.startsWith('Groups indexed:')), logs.join('\n'));
    // The cache is written after the full pass: a warm start then has no group pass.
    for (let i = 0; i < 600 && (await client.request('sourceLens/indexStatus', {})).cacheWriting; i++) await new Promise((r) => setTimeout(r, 100));
  });

  test('a warm start (valid cache) has no group pass', async () => {
    const client = await TestLspClient.start({ root, env: { SOURCE_LENS_ANALYSIS_WORKERS: '2' }, initializationOptions: { storagePath } });
    clients.push(client);
    await client.waitForIndex(300000);
    assert.equal(client.notifications.filter((n) => n.method === 'sourceLens/groupsIndexed').length, 0);
    const messages = client.notifications.filter((n) => n.method === '$/progress').map((n) => String(n.params.value?.message ?? ''));
    assert.ok(!messages.some((m) => m.startsWith('Indexing groups')), messages.join(' | '));
    assert.equal((await client.request('sourceLens/indexStatus', {})).documents, 4 * fs.readdirSync(SAMPLES).filter((n) => /\.(txt|md)$/.test(n)).length);
  });
});
