// Deterministic generator of a benchmark corpus that reads like what analysts actually collect:
// wire stories and page captures (navigation, share buttons, "Read more" lists, captions, bylines,
// headlines twice), long-paragraph analyses, interview transcripts, weekly digests and unrelated
// pages, with curly quotes, several transliterations of the same group within one article, the
// acronym in brackets after the full name, possessives, "the group"/"the outfit" anaphora,
// hard-wrapped captures that split names across lines, CRLF files and figures written in words.
// Every sentence comes from this file's own templates and word lists: no real text is copied.
// The statistics it is tuned to (and how they were measured) are in docs/performance.md.
//   node bench/generate-corpus.mjs [--sizes 1k,10k,100k] [--gazetteer <file>] [--force]
// Writes bench/corpora/<size>/NNN/doc-NNNNNN.txt (1,000 files per folder) and
// bench/corpora/<size>.manifest.json (outside the corpus folder, so every tool reads the same
// files); a corpus with a matching manifest hash is reused, anything else is regenerated.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const GENERATOR_VERSION = 6;
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
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// --- word lists (written for this generator) ------------------------------------------------------

const W = (s) => s.split('|');
const REGIONS = [
  { country: 'Pakistan', places: W('Peshawar|Quetta|Bannu|Dera Ismail Khan|North Waziristan|South Waziristan|Bajaur|Khyber|Lakki Marwat|Tank|Swat|Mardan|Gwadar|Turbat|Karachi|Islamabad|Lahore|Chitral|Mastung|Kurram') },
  { country: 'Afghanistan', places: W('Kabul|Jalalabad|Nangarhar|Kunar|Kandahar|Herat|Kunduz|Mazar-i-Sharif|Helmand|Ghazni|Paktia|Khost|Badakhshan|Takhar|Laghman') },
  { country: 'India', places: W('Srinagar|Anantnag|Pulwama|Shopian|Kulgam|Baramulla|Kupwara|Bandipora|Budgam|Poonch|Rajouri|Jammu') },
  { country: 'Iraq', places: W('Baghdad|Mosul|Kirkuk|Anbar|Diyala|Salahuddin|Tarmiyah|Tikrit|Samarra|Fallujah') },
  { country: 'Syria', places: W('Idlib|Raqqa|Deir ez-Zor|Hasakah|Palmyra|Aleppo|Homs|al-Hol') },
  { country: 'Somalia', places: W('Mogadishu|Kismayo|Baidoa|Beledweyne|Lower Shabelle|Middle Shabelle|Galmudug|Jowhar') },
  { country: 'Nigeria', places: W('Maiduguri|Borno|Yobe|Gwoza|Monguno|Damboa|Bama|Malam Fatori|Konduga') },
  { country: 'Mali', places: W('Gao|Timbuktu|Mopti|Menaka|Kidal|Segou') },
  { country: 'Mozambique', places: W('Cabo Delgado|Palma|Mocimboa da Praia|Macomia') },
  { country: 'Yemen', places: W('Aden|Abyan|Shabwa|Marib|Hadramout') },
];
const GROUP_REGION = {
  ttp: 0, 'jamaat-ul-ahrar': 0, bla: 0, 'lashkar-e-jhangvi': 0, 'tariq-gidar-group': 0, 'haqqani-network': 1, 'afghan-taliban': 1, iskp: 1, 'hezb-e-islami': 1,
  'lashkar-e-taiba': 2, 'jaish-e-mohammed': 2, 'hizbul-mujahideen': 2, trf: 2, 'jamaat-ud-dawa': 2, isis: 3, 'kataib-hizballah': 3, hts: 4, 'al-shabaab': 5,
  'boko-haram': 6, 'islamic-state-west-africa-province': 6, 'jamaat-nusrat-al-islam-wal-muslimin': 7, 'islamic-state-in-the-greater-sahara': 7, aqim: 7,
  'islamic-state-of-iraq-and-syria-mozambique': 8, aqap: 9,
};
// How often real archives about these conflicts name each group (rough shares, most first).
const POPULAR = {
  'afghan-taliban': 20, isis: 16, ttp: 13, 'al-qaeda': 10, iskp: 8, 'lashkar-e-taiba': 6, 'al-shabaab': 6, 'boko-haram': 5, hamas: 4, hezbollah: 4,
  'jaish-e-mohammed': 4, 'haqqani-network': 3, bla: 3, 'islamic-state-west-africa-province': 3, hts: 3, aqap: 2, 'lashkar-e-jhangvi': 2, 'jamaat-ud-dawa': 2,
  trf: 2, 'hizbul-mujahideen': 2, aqis: 2, 'jamaat-ul-ahrar': 1.5, 'kurdistan-workers-party': 1.5, aqim: 1.5, 'jamaat-nusrat-al-islam-wal-muslimin': 1.5,
  'islamic-state-in-the-greater-sahara': 1, 'isis-sinai-province': 1, 'hezb-e-islami': 1, 'kataib-hizballah': 1, 'islamic-state-of-iraq-and-syria-mozambique': 1,
};
const FIRST = W('Imran|Mohammad|Abdul|Ahmed|Ali|Hassan|Tariq|Zahid|Farid|Nasir|Omar|Yusuf|Bilal|Khalid|Sajid|Amina|Fatima|Ayesha|Sara|Maryam|Daniel|Sarah|Michael|Elena|Anna|Rahul|Vikram|Priya|Abdi|Hodan|Ibrahim|Aisha|Musa|Grace|Samuel|Ruth|Javed|Shabnam|Karim|Layla|Waleed|Hina|Faisal|Noor|Aziz|Zainab');
const LAST = W('Khan|Ahmed|Hussain|Malik|Shah|Qureshi|Yousafzai|Afridi|Wazir|Rahman|Siddiqui|Baig|Karimi|Popal|Stanekzai|Noori|Jalali|Mohamud|Abdi|Warsame|Okafor|Bello|Musa|Walker|Roberts|Fischer|Moreau|Rossi|Kumar|Bhat|Dar|Lone|Mir|Rather|Jaffery|Sultani|Amiri|Hashimi|Osmani|Haidari|Farooqi|Durrani|Sherzad|Adeyemi|Danjuma|Traore|Keita');
const ROLES = W('district police chief|provincial police spokesman|senior security official|military spokesman|deputy commissioner|local elder|hospital director|interior minister|provincial health official|army spokesman|counter-terrorism official|district administrator|government spokesman|tribal elder');
const INSTITUTIONS = W('the interior ministry|a UN monitoring report|police sources|intelligence officials|the provincial government|a hospital official|the army’s media wing|state television|local media|security sources|a report by the UN Security Council’s monitoring team|the foreign ministry|rescue officials|residents');
const OUTLETS = W('Reuters|AP|AFP|Dawn|the BBC|Al Jazeera|local television|The Express Tribune|Voice of America|TOLOnews|Anadolu Agency|The Hindu|Premium Times|Garowe Online|Kurdistan24');
const OUTLET_LINES = W('(AP)|(Reuters)|(AFP)|(Agencies)|(Dawn)|(APP)|(PTI)|(Anadolu)');
const TARGETS = W('police checkpoint|security post|military convoy|crowded market|mosque|seminary|polling station|girls’ school|hotel|bus terminal|court complex|police station|army camp|wedding party|funeral|gas pipeline|power pylon|checkpost|border post|refugee camp|hospital gate|political rally|shrine|prison|bank');
const ATTACKERS = W('Militants|Gunmen|Armed assailants|A suicide bomber|Insurgents|Fighters|Unidentified gunmen|A group of attackers|Heavily armed militants|Attackers on motorcycles');
const WEAPONS = W('a roadside bomb|a car bomb|rockets|hand grenades|assault rifles|an improvised explosive device|a suicide vest|mortar shells|a drone|sniper fire');
const VICTIMS = W('people|civilians|soldiers|police officers|policemen|worshippers|students|security personnel|villagers|passengers|members of the security forces|militiamen|guards|children');
const WEEKDAYS = W('Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday');
const MONTHS = W('January|February|March|April|May|June|July|August|September|October|November|December');
const TIMES = W('on Monday|on Tuesday|on Wednesday|on Thursday|on Friday|on Saturday|on Sunday|late on Sunday|early on Friday|on Tuesday night|overnight|this week|last month|in the early hours of Saturday|at dawn|on Thursday evening');
const SMALL = W('two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty');
const VAGUE = W('dozens of|scores of|several|hundreds of|a number of|at least a dozen|more than a dozen');
const ANAPHORS = W('the group|the outfit|the militants|the militant group|the banned group|the organisation|its fighters|the insurgents');
const GOVERNMENT = W('The government|The prime minister’s office|The interior ministry|The provincial chief minister|The foreign office|The army chief|The United Nations|The European Union|The US State Department|Rights groups');
const GOV_VERBS = W('condemned the attack|ordered an inquiry|announced compensation for the families of the victims|called for calm|vowed to bring those responsible to justice|said the attackers had been identified|declared a day of mourning|urged neighbouring countries to act|promised more resources for the police');
const CONTEXT_SENTENCES = [
  'The province has seen a sharp rise in violence since the ceasefire collapsed.',
  'Security has been tightened across the city and several roads were closed for hours.',
  'Residents said they heard two loud explosions followed by heavy gunfire.',
  'Television footage showed damaged vehicles and shattered windows near the site.',
  'The wounded were taken to the district headquarters hospital, where an emergency was declared.',
  'Mobile phone services were suspended in parts of the district as a precaution.',
  'A search operation was launched in the surrounding villages, officials said.',
  'The area has been the scene of repeated attacks on security forces in recent months.',
  'Bomb disposal teams collected evidence from the scene.',
  'Officials said the death toll could rise as several of the injured were in critical condition.',
  'Analysts say the attacks are meant to show that the group can still strike in major cities.',
  'The border crossing was closed for traffic and trade after the attack.',
  'Local traders shut their shops in protest against the deteriorating security situation.',
  'It was the third such attack in the district this month.',
  'Funeral prayers for the victims were held on the following day amid tight security.',
  'Talks between the two sides broke down last year without any agreement.',
  'Thousands of families have been displaced by the fighting, according to aid agencies.',
  'Officials did not say how the attackers had reached the heavily guarded area.',
  'The road linking the two towns remained closed for a second day.',
  'Schools in the area were ordered shut until further notice.',
  'The region has a long history of insurgency, and the security forces have carried out several large operations there over the past decade.',
  'Many families in the area depend on cross-border trade, which has been disrupted repeatedly by closures and curfews.',
  'Human rights organisations have accused all sides of the conflict of abuses against civilians, including arbitrary detention.',
  'Observers note that the government has struggled to hold local elections in the districts most affected by the fighting.',
  'The army has set up new checkpoints on the main highway, causing long queues of trucks and buses.',
  'The local economy has suffered badly, and many young men have left to look for work in the cities or abroad.',
  'Officials have promised to rebuild the schools and clinics that were damaged, but little money has reached the area so far.',
  'Elders from the area met the provincial governor to ask for more police and for the release of detained relatives.',
  'The border region is difficult to patrol, with mountain passes that have been used by smugglers for generations.',
  'Journalists working in the area face threats from several sides and often rely on telephone interviews with residents.',
];
const FILLER = [
  'The situation in {place} remained tense, with security forces patrolling the main roads.',
  'Police said they were investigating whether the attackers had help from inside.',
  'Witnesses described scenes of panic as people ran from the {target}.',
  'The attack came days after officials had warned of possible threats in {place}.',
  'Several of the wounded were later moved to hospitals in {place}.',
  'Officials said the {target} had been targeted before, in {year}.',
  'Reporters were not allowed to reach the site, and the figures could not be independently verified.',
  'Local leaders criticised the authorities for failing to protect the {target}.',
  'A curfew was imposed in parts of {place} after the violence.',
  'Rescue workers were still searching the rubble for survivors late in the evening.',
  'Opposition lawmakers demanded a debate in parliament on the security situation in {place}.',
  'The attackers fled towards the mountains before reinforcements arrived.',
];
const NOGROUP_TOPICS = [
  'The central bank kept its policy rate unchanged, citing inflation that remained above the target range.',
  'Traders said the price of wheat flour had risen for the third week in a row.',
  'The cricket board announced the squad for the upcoming series on Monday.',
  'Heavy rain flooded low-lying areas of the city, and the meteorological office warned of more showers.',
  'The education department said the examination results would be announced next week.',
  'Fuel shortages were reported at several filling stations across the province.',
  'The ministry said work on the new highway would be completed by the end of the year.',
  'Doctors at public hospitals ended their strike after talks with the health department.',
  'Exporters asked the government to restore the refund scheme that was suspended last year.',
  'The court adjourned the hearing until next month and asked both sides to submit replies.',
  'It is not yet clear whether the new rules will apply to existing contracts.',
  'Let the record show that the committee met only twice this year, a member complained.',
];
const CHROME_TOP = [
  ['Skip to content', 'Menu', 'Search', 'Home', 'World', 'Asia', 'Pakistan', 'Business', 'Opinion', 'Sport', 'Subscribe'],
  ['Home > World > Asia'],
  ['Home » Latest News » Pakistan'],
  ['• Home', '• National', '• World', '• Politics', '• Videos', '• E-paper'],
  ['Breaking News', 'Top Stories', 'Trending'],
  ['Connect with us'],
  ['Sign in', 'Newsletters', 'Subscribe', 'rss', 'facebook', 'twitter', 'instagram'],
  ['We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.', 'Accept'],
];
const CHROME_BOTTOM = [
  ['Share this article', 'facebook', 'twitter', 'whatsapp', 'email'],
  ['Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Comment', 'Name *', 'Email *'],
  ['No comments:', 'Post a Comment'],
  ['Spread the love', 'Facebook Comments'],
  ['(This story has not been edited by our staff and is auto-generated from a syndicated feed.)'],
  ['Follow us on Google News for the latest updates.'],
  ['© 2024 All rights reserved.', 'About Us', 'Contact', 'Privacy Policy', 'Terms of Use'],
  ['Tags:', 'militancy', 'security', 'terrorism', 'KP'],
];
const READ_MORE = W('Read more:|ALSO READ|Related Stories|more recommended stories|You may also like|Read also');
const CAPTION_SUBJECTS = W('Security personnel at the site of the blast|Relatives mourn a victim|Soldiers patrol a street|Rescue workers carry an injured man|Police officers inspect the wreckage|A damaged vehicle at the scene|Members of the bomb disposal squad examine the site|Paramilitary troops stand guard');
const CAPTION_CREDITS = W('File photo|(Image: AFP)|Photo: Reuters|(Representative Image)|Express Photo|Photo: Online|— AP|Twitter');
const HEADLINE_TEMPLATES = [
  '{n} killed as {G} attack {target} in {place}',
  '{G} claims responsibility for {place} {target} attack',
  'Death toll from {place} blast rises to {n}',
  'What next for {G}?',
  '{G} fighters storm {target} in {place}; {n} dead',
  'Security forces kill {n} {G} militants in {place}',
  'UN report says {G} has thousands of fighters in {country}',
  '{G} announces end of ceasefire',
  'Suicide attack on {target} in {place} kills {n}',
  'Police blame {G} for {place} bombing',
  'Analysis: why {G} is resurgent in {country}',
];

// --- helpers --------------------------------------------------------------------------------------

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const chance = (rand, p) => rand() < p;
const between = (rand, lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const person = (rand) => `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
const year = (rand) => String(between(rand, 2009, 2024));
function dateText(rand) {
  const d = between(rand, 1, 28);
  const m = pick(rand, MONTHS);
  const y = year(rand);
  switch (between(rand, 0, 4)) {
    case 0:
      return `${m} ${d}, ${y}`;
    case 1:
      return `${d} ${m} ${y}`;
    case 2:
      return `${pick(rand, WEEKDAYS)}, ${m} ${d}${d === 1 ? 'st' : d === 2 ? 'nd' : d === 3 ? 'rd' : 'th'} ${y}`;
    case 3:
      return `${d}/${between(rand, 1, 12)}/${y}`;
    default:
      return `${m} ${d}`;
  }
}

/** A toll or strength figure the way reporters write them: digits, words, ranges, bounds, vague. */
function figure(rand, scale = 1) {
  const n = Math.max(2, Math.round(Math.pow(rand(), 2.2) * 60 * scale) + 2);
  switch (between(rand, 0, 9)) {
    case 0:
      return `at least ${n}`;
    case 1:
      return `more than ${n.toLocaleString('en-US')}`;
    case 2:
      return `between ${n} and ${n + between(rand, 2, 10)}`;
    case 3:
      return n <= 20 ? SMALL[Math.min(SMALL.length - 1, Math.max(0, n - 2))] : String(n);
    case 4:
      return pick(rand, VAGUE);
    case 5:
      return `${n} to ${n + between(rand, 3, 20)}`;
    default:
      return n.toLocaleString('en-US');
  }
}

// Transliteration variants an analyst meets in one corpus, applied to a name as written.
const RESPELL = [
  [/Tehrik/g, 'Tehreek'],
  [/Tehreek/g, 'Tahrik'],
  [/-e-/g, '-i-'],
  [/-i-/g, '-e-'],
  [/-e-/g, ' e '],
  [/Taiba/g, 'Toiba'],
  [/Taiba/g, 'Tayyiba'],
  [/Qaeda/g, 'Qaida'],
  [/Mohammed/g, 'Muhammad'],
  [/Mohammed/g, 'Mohammad'],
  [/Khorasan/g, 'Khurasan'],
  [/Shabaab/g, 'Shabab'],
  [/Lashkar/g, 'Lashker'],
  [/^al-/g, 'Al-'],
  [/^al-/g, 'al '],
  [/-ul-/g, ' ul '],
  [/-/g, ' '],
  [/Hizb/g, 'Hezb'],
  [/Jaish/g, 'Jaish'],
];

function respell(rand, name) {
  const r = rand();
  if (r < 0.6) return name;
  const rules = RESPELL.filter(([re]) => re.test(name));
  RESPELL.forEach(([re]) => (re.lastIndex = 0));
  if (!rules.length) return r < 0.65 && !/[A-Z]{2}/.test(name) ? name.toLowerCase() : name;
  const [re, to] = pick(rand, rules);
  re.lastIndex = 0;
  return name.replace(re, to);
}

const isLatin = (s) => /^[\p{Script=Latin}\p{N}\s'’.\-()/&,]+$/u.test(s);

/** The groups of the gazetteer with their usable names: full names, short names and acronyms. */
function prepareGroups(data) {
  const groups = [];
  for (const g of data.groups) {
    const names = [g.name, ...(g.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text))].filter(Boolean);
    const latin = names.filter((n) => isLatin(n) && n.split(/\s+/).length <= 6);
    const foreign = names.filter((n) => !isLatin(n));
    const acronyms = latin.filter((n) => /^[A-Z][A-Za-z-]{1,6}$/.test(n) && /[A-Z].*[A-Z]/.test(n));
    const full = latin.filter((n) => !acronyms.includes(n));
    if (!full.length && !acronyms.length) continue;
    groups.push({ id: g.id, name: g.name, full: full.length ? full : acronyms, acronyms, foreign, weight: POPULAR[g.id] ?? 0, region: GROUP_REGION[g.id] });
  }
  // The long tail: every other group, rarely, in decreasing order.
  let rank = 1;
  for (const g of groups) if (!g.weight) g.weight = 0.6 / Math.pow(rank++, 0.7);
  const cumulative = new Float64Array(groups.length);
  let total = 0;
  groups.forEach((g, i) => (cumulative[i] = total += g.weight));
  return { groups, cumulative, total };
}

function pickGroup(rand, table) {
  const x = rand() * table.total;
  let lo = 0;
  let hi = table.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table.cumulative[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return table.groups[lo];
}

/**
 * How a story names its groups: the first mention in full (often with the acronym in brackets),
 * later ones by acronym, another transliteration, a possessive, or "the group".
 */
class Naming {
  constructor(rand, groups) {
    this.rand = rand;
    this.groups = groups;
    this.seen = new Set();
    // One preferred spelling per story, and a second one that creeps in (as in real articles).
    this.spelling = new Map(groups.map((g) => [g.id, respell(rand, chance(rand, 0.65) ? g.full[0] : pick(rand, g.full.slice(0, 4)))]));
  }
  name(g, { possessive = false, allowAnaphor = true } = {}) {
    const rand = this.rand;
    let out;
    if (!this.seen.has(g.id)) {
      this.seen.add(g.id);
      out = this.spelling.get(g.id);
      if (g.acronyms.length && chance(rand, g.full[0].split(' ').length <= 2 ? 0.1 : 0.45)) return `${out} (${this.acronym(g)})`;
    } else {
      const r = rand();
      if (allowAnaphor && r < 0.22) {
        const anaphor = pick(rand, ANAPHORS);
        return possessive ? anaphor + (anaphor.endsWith('s') ? '’' : '’s') : anaphor;
      }
      if (g.acronyms.length && r < (g.full[0].split(' ').length <= 2 ? 0.3 : 0.6)) out = this.acronym(g);
      else if (r < 0.75) out = respell(rand, pick(rand, g.full.slice(0, 5)));
      else if (g.foreign.length && r < 0.752) out = pick(rand, g.foreign);
      else out = this.spelling.get(g.id);
    }
    if (possessive) out += chance(rand, 0.7) ? '’s' : "'s";
    return out;
  }
  short(g) {
    return g.acronyms.length && chance(this.rand, 0.6) ? this.acronym(g) : this.spelling.get(g.id);
  }
  /** The usual acronym most of the time, another one now and then. */
  acronym(g) {
    // A short, well-known name ("Boko Haram", "Hamas") is seldom replaced by its acronym.
    return chance(this.rand, 0.8) ? g.acronyms[0] : pick(this.rand, g.acronyms);
  }
}

function fill(rand, template, ctx) {
  return template.replace(/\{(\w+)\}/g, (_, key) => {
    switch (key) {
      case 'place':
        return pick(rand, ctx.region.places);
      case 'country':
        return ctx.region.country;
      case 'target':
        return pick(rand, TARGETS);
      case 'year':
        return year(rand);
      case 'n':
        return String(between(rand, 3, 60));
      case 'G':
        return ctx.naming.short(ctx.groups[0]);
      default:
        return key;
    }
  });
}

/** Curly quotes most of the time, straight ones in some captures. */
const q = (ctx, s) => (ctx.straightQuotes ? `"${s}"` : `“${s}”`);

function quoteBody(rand, ctx, g) {
  const bodies = [
    `They opened fire on the ${pick(rand, TARGETS)} and then tried to enter the building. Our men responded immediately`,
    `We have identified the network behind this attack and it will be dismantled`,
    `The situation is under control, but the search operation will continue until the area is cleared`,
    `${g ? ctx.naming.name(g, { allowAnaphor: false }) : 'They'} will not be allowed to disturb the peace of this region`,
    `We were sitting in the shop when the blast happened. Everything went dark`,
    `Our fighters will continue these operations until our demands are met`,
    `There is no military solution to this conflict, and both sides know it`,
    `Most of the dead were daily wage labourers who had come to the market early`,
    `This was a coordinated attack by trained men`,
    `The numbers they give are always inflated`,
  ];
  return pick(rand, bodies);
}

const an = (word) => (/^[aeiou]/i.test(word) ? 'an ' : 'a ') + word;

function attribution(rand) {
  const r = rand();
  if (r < 0.35) return `${person(rand)}, the ${pick(rand, ROLES)}, told ${pick(rand, OUTLETS)}`;
  if (r < 0.55) return `said ${person(rand)}, ${an(pick(rand, ROLES))}`;
  if (r < 0.75) return `${an(pick(rand, ROLES))} said on condition of anonymity`;
  if (r < 0.9) return `${pick(rand, LAST)} said`;
  return `${pick(rand, INSTITUTIONS)} said`;
}

/** One sentence about a group: attack, claim, denial, toll, strength, announcement, statement, history. */
function groupSentence(rand, ctx, g) {
  const N = (opts) => ctx.naming.name(g, opts);
  const place = pick(rand, ctx.region.places);
  const target = pick(rand, TARGETS);
  const when = pick(rand, TIMES);
  if (chance(rand, 0.5)) return backgroundSentence(rand, ctx, g, N, place);
  switch (between(rand, 0, 17)) {
    case 0:
      return `${cap(N())} claimed responsibility for the attack in a statement ${pick(rand, W('posted on Telegram|sent to reporters|carried by its news agency|shared with journalists|issued through its media wing'))}.`;
    case 1:
      return `No group has claimed the bombing, but officials suspect ${N({ allowAnaphor: false })}, which has carried out similar attacks in ${place}.`;
    case 2:
      return `${pick(rand, ATTACKERS)} belonging to ${N({ allowAnaphor: false })} stormed a ${target} in ${place} ${when}, killing ${figure(rand)} ${pick(rand, VICTIMS)} and wounding ${figure(rand)} others, officials said.`;
    case 3:
      return `Police blamed ${N({ allowAnaphor: false })} for the attack, though ${N()} denied any involvement.`;
    case 4:
      return `${cap(N())} said it had killed ${figure(rand)} ${pick(rand, VICTIMS)} in the attack, a figure the authorities disputed.`;
    case 5:
      return `${cap(N({ possessive: true }))} strength in ${ctx.region.country} is estimated at ${figure(rand, 40)} fighters, according to ${pick(rand, INSTITUTIONS)}.`;
    case 6:
      return `${cap(N())} has between ${(between(rand, 2, 40) * 100).toLocaleString('en-US')} and ${(between(rand, 41, 90) * 100).toLocaleString('en-US')} fighters in the region, ${pick(rand, INSTITUTIONS)} said.`;
    case 7:
      return `In a statement on ${dateText(rand)}, ${N({ allowAnaphor: false })} announced ${pick(rand, W('a new offensive against the security forces|an end to the ceasefire|a ceasefire for the holidays|the appointment of a new leader|the formation of a new wing'))}.`;
    case 8:
      return `${q(ctx, quoteBody(rand, ctx, null) + ',')} a spokesman for ${N({ allowAnaphor: false })} said in an audio message.`;
    case 9:
      return `${cap(N())} emerged in ${year(rand)} and has since ${pick(rand, W('split into several factions|lost much of the territory it once held|expanded its operations into neighbouring districts|been weakened by military operations|recruited heavily among young men in the border areas'))}.`;
    case 10:
      return `${cap(N())} is ${pick(rand, W('an offshoot and a close ally of|a rival of|separate from but allied with|at odds with'))} ${ctx.naming.name(pick(rand, ctx.groups), { allowAnaphor: false })}, analysts say.`;
    case 11:
      return `The ${pick(rand, W('United States|United Nations|European Union|United Kingdom'))} has listed ${N({ allowAnaphor: false })} as a ${pick(rand, W('terrorist organisation|foreign terrorist organization|sanctioned entity'))}.`;
    case 12:
      return `Security forces killed ${figure(rand)} militants of ${N({ allowAnaphor: false })} in an operation in ${place} ${when}, the military said.`;
    case 13:
      return `The death toll from the ${target} attack claimed by ${N({ allowAnaphor: false })} rose to ${figure(rand)} on ${pick(rand, WEEKDAYS)}, ${pick(rand, INSTITUTIONS)} said.`;
    case 14:
      return `Residents said ${N()} had been collecting ${pick(rand, W('taxes|donations|extortion money|food'))} from shopkeepers in ${place} for months.`;
    case 15:
      return `${cap(N())} ${pick(rand, W('warned that more attacks would follow|threatened to target government offices|urged people to stay away from security installations|called off talks with the government'))}, according to a message seen by ${pick(rand, OUTLETS)}.`;
    case 16:
      return `The leadership of ${N({ allowAnaphor: false })} is believed to be based in ${pick(rand, pick(rand, REGIONS).places)}.`;
    default:
      return `${cap(N())} ${pick(rand, W('has stepped up attacks on|has repeatedly targeted|was behind a series of attacks on'))} ${pick(rand, VICTIMS)} in ${place} since ${year(rand)}.`;
  }
}

/** A sentence about a group that asserts nothing countable: history, ideology, relations, talks. */
function backgroundSentence(rand, ctx, g, N, place) {
  const other = () => ctx.naming.name(pick(rand, ctx.groups), { allowAnaphor: false });
  switch (between(rand, 0, 9)) {
    case 0:
      return `${cap(N())} was formed in ${year(rand)} by ${pick(rand, W('former members of several smaller factions|commanders who had broken away from the main movement|a group of clerics and tribal leaders|fighters returning from the wars in the Middle East'))}, and its leadership has changed several times since.`;
    case 1:
      return `Analysts say ${N({ allowAnaphor: false })} has benefited from the ${pick(rand, W('collapse of the peace talks|weakness of the local administration|porous border with the neighbouring country|anger over military operations in the tribal districts'))}, although its support among the local population remains limited.`;
    case 2:
      return `Relations between ${N({ allowAnaphor: false })} and ${other()} have ${pick(rand, W('been tense for years|improved since the change of leadership|swung between rivalry and cooperation|deteriorated after a dispute over territory'))}, according to people familiar with both groups.`;
    case 3:
      return `The government has held several rounds of talks with ${N({ allowAnaphor: false })}, but they ended without agreement on the main demands, including the release of prisoners.`;
    case 4:
      return `${cap(N())} draws many of its recruits from ${pick(rand, W('the border districts|religious seminaries in the region|unemployed young men in the cities|refugee camps across the border'))}, where it has run a network of supporters for years.`;
    case 5:
      return `Little is known about the current leader of ${N({ allowAnaphor: false })}, who has rarely appeared in public and communicates mostly through recorded messages.`;
    case 6:
      return `${cap(N({ possessive: true }))} propaganda has increasingly focused on ${pick(rand, W('the treatment of prisoners|foreign influence in the region|corruption in the local administration|the failures of its rivals'))}, researchers who follow its channels say.`;
    case 7:
      return `Officials in ${place} say ${N({ allowAnaphor: false })} has moved some of its fighters across the border to escape the military operations of the past year.`;
    case 8:
      return `The rise of ${N({ allowAnaphor: false })} has worried neighbouring governments, which fear that the violence could spread into their own territory.`;
    default:
      return `It is not clear how much control the central leadership of ${N({ allowAnaphor: false })} still has over its local commanders in ${place}.`;
  }
}

/** A sentence with no group: incident detail, reaction, context, a quote from an official. */
function plainSentence(rand, ctx) {
  const r = rand();
  if (r < 0.3) return lengthen(rand, ctx, pick(rand, CONTEXT_SENTENCES));
  if (r < 0.55) return lengthen(rand, ctx, fill(rand, pick(rand, FILLER), ctx));
  if (r < 0.66) return `${pick(rand, GOVERNMENT)} ${pick(rand, GOV_VERBS)}.`;
  if (r < 0.8) {
    const body = quoteBody(rand, ctx, null);
    return chance(rand, 0.5) ? `${q(ctx, body + ',')} ${attribution(rand)}.` : `${person(rand)}, the ${pick(rand, ROLES)}, said: ${q(ctx, body + '.')}`;
  }
  if (r < 0.86) return `${pick(rand, ATTACKERS)} ${pick(rand, W('attacked|targeted|ambushed|fired on'))} a ${pick(rand, TARGETS)} in ${pick(rand, ctx.region.places)} ${pick(rand, TIMES)} with ${pick(rand, WEAPONS)}, killing ${figure(rand)} ${pick(rand, VICTIMS)}, ${pick(rand, INSTITUTIONS)} said.`;
  if (r < 0.93) return lengthen(rand, ctx, pick(rand, CONTEXT_SENTENCES));
  return `${cap(figure(rand).replace(/^(\d)/, 'At least $1'))} ${pick(rand, VICTIMS)} were ${pick(rand, W('killed|wounded|injured|taken to hospital|missing'))} after the ${pick(rand, W('blast|attack|clashes|ambush|explosion'))}, according to ${pick(rand, INSTITUTIONS)}.`;
}

const OPENERS = W('On {weekday}, |According to {institution}, |Earlier in the day, |In a separate incident, |At the same time, |Meanwhile, |Later, |For weeks, |Since then, ');
const CLOSERS = W(', {institution} said| and officials said more arrests were expected| as the authorities struggled to restore order| in what officials described as a deliberate attempt to spread fear| while the families of the victims waited outside the hospital| although there was no independent confirmation| amid growing anger among residents over the lack of protection');

/** Real reporting runs long: openers and trailing clauses turn short sentences into 20–40 words. */
function lengthen(rand, ctx, sentence, p = 1) {
  let s = sentence;
  if (!/\.$/.test(s) || !chance(rand, p)) return s;
  if (chance(rand, 0.35)) s = pick(rand, OPENERS).replace('{weekday}', pick(rand, WEEKDAYS)).replace('{institution}', pick(rand, INSTITUTIONS)) + s.charAt(0).toLowerCase() + s.slice(1);
  if (chance(rand, 0.45)) s = s.replace(/\.$/, pick(rand, CLOSERS).replace('{institution}', pick(rand, INSTITUTIONS)) + '.');
  return cap(s);
}

function paragraph(rand, ctx, sentences, groupShare) {
  const out = [];
  for (let i = 0; i < sentences; i++) out.push(ctx.groups.length && chance(rand, groupShare) ? lengthen(rand, ctx, groupSentence(rand, ctx, pick(rand, ctx.groups)), 0.5) : plainSentence(rand, ctx));
  return out.join(' ');
}

function headline(rand, ctx) {
  const t = pick(rand, HEADLINE_TEMPLATES);
  return fill(rand, ctx.groups.length ? t : 'Tension in {place} after attack on {target}', ctx);
}

function chromeBlock(rand, list) {
  return pick(rand, list).join('\n');
}

function readMore(rand, ctx) {
  const lines = [pick(rand, READ_MORE)];
  for (let i = between(rand, 2, 5); i > 0; i--) lines.push(ctx.groups.length && chance(rand, 0.6) ? headline(rand, ctx) : pick(rand, NOGROUP_TOPICS).replace(/[.,].*$/, ''));
  return lines.join('\n');
}

// --- document kinds -------------------------------------------------------------------------------

function wireStory(rand, ctx) {
  const blocks = [];
  const capture = chance(rand, 0.3);
  if (capture) blocks.push(chromeBlock(rand, CHROME_TOP));
  if (capture && chance(rand, 0.5)) blocks.push(dateText(rand));
  const title = headline(rand, ctx);
  blocks.push(title);
  if (capture && chance(rand, 0.4)) blocks.push(title); // page title, then article title
  if (chance(rand, 0.35)) blocks.push(paragraph(rand, ctx, 1, 0.6));
  if (chance(rand, 0.5)) blocks.push(pick(rand, [`By ${person(rand)}`, 'By our Staff Reporter', 'Agencies', `${person(rand)} | ${pick(rand, OUTLETS)}`, `Published: ${dateText(rand)}`]));
  const place = pick(rand, ctx.region.places).toUpperCase();
  const dateline = pick(rand, [`${place}, ${ctx.region.country} ${pick(rand, OUTLET_LINES)} — `, `${place}, ${dateText(rand)} — `, `${cap(place.toLowerCase())}: `, `${place} — `, '']);
  const paragraphs = between(rand, 7, 18);
  for (let i = 0; i < paragraphs; i++) {
    const text = paragraph(rand, ctx, between(rand, 1, 3), 0.45);
    blocks.push(i === 0 ? dateline + text : text);
    if (chance(rand, 0.06)) blocks.push(`${pick(rand, CAPTION_SUBJECTS)} in ${pick(rand, ctx.region.places)}. ${pick(rand, CAPTION_CREDITS)}`);
    if (capture && chance(rand, 0.03)) blocks.push(blocks[blocks.length - 1]); // captures repeat a paragraph
  }
  if (capture || chance(rand, 0.3)) blocks.push(readMore(rand, ctx));
  if (capture) blocks.push(chromeBlock(rand, CHROME_BOTTOM));
  return blocks;
}

function analysis(rand, ctx) {
  const blocks = [pick(rand, ['Analysis', 'Commentary', 'Briefing', 'Report']), headline(rand, ctx), `By ${person(rand)}, ${pick(rand, W('senior fellow|research analyst|security analyst|journalist|former official'))}`];
  const sections = between(rand, 2, 5);
  for (let s = 0; s < sections; s++) {
    blocks.push(pick(rand, W('Background|Origins|Leadership and structure|Strength and finances|Recent attacks|Relations with other groups|Outlook|The numbers|Conclusion')));
    for (let p = between(rand, 2, 4); p > 0; p--) blocks.push(paragraph(rand, ctx, between(rand, 4, 9), 0.4) + (chance(rand, 0.3) ? `[${between(rand, 1, 40)}]` : ''));
  }
  if (chance(rand, 0.4)) blocks.push('Endnotes', Array.from({ length: between(rand, 3, 8) }, (_, i) => `${i + 1}. ${pick(rand, INSTITUTIONS)}, ${dateText(rand)}.`).join('\n'));
  return blocks;
}

function interview(rand, ctx) {
  const guest = person(rand);
  const host = pick(rand, OUTLETS);
  const initials = (n) => n.split(' ').map((w) => w[0]).join('');
  const g = ctx.groups[0];
  const blocks = [
    pick(rand, [`In conversation with ${guest}`, `${guest} explains why ${ctx.naming.short(g)} is gaining ground`, `Interview: ${guest} on the ${ctx.region.country} conflict`]),
    `${guest}, a ${pick(rand, W('security analyst|former intelligence official|researcher|senior commander|tribal elder|retired general'))}, spoke to ${host} about ${ctx.naming.name(g, { allowAnaphor: false })} and the situation in ${ctx.region.country}.`,
  ];
  const style = between(rand, 0, 2);
  const turns = between(rand, 4, 10);
  for (let i = 0; i < turns; i++) {
    const question = pick(rand, [
      `How strong is ${ctx.naming.name(g, { allowAnaphor: false })} today?`,
      `Who is behind the recent attacks in ${pick(rand, ctx.region.places)}?`,
      `What do you make of the government's response?`,
      `Is there a link between ${ctx.naming.short(g)} and ${ctx.naming.short(pick(rand, ctx.groups))}?`,
      'Where does the money come from?',
      'What happens next?',
    ]);
    const q1 = style === 0 ? 'Q: ' : style === 1 ? `${host}: ` : `${initials(host.replace(/^the /, ''))}: `;
    const a1 = style === 0 ? 'A: ' : i === 0 ? `${guest}: ` : `${initials(guest)}: `;
    blocks.push(q1 + question);
    const answerParagraphs = between(rand, 1, 3);
    for (let p = 0; p < answerParagraphs; p++) blocks.push((p === 0 ? a1 : '') + paragraph(rand, ctx, between(rand, 3, 7), 0.4));
  }
  return blocks;
}

function digest(rand, ctx) {
  const blocks = [`Weekly security digest — ${dateText(rand)}`, 'Key incidents this week:'];
  const items = [];
  for (let i = between(rand, 5, 14); i > 0; i--) items.push(`- ${pick(rand, ctx.region.places)}: ${ctx.groups.length ? groupSentence(rand, ctx, pick(rand, ctx.groups)) : plainSentence(rand, ctx)}`);
  blocks.push(items.join('\n'));
  blocks.push(paragraph(rand, ctx, between(rand, 2, 4), 0.3));
  return blocks;
}

function unrelatedPage(rand, ctx) {
  const blocks = [chromeBlock(rand, CHROME_TOP), pick(rand, NOGROUP_TOPICS).replace(/[.,].*$/, '')];
  for (let i = between(rand, 3, 8); i > 0; i--) blocks.push(Array.from({ length: between(rand, 1, 3) }, () => pick(rand, NOGROUP_TOPICS)).join(' '));
  blocks.push(chromeBlock(rand, CHROME_BOTTOM));
  return blocks;
}

/** Wraps prose at ~72 columns, as saved captures and e-mailed copies often are. */
function hardWrap(text) {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= 76) return line;
      const out = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + 1 + word.length > 72) {
          out.push(current);
          current = word;
        } else current = current ? current + ' ' + word : word;
      }
      if (current) out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

function documentText(rand, table, index) {
  const kindRoll = rand();
  const kind = kindRoll < 0.6 ? 'wire' : kindRoll < 0.72 ? 'analysis' : kindRoll < 0.8 ? 'interview' : kindRoll < 0.87 ? 'digest' : kindRoll < 0.93 ? 'brief' : 'unrelated';
  const groups = [];
  if (kind !== 'unrelated') {
    const k = kind === 'analysis' || kind === 'digest' ? between(rand, 2, 5) : between(rand, 1, 3);
    while (groups.length < k) {
      const g = pickGroup(rand, table);
      if (!groups.includes(g)) groups.push(g);
    }
  }
  const regionIndex = groups.length && groups[0].region !== undefined ? groups[0].region : between(rand, 0, REGIONS.length - 1);
  const ctx = { groups, region: REGIONS[regionIndex], naming: new Naming(rand, groups), straightQuotes: chance(rand, 0.3) };
  let blocks;
  if (kind === 'wire') blocks = wireStory(rand, ctx);
  else if (kind === 'analysis') blocks = analysis(rand, ctx);
  else if (kind === 'interview') blocks = interview(rand, ctx);
  else if (kind === 'digest') blocks = digest(rand, ctx);
  else if (kind === 'brief') blocks = [headline(rand, ctx), paragraph(rand, ctx, between(rand, 2, 5), 0.5)];
  else blocks = unrelatedPage(rand, ctx);
  // Captures without blank lines between paragraphs are common; so are hard-wrapped and CRLF files.
  let text = blocks.join(chance(rand, 0.35) ? '\n' : '\n\n') + '\n';
  if (chance(rand, 0.12)) text = hardWrap(text);
  if (chance(rand, 0.05)) text = text.replace(/\n/g, '\r\n');
  return { text, kind, index };
}

// --- corpus ---------------------------------------------------------------------------------------

export function corpusDir(size) {
  return path.join(BENCH_DIR, 'corpora', String(size >= 1000 && size % 1000 === 0 ? size / 1000 + 'k' : size));
}

export function manifestPath(size) {
  return corpusDir(size) + '.manifest.json';
}

/** Generates (or reuses) the corpus of `size` documents; returns { dir, manifest }. */
export function ensureCorpus(size, { gazetteer = benchGazetteerPath(), force = false, log = console.error } = {}) {
  const gazetteerText = fs.readFileSync(gazetteer, 'utf8');
  const hash = createHash('sha256').update(JSON.stringify({ GENERATOR_VERSION, SEED, size })).update(gazetteerText).digest('hex').slice(0, 16);
  const dir = corpusDir(size);
  const manifestFile = manifestPath(size);
  if (!force && fs.existsSync(manifestFile) && fs.existsSync(dir)) {
    try {
      const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
      if (manifest.hash === hash) return { dir, manifest };
    } catch {
      // Unreadable manifest: regenerate.
    }
  }
  log(`generating ${size} documents into ${path.relative(process.cwd(), dir)} …`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(manifestFile, { force: true });
  const table = prepareGroups(JSON.parse(gazetteerText));
  const rand = prng(SEED ^ size);
  let bytes = 0;
  const kinds = {};
  for (let i = 0; i < size; i++) {
    const sub = path.join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) fs.mkdirSync(sub, { recursive: true });
    const { text, kind } = documentText(rand, table, i);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    const data = Buffer.from(text, 'utf8');
    fs.writeFileSync(path.join(sub, `doc-${String(i).padStart(6, '0')}.txt`), data);
    bytes += data.length;
  }
  const manifest = { hash, size, bytes, kinds, generatorVersion: GENERATOR_VERSION, seed: SEED, gazetteer: path.relative(REPO_ROOT, gazetteer) };
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
