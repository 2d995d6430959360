// Deterministic generator of a news-style benchmark corpus.
//   node bench/generate-corpus.mjs [--sizes 1k,10k,100k] [--gazetteer <file>] [--force]
// Writes bench/corpora/<size>/NNN/doc-NNNNNN.txt (1,000 files per folder) and a manifest.json whose
// hash covers the generator version, seed, size and gazetteer: a corpus with a matching manifest is
// reused, anything else is regenerated.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const GENERATOR_VERSION = 3;
const SEED = 0x5eed1e55;
export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(BENCH_DIR, '..');

/** The gazetteer the corpus (and the server under test) use: the built-in one once it exists. */
export function benchGazetteerPath() {
  if (process.env.SOURCE_LENS_BUILTIN_GAZETTEER) return process.env.SOURCE_LENS_BUILTIN_GAZETTEER;
  const builtin = path.join(REPO_ROOT, 'server', 'data', 'gazetteer.json');
  return fs.existsSync(builtin) ? builtin : path.join(REPO_ROOT, 'test', 'fixtures', 'test-gazetteer.json');
}

export function parseSize(s) {
  const m = /^(\d+)(k?)$/i.exec(s.trim());
  if (!m) throw new Error(`bad size "${s}" (use e.g. 1k, 10k, 100k)`);
  return Number(m[1]) * (m[2] ? 1000 : 1);
}

// Mulberry32: small, fast, and identical on every platform (Math.random is not seedable).
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS = 'the of and to in a that for on was with said by as at from is were it he they his their had have been has an which after but not who would this about over more than into security officials government province district local forces police army attack people city region border week on Tuesday Friday Monday'.split(' ');
const SYLLABLES = 'ka ra ma ta na sa la pa da ba ha ja wa za fa qa ki ri mi ti ni si li pi di bi ko ro mo to no so lo po do bo ku ru mu tu nu su lu pu du bu ar en in on ul es at il or am'.split(' ');
const PLACES = ['Kabul', 'Peshawar', 'Quetta', 'Mosul', 'Raqqa', 'Idlib', 'Mogadishu', 'Maiduguri', 'Kunduz', 'Jalalabad', 'Sinai', 'Aden', 'Gao', 'Cabo Delgado', 'Deir ez-Zor', 'Khyber', 'Waziristan', 'Kandahar', 'Baghdad', 'Tripoli'];
const OUTLETS = ['Reuters', 'the Associated Press', 'AFP', 'local media', 'state television', 'a regional newspaper'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CLAIMANTS = ['a spokesman', 'the interior ministry', 'a provincial official', 'a military spokesman', 'hospital staff', 'an analyst'];

function makeVocabulary(rand, n) {
  const words = [...FUNCTION_WORDS];
  const seen = new Set(words);
  while (words.length < n) {
    const k = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < k; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  // Zipf (s ≈ 1.07) cumulative weights, so frequent words dominate as in real prose.
  const cumulative = new Float64Array(words.length);
  let total = 0;
  for (let r = 0; r < words.length; r++) cumulative[r] = total += 1 / Math.pow(r + 1, 1.07);
  return { words, cumulative, total };
}

function zipfWord(rand, vocab) {
  const x = rand() * vocab.total;
  let lo = 0;
  let hi = vocab.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocab.cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return vocab.words[lo];
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/** Writing variants an analyst meets: case, transliteration connectors, possessive. */
function variantOf(rand, alias) {
  const r = rand();
  const acronym = /[A-Z].*[A-Z]/.test(alias) || alias.length <= 3;
  if (acronym) return r < 0.1 ? alias + "'s" : alias;
  if (r < 0.15) return alias.toLowerCase();
  if (r < 0.25) return alias.replace(/-e-/g, '-i-').replace(/-ul-/g, ' ul ');
  if (r < 0.3) return alias.replace(/-/g, ' ');
  if (r < 0.35) return alias + "'s";
  return alias;
}

function sentence(rand, vocab, minWords, maxWords) {
  const n = minWords + Math.floor(rand() * (maxWords - minWords));
  const words = [];
  for (let i = 0; i < n; i++) words.push(zipfWord(rand, vocab));
  if (rand() < 0.2) words.splice(Math.floor(rand() * n), 0, pick(rand, PLACES));
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1) + (rand() < 0.1 ? ',' + ' ' + zipfWord(rand, vocab) + '.' : '.');
}

function date(rand) {
  return `${1 + Math.floor(rand() * 28)} ${pick(rand, MONTHS)} ${2015 + Math.floor(rand() * 10)}`;
}

/** A sentence stating a claim of one of the five kinds about a group. */
function claimSentence(rand, name, vocab) {
  const place = pick(rand, PLACES);
  const n = 2 + Math.floor(rand() * 140);
  switch (Math.floor(rand() * 5)) {
    case 0:
      return rand() < 0.5
        ? `${name} claimed responsibility for the ${date(rand)} bombing in ${place}, according to ${pick(rand, OUTLETS)}.`
        : `Officials blamed ${name} for the attack on a checkpoint near ${place}.`;
    case 1:
      return rand() < 0.5
        ? `At least ${n} people were killed and ${Math.floor(n * 1.5)} injured when ${name} fighters stormed ${place}, ${pick(rand, CLAIMANTS)} said.`
        : `${name} said it had killed ${n} soldiers in ${place}, a figure the army disputed.`;
    case 2:
      return `${name} has an estimated ${(n * 50).toLocaleString('en-US')} fighters in ${place}, according to a UN report.`;
    case 3:
      return `In a statement on ${date(rand)}, ${name} announced a new offensive in ${place}.`;
    default:
      return `"We will continue our ${zipfWord(rand, vocab)} until ${zipfWord(rand, vocab)}," a spokesman for ${name} said in a statement.`;
  }
}

function document(rand, vocab, names, weights, index) {
  const target = 1024 + Math.floor(Math.pow(rand(), 1.6) * 7 * 1024); // 1-8 KB, most near the short end
  const groupsHere = [];
  const k = rand() < 0.08 ? 0 : 1 + Math.floor(rand() * 3);
  for (let i = 0; i < k; i++) groupsHere.push(weightedName(rand, names, weights));
  const place = pick(rand, PLACES);
  const parts = [`${place.toUpperCase()}, ${date(rand)} (${pick(rand, OUTLETS)})`, ''];
  let size = parts[0].length;
  let paragraph = [];
  while (size < target) {
    let s;
    const r = rand();
    if (groupsHere.length && r < 0.12) s = claimSentence(rand, variantOf(rand, pick(rand, groupsHere).alias), vocab);
    else if (groupsHere.length && r < 0.2) s = `${sentence(rand, vocab, 4, 10).slice(0, -1)} ${variantOf(rand, pick(rand, groupsHere).alias)} ${sentence(rand, vocab, 3, 8).toLowerCase()}`;
    else if (r < 0.24) s = `"${sentence(rand, vocab, 6, 16)}" ${pick(rand, CLAIMANTS)} told reporters.`;
    else s = sentence(rand, vocab, 8, 26);
    paragraph.push(s);
    size += s.length + 1;
    if (paragraph.length >= 2 + Math.floor(rand() * 4)) {
      parts.push(paragraph.join(' '), '');
      paragraph = [];
    }
  }
  if (paragraph.length) parts.push(paragraph.join(' '), '');
  return `Report ${index}\n\n` + parts.join('\n');
}

/** Popular groups get most mentions (a few names dominate a real archive). */
function weightedName(rand, names, weights) {
  const x = rand() * weights.total;
  let lo = 0;
  let hi = weights.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (weights.cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  const group = names[lo];
  return { groupId: group.id, alias: pick(rand, group.names) };
}

export function corpusDir(size) {
  return path.join(BENCH_DIR, 'corpora', String(size >= 1000 && size % 1000 === 0 ? size / 1000 + 'k' : size));
}

/** Generates (or reuses) the corpus of `size` documents; returns { dir, manifest }. */
export function ensureCorpus(size, { gazetteer = benchGazetteerPath(), force = false, log = console.error } = {}) {
  const gazetteerText = fs.readFileSync(gazetteer, 'utf8');
  const hash = createHash('sha256').update(JSON.stringify({ GENERATOR_VERSION, SEED, size })).update(gazetteerText).digest('hex').slice(0, 16);
  const dir = corpusDir(size);
  const manifestFile = path.join(dir, 'manifest.json');
  if (!force && fs.existsSync(manifestFile)) {
    try {
      const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
      if (manifest.hash === hash) return { dir, manifest };
    } catch {
      // Unreadable manifest: regenerate.
    }
  }
  log(`generating ${size} documents into ${path.relative(process.cwd(), dir)} …`);
  fs.rmSync(dir, { recursive: true, force: true });
  const data = JSON.parse(gazetteerText);
  const groups = data.groups.map((g) => ({
    id: g.id,
    names: [g.name, ...(g.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text))].filter(Boolean),
  }));
  const rand = prng(SEED ^ size);
  const vocab = makeVocabulary(prng(SEED), 20000);
  const cumulative = new Float64Array(groups.length);
  let total = 0;
  for (let r = 0; r < groups.length; r++) cumulative[r] = total += 1 / Math.pow(r + 1, 1.2);
  const weights = { cumulative, total };
  let bytes = 0;
  for (let i = 0; i < size; i++) {
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
    const text = document(rand, vocab, groups, weights, i);
    fs.writeFileSync(path.join(sub, `doc-${String(i).padStart(6, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  const manifest = { hash, size, bytes, generatorVersion: GENERATOR_VERSION, seed: SEED, gazetteer: path.relative(REPO_ROOT, gazetteer) };
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
  return { dir, manifest };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const sizesArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : '1k,10k';
  const gazetteer = args.includes('--gazetteer') ? path.resolve(args[args.indexOf('--gazetteer') + 1]) : benchGazetteerPath();
  for (const s of sizesArg.split(',')) {
    const { dir, manifest } = ensureCorpus(parseSize(s), { gazetteer, force: args.includes('--force') });
    console.log(`${dir}: ${manifest.size} documents, ${(manifest.bytes / 1e6).toFixed(1)} MB (hash ${manifest.hash})`);
  }
}
