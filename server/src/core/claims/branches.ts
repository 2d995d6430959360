/**
 * Which Islamic State a document means. Reporting on Afghanistan, Nigeria or the Sahel writes
 * "Daesh", "the Islamic State group" or "IS" for the local province (ISKP, ISWAP, ISGS …), and only
 * sometimes for the central organisation ("pledged allegiance to the Islamic State's leader", "the
 * Islamic State core in Iraq and Syria"). For claims and statements, a generic name is read as the
 * province of the region the document is about, unless its own words point at the centre.
 *
 * Only a province the document also names by its own name can be meant (so a claim's subjects stay
 * among the groups the document names). The region is found once per document: place words looked
 * up in one table, plus the provinces named. Iraq and Syria count for the centre; a province wins
 * only with more evidence than the centre. Mentions are copied, never changed in place (other
 * features keep the names as written).
 */
import type { Mention } from '../recognition/groupMatcher';
import type { DocumentModel } from '../text/document';

const CENTRE = 'isis';

/** Region cues per province id; `isis` is the centre (Iraq and Syria). One word each, lower-case. */
const REGION_CUES: readonly [string, string][] = [
  [CENTRE, 'iraq iraqi syria syrian baghdad mosul anbar raqqa kirkuk diyala salahuddin samarra fallujah ramadi tikrit levant'],
  ['iskp', 'afghanistan afghan afghans kabul khorasan nangarhar kunar jalalabad kandahar kunduz herat balkh mazar-i-sharif badakhshan takhar pakistan pakistani peshawar bajaur balochistan khyber waziristan quetta tajikistan tajik uzbekistan taliban emirate'],
  ['islamic-state-west-africa-province', 'nigeria nigerian borno yobe maiduguri monguno adamawa chad chadian cameroon cameroonian diffa'],
  ['islamic-state-in-the-greater-sahara', 'sahel mali malian burkina niger nigerien menaka ménaka tillaberi tillabéri gao ansongo ouagadougou niamey bamako'],
  ['islamic-state-of-iraq-and-syria-mozambique', 'mozambique mozambican cabo delgado palma mocimboa mocímboa pemba macomia'],
  ['isis-philippines', 'philippines philippine filipino mindanao marawi sulu basilan lanao maguindanao cotabato'],
  ['islamic-state-of-iraq-and-syria-democratic-republic-of-the-c', 'congo congolese drc ituri kivu uganda ugandan'],
  ['isis-sinai-province', 'sinai egypt egyptian arish'],
];
const CUE_REGION = new Map<string, string>(REGION_CUES.flatMap(([id, words]) => words.split(' ').map((w): [string, string] => [w, id])));
const PROVINCES = new Set(REGION_CUES.map(([id]) => id).filter((id) => id !== CENTRE));

/** Names of the Islamic State that do not say which one ("Daesh", "IS", "the Islamic State group"). */
const GENERIC_ALIASES = new Set(['islamic state', 'isis', 'isil', 'is', 'daesh', "da'esh", 'islamic state group', 'al-dawla al-islamiya']);

/** Words near a generic name that point at the centre: its leader, core, caliphate, Iraq and Syria. */
const CENTRE_NEAR = /\b(?:core|central|centre|center|leadership|leader|leaders|caliph|caliphate|caliphs|allegiance|bay['’]?ah|pledg\w*|announc\w*|parent|mother|global|worldwide|syria|iraq|levant|baghdadi|qurashi|headquarters)\b|^['’]s\s+(?:[\w-]+\s+)?provinces\b|\bprovinces\s+of\s+(?:the\s+)?$/;

/**
 * A generic name as an owner or a whole, not a clause's subject: "the Islamic State’s Amaq news
 * agency", "the Islamic State’s affiliates", "part of the Islamic State", "loyal to the Islamic
 * State" (not "the Islamic State’s local affiliate, ISKP", the branch itself: epithets.ts). Tested on
 * the words before the name, a NUL, and the words after it.
 */
const OWNER_OR_WHOLE = /\b(?:of|to|from|through|by|under|with|within|and)\s+(?:the\s+)?\u0000|\u0000['’]s?\s+(?![\w-]+\s+(?:branch|affiliate|province|wing|franchise|chapter|offshoot)\b|(?:branch|affiliate|province|wing|franchise|chapter|offshoot)\b)/;

/** Between two names of one group: an apposition, brackets, "or", "also known as" ("ISKP, or Daesh,"). */
const ALIAS_BETWEEN = /^\W*(?:(?:or|aka|also known as|also called|known as|known locally as|called)\W*)?(?:the\W+)?$/;

/**
 * Region cues that place a passage in a region with no province of its own in the gazetteer: a
 * generic name there is the centre ("the Islamic State's Somali branch" in a digest's Somalia item).
 */
const CENTRE_REGION_CUES = new Set('somalia somali mogadishu puntland jubaland kismayo bosaso'.split(' '));

/**
 * The region a passage's own place words point to (the most cue words, ties to none), or null; the
 * centre for Iraq, Syria and regions without a province.
 */
function passageRegion(lower: string, province: string): string | null {
  const score = new Map<string, number>();
  for (const w of lower.match(/[a-zé-]{3,}/g) ?? []) {
    const id = CENTRE_REGION_CUES.has(w) ? CENTRE : CUE_REGION.get(w);
    if (id) score.set(id, (score.get(id) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [id, n] of score) if (n > bestScore) (best = id), (bestScore = n);
  else if (n === bestScore) best = null;
  return best && best !== province && bestScore > (score.get(province) ?? 0) ? best : null;
}

/**
 * Whether `m`, a generic name read as a province, is the centre beside that province's own name in
 * its sentence (`inside`): an owner or a whole ("ISWAP said in a statement carried by the Islamic
 * State’s Amaq news agency", "the most ambitious of the Islamic State’s affiliates"), not an alias of
 * it ("ISKP, or Daesh,", "ISKP (Daesh)"). Claims keep the province (its fighters are the province's).
 */
export function centreBesideProvince(doc: DocumentModel, m: Mention, inside: readonly Mention[]): boolean {
  if (!readAsProvince(m)) return false;
  const before = doc.lower.slice(Math.max(0, m.start - 24), m.start);
  if (!OWNER_OR_WHOLE.test(before + '\u0000' + doc.lower.slice(m.end, m.end + 40))) return false;
  return inside.some((o) => o !== m && o.groupId === m.groupId && !GENERIC_ALIASES.has(o.alias.toLowerCase()) && !ALIAS_BETWEEN.test(doc.lower.slice(Math.min(o.end, m.end), Math.max(o.start, m.start))));
}

/** The province a generic Islamic State name stands for in this document, or null for the centre. */
export function documentProvince(doc: DocumentModel, mentions: readonly Mention[]): string | null {
  if (!mentions.some((m) => m.groupId === CENTRE)) return null;
  const score = new Map<string, number>();
  const add = (id: string, n: number) => score.set(id, (score.get(id) ?? 0) + n);
  // A province named by its own name is strong evidence.
  const named = new Set<string>();
  for (const m of mentions) if (PROVINCES.has(m.groupId)) add(m.groupId, 3), named.add(m.groupId);
  if (!named.size) return null;
  const words = doc.lower.match(/[a-zé-]{3,}/g) ?? [];
  for (const w of words) {
    const id = CUE_REGION.get(w);
    if (id) add(id, 1);
  }
  let best: string | null = null;
  let bestScore = 0;
  // Only a province the document names: a claim's subjects stay among the groups it names (the
  // index counts claims per named group).
  for (const [id, n] of score) if (id !== CENTRE && n > bestScore && named.has(id)) (best = id), (bestScore = n);
  if (!best || bestScore < 2 || bestScore <= (score.get(CENTRE) ?? 0)) return null;
  return best;
}

/** Whether `id` is one of the Islamic State's provinces (their parent is the centre). */
export function isProvince(id: string): boolean {
  return PROVINCES.has(id);
}

/** Whether a mention is a generic Islamic State name read as a province ("the Islamic State's Sahel branch" in a Sahel story). */
export function readAsProvince(m: Mention): boolean {
  return m.groupId !== CENTRE && PROVINCES.has(m.groupId) && GENERIC_ALIASES.has(m.alias.toLowerCase());
}

/**
 * The mentions with generic Islamic State names read as `province` (see above); the same array when
 * there is nothing to change.
 */
export function withProvince(doc: DocumentModel, mentions: readonly Mention[], province: string | null): readonly Mention[] {
  if (!province) return mentions;
  let out: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.groupId !== CENTRE || !GENERIC_ALIASES.has(m.alias.toLowerCase())) continue;
    // Only the words of the mention's own sentence, a few either side.
    const before = doc.lower.slice(Math.max(0, m.start - 60), m.start);
    const after = doc.lower.slice(m.end, m.end + 40);
    const ownBefore = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
    const ownAfter = after.split(/[.!?]\s|\n/)[0];
    if (CENTRE_NEAR.test(ownBefore) || CENTRE_NEAR.test(ownAfter)) continue;
    // A digest's item or a passage placed in another region by its own place words ("**Kabul (2
    // December):** … the khawarij of Daesh" in a digest about the Sahel): that region's province
    // when the document names it, else the centre.
    const sentence = sentenceAt(doc, m.start);
    if (sentence) {
      const paragraph = doc.paragraphs[sentence.paragraph];
      const elsewhere = passageRegion(doc.lower.slice(paragraph.start, paragraph.end), province);
      if (elsewhere) {
        if (elsewhere !== CENTRE && mentions.some((o) => o.groupId === elsewhere)) (out ??= mentions.slice()), (out[i] = { ...m, groupId: elsewhere });
        continue;
      }
    }
    out ??= mentions.slice();
    out[i] = { ...m, groupId: province };
  }
  return out ?? mentions;
}

/** The sentence holding document offset `at` (sentences are in order). */
function sentenceAt(doc: DocumentModel, at: number): DocumentModel['sentences'][number] | undefined {
  const { sentences } = doc;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= at) lo = mid + 1;
    else if (sentences[mid].start > at) hi = mid - 1;
    else return sentences[mid];
  }
  return undefined;
}

/** "Al-Shabaab" is also what people in Cabo Delgado call the Islamic State's Mozambique province. */
const MOZAMBIQUE_PROVINCE = 'islamic-state-of-iraq-and-syria-mozambique';
const MOZAMBIQUE_CUES = /\b(?:mozambique|mozambican|cabo delgado|palma|moc[ií]mboa|pemba|macomia|niassa)\b/g;
const SOMALIA_CUES = /\b(?:somalia|somali|mogadishu|kismayo|baidoa|puntland|jubaland|kenya|kenyan)\b/g;

/**
 * A name two groups share, read by the document's region: "al-Shabaab" in a story about Cabo
 * Delgado (three or more Mozambique cue words, more than Somalia's) that also names the Mozambique
 * province is the province,
 * unless its own words place it in Somalia ("the al-Shabaab in Somalia"). Mentions are copied.
 */
export function withLocalNames(doc: DocumentModel, mentions: readonly Mention[]): readonly Mention[] {
  return withPakistaniTaliban(doc, withMozambiqueShabaab(doc, mentions));
}

function withMozambiqueShabaab(doc: DocumentModel, mentions: readonly Mention[]): readonly Mention[] {
  // Only where the document names the province too: a claim's subjects stay among the groups it names.
  if (!mentions.some((m) => m.groupId === 'al-shabaab') || !mentions.some((m) => m.groupId === MOZAMBIQUE_PROVINCE)) return mentions;
  const mozambique = doc.lower.match(MOZAMBIQUE_CUES)?.length ?? 0;
  const somalia = doc.lower.match(SOMALIA_CUES)?.length ?? 0;
  if (mozambique < 3 || mozambique <= somalia) return mentions;
  return mentions.map((m) => {
    if (m.groupId !== 'al-shabaab') return m;
    const after = doc.lower.slice(m.end, m.end + 30);
    return /^["”’]?\s+(?:in|of|from)\s+(?:neighbouring\s+)?(?:somalia|the horn)/.test(after) || /^['’]s?\s+somali\b/.test(after) ? m : { ...m, groupId: MOZAMBIQUE_PROVINCE };
  });
}


/**
 * "The Taliban" in the words of people in Pakistan's north-west is the Pakistani Taliban: residents,
 * traders and local officials say "the Taliban are back", "the Taliban have people in every
 * market", "at night the Taliban are the government here". A bare "Taliban" (not "Afghan Taliban",
 * "Islamic Emirate") spoken in a quote or an interview answer, in a story about Khyber Pakhtunkhwa
 * (four cue words or more, and more than half as many as Afghanistan's: such stories also speak of the Afghan Taliban at length) that names the TTP by its own name, is the TTP,
 * unless its own sentence places it in Afghanistan (Kabul, the Afghan government, "took power",
 * "their soil") or names the TTP beside it (then it is the other Taliban). Narration keeps the
 * name as written: reporters write "the Taliban" for the Afghan movement.
 */
const TTP = 'ttp';
const AFGHAN_TALIBAN = 'afghan-taliban';
const BARE_TALIBAN = /^(?:the\s+)?tal[ie]ban$/;
const NORTH_WEST_CUES = /\b(?:khyber|pakhtunkhwa|swat|mingora|malakand|waziristan|bannu|lakki|dera ismail khan|bajaur|mohmand|peshawar|kurram|orakzai|charsadda|mardan|kohat|hangu|buner|shangla|chitral|tank district|d\.i\. khan)\b/g;
const AFGHANISTAN_CUES = /\b(?:afghanistan|afghan|kabul|kandahar|nangarhar|kunar|emirate|herat|kunduz)\b/g;
const AFGHAN_HERE = /\b(?:afghanistan|afghan|kabul|kandahar|emirate|interim|regime|government in|took (?:power|over|control)|takeover|return(?:ed)? to power|their soil|its soil|doha)\b/;

function withPakistaniTaliban(doc: DocumentModel, mentions: readonly Mention[]): readonly Mention[] {
  if (!mentions.some((m) => m.groupId === TTP) || !mentions.some((m) => m.groupId === AFGHAN_TALIBAN && BARE_TALIBAN.test(m.alias.toLowerCase()))) return mentions;
  const northWest = doc.lower.match(NORTH_WEST_CUES)?.length ?? 0;
  const afghanistan = doc.lower.match(AFGHANISTAN_CUES)?.length ?? 0;
  if (northWest < 4 || 2 * northWest <= afghanistan) return mentions;
  let out: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.groupId !== AFGHAN_TALIBAN || !BARE_TALIBAN.test(m.alias.toLowerCase())) continue;
    const sentence = doc.sentences.find((s) => s.start <= m.start && m.start < s.end);
    if (!sentence || !spokenAt(doc, sentence, m.start)) continue;
    const own = doc.lower.slice(sentence.start, sentence.end);
    if (AFGHAN_HERE.test(own) || mentions.some((o) => o.groupId === TTP && o.start >= sentence.start && o.start < sentence.end)) continue;
    out ??= mentions.slice();
    out[i] = { ...m, groupId: TTP };
  }
  return out ?? mentions;
}

/** Whether `at` is in someone's own words: inside a direct quote opened in its paragraph, or in an interview answer. */
function spokenAt(doc: DocumentModel, sentence: { start: number; block: number; paragraph: number }, at: number): boolean {
  const block = doc.blocks[sentence.block];
  if (block.role === 'turn' && doc.interview) {
    const turn = doc.interview.turns.find((t) => t.block === sentence.block);
    if (turn && !turn.question && !turn.narration) return true;
  }
  // The quote must hold the whole sentence up to the name: open at (or before) the sentence's
  // start, not a phrase quoted inside narration ("the group said it had targeted “Taliban militia”").
  const from = doc.paragraphs[sentence.paragraph].start;
  let open = 0;
  let straight = 0;
  let openedAt = -1;
  for (let i = from; i < at; i++) {
    const c = doc.text[i];
    if (c === '“' || (c === '"' && straight % 2 === 0)) {
      if (open === 0 && straight % 2 === 0) openedAt = i;
      if (c === '“') open++;
      else straight++;
    } else if (c === '”') open = Math.max(0, open - 1);
    else if (c === '"') straight++;
  }
  const inQuote = open > 0 || straight % 2 === 1;
  return inQuote && openedAt <= sentence.start + 1;
}
