// What the per-document analysis costs, and what each language library would add, on realistic
// text: the sample corpus (samples/corpus, 44 documents) concatenated and repeated.
//   node bench/nlp-libraries.mjs [--repeat N]        (after `node scripts/build.mjs`)
// Measures, best of three rounds, in MB/s of text:
//   - the whole analysis (analyzeText: document model, groups, people, statements, claims, dates);
//   - the same with chrono-node switched off (dates the simple rules do not resolve stay unresolved);
//   - the group matcher alone (the reference the analysis is added to);
//   - wink-nlp (wink-eng-lite-web-model): sentence boundaries alone, and sentences with parts of speech;
// the share of sentences that reach chrono-node, and the agreement of wink-nlp's sentence boundaries
// with the project's splitter on the development documents. Prints a Markdown table.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const core = path.join(root, 'out', 'server', 'src', 'core');
const { analyzeText } = require(path.join(core, 'corpus', 'corpusIndex.js'));
const { GroupMatcher } = require(path.join(core, 'recognition', 'groupMatcher.js'));
const { buildDocument } = require(path.join(core, 'text', 'document.js'));
const { dateResolution } = require(path.join(core, 'claims', 'dates.js'));
const { combineGazetteers, loadBuiltinGazetteer, readWorkspaceGazetteer } = require(path.join(core, 'gazetteer', 'files.js'));

const args = process.argv.slice(2);
const repeat = Number(args.includes('--repeat') ? args[args.indexOf('--repeat') + 1] : 20);
const samples = path.join(root, 'samples');
const matcher = new GroupMatcher(combineGazetteers(loadBuiltinGazetteer(), [readWorkspaceGazetteer(path.join(samples, 'source-lens.gazetteer.json'))]));
const docs = readdirSync(path.join(samples, 'corpus')).filter((f) => /\.(?:txt|md)$/.test(f)).sort().map((f) => readFileSync(path.join(samples, 'corpus', f), 'utf8').replace(/^\uFEFF/, ''));
const corpus = Array.from({ length: repeat }, () => docs).flat();
const megabytes = corpus.reduce((n, d) => n + d.length, 0) / 1e6;

function best(fn, rounds = 3) {
  let ms = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    fn();
    ms = Math.min(ms, performance.now() - t);
  }
  return ms;
}
const rate = (ms) => (megabytes / (ms / 1000)).toFixed(2);

const rows = [];
const matcherMs = best(() => corpus.forEach((t) => matcher.findMentions(t)));
rows.push(['group matcher alone (reference)', matcherMs]);
dateResolution.chronoCalls = 0;
const analysisMs = best(() => corpus.forEach((t, i) => analyzeText(matcher, `doc${i}`, t, null)), 3);
const chronoCalls = dateResolution.chronoCalls / 3;
rows.push(['whole analysis (model, groups, people, statements, claims, dates with chrono-node)', analysisMs]);
dateResolution.chrono = false;
const withoutChronoMs = best(() => corpus.forEach((t, i) => analyzeText(matcher, `doc${i}`, t, null)), 3);
dateResolution.chrono = true;
rows.push(['whole analysis without chrono-node', withoutChronoMs]);
const modelMs = best(() => corpus.forEach((t) => buildDocument(t)));
rows.push(['document model alone (blocks, sentences, interview)', modelMs]);

const loadStart = performance.now();
const winkNLP = require('wink-nlp');
const nlp = winkNLP(require('wink-eng-lite-web-model'));
const winkLoadMs = performance.now() - loadStart;
const its = nlp.its;
// wink-nlp is slow enough that one round over a fifth of the text is measured and scaled.
const sample = corpus.slice(0, Math.max(docs.length, Math.floor(corpus.length / 5)));
const sampleShare = sample.reduce((n, d) => n + d.length, 0) / 1e6 / megabytes;
const winkSentMs = best(() => sample.forEach((t) => nlp.readDoc(t).sentences().out()), 1) / sampleShare;
rows.push(['wink-nlp: sentence boundaries', winkSentMs]);
const winkPosMs = best(() => sample.forEach((t) => nlp.readDoc(t).tokens().out(its.pos)), 1) / sampleShare;
rows.push(['wink-nlp: sentences and parts of speech', winkPosMs]);

// Agreement of sentence boundaries on the development documents: sentence ends both splitters put
// at the same offset (within the text blocks the document model reads).
let ours = 0;
let theirs = 0;
let shared = 0;
let sentences = 0;
for (const text of docs) {
  const model = buildDocument(text);
  sentences += model.sentences.length;
  const ends = new Set(model.sentences.map((s) => s.end));
  ours += ends.size;
  for (const block of model.blocks) {
    if (!['body', 'standfirst', 'list-item', 'turn'].includes(block.role)) continue;
    const slice = text.slice(block.contentStart, block.end);
    const doc = nlp.readDoc(slice);
    let from = 0;
    for (const s of doc.sentences().out()) {
      const at = slice.indexOf(s, from);
      if (at < 0) continue;
      from = at + s.length;
      theirs++;
      if (ends.has(block.contentStart + at + s.trimEnd().length)) shared++;
    }
  }
}
const agreement = { ours, theirs, shared };

console.log(`Text: the sample corpus (${docs.length} documents) repeated ${repeat} times, ${megabytes.toFixed(2)} MB; Node ${process.version}; load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log('');
console.log('| what | ms | MB/s |');
console.log('| --- | --- | --- |');
for (const [name, ms] of rows) console.log(`| ${name} | ${Math.round(ms)} | ${rate(ms)} |`);
console.log('');
console.log(`wink-nlp model load: ${Math.round(winkLoadMs)} ms (once per process).`);
console.log(`Dates reaching chrono-node: ${Math.round(chronoCalls)} per ${docs.length * repeat} documents (${((chronoCalls / (sentences * repeat)) * 100).toFixed(2)} % of ${sentences * repeat} sentences).`);
console.log(`Sentence boundaries on the development documents: ours ${agreement.ours}, wink-nlp ${agreement.theirs}, at the same offset ${agreement.shared} (${((agreement.shared / agreement.theirs) * 100).toFixed(1)} % of wink-nlp's, ${((agreement.shared / agreement.ours) * 100).toFixed(1)} % of ours).`);
