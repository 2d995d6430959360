// Measures the statistics that make a corpus realistic for Source Lens: document and paragraph
// sizes, page chrome, quotation marks, how many sentences name a group, how many spellings each
// group appears under, and how many claims the extractor finds. Run on a folder of real pages
// (kept outside the repository) and on the generated corpus to compare them.
//   node bench/corpus-stats.mjs <folder> [--limit N] [--json]
// Uses the compiled core in out/ (node scripts/build.mjs first).
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const core = (p) => require(path.join(REPO_ROOT, 'out/server/src/core', p));

function listTexts(dir, limit) {
  const out = [];
  const walk = (d) => {
    for (const name of fs.readdirSync(d).sort()) {
      if (out.length >= limit) return;
      const p = path.join(d, name);
      const st = fs.statSync(p);
      if (st.isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const words = (s) => s.match(WORD)?.length ?? 0;
const quantile = (xs, q) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const r1 = (x) => Math.round(x * 10) / 10;

/** Statistics of the texts in `dir` (at most `limit` files). */
export function corpusStats(dir, { limit = Infinity } = {}) {
  const { GroupMatcher } = core('recognition/groupMatcher.js');
  const { loadBuiltinGazetteer } = core('gazetteer/files.js');
  const { splitSentences } = core('text/sentences.js');
  const { extractClaims } = core('claims/extract.js');
  const matcher = new GroupMatcher(loadBuiltinGazetteer());
  const files = listTexts(dir, limit);
  const bytes = [];
  const paragraphWords = [];
  const sentencesPerParagraph = [];
  const sentenceWords = [];
  let lines = 0;
  let chromeLines = 0;
  let totalWords = 0;
  let sentences = 0;
  let sentencesWithGroup = 0;
  let mentions = 0;
  let claims = 0;
  const kinds = {};
  let curly = 0;
  let straight = 0;
  let numbers = 0;
  let nonAscii = 0;
  let chars = 0;
  let groupDocs = 0;
  const surfaces = new Map();
  for (const file of files) {
    const raw = fs.readFileSync(file);
    bytes.push(raw.length);
    const text = raw.toString('utf8').replace(/^\uFEFF/, '');
    chars += text.length;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) nonAscii++;
    for (const ch of text) {
      if (ch === '“' || ch === '”') curly++;
      else if (ch === '"') straight++;
    }
    numbers += text.match(/\d[\d,.]*/g)?.length ?? 0;
    const docLines = text.split(/\r\n|\r|\n/);
    for (const line of docLines) {
      const t = line.trim();
      if (!t) continue;
      lines++;
      const w = words(t);
      if (w > 0 && w <= 7 && !/[.!?:"”’)]$/.test(t)) chromeLines++;
    }
    // Paragraphs: blocks between blank lines; a capture without blank lines has one per line.
    const blocks = /\n\s*\n/.test(text) ? text.split(/(?:\r?\n|\r)\s*(?:\r?\n|\r)/) : docLines;
    for (const block of blocks) {
      const w = words(block);
      totalWords += w;
      if (w >= 8 && /[.!?"”]\s*$/.test(block.trim())) {
        paragraphWords.push(w);
        sentencesPerParagraph.push(splitSentences(block).length);
      }
    }
    const found = matcher.findMentions(text);
    mentions += found.length;
    if (found.length) groupDocs++;
    for (const m of found) {
      let set = surfaces.get(m.groupId);
      if (!set) surfaces.set(m.groupId, (set = new Map()));
      const surface = text.slice(m.start, m.end).replace(/\s+/g, ' ');
      set.set(surface, (set.get(surface) ?? 0) + 1);
    }
    let mi = 0;
    for (const s of splitSentences(text)) {
      sentences++;
      sentenceWords.push(words(text.slice(s.start, s.end)));
      while (mi < found.length && found[mi].end <= s.start) mi++;
      if (mi < found.length && found[mi].start < s.end) sentencesWithGroup++;
    }
    for (const c of extractClaims(text, found)) {
      claims++;
      kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
    }
  }
  const varieties = [...surfaces.values()].filter((m) => [...m.values()].reduce((a, b) => a + b, 0) >= 5).map((m) => m.size);
  const perK = (x) => r1((x * 1000) / Math.max(1, totalWords));
  return {
    folder: dir,
    documents: files.length,
    kbPerDocument: { mean: r1(mean(bytes) / 1024), p50: r1(quantile(bytes, 0.5) / 1024), p90: r1(quantile(bytes, 0.9) / 1024) },
    wordsPerProseParagraph: { mean: r1(mean(paragraphWords)), p50: quantile(paragraphWords, 0.5), p90: quantile(paragraphWords, 0.9) },
    sentencesPerProseParagraph: r1(mean(sentencesPerParagraph)),
    wordsPerSentence: { mean: r1(mean(sentenceWords)), p90: quantile(sentenceWords, 0.9) },
    chromeLineShare: r1((100 * chromeLines) / Math.max(1, lines)),
    documentsWithAGroup: r1((100 * groupDocs) / Math.max(1, files.length)),
    sentencesWithAGroup: r1((100 * sentencesWithGroup) / Math.max(1, sentences)),
    mentionsPer1000Words: perK(mentions),
    spellingsPerFrequentGroup: r1(mean(varieties)),
    claimsPer1000Words: perK(claims),
    claimKinds: kinds,
    curlyDoubleQuoteShare: r1((100 * curly) / Math.max(1, curly + straight)),
    doubleQuotesPer1000Words: perK(curly + straight),
    numbersPer1000Words: perK(numbers),
    nonAsciiPer1000Chars: r1((1000 * nonAscii) / Math.max(1, chars)),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--limit');
  if (!dir) {
    console.error('usage: node bench/corpus-stats.mjs <folder> [--limit N] [--json]');
    process.exit(2);
  }
  const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
  const stats = corpusStats(path.resolve(dir), { limit });
  if (args.includes('--json')) console.log(JSON.stringify(stats, null, 2));
  else for (const [k, v] of Object.entries(stats)) console.log(`${k.padEnd(28)} ${typeof v === 'object' ? JSON.stringify(v) : v}`);
}
