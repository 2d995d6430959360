/**
 * Analysis on worker threads through the real server bundle: the bundled worker is found and
 * started, the index it builds answers exactly as the single-threaded one, and requests are
 * answered while the workers run.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT, TestLspClient, fileUri, positionOf, withTimeout } from '../support/lspClient';

const SAMPLES = path.join(REPO_ROOT, 'samples', 'corpus');

describe('analysis workers (language server over stdio)', () => {
  let root: string;
  const clients: TestLspClient[] = [];
  let probeFile: string;
  let probeText: string;

  before(() => {
    // Ten copies of the sample corpus: enough files for indexing to take a while.
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-workers-'));
    for (let copy = 0; copy < 10; copy++) {
      const dir = path.join(root, `copy-${copy}`);
      fs.mkdirSync(dir);
      for (const name of fs.readdirSync(SAMPLES)) fs.copyFileSync(path.join(SAMPLES, name), path.join(dir, name));
    }
    probeFile = path.join(root, 'copy-0', fs.readdirSync(SAMPLES).find((n) => fs.readFileSync(path.join(SAMPLES, n), 'utf8').includes('ISKP'))!);
    probeText = fs.readFileSync(probeFile, 'utf8');
  });

  after(async () => {
    for (const c of clients) await c.stop();
  });

  const start = async (workers: string) => {
    const storagePath = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-workers-storage-'));
    const client = await TestLspClient.start({ root, env: { SOURCE_LENS_ANALYSIS_WORKERS: workers }, initializationOptions: { storagePath } });
    clients.push(client);
    return client;
  };
  const hover = (client: TestLspClient) => client.request('textDocument/hover', { textDocument: { uri: fileUri(probeFile) }, position: positionOf(probeText, 'ISKP') });

  test('two workers build the same index as one thread, and the server answers while they run', async () => {
    const pooled = await start('2');
    const during = Date.now();
    await withTimeout(pooled.request('sourceLens/indexStatus', {}), 1000, 'no answer while indexing');
    assert.ok(Date.now() - during < 1000);
    await pooled.waitForIndex(120000);
    const single = await start('0');
    await single.waitForIndex(120000);
    const [a, b] = [await pooled.request('sourceLens/indexStatus', {}), await single.request('sourceLens/indexStatus', {})];
    assert.equal(a.documents, 10 * fs.readdirSync(SAMPLES).filter((n) => /\.(txt|md)$/.test(n)).length);
    assert.deepEqual({ ...a, cacheWriting: false }, { ...b, cacheWriting: false });
    assert.deepEqual(await hover(pooled), await hover(single));
    const logs = pooled.notifications.filter((n) => n.method === 'window/logMessage').map((n) => n.params.message as string);
    assert.ok(!logs.some((m) => /Analysis worker/.test(m)), logs.join('\n'));
  });
});
