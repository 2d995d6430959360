// Where the cold index spends its time, phase by phase, in one process on the compiled core:
// discovery, reading, the document model (blocks, sentences, lower-cased copy), group matching
// (tokenizer and automaton), people, claims (extraction and attribution), building the index,
// writing the cache and loading it back; then the live heap after a full GC. The phases run over
// chunks of documents so that the texts of a 100k corpus are never all in memory at once.
//   node --expose-gc bench/phases.mjs <folder> [--json]
// Run by bench/run.mjs in a child process; usable alone after `node scripts/build.mjs`.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const core = (p) => require(path.join(REPO_ROOT, 'out/server/src/core', p));
// The V8 settings every Source Lens process makes (server/src/engineFlags.ts), when the build has them.
const ENGINE_FLAGS = path.join(REPO_ROOT, 'out/server/src/engineFlags.js');
if (fs.existsSync(ENGINE_FLAGS)) require(ENGINE_FLAGS);

const CHUNK = 2000;

export async function measurePhases(dir) {
  const files = core('corpus/files.js');
  const { CorpusIndex, analyzeText, buildIndexedDocument } = core('corpus/corpusIndex.js');
  const { extractClaims } = core('claims/extract.js');
  // Relations and co-occurrences (when the core has them), read from the same sentences.
  const relationsModule = fs.existsSync(path.join(REPO_ROOT, 'out/server/src/core/claims/relations.js')) ? core('claims/relations.js') : null;
  const passagesModule = relationsModule ? core('corpus/passages.js') : null;
  const documentModel = fs.existsSync(path.join(REPO_ROOT, 'out/server/src/core/text/document.js')) ? core('text/document.js') : null;
  const people = fs.existsSync(path.join(REPO_ROOT, 'out/server/src/core/people/people.js')) ? core('people/people.js') : null;
  const { GroupMatcher } = core('recognition/groupMatcher.js');
  const { loadBuiltinGazetteer } = core('gazetteer/files.js');
  const cache = core('store/indexCache.js');
  const matcher = new GroupMatcher(loadBuiltinGazetteer());
  const index = new CorpusIndex(matcher);
  const ms = { discovery: 0, read: 0, model: 0, match: 0, people: 0, claims: 0, build: 0, observers: 0, cacheWrite: 0, cacheLoad: 0 };
  // What the server keeps beside the index and updates with every document (when the core has them).
  const observers = [];
  const exists = (p) => fs.existsSync(path.join(REPO_ROOT, 'out/server/src/core', p));
  if (exists('corpus/peopleIndex.js')) {
    const { PeopleIndex } = core('corpus/peopleIndex.js');
    const known = exists('gazetteer/people.js') ? core('gazetteer/people.js').loadKnownPeople() : null;
    observers.push(new PeopleIndex(known && !known.problem ? known.people : core('gazetteer/people.js').EMPTY_KNOWN_PEOPLE));
  }
  if (exists('corpus/claimSearch.js')) observers.push(new (core('corpus/claimSearch.js').ClaimSearch)());
  const counts = { documents: 0, mentions: 0, claims: 0, bytes: 0 };

  let t = performance.now();
  const filter = new files.CorpusFilter(files.DEFAULT_CORPUS_OPTIONS);
  const list = await files.discoverCorpusFiles(dir, filter, () => {});
  ms.discovery = performance.now() - t;
  const entries = new Map();
  const max = files.DEFAULT_CORPUS_OPTIONS.maxFileBytes;
  // One read per file with the size discovery already knows, when the core offers it.
  const read = files.readCorpusFileKnown ? (f) => files.readCorpusFileKnown(f.path, f.size, max) : (f) => files.readCorpusFile(f.path, max);

  for (let from = 0; from < list.length; from += CHUNK) {
    const chunk = list.slice(from, from + CHUNK);
    t = performance.now();
    const texts = chunk.map((f) => read(f));
    ms.read += performance.now() - t;
    // The same stages, in the same order, as the index's own analysis (analyzeTextParts).
    t = performance.now();
    const models = documentModel ? texts.map((r, i) => (r.ok ? documentModel.buildDocument(r.text, { fileName: chunk[i].path }) : null)) : [];
    ms.model += performance.now() - t;
    t = performance.now();
    const found = texts.map((r, i) => {
      if (!r.ok) return [];
      if (!documentModel) return matcher.findMentions(r.text);
      models[i].tokens = matcher.tokenize(r.text);
      return matcher.findMentionsInTokens(r.text, models[i].tokens);
    });
    ms.match += performance.now() - t;
    t = performance.now();
    const named = people ? texts.map((r, i) => (r.ok ? people.findPeople(models[i], found[i]) : null)) : [];
    ms.people += performance.now() - t;
    t = performance.now();
    const claims = texts.map((r, i) => {
      if (!r.ok) return [];
      if (!documentModel) return extractClaims(r.text, found[i]);
      const own = extractClaims(models[i], found[i], named[i]);
      if (!relationsModule) return own;
      const relations = relationsModule.extractRelations(r.text, models[i].sentences, found[i], { documentDate: models[i].date, statements: own });
      return relations.length ? [...own, ...relations].sort((a, b) => a.start - b.start || Number(a.kind === 'relation') - Number(b.kind === 'relation')) : own;
    });
    const cooccurrences = texts.map((r, i) => (r.ok && passagesModule ? passagesModule.countCooccurrences(models[i].sentences, found[i], named[i]) : []));
    ms.claims += performance.now() - t;
    t = performance.now();
    const chunkDocs = [];
    chunk.forEach((f, i) => {
      const r = texts[i];
      if (!r.ok) return;
      const uri = pathToFileURL(f.path).toString();
      // Older cores had no separate build step: then this phase repeats the whole analysis.
      const doc = buildIndexedDocument
        ? buildIndexedDocument(uri, r.text, null, { found: found[i], claims: claims[i], people: named[i], date: models[i].date, cooccurrences: cooccurrences[i], lines: models[i].lines })
        : analyzeText(matcher, uri, r.text, null);
      index.put(doc);
      chunkDocs.push(doc);
      entries.set(f.path, { size: f.size, mtimeMs: f.mtimeMs, doc });
      counts.documents++;
      counts.mentions += found[i].length;
      counts.claims += claims[i].length;
      counts.bytes += f.size;
    });
    ms.build += performance.now() - t;
    t = performance.now();
    for (const doc of chunkDocs) for (const o of observers) o.added(doc);
    ms.observers += performance.now() - t;
  }

  const cacheFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-phases-')), cache.CACHE_FILE_NAME);
  const identity = { gazetteer: 'bench', extractor: 'bench' };
  t = performance.now();
  const saved = await cache.saveIndexCache(cacheFile, identity, entries);
  ms.cacheWrite = performance.now() - t;
  if (saved) throw new Error(`cache write failed: ${saved}`);
  const cacheBytes = fs.statSync(cacheFile).size;
  global.gc?.();
  const heapAfterIndex = process.memoryUsage();
  t = performance.now();
  const loaded = cache.loadIndexCache(cacheFile, identity, (p) => pathToFileURL(p).toString());
  ms.cacheLoad = performance.now() - t;
  if (loaded.problem || loaded.entries.size !== entries.size) throw new Error(`cache load failed: ${loaded.problem}`);
  fs.rmSync(path.dirname(cacheFile), { recursive: true, force: true });
  const round = (x) => Math.round(x);
  return {
    ms: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, round(v)])),
    counts,
    cacheMB: Math.round(cacheBytes / 1e5) / 10,
    heapAfterGcMB: Math.round(heapAfterIndex.heapUsed / 1e5) / 10,
    rssMB: Math.round(heapAfterIndex.rss / 1e5) / 10,
    gcExposed: typeof global.gc === 'function',
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node --expose-gc bench/phases.mjs <folder> [--json]');
    process.exit(2);
  }
  const result = await measurePhases(path.resolve(dir));
  console.log(process.argv.includes('--json') ? JSON.stringify(result) : result);
}
