// Builds the built-in list of known people, server/data/people.json, from the individuals of the
// UN Security Council Consolidated List: the ISIL (Da'esh) & Al-Qaida regime and the 1988 (Taliban)
// regime, the two whose entities make up most of the built-in gazetteer, and the Yemen regime's
// listings that name the Houthis (linked to that curated entry). Each person is linked to
// the gazetteer groups their listing names (the list writes "Founder of Jaish-i-Mohammed (QDe.019)":
// the entity reference is matched against the gazetteer's source records), with the role the
// listing gives. Deterministic: same inputs, same bytes.
//
//   node scripts/build-people.mjs [--source <un_consolidated.xml>] [--check]
//
// --check rebuilds in memory and fails if the committed file differs.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const sourceArg = args.includes('--source') ? args[args.indexOf('--source') + 1] : null;
const sourceFile = path.resolve(sourceArg ?? path.join(root, '..', 'shared', 'data', 'gazetteer', 'raw', 'un_consolidated_2026-01-28.xml'));
const gazetteerFile = path.join(root, 'server', 'data', 'gazetteer.json');
const outFile = path.join(root, 'server', 'data', 'people.json');

if (!existsSync(sourceFile)) {
  console.error(`build-people: the UN list was not found at ${sourceFile}.\nThe generated server/data/people.json is committed; rebuilding needs the shared official list (pass --source <file>).`);
  process.exit(1);
}

const REGIMES = new Map([
  ['Al-Qaida', "ISIL (Da'esh) & Al-Qaida Sanctions List"],
  ['Taliban', '1988 Sanctions List (Taliban)'],
  ['Yemen', '2140 Sanctions List (Yemen)'],
]);
// The Yemen regime lists the Houthis (YEe.001) and people of several sides; only the listings that
// name the Houthis are read, each linked to the movement.
const HOUTHI = /\bHo?uthi/i;

const xml = readFileSync(sourceFile, 'utf8');
const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: true, isArray: (name) => ['INDIVIDUAL', 'INDIVIDUAL_ALIAS', 'VALUE'].includes(name) }).parse(xml);
const generated = parsed.CONSOLIDATED_LIST?.['@_dateGenerated'] ?? null;
const individuals = parsed.CONSOLIDATED_LIST?.INDIVIDUALS?.INDIVIDUAL ?? [];

// Gazetteer groups by the UN entity reference their entry was built from ("UN:QDe.019").
const gazetteer = JSON.parse(readFileSync(gazetteerFile, 'utf8'));
const groupByReference = new Map();
for (const group of gazetteer.groups) {
  for (const source of group.sources ?? []) if (source.startsWith('UN:')) groupByReference.set(source.slice(3), group.id);
}

// --- names ---------------------------------------------------------------------------------------
const LOWER_WORDS = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'ul', 'ud', 'ur', 'ad', 'ash', 'as', 'az', 'abu', 'abou', 'abd', 'de', 'du', 'la', 'le']);
/** "ABDUL LATIF MANSUR" -> "Abdul Latif Mansur"; "AL-AMDOUNI" -> "al-Amdouni" inside a name. */
function displayCase(text) {
  const clean = String(text ?? '').replace(/\s+/g, ' ').trim();
  if (/\p{Ll}/u.test(clean)) return clean;
  return clean
    .split(' ')
    .map((word, i) =>
      word
        .split('-')
        .map((part, j) => {
          const lower = part.toLowerCase();
          if ((i > 0 || j > 0) && LOWER_WORDS.has(lower) && (lower !== 'abu' && lower !== 'abou' && lower !== 'abd')) return lower;
          return lower.replace(/^\p{L}/u, (c) => c.toUpperCase()).replace(/(['’])(\p{L})/gu, (m, q, c) => q + c);
        })
        .join('-'),
    )
    .join(' ');
}

function values(node) {
  if (node === undefined || node === null || node === '') return [];
  const list = node.VALUE ?? node;
  return (Array.isArray(list) ? list : [list]).map((v) => String(v).replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function fullName(ind) {
  return displayCase(['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((k) => ind[k]).filter((v) => v && String(v).trim()).join(' '));
}

/** "Good" a.k.a.s of two words or more: a single-word alias ("Akhund") would match anyone. */
function aliasesOf(ind, name) {
  const out = [];
  for (const alias of ind.INDIVIDUAL_ALIAS ?? []) {
    // Drop notes and original-script spellings in brackets ("(previously listed as)") and stray punctuation.
    const text = displayCase(String(alias.ALIAS_NAME ?? '').replace(/\([^)]*\)/g, ' ').replace(/[\s,;:.]+$/, ''));
    if (/[^\p{Script=Latin}\s'’.-]/u.test(text)) continue;
    if (!text || alias.QUALITY !== 'Good' || text.split(/\s+/).length < 2) continue;
    if (text.toLowerCase() === name.toLowerCase() || out.some((a) => a.toLowerCase() === text.toLowerCase())) continue;
    out.push(text);
  }
  return out;
}

// --- what the listing says -----------------------------------------------------------------------
const BOILERPLATE = /^(?:Review pursuant to|INTERPOL-UN|Father's name|Father’s name|Mother's name|Mother’s name|Inadmissible to|Photo available|Belongs to|Believed to|Brother|Son of|Married|Sentenced|Arrested|Detained|In custody|Transferred|Left eye|Height|Physical description|Gender|Address|Reportedly)/i;
const REFERENCE = /\s*\(((?:QDe|TAe)\.\d{3})\)/g;

function sentencesOf(comment) {
  return String(comment ?? '')
    .replace(/\s+/g, ' ')
    .split(/(?<=[.;])\s+(?=[A-Z])|(?<=(?:\p{Ll}{3}|\))\.)(?=\p{Lu}\p{Ll})/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Groups named by entity reference in the listing's comments, each with the sentence that names it. */
function groupsOf(ind, regime) {
  const groups = [];
  for (const sentence of sentencesOf(ind.COMMENTS1)) {
    for (const m of sentence.matchAll(REFERENCE)) {
      const groupId = groupByReference.get(m[1]);
      if (!groupId || groups.some((g) => g.id === groupId)) continue;
      groups.push({ id: groupId, role: tidy(sentence.replace(REFERENCE, '')), reference: m[1] });
    }
  }
  // The 1988 regime lists members and associates of the Taliban; a listing naming no entity is
  // still about the movement, with the post the listing records as its role.
  if (regime === 'Taliban' && !groups.some((g) => g.id === 'afghan-taliban')) {
    const designation = values(ind.DESIGNATION)[0];
    groups.push({ id: 'afghan-taliban', role: designation ?? 'Listed under the 1988 Taliban sanctions regime', reference: null });
  }
  if (regime === 'Yemen') {
    const role = values(ind.DESIGNATION).find((d) => HOUTHI.test(d)) ?? sentencesOf(ind.COMMENTS1).find((s) => HOUTHI.test(s));
    if (role) groups.push({ id: 'houthis', role: tidy(role), reference: 'YEe.001' });
  }
  return groups;
}

/** A sentence of the listing without leading or trailing punctuation. */
function tidy(sentence) {
  return sentence.replace(/\s+/g, ' ').replace(/^[\s:;,.-]+|[\s:;,.]+$/g, '');
}

function summaryOf(ind) {
  const first = sentencesOf(ind.COMMENTS1).find((s) => !BOILERPLATE.test(s));
  if (!first) return null;
  const text = tidy(first.replace(REFERENCE, ''));
  return text.length > 240 ? text.slice(0, 239).replace(/\s+\S*$/, '') + '…' : text;
}

const people = [];
for (const ind of individuals) {
  const regime = ind.UN_LIST_TYPE;
  if (!REGIMES.has(regime)) continue;
  if (regime === 'Yemen' && !groupsOf(ind, regime).length) continue;
  const name = fullName(ind);
  if (!name) continue;
  const comments = String(ind.COMMENTS1 ?? '');
  people.push({
    id: `UN:${ind.REFERENCE_NUMBER}`,
    name,
    aliases: aliasesOf(ind, name),
    titles: values(ind.TITLE).map(displayCase),
    designations: values(ind.DESIGNATION),
    groups: groupsOf(ind, regime),
    summary: summaryOf(ind),
    deceased: /\b(?:reportedly |confirmed )?deceased\b/i.test(comments),
    listing: { authority: 'UN Security Council', list: REGIMES.get(regime), reference: String(ind.REFERENCE_NUMBER), listedOn: ind.LISTED_ON ? String(ind.LISTED_ON) : null },
  });
}
people.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const data = {
  version: 1,
  generatedBy: 'scripts/build-people.mjs',
  sources: [`UN Security Council Consolidated List, dateGenerated ${generated ?? 'unknown'} (scsanctions.un.org consolidated.xml): individuals of the ISIL (Da'esh) & Al-Qaida and 1988 (Taliban) regimes, and of the Yemen (2140) regime those whose listing names the Houthis`],
  people,
};
const text = JSON.stringify(data, null, 1) + '\n';
if (args.includes('--check')) {
  const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
  if (current !== text) {
    console.error('build-people: server/data/people.json is out of date; run node scripts/build-people.mjs');
    process.exit(1);
  }
  console.log('build-people: up to date');
  process.exit(0);
}
writeFileSync(outFile + '.tmp', text);
renameSync(outFile + '.tmp', outFile);
const linked = people.filter((p) => p.groups.length).length;
console.log(`build-people: ${people.length} people (${linked} linked to a gazetteer group) -> ${path.relative(root, outFile)}`);
