// Builds the built-in gazetteer, server/data/gazetteer.json, from the official lists in
// ../shared/data/gazetteer/groups.json (UN Consolidated List + US FTO designations via OFAC) and
// the hand curation in server/data/curated-groups.json. Deterministic: same inputs, same bytes.
//
//   node scripts/build-gazetteer.mjs [--source <groups.json>] [--check]
//
// --check rebuilds in memory and fails if the committed file differs (for reviews).
import { readFileSync, writeFileSync, existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const sourceArg = args.includes('--source') ? args[args.indexOf('--source') + 1] : null;
const sourceFile = path.resolve(sourceArg ?? path.join(root, '..', 'shared', 'data', 'gazetteer', 'groups.json'));
const curatedFile = path.join(root, 'server', 'data', 'curated-groups.json');
const outFile = path.join(root, 'server', 'data', 'gazetteer.json');

if (!existsSync(sourceFile)) {
  console.error(`build-gazetteer: source list not found at ${sourceFile}.\nThe generated server/data/gazetteer.json is committed; rebuilding needs the shared official lists (pass --source <groups.json>).`);
  process.exit(1);
}

const records = JSON.parse(readFileSync(sourceFile, 'utf8'));
const curated = JSON.parse(readFileSync(curatedFile, 'utf8'));
const byId = new Map(records.map((r) => [r.id, r]));

// --- which source records are armed groups -------------------------------------------------------
// UN: the ISIL/Al-Qaida and 1988 (Taliban) regimes; other regimes list companies, banks and state
// bodies. Within them, charities, trusts, hawalas and exchange houses are funding fronts, not groups
// an analyst reads about as actors; their names stay searchable only where the lists give them as
// aliases of a group.
const FRONT_WORDS = /\b(MONEY EXCHANGE|EXCHANGE|HAWALA|FOUNDATION|TRUST|SOCIETY|CHARITY|RELIEF|COMMITTEE|COMPANY|LTD|BRANCH|OFFICES|HERITAGE|HUMANITARIAN|RABITA|ASSOCIATION)\b/i;
function isArmedGroup(record) {
  if (record.id.startsWith('OFAC')) return true;
  if (!['Al-Qaida', 'Taliban'].includes(record.list)) return false;
  return !FRONT_WORDS.test(record.name);
}

// --- normalisation (mirrors the server's tokenizer closely enough to detect duplicates) ----------
const CONNECTORS = new Set(['e', 'i']);
const ARTICLES = new Set(['al', 'el', 'ul', 'ud', 'ut', 'ur', 'us', 'ush', 'ash', 'ad', 'adh', 'az', 'ar']);
const variantOf = new Map();
for (const set of curated.spellingVariants ?? []) for (const w of set) variantOf.set(w, set[0]);
function foldKey(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼʻ`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !CONNECTORS.has(w))
    .map((w) => (ARTICLES.has(w) ? 'al' : variantOf.get(w) ?? w))
    .join(' ');
}

// --- display forms --------------------------------------------------------------------------------
const LOWER_WORDS = new Set(['e', 'i', 'ul', 'al', 'ud', 'ut', 'ur', 'us', 'ash', 'of', 'and', 'the', 'in', 'for', 'fi', 'wa', 'wal', 'bin', 'ibn', 'de', 'du', 'des', 'la', 'le', 'el', 'against', 'to', 'on', 'at', 'a']);
const KNOWN_ACRONYMS = new Set(['ISIL', 'ISIS', 'AQI', 'AQIS', 'AQAP', 'AQIM', 'TTP', 'HQN', 'FIF', 'ETIM', 'TIP', 'IMU', 'JTJ', 'ISI', 'HAMAS', 'IRGC', 'PKK', 'FARC', 'ELN', 'LTTE', 'PFLP', 'PIJ', 'HTS', 'JNIM', 'ISWAP', 'ISGS', 'MIT', 'JAT', 'JAD', 'KIB', 'KTJ', 'TGG', 'HASM', 'IRA', 'CPP', 'NPA', 'DHKP', 'DHKC', 'AAB', 'HUJI', 'JMB', 'GSPC', 'LIFG', 'IJU', 'IJG', 'AIAI', 'SPIR', 'IIB', 'ASG', 'ISIS-K', 'ISIL-K', 'ISISK', 'AQ']);
/** "LASHKAR-E-TAYYIBA" -> "Lashkar-e-Tayyiba"; acronyms stay in capitals. */
function displayCase(text) {
  if (/\p{Ll}/u.test(text)) return text.replace(/\s+/g, ' ').trim(); // the source already wrote it in mixed case
  let first = true;
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\p{L}\p{N}'’]+/gu, (word) => {
      const isFirst = first;
      first = false;
      const bare = word.replace(/['’]/g, '');
      if (KNOWN_ACRONYMS.has(bare) || (bare.length <= 4 && !/[AEIOUY]/.test(bare))) return word;
      const lower = word.toLowerCase();
      if (!isFirst && LOWER_WORDS.has(lower)) return lower;
      return lower.replace(/^\p{L}/u, (c) => c.toUpperCase());
    })
    .replace(/\bAl-/g, (m, offset) => (offset === 0 ? m : 'al-'));
}

// --- aliases that are unsafe for matching ----------------------------------------------------------
// An alias made only of everyday words ("The Base", "Islamic Army", "New Jihad") would mark
// ordinary prose; short all-capital forms from the lists ("LET", "JUD", "LJ") are words or too
// ambiguous unless the curation gives them in the case reporting uses.
const COMMON = new Set(['the', 'a', 'of', 'and', 'for', 'in', 'base', 'army', 'group', 'front', 'movement', 'party', 'organization', 'organisation', 'islamic', 'islam', 'state', 'jihad', 'holy', 'war', 'people', 'peoples', 'brigade', 'brigades', 'battalion', 'force', 'forces', 'liberation', 'national', 'revolutionary', 'popular', 'soldiers', 'god', 'supporters', 'emigrants', 'call', 'combat', 'martyrs', 'new', 'welfare', 'humanity', 'human', 'foundation', 'network', 'resistance', 'struggle', 'freedom', 'council', 'union', 'youth', 'students', 'party', 'pure', 'righteous', 'salvation', 'sword', 'truth', 'justice', 'victory', 'partisans', 'mujahideen', 'mujahidin', 'jamaat', 'al',
  'foreign', 'relations', 'department', 'special', 'operations', 'operation', 'branch', 'external', 'security', 'services', 'service', 'unit', 'units', 'organizations', 'action', 'international', 'intelligence', 'office', 'ministry', 'committee', 'media', 'center', 'centre', 'news', 'agency', 'information', 'defense', 'defence', 'command', 'general', 'guard', 'guards', 'corps', 'air', 'navy', 'naval', 'ground', 'wing', 'military', 'political', 'bureau', 'student', 'trust', 'law', 'supporters', 'followers', 'prophet', 'oppressed', 'earth', 'right', 'wrong', 'land', 'two', 'rivers', 'country', 'operations']);
// Three-letter capitals are kept as case-sensitive acronyms, except those that mostly mean something else.
const CONFUSABLE_ACRONYMS = new Set(['ISI', 'ESO', 'FRD', 'MYC', 'LTD', 'USA', 'UAE', 'CIA', 'NGO', 'PPP', 'PTI', 'MQM', 'ANP', 'JUI', 'BJP', 'RAW', 'FBI', 'HUA']);
function unsafeSourceAlias(text) {
  const key = foldKey(text);
  if (!key) return 'empty';
  const words = key.split(' ');
  if (/^\d+$/.test(key)) return 'a number';
  if (words.every((w) => COMMON.has(w))) return 'only everyday words';
  const letters = key.replace(/[^\p{L}]/gu, '').length;
  if (words.length === 1 && (letters <= 2 || (letters === 3 && !/^[A-Z]{3}$/.test(text.trim())))) return 'too short to match safely';
  if (CONFUSABLE_ACRONYMS.has(text.trim())) return 'an acronym with a better-known other meaning';
  return null;
}

// --- designations -----------------------------------------------------------------------------------
const UN_LISTS = { 'Al-Qaida': "ISIL (Da'esh) & Al-Qaida Sanctions List", Taliban: '1988 (Taliban) Sanctions List' };
function designationOf(record) {
  if (record.id.startsWith('UN:')) {
    return { authority: 'UN Security Council', list: UN_LISTS[record.list] ?? `${record.list} sanctions list`, reference: record.reference, listedOn: record.listed_on ? record.listed_on.slice(0, 10) : null };
  }
  return { authority: 'US Department of State (Foreign Terrorist Organization)', list: 'FTO, as carried in the OFAC SDN list of 2024-05-03', reference: `SDN ${record.id.split(':')[1]}`, listedOn: null };
}

function sourceNames(record) {
  const names = [];
  for (const part of record.name.split(/\s+[;/]\s+/)) names.push(part.replace(/\s*\([^)]*\)\s*$/, ''));
  names.push(...(record.derived_aliases ?? []), ...record.aliases);
  if (record.name_original_script) names.push(record.name_original_script);
  return names.map((n) => n.replace(/^"|"$/g, '').trim()).filter(Boolean);
}

function slug(text) {
  return foldKey(text).replace(/ /g, '-').replace(/[^a-z0-9-]/g, '').slice(0, 60) || 'group';
}

// --- assemble -----------------------------------------------------------------------------------
const claimedRecords = new Set();
const entries = [];
for (const c of curated.groups) {
  for (const id of c.sources ?? []) {
    if (!byId.has(id)) throw new Error(`curated group ${c.id} names unknown source record ${id}`);
    claimedRecords.add(id);
  }
  entries.push({ curated: c, records: (c.sources ?? []).map((id) => byId.get(id)) });
}
// Other armed groups: one entry per record, merged with its counterpart in the other list when the
// two point at each other and at nothing else (a clean UN <-> US pair).
const primaryKey = (r) => foldKey(sourceNames(r)[0]);
for (const record of records) {
  if (claimedRecords.has(record.id) || !isArmedGroup(record)) continue;
  const partners = (record.shares_name_with ?? []).filter((id) => byId.has(id) && isArmedGroup(byId.get(id)) && !claimedRecords.has(id));
  const group = [record];
  if (partners.length === 1 && (byId.get(partners[0]).shares_name_with ?? []).length === 1) group.push(byId.get(partners[0]));
  // The same primary name in both lists is the same group even when other links are ambiguous.
  for (const id of partners) if (!group.some((r) => r.id === id) && primaryKey(byId.get(id)) === primaryKey(record)) group.push(byId.get(id));
  for (const r of group) claimedRecords.add(r.id);
  entries.push({ curated: null, records: group });
}

// A source name given to several different groups ("Ansar al-Sharia", "Soldiers of God") cannot
// identify any of them: it is dropped everywhere unless the curation assigns it.
const entriesByKey = new Map();
for (const { records: rs } of entries) {
  const keys = new Set(rs.flatMap((r) => sourceNames(r).map(foldKey)));
  for (const key of keys) entriesByKey.set(key, (entriesByKey.get(key) ?? 0) + 1);
}
const aliasOwner = new Map(); // fold key -> group id
const report = { dropped: [], conflicts: [] };
const out = [];
const ids = new Set();

function claim(groupId, text, from) {
  const key = foldKey(text);
  if (!key) return false;
  const owner = aliasOwner.get(key);
  if (owner && owner !== groupId) {
    report.conflicts.push(`"${text}" (${from}) kept for ${owner}, dropped from ${groupId}`);
    return false;
  }
  aliasOwner.set(key, groupId);
  return true;
}

// Curated names first, so the curation wins every conflict.
const prepared = entries.map(({ curated: c, records: rs }) => {
  const primary = rs.find((r) => r.id.startsWith('UN:')) ?? rs[0];
  let id = c?.id ?? slug(displayCase(sourceNames(primary)[0]));
  while (!c && ids.has(id)) id += '-2';
  ids.add(id);
  return { id, c, rs, primary };
});
for (const p of prepared) {
  if (!p.c) continue;
  for (const alias of [p.c.name, ...(p.c.aliases ?? [])]) claim(p.id, typeof alias === 'string' ? alias : alias.text, 'curated');
}
for (const p of prepared) {
  const { id, c, rs, primary } = p;
  const name = c?.name ?? displayCase(sourceNames(primary)[0]);
  const aliases = [];
  const seenAlias = new Set([foldKey(name) + '|' + name]);
  const push = (alias) => {
    const text = typeof alias === 'string' ? alias : alias.text;
    const mark = foldKey(text) + '|' + text;
    if (seenAlias.has(mark)) return;
    seenAlias.add(mark);
    aliases.push(alias);
  };
  for (const alias of c?.aliases ?? []) push(alias);
  const drop = new Set((c?.dropAliases ?? []).map(foldKey));
  const curatedKeys = new Set([name, ...(c?.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text))].map(foldKey));
  for (const r of rs) {
    for (const raw of sourceNames(r)) {
      const text = displayCase(raw);
      const key = foldKey(text);
      if (curatedKeys.has(key) || drop.has(key)) continue;
      const unsafe = unsafeSourceAlias(text) ?? ((entriesByKey.get(key) ?? 0) > 1 && !rs.every((x) => sourceNames(x).length && primaryKey(x) === key) ? 'shared by several groups in the lists' : null);
      if (unsafe) {
        report.dropped.push(`${id}: "${raw}" (${unsafe})`);
        continue;
      }
      if (!claim(id, text, r.id)) continue;
      curatedKeys.add(key);
      push(text);
    }
  }
  const designations = [...rs.map(designationOf), ...(c?.designations ?? [])];
  const countries = [...new Set(rs.flatMap((r) => r.countries ?? []))];
  const description =
    c?.description ??
    `Armed group designated by ${[...new Set(designations.map((d) => (d.authority.startsWith('UN') ? 'the UN Security Council' : 'the United States')))].join(' and ')}${countries.length ? `; listed addresses in ${countries.join(', ')}` : ''}.`;
  const entry = { id, name, aliases, description };
  if (c?.parent) entry.parent = c.parent;
  entry.designations = designations;
  entry.sources = rs.map((r) => r.id);
  if (c?.notes) entry.notes = c.notes;
  out.push(entry);
}

out.sort((a, b) => a.id.localeCompare(b.id));
const gazetteer = {
  version: 1,
  generatedBy: 'scripts/build-gazetteer.mjs',
  sources: [
    'UN Security Council Consolidated List, dateGenerated 2026-01-28 (scsanctions.un.org consolidated.xml)',
    'US Foreign Terrorist Organizations as carried in the OFAC SDN list (SDN.CSV 2024-05-03, ALT.CSV 2025 or later)',
    'Source Lens curation: server/data/curated-groups.json',
  ],
  spellingVariants: curated.spellingVariants ?? [],
  groups: out,
};
const text = JSON.stringify(gazetteer, null, 1) + '\n';
if (args.includes('--check')) {
  const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
  if (current !== text) {
    console.error('build-gazetteer: server/data/gazetteer.json is out of date; run node scripts/build-gazetteer.mjs');
    process.exit(1);
  }
  console.log('build-gazetteer: up to date');
  process.exit(0);
}
writeFileSync(outFile + '.tmp', text);
renameSync(outFile + '.tmp', outFile);
const aliasCount = out.reduce((n, g) => n + g.aliases.length, 0);
console.log(`build-gazetteer: ${out.length} groups, ${aliasCount} aliases -> ${path.relative(root, outFile)}`);
console.log(`  ${report.dropped.length} unsafe source aliases dropped, ${report.conflicts.length} alias conflicts resolved`);
if (args.includes('--verbose')) for (const line of [...report.dropped, ...report.conflicts]) console.log('  ' + line);
