import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { loadCorpus, parseArguments } from '../../server/src/cli';
import { CorpusWorkspace, uriToPath } from '../../server/src/corpusWorkspace';
import { CorpusIndex, IndexedClaim, IndexedDocument, analyzeText } from '../../server/src/core/corpus/corpusIndex';
import { findCrossReferences } from '../../server/src/core/corpus/crossReferences';
import { relatedClaims } from '../../server/src/core/corpus/relatedClaims';
import { parseGazetteer } from '../../server/src/core/gazetteer/gazetteer';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';
import { CACHE_FILE_NAME, CACHE_FORMAT_VERSION, CacheEntry, loadIndexCache, saveIndexCache } from '../../server/src/core/store/indexCache';
import { storeClaim } from '../../server/src/core/corpus/storedClaims';
import { LineIndex } from '../../server/src/core/text/positions';

const fixtureFile = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'test-gazetteer.json');
const matcher = new GroupMatcher(parseGazetteer(JSON.parse(fs.readFileSync(fixtureFile, 'utf8')), 'builtin').gazetteer);
const identity = { gazetteer: 'g1', extractor: 'x1' };
const uriOf = (p: string) => pathToFileURL(p).toString();

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-cache-test-'));
}

function sampleEntries(): Map<string, CacheEntry> {
  const entries = new Map<string, CacheEntry>();
  const texts = [
    'The TTP and ISIS-K struck.\nLashkar-e-Taiba denied it.',
    'Nothing here.',
    'Islamic State fighters and the Afghan Taliban.',
    'KABUL, 2 May 2023 — Police spokesman Khalid Zadran said the TTP had lost ground. Zadran added that 12 people were killed.',
    'KABUL, 3 May 2023 — Jamaat-ul-Ahrar rejoined the TTP in August 2020, officials said.',
  ];
  texts.forEach((text, i) => {
    const p = `/corpus/doc-${i}.txt`;
    entries.set(p, { size: text.length, mtimeMs: 1000 + i, doc: analyzeText(matcher, uriOf(p), text, null) });
  });
  return entries;
}

test('index cache: a saved cache loads back identical', async () => {
  const file = path.join(tempDir(), CACHE_FILE_NAME);
  const entries = sampleEntries();
  const lines = new LineIndex('The TTP and ISIS-K struck.');
  // A document's claims are kept as columns: a document with more claims is a new document.
  const withClaim = (p: string, claim: IndexedClaim) => {
    const entry = entries.get(p)!;
    const d = entry.doc;
    entry.doc = new IndexedDocument(d.uri, d.version, d.length, d.data, [...d.claims, claim], d.people, d.date, d.cooccurrences);
  };
  withClaim('/corpus/doc-0.txt', storeClaim({ kind: 'casualties', start: 0, end: 3, subjects: ['ttp'], claimant: null, figures: [{ measure: 'killed', low: 10, high: Infinity, text: 'more than 10' }], date: null, isoDate: null, speaker: { text: 'he', name: 'Saad Rahman', person: null }, form: 'quote' }, lines));
  withClaim('/corpus/doc-1.txt', storeClaim({ kind: 'strength', start: 0, end: 3, subjects: [], claimant: 'a UN report', figures: [], date: 'last year', event: ['kabul'], trigger: 'has … fighters' }, lines));
  assert.equal(await saveIndexCache(file, identity, entries), null);
  const loaded = loadIndexCache(file, identity, uriOf);
  assert.equal(loaded.problem, null);
  assert.deepEqual([...loaded.entries.keys()], [...entries.keys()]);
  for (const [p, entry] of entries) assert.deepEqual(loaded.entries.get(p), entry);
  // The claims as objects too (the columns above hold them; these are made from them).
  for (const [p, entry] of entries) assert.deepEqual(loaded.entries.get(p)!.doc.claims.map((c) => ({ ...c, date: c.date, isoDate: c.isoDate, event: c.event, relation: c.relation, range: c.range, terms: c.terms })), entry.doc.claims.map((c) => ({ ...c, date: c.date, isoDate: c.isoDate, event: c.event, relation: c.relation, range: c.range, terms: c.terms })));
  const withPeople = loaded.entries.get('/corpus/doc-3.txt')!.doc;
  assert.equal(withPeople.date, '2023-05-02', 'the document date survives the cache');
  assert.deepEqual(withPeople.people?.entities.map((e) => e.name), ['Khalid Zadran'], 'people survive the cache');
  assert.equal(loaded.entries.get('/corpus/doc-0.txt')!.doc.claims.find((c) => c.kind === 'casualties')!.figures[0].high, Infinity);
  // Co-occurring groups and relations survive too (the graph and the timeline read them).
  const relation = loaded.entries.get('/corpus/doc-4.txt')!.doc.claims.find((c) => c.kind === 'relation')!;
  assert.deepEqual({ ...relation.relation }, { type: 'rejoined', from: 'jua', to: 'ttp', directed: true, polarity: 'asserted', hedged: false });
  assert.equal(relation.isoDate, '2020-08');
  assert.deepEqual(loaded.entries.get('/corpus/doc-0.txt')!.doc.cooccurrences.map((c) => [c.a, c.b, c.count, c.spans.length]), [['iskp', 'ttp', 1, 2]]);
  assert.equal(fs.readdirSync(path.dirname(file)).length, 1, 'no temporary file left behind');
});

test('index cache: a missing file is no problem; corruption and version mismatches are detected', async () => {
  const dir = tempDir();
  const file = path.join(dir, CACHE_FILE_NAME);
  assert.deepEqual(loadIndexCache(file, identity, uriOf), { entries: new Map(), problem: null });
  assert.equal(await saveIndexCache(file, identity, sampleEntries()), null);
  const good = fs.readFileSync(file, 'utf8');

  assert.match(loadIndexCache(file, { ...identity, gazetteer: 'g2' }, uriOf).problem ?? '', /gazetteer/);
  assert.match(loadIndexCache(file, { ...identity, extractor: 'x2' }, uriOf).problem ?? '', /version of the analyser/);
  fs.writeFileSync(file, good.replace(`"format":${CACHE_FORMAT_VERSION}`, '"format":0'));
  assert.match(loadIndexCache(file, identity, uriOf).problem ?? '', /format 0/);

  // One changed byte in the body: the checksum catches it.
  const at = good.lastIndexOf('doc-1');
  fs.writeFileSync(file, good.slice(0, at) + 'dox-1' + good.slice(at + 5));
  const damaged = loadIndexCache(file, identity, uriOf);
  assert.match(damaged.problem ?? '', /checksum/);
  assert.equal(damaged.entries.size, 0);

  for (const bad of ['', 'garbage', `{"format":${CACHE_FORMAT_VERSION}}\n{`, good.slice(0, good.length / 2), '\u0000\u0001']) {
    fs.writeFileSync(file, bad);
    const result = loadIndexCache(file, identity, uriOf);
    assert.ok(result.problem, `problem reported for ${JSON.stringify(bad.slice(0, 20))}`);
    assert.equal(result.entries.size, 0);
  }
});

test('index cache: a cache of several read chunks loads back identical; a damaged line anywhere is a checksum mismatch', async () => {
  // The loader reads 1 MB at a time: lines cross chunk boundaries, and a damaged line is parsed
  // before the checksum is known.
  const file = path.join(tempDir(), CACHE_FILE_NAME);
  const one = sampleEntries();
  const entries = new Map<string, CacheEntry>();
  for (let copy = 0; copy < 4000; copy++) for (const [p, entry] of one) entries.set(`/corpus/${copy}${p.slice('/corpus'.length)}`, entry);
  assert.equal(await saveIndexCache(file, identity, entries), null);
  const good = fs.readFileSync(file, 'utf8');
  assert.ok(good.length > 3 * 2 ** 20, `${good.length} bytes`);
  const loaded = loadIndexCache(file, identity, uriOf);
  assert.equal(loaded.problem, null);
  assert.deepEqual([...loaded.entries.keys()], [...entries.keys()]);
  for (const [p, entry] of entries) assert.deepEqual(loaded.entries.get(p)!.doc.claims, entry.doc.claims);
  // A broken line early on: not an entry, and not trusted.
  const at = good.indexOf('["/corpus/1/doc-2.txt"');
  fs.writeFileSync(file, good.slice(0, at) + '{' + good.slice(at + 1));
  const damaged = loadIndexCache(file, identity, uriOf);
  assert.match(damaged.problem ?? '', /checksum/);
  assert.equal(damaged.entries.size, 0);
});

test('index cache: claim terms are kept as the numbers of the term table the file carries, and read back as the same words', async () => {
  const dir = tempDir();
  const file = path.join(dir, CACHE_FILE_NAME);
  const entries = sampleEntries();
  assert.equal(await saveIndexCache(file, identity, entries), null);
  const text = fs.readFileSync(file, 'utf8');
  const tables = JSON.parse(text.split('\n')[1]) as { terms: string[] };
  const words = [...entries.values()].flatMap((e) => e.doc.claims.map((c) => c.terms ?? '')).filter((t) => t.includes(' '));
  assert.ok(words.length > 0);
  for (const w of words) {
    for (const word of w.split(' ')) assert.ok(tables.terms.includes(word), `the table lists ${word}`);
    assert.ok(!text.split('\n').slice(2).some((l) => l.includes(w)), 'entries hold numbers, not words');
  }
  const loaded = loadIndexCache(file, identity, uriOf);
  assert.equal(loaded.problem, null);
  for (const [p, entry] of entries) assert.deepEqual(loaded.entries.get(p)!.doc.claims.map((c) => c.terms), entry.doc.claims.map((c) => c.terms));

  // Written by another process, whose table numbered other words first: the numbers are translated.
  const other = path.join(tempDir(), CACHE_FILE_NAME);
  const out = path.join(__dirname, '..', '..');
  const script = `
    const { termNumbers } = require(${JSON.stringify(path.join(out, 'server/src/core/corpus/claimTerms.js'))});
    for (let i = 0; i < 40000; i++) termNumbers.intern('filler' + i);
    const { GroupMatcher } = require(${JSON.stringify(path.join(out, 'server/src/core/recognition/groupMatcher.js'))});
    const { parseGazetteer } = require(${JSON.stringify(path.join(out, 'server/src/core/gazetteer/gazetteer.js'))});
    const { analyzeText } = require(${JSON.stringify(path.join(out, 'server/src/core/corpus/corpusIndex.js'))});
    const { saveIndexCache } = require(${JSON.stringify(path.join(out, 'server/src/core/store/indexCache.js'))});
    const matcher = new GroupMatcher(parseGazetteer(JSON.parse(require('fs').readFileSync(${JSON.stringify(fixtureFile)}, 'utf8')), 'builtin').gazetteer);
    const texts = ${JSON.stringify([...entries].map(([p, e]) => [p, e.size, e.mtimeMs]))};
    const docs = ${JSON.stringify(['The TTP and ISIS-K struck.\nLashkar-e-Taiba denied it.', 'Nothing here.', 'Islamic State fighters and the Afghan Taliban.', 'KABUL, 2 May 2023 — Police spokesman Khalid Zadran said the TTP had lost ground. Zadran added that 12 people were killed.', 'KABUL, 3 May 2023 — Jamaat-ul-Ahrar rejoined the TTP in August 2020, officials said.'])};
    const entries = new Map(texts.map(([p, size, mtimeMs], i) => [p, { size, mtimeMs, doc: analyzeText(matcher, require('url').pathToFileURL(p).toString(), docs[i], null) }]));
    saveIndexCache(${JSON.stringify(other)}, ${JSON.stringify(identity)}, entries).then((e) => process.stdout.write(String(e)));`;
  assert.equal(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }), 'null');
  const translated = loadIndexCache(other, identity, uriOf);
  assert.equal(translated.problem, null);
  for (const [p, entry] of entries) assert.deepEqual(translated.entries.get(p)!.doc, entry.doc);
});

test('index cache: a file of the format before term numbers, or with a term number its table lacks, is rebuilt, never misread', async () => {
  const file = path.join(tempDir(), CACHE_FILE_NAME);
  assert.equal(await saveIndexCache(file, identity, sampleEntries()), null);
  const good = fs.readFileSync(file, 'utf8');
  const rewrite = (edit: (lines: string[]) => void, format = CACHE_FORMAT_VERSION) => {
    const lines = good.split('\n');
    lines[0] = lines[0].replace(`"format":${CACHE_FORMAT_VERSION}`, `"format":${format}`);
    edit(lines);
    const body = lines.slice(1, -2).join('\n') + '\n';
    const checksum = createHash('sha256').update(body).digest('hex').slice(0, 32);
    const trailer = JSON.parse(lines[lines.length - 2]) as { files: number };
    fs.writeFileSync(file, `${lines[0]}\n${body}${JSON.stringify({ files: trailer.files, checksum })}\n`);
  };
  // The previous format: refused by its version before anything is read.
  rewrite(() => undefined, 7);
  assert.match(loadIndexCache(file, identity, uriOf).problem ?? '', /format 7, expected/);
  // The current version without a term table (as the previous format wrote its tables): refused.
  rewrite((lines) => {
    const t = JSON.parse(lines[1]) as Record<string, unknown>;
    delete t.terms;
    lines[1] = JSON.stringify(t);
  });
  const noTable = loadIndexCache(file, identity, uriOf);
  assert.match(noTable.problem ?? '', /bad tables/);
  assert.equal(noTable.entries.size, 0);
  // A table too short for the claims' numbers: refused, not read as other words.
  rewrite((lines) => {
    const t = JSON.parse(lines[1]) as { terms: string[] };
    t.terms = t.terms.slice(0, 1);
    lines[1] = JSON.stringify(t);
  });
  const short = loadIndexCache(file, identity, uriOf);
  assert.match(short.problem ?? '', /unreadable/);
  assert.equal(short.entries.size, 0);
});

test('index cache: a write into an unwritable place reports an error and throws nothing', async () => {
  const dir = tempDir();
  const blocker = path.join(dir, 'not-a-folder');
  fs.writeFileSync(blocker, 'x');
  assert.match((await saveIndexCache(path.join(blocker, CACHE_FILE_NAME), identity, sampleEntries())) ?? '', /cannot write/);
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

    fs.writeFileSync(path.join(storage, CACHE_FILE_NAME), `{"format":${CACHE_FORMAT_VERSION},"gazetteer":"x"}\nnot json`);
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

test('index cache: the sample corpus through a streamed cache gives identical answers', async () => {
  const samples = path.join(__dirname, '..', '..', '..', 'samples');
  const { index } = await loadCorpus(parseArguments(['scan', samples]));
  const entries = new Map<string, CacheEntry>();
  for (const doc of index.documents()) entries.set(uriToPath(doc.uri)!, { size: doc.length, mtimeMs: 1, doc });
  const file = path.join(tempDir(), CACHE_FILE_NAME);
  assert.equal(await saveIndexCache(file, identity, entries), null);
  const loaded = loadIndexCache(file, identity, uriOf);
  assert.equal(loaded.problem, null);
  const copy = new CorpusIndex(index.matcher);
  for (const entry of loaded.entries.values()) copy.put(entry.doc);
  assert.equal(copy.documentCount, index.documentCount);
  assert.equal(copy.claimCount, index.claimCount);
  assert.deepEqual([...copy.mentionedGroups()].sort(), [...index.mentionedGroups()].sort());
  const source = { read: () => undefined };
  for (const doc of index.documents()) {
    const other = copy.get(doc.uri)!;
    assert.deepEqual(other.mentions, doc.mentions, doc.uri);
    assert.deepEqual(other.claims, doc.claims, doc.uri);
    for (const m of doc.mentions) {
      assert.deepEqual(copy.mentionAt(doc.uri, m.range.start.line, m.range.start.character), m);
      assert.deepEqual(copy.claimAt(doc.uri, m.range.start.line, m.range.start.character), index.claimAt(doc.uri, m.range.start.line, m.range.start.character));
    }
    for (const groupId of doc.groupCounts.keys()) {
      assert.deepEqual(copy.stats(groupId), index.stats(groupId));
      assert.deepEqual(findCrossReferences(copy, source, groupId, doc.uri, 5), findCrossReferences(index, source, groupId, doc.uri, 5));
      assert.deepEqual([...copy.mentionsOf(groupId)], [...index.mentionsOf(groupId)]);
    }
    for (const claim of doc.claims) assert.deepEqual(relatedClaims(copy, doc.uri, claim, 10), relatedClaims(index, doc.uri, claim, 10));
  }
  // Another process numbers groups and aliases differently (here: other names interned first);
  // the cache's own tables translate them.
  const script = `
    const { aliasNumbers, groupNumbers } = require(${JSON.stringify(path.join(__dirname, '..', '..', 'server', 'src', 'core', 'corpus', 'stringTable.js'))});
    for (let i = 0; i < 50; i++) { groupNumbers.intern('other-' + i); aliasNumbers.intern('Other ' + i); }
    const { loadIndexCache } = require(${JSON.stringify(path.join(__dirname, '..', '..', 'server', 'src', 'core', 'store', 'indexCache.js'))});
    const { entries, problem } = loadIndexCache(${JSON.stringify(file)}, ${JSON.stringify(identity)}, (p) => require('node:url').pathToFileURL(p).toString());
    process.stdout.write(JSON.stringify({ problem, docs: [...entries.values()].map((e) => ({ uri: e.doc.uri, mentions: e.doc.mentions, groups: [...e.doc.groupCounts] })) }));`;
  const child = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  assert.equal(child.problem, null);
  for (const d of child.docs) {
    const doc = index.get(d.uri)!;
    assert.deepEqual(d.mentions, doc.mentions, d.uri);
    assert.deepEqual(new Map(d.groups), doc.groupCounts, d.uri);
  }
});

test('workspace: a document whose analysis throws is skipped with its reason; the rest of the run completes', async (t) => {
  // Analysis on this thread (as on one core), where the failure is injected below.
  const workers = process.env.SOURCE_LENS_ANALYSIS_WORKERS;
  process.env.SOURCE_LENS_ANALYSIS_WORKERS = '0';
  t.after(() => {
    if (workers === undefined) delete process.env.SOURCE_LENS_ANALYSIS_WORKERS;
    else process.env.SOURCE_LENS_ANALYSIS_WORKERS = workers;
  });
  const corpus = tempDir();
  fs.writeFileSync(path.join(corpus, 'good.txt'), 'The TTP claimed it.');
  fs.writeFileSync(path.join(corpus, 'poison.txt'), 'ISIS denied it.');
  const logs: string[] = [];
  const ws = new CorpusWorkspace({ info: (m) => logs.push(m), warn: (m) => logs.push(m) });
  ws.folders = [corpus];
  ws.storagePath = tempDir();
  ws.reloadGazetteer();
  const update = ws.index.update.bind(ws.index);
  ws.index.update = (uri, text, version) => {
    if (uri.endsWith('poison.txt')) throw new Error('stage failed');
    return update(uri, text, version);
  };
  let ended = '';
  await ws.indexAll({ begin() {}, report() {}, end: (m) => (ended = m), isCancelled: () => false });
  assert.match(ended, /Indexed 1 documents/);
  assert.match(ws.skipped.get(path.join(corpus, 'poison.txt')) ?? '', /analysis failed \(stage failed\)/);
  assert.equal(ws.status().documents, 1);
  // An open document whose analysis throws: no answer for it, the server goes on.
  assert.equal(ws.openDocument(pathToFileURL(path.join(corpus, 'poison.txt')).toString(), 'x', 1), undefined);
  assert.ok(logs.some((l) => /Cannot analyse .*poison\.txt/.test(l)));
});
