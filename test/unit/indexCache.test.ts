import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CorpusWorkspace } from '../../server/src/corpusWorkspace';
import { analyzeText } from '../../server/src/core/corpus/corpusIndex';
import { parseGazetteer } from '../../server/src/core/gazetteer/gazetteer';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';
import { CACHE_FILE_NAME, CACHE_FORMAT_VERSION, CacheEntry, loadIndexCache, saveIndexCache } from '../../server/src/core/store/indexCache';

const fixtureFile = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'test-gazetteer.json');
const matcher = new GroupMatcher(parseGazetteer(JSON.parse(fs.readFileSync(fixtureFile, 'utf8')), 'builtin').gazetteer);
const identity = { gazetteer: 'g1', extractor: 'x1' };
const uriOf = (p: string) => pathToFileURL(p).toString();

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-cache-test-'));
}

function sampleEntries(): Map<string, CacheEntry> {
  const entries = new Map<string, CacheEntry>();
  const texts = ['The TTP and ISIS-K struck.\nLashkar-e-Taiba denied it.', 'Nothing here.', 'KABUL, 3 May 2023 — Islamic State fighters and the Afghan Taliban.'];
  texts.forEach((text, i) => {
    const p = `/corpus/doc-${i}.txt`;
    entries.set(p, { size: text.length, mtimeMs: 1000 + i, doc: analyzeText(matcher, uriOf(p), text, null) });
  });
  return entries;
}

test('index cache: a saved cache loads back identical', () => {
  const file = path.join(tempDir(), CACHE_FILE_NAME);
  const entries = sampleEntries();
  entries.get('/corpus/doc-0.txt')!.doc.claims.push({ kind: 'casualties', start: 0, end: 3, subjects: ['ttp'], claimant: null, figures: [{ measure: 'killed', low: 10, high: Infinity, text: 'more than 10' }], date: null, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } } });
  assert.equal(saveIndexCache(file, identity, entries), null);
  const loaded = loadIndexCache(file, identity, uriOf);
  assert.equal(loaded.problem, null);
  assert.deepEqual([...loaded.entries.keys()], [...entries.keys()]);
  for (const [p, entry] of entries) assert.deepEqual(loaded.entries.get(p), entry);
  assert.equal(loaded.entries.get('/corpus/doc-0.txt')!.doc.claims[0].figures[0].high, Infinity);
  // The document's date and its co-occurring groups survive too (the graph and timeline read them).
  assert.equal(loaded.entries.get('/corpus/doc-2.txt')!.doc.date, '2023-05-03');
  assert.deepEqual(loaded.entries.get('/corpus/doc-0.txt')!.doc.cooccurrences!.map((c) => [c.a, c.b, c.count]), [['iskp', 'ttp', 1]]);
  assert.equal(fs.readdirSync(path.dirname(file)).length, 1, 'no temporary file left behind');
});

test('index cache: a missing file is no problem; corruption and version mismatches are detected', () => {
  const dir = tempDir();
  const file = path.join(dir, CACHE_FILE_NAME);
  assert.deepEqual(loadIndexCache(file, identity, uriOf), { entries: new Map(), problem: null });
  saveIndexCache(file, identity, sampleEntries());
  const good = fs.readFileSync(file, 'utf8');

  assert.match(loadIndexCache(file, { ...identity, gazetteer: 'g2' }, uriOf).problem ?? '', /gazetteer/);
  assert.match(loadIndexCache(file, { ...identity, extractor: 'x2' }, uriOf).problem ?? '', /version of the analyser/);
  assert.ok(good.includes(`"format":${CACHE_FORMAT_VERSION}`));
  fs.writeFileSync(file, good.replace(`"format":${CACHE_FORMAT_VERSION}`, '"format":0'));
  assert.match(loadIndexCache(file, identity, uriOf).problem ?? '', /format 0/);

  // One changed byte in the body: the checksum catches it.
  const at = good.lastIndexOf('doc-1');
  fs.writeFileSync(file, good.slice(0, at) + 'dox-1' + good.slice(at + 5));
  const damaged = loadIndexCache(file, identity, uriOf);
  assert.match(damaged.problem ?? '', /checksum/);
  assert.equal(damaged.entries.size, 0);

  for (const bad of ['', 'garbage', '{"format":1}\n{', good.slice(0, good.length / 2), '\u0000\u0001']) {
    fs.writeFileSync(file, bad);
    const result = loadIndexCache(file, identity, uriOf);
    assert.ok(result.problem, `problem reported for ${JSON.stringify(bad.slice(0, 20))}`);
    assert.equal(result.entries.size, 0);
  }
});

test('index cache: a write into an unwritable place reports an error and throws nothing', () => {
  const dir = tempDir();
  const blocker = path.join(dir, 'not-a-folder');
  fs.writeFileSync(blocker, 'x');
  assert.match(saveIndexCache(path.join(blocker, CACHE_FILE_NAME), identity, sampleEntries()) ?? '', /cannot write/);
});

test('index cache: the workspace re-reads only changed files and rebuilds a corrupt cache', async () => {
  const corpus = tempDir();
  const storage = tempDir();
  fs.writeFileSync(path.join(corpus, 'a.txt'), 'The TTP claimed it.');
  const aTime = new Date(2024, 0, 1); // a whole second: utimes round-trips it exactly
  fs.utimesSync(path.join(corpus, 'a.txt'), aTime, aTime);
  fs.writeFileSync(path.join(corpus, 'b.txt'), 'ISIS denied it.');
  const logs: string[] = [];
  const previous = process.env.SOURCE_LENS_BUILTIN_GAZETTEER;
  process.env.SOURCE_LENS_BUILTIN_GAZETTEER = fixtureFile;
  const progress = { begin() {}, report() {}, end() {}, isCancelled: () => false };
  const start = async () => {
    const ws = new CorpusWorkspace({ info: (m) => logs.push(m), warn: (m) => logs.push(m) });
    ws.folders = [corpus];
    ws.storagePath = storage;
    ws.reloadGazetteer();
    await ws.indexAll(progress);
    return ws;
  };
  try {
    const first = await start();
    assert.equal(first.status().mentions, 2);
    assert.ok(fs.existsSync(path.join(storage, CACHE_FILE_NAME)));

    // a.txt keeps its size and mtime (so it counts as unchanged even though its words differ: the
    // cache answers, which proves it is used); b.txt changed and is re-read.
    fs.writeFileSync(path.join(corpus, 'a.txt'), 'The XYZ claimed it.');
    fs.utimesSync(path.join(corpus, 'a.txt'), aTime, aTime);
    fs.writeFileSync(path.join(corpus, 'b.txt'), 'ISIS and ISIL denied it, said the TTP.');
    const future = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(corpus, 'b.txt'), future, future);
    const second = await start();
    assert.equal(second.status().mentions, 4);
    const cached = loadIndexCache(path.join(storage, CACHE_FILE_NAME), { gazetteer: 'ignored', extractor: 'ignored' }, uriOf);
    assert.match(cached.problem ?? '', /gazetteer/); // identity is checked before anything is trusted

    fs.writeFileSync(path.join(storage, CACHE_FILE_NAME), '{"format":1,"gazetteer":"x"}\nnot json');
    logs.length = 0;
    const third = await start();
    assert.equal(third.status().mentions, 3, 'everything re-read: a.txt now has no mention');
    assert.ok(logs.some((l) => /Index cache .* not used/.test(l)), logs.join('\n'));
    const rebuilt = fs.readFileSync(path.join(storage, CACHE_FILE_NAME), 'utf8');
    assert.ok(rebuilt.includes('b.txt') && rebuilt.includes('a.txt'), 'a corrupt cache is rewritten');
  } finally {
    if (previous === undefined) delete process.env.SOURCE_LENS_BUILTIN_GAZETTEER;
    else process.env.SOURCE_LENS_BUILTIN_GAZETTEER = previous;
  }
});
