// Scores the claim extractor against the hand-written gold file samples/gold/claims.json.
//   node scripts/evaluate-claims.mjs [--verbose]     (after `node scripts/build.mjs`)
// Detection: an extracted claim matches a gold claim when their spans overlap and the kinds are
// equal (each gold claim matched once). Fields are scored on matched pairs: subjects (same set of
// group ids), claimant (both none, or one contains the other after normalising case, articles and
// punctuation), figures (same number of figures, each gold figure found with its measure, number
// and kind of bound), date (both none, or equal ignoring case). Always exits 0: this is a report.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = path.join(root, 'out', 'server', 'src', 'core');
const { analyzeText } = require(path.join(out, 'corpus', 'corpusIndex.js'));
const { GroupMatcher } = require(path.join(out, 'recognition', 'groupMatcher.js'));
const { combineGazetteers, loadBuiltinGazetteer, readWorkspaceGazetteer } = require(path.join(out, 'gazetteer', 'files.js'));
const verbose = process.argv.includes('--verbose');

const samples = path.join(root, 'samples');
const gold = JSON.parse(readFileSync(path.join(samples, 'gold', 'claims.json'), 'utf8')).claims;
const matcher = new GroupMatcher(combineGazetteers(loadBuiltinGazetteer(), [readWorkspaceGazetteer(path.join(samples, 'source-lens.gazetteer.json'))]));

const files = [...new Set(gold.map((g) => g.file))];
// Every corpus file is scored, including any with no gold claim (its claims are false positives).
import { readdirSync } from 'node:fs';
for (const f of readdirSync(path.join(samples, 'corpus'))) if (/\.(txt|md)$/.test(f) && !files.includes(`corpus/${f}`)) files.push(`corpus/${f}`);

const norm = (s) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\b(the|a|an)\b/g, ' ').replace(/\s+/g, ' ').trim();
const measureClass = (m) => (m === 'killed' || m === 'injured' ? m : 'strength');

function parseGoldFigure(spec) {
  const [measure, value] = spec.split(':');
  const m = /^(>=|>|<=|~)?(.+)$/.exec(value);
  return { measure, op: m[1] ?? '', numbers: m[2].split('-') };
}

/** A gold figure ("killed:>=40", "strength:~2000-2500", "killed:dozens") against an extracted one. */
function figureMatches(goldSpec, f) {
  const g = parseGoldFigure(goldSpec);
  if (measureClass(f.measure) !== g.measure) return false;
  if (!/^\d/.test(g.numbers[0])) return f.text.toLowerCase().includes(g.numbers[0]); // "dozens", "thousands"
  const [a, b = a] = g.numbers.map(Number);
  switch (g.op) {
    case '>=': return f.low === a && f.high === Infinity;
    case '>': return f.low === a + 1 && f.high === Infinity;
    case '<=': return f.low === 0 && f.high === b;
    case '~': return f.low <= a && b <= f.high && f.high !== Infinity && f.low < f.high;
    default: return f.low === a && f.high === b;
  }
}

let tp = 0, fp = 0, fn = 0;
const fields = { subjects: [0, 0], claimant: [0, 0], figures: [0, 0], date: [0, 0] };
const misses = [];
for (const file of files) {
  const text = readFileSync(path.join(samples, file), 'utf8').replace(/^\uFEFF/, '');
  const doc = analyzeText(matcher, file, text, null);
  const golds = gold.filter((g) => g.file === file).map((g) => {
    const start = text.indexOf(g.text);
    // A gold claim whose text no longer occurs (document edited) can never match: it counts as missed.
    if (start < 0) console.log(`warning: gold text not found in ${file}: ${g.text}`);
    return { ...g, start: start < 0 ? -1 : start, end: start < 0 ? -1 : start + g.text.length, used: false };
  });
  // Relations between groups are not in this gold (they have their own tests); score the other kinds.
  for (const c of doc.claims.filter((claim) => claim.kind !== 'relation')) {
    const g = golds.find((x) => !x.used && x.kind === c.kind && x.start < c.end && c.start < x.end);
    if (!g) {
      fp++;
      misses.push(`FP ${file} [${c.kind}] ${text.slice(c.start, c.end).replace(/\s+/g, ' ').slice(0, 110)}`);
      continue;
    }
    g.used = true;
    tp++;
    const score = (name, ok, detail) => {
      fields[name][1]++;
      if (ok) fields[name][0]++;
      else misses.push(`${name} ${file}: gold ${JSON.stringify(detail[0])} got ${JSON.stringify(detail[1])} — ${g.text.slice(0, 60)}`);
    };
    score('subjects', [...g.subjects].sort().join() === [...c.subjects].sort().join(), [g.subjects, c.subjects]);
    const a = norm(g.claimant), b = norm(c.claimant);
    score('claimant', a === b || (a && b && (a.includes(b) || b.includes(a))), [g.claimant, c.claimant]);
    score('figures', g.figures.length === c.figures.length && g.figures.every((spec) => c.figures.some((f) => figureMatches(spec, f))), [g.figures, c.figures.map((f) => `${f.measure}:${f.low}-${f.high}`)]);
    score('date', (g.date ?? '').toLowerCase() === (c.date ?? '').toLowerCase(), [g.date, c.date]);
  }
  for (const g of golds) if (!g.used) {
    fn++;
    misses.push(`FN ${file} [${g.kind}] ${g.text}`);
  }
}
const precision = tp / (tp + fp || 1);
const recall = tp / (tp + fn || 1);
const f1 = (2 * precision * recall) / (precision + recall || 1);
const pct = (x) => x.toFixed(3);
console.log(`Claim detection (overlap + same kind) on ${files.length} documents, ${gold.length} gold claims`);
console.log(`  extracted ${tp + fp}, matched ${tp}, false positives ${fp}, missed ${fn}`);
console.log(`  precision ${pct(precision)}  recall ${pct(recall)}  F1 ${pct(f1)}`);
console.log('Field accuracy on matched claims');
for (const [name, [ok, n]] of Object.entries(fields)) console.log(`  ${name.padEnd(9)} ${pct(ok / (n || 1))}  (${ok}/${n})`);
if (verbose) for (const m of misses) console.log('  ' + m);
