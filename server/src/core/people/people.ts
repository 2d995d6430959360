/**
 * People named in one document: speakers and people spoken of, each mention with its range and
 * the document's entity it belongs to. A capitalised name counts as a person's when the text says
 * so: a title or role before it ("Foreign Minister Jane Doe", "TTP spokesman Mohammad
 * Khurasani", "deputy Yahya Ghouri"), an apposition after it ("Sirajuddin Haqqani, the interior
 * minister"), a reporting verb ("Hekmatyar said"), a naming phrase ("gave his name as Qari
 * Hamid", "identified as …"), a byline ("By Tahir Khan"). Later short forms ("Mr Rahman",
 * "Rahman", "Hekmatyar") join the entity whose name they end or are part of. Group names are never
 * people. Entities carry the identity key (identity.ts) that makes them one person across the corpus.
 */
import type { Mention } from '../recognition/groupMatcher';
import type { DocumentModel } from '../text/document';
import { TITLES, nameWords, personKey, withoutTitles } from './identity';

export interface PersonMention {
  /** UTF-16 offsets of the name as written, title included ("President Biden"). */
  start: number;
  end: number;
  text: string;
  /** Index into the document's `PersonEntity` list. */
  entity: number;
}

export interface PersonEntity {
  /** The fullest form in the document, without titles of office ("Jane Doe"). */
  name: string;
  /** Identity key across the corpus (identity.ts). */
  key: string;
  /** Every form the document uses, as written. */
  forms: string[];
}

export interface DocumentPeople {
  mentions: PersonMention[];
  entities: PersonEntity[];
}

const NAME_WORD = String.raw`(?:(?:al|el|bin|ibn|ul|ud|ur|abu|Abu|Al|El)[-‐ ])?\p{Lu}[\p{Ll}'’]+(?:[-‐]\p{Lu}?[\p{Ll}'’]+)*`;
const INITIAL = String.raw`\p{Lu}\.`;
const NAME = String.raw`(?:(?:${NAME_WORD}|${INITIAL}) ){0,3}${NAME_WORD}`;
/** Name-parts people are known by, kept in the name. */
const KEPT_HONORIFICS = String.raw`(?:Mullah|Maulana|Mawlana|Mufti|Qari|Hafiz|Haji|Sheikh|Shaikh|Sardar|Pir|Syed|Sayed|Abu)`;
const TITLE_WORDS = TITLES.filter((t) => !/^(?:commander|emir|amir|spokesman|spokeswoman|spokesperson)$/.test(t))
  .map((t) => t.split(' ').map((w) => w[0].toUpperCase() + w.slice(1) + (w.length <= 4 ? '\\.?' : '')).join(' '))
  .join('|');
const ROLE_BEFORE = String.raw`(?:spokes(?:man|woman|person)|leader|chief|commander|founder|deputy|adviser|advisor|minister|official|analyst|researcher|director|head|emir|amir|governor|envoy|ambassador|president|secretary|correspondent|reporter|editor|author|professor|cleric|preacher|militant|member|son|brother|father|nephew|successor|predecessor|mastermind|ideologue|scholar|lawyer|judge|general|colonel|officer|commissioner|superintendent|inspector)`;
const CUE_AFTER = String.raw`(?:said|says|told|tells|added|wrote|writes|noted|stated|explained|warned|argued|believes|insisted|claimed|confirmed|denied|estimated|recalled|replied|asked|announced)`;
const ROLE_AFTER = String.raw`(?:the|a|an|who|its|their|his|her)\b`;
/** Group mentions never make a person, but a person's name may contain one ("Sirajuddin Haqqani"). */
const NAMING = String.raw`(?:named|identified as|gave (?:his|her) name as|used the name|uses the name|goes by(?: the name)?|known as|called|By|(?:death|killing|arrest|release|capture|assassination|funeral|successor|son|wife) of)`;

/** A run of capitalised name words (with initials and particles): where a person's name can be. */
const RUN = new RegExp(String.raw`(?:(?:${NAME_WORD}|${INITIAL}) ){0,5}${NAME_WORD}`, 'gu');
const STARTS_WITH_TITLE = new RegExp(String.raw`^(?:(?:${TITLE_WORDS}) )+`, 'u');
const STARTS_WITH_HONORIFIC = new RegExp(String.raw`^${KEPT_HONORIFICS} `, 'u');
// What the text around a run says about it; each is anchored at the run's edge, so it costs a few characters.
const ROLE_BEFORE_RUN = new RegExp(String.raw`\b${ROLE_BEFORE}(?:['’]s)? $`, 'u');
const NAMING_BEFORE_RUN = new RegExp(String.raw`\b${NAMING} $`, 'u');
const SPEECH_BEFORE_RUN = /\b(?:said|says|told|added|wrote|according to|by) $/;
const PREPOSITION_BEFORE_RUN = /\b(?:in|of|for|from|at|to|on|and|with) $/;
const APPOSITION_AFTER_RUN = new RegExp(String.raw`^, ${ROLE_AFTER}`, 'u');
const CUE_AFTER_RUN = new RegExp(String.raw`^ (?:also |later |earlier |has |had )?${CUE_AFTER}\b`, 'u');
const VERB_AFTER_RUN = /^ (?:(?:recently|also|then|later|once|now)\s+)?(?:is|was|has|had|sat|spoke|met|told|said|[\p{Ll}]+ed|[\p{Ll}]+s)\b/u;

/**
 * The person names in one block of text, as [start, end) relative to it: capitalised runs the text
 * around them marks as a person's (a title, a role, a naming phrase, a reporting verb, an
 * apposition). One regex finds the runs; the context checks are anchored at the run's edges.
 */
function namesInBlock(slice: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(slice); m; m = RUN.exec(slice)) {
    let start = m.index;
    let end = start + m[0].length;
    // A sentence word capitalised before the name ("By Tahir Khan", "The minister …", "Yesterday Jane …").
    let run = m[0];
    for (let sp = run.indexOf(' '); sp > 0 && NOT_NAME.has(run.slice(0, sp).toLowerCase()); sp = run.indexOf(' ')) {
      start += sp + 1;
      run = run.slice(sp + 1);
    }
    const words = run.split(' ').length;
    const before = slice.slice(Math.max(0, start - 40), start);
    const after = slice.slice(end, end + 40);
    let person = STARTS_WITH_TITLE.test(run) && words >= 2;
    person ||= STARTS_WITH_HONORIFIC.test(run);
    person ||= ROLE_BEFORE_RUN.test(before) || NAMING_BEFORE_RUN.test(before);
    person ||= words >= 2 && SPEECH_BEFORE_RUN.test(before);
    person ||= APPOSITION_AFTER_RUN.test(after);
    person ||= CUE_AFTER_RUN.test(after) && !PREPOSITION_BEFORE_RUN.test(before);
    person ||= start === 0 && words >= 2 && VERB_AFTER_RUN.test(after);
    if (!person) continue;
    // "Officials Jane Doe" never; but "Analysts Jane Doe" after a bad split: keep the name's own words.
    out.push({ start, end });
  }
  return out;
}

/** Capitalised words that are never (part of) a person's name. */
const NOT_NAME = new Set(
  (
    'the a an this that these those it its he she they we i you our their his her there here in on at of for by with and or but as if when while after before since ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'islamic state taliban afghan afghans pakistani pakistan indian india us uk un united nations american british chinese iraqi iranian russian government ministry army police ' +
    'province district city council agency news network front party team mission office department commission court university centre center hospital school ' +
    'security intelligence forces military officials official sources analysts diplomats residents witnesses reporters authorities interview transcript analysis report brief ' +
    'afghanistan iraq syria kashmir balochistan waziristan khorasan emirate kabul islamabad peshawar quetta karachi lahore delhi new doha baghdad washington beijing moscow tehran reuters ap afp bbc dawn al jazeera source lens ' +
    'staff correspondent correspondents contributor desk editor our their some many most several no one two three four five officials spokesman spokeswoman spokesperson ' +
    'according meanwhile however also later earlier separately still yet now then read more share'
  ).split(' '),
);

function plausibleName(name: string): boolean {
  const words = nameWords(withoutTitles(name));
  if (words.length === 0) return false;
  const lowered = words.map((w) => w.toLowerCase());
  if (lowered.every((w) => NOT_NAME.has(w) || /^(?:al|el|bin|ibn|ul|ud|ur|abu)$/.test(w))) return false;
  if (NOT_NAME.has(lowered[0]) && !/^(?:al|abu)$/.test(lowered[0])) return false;
  if (NOT_NAME.has(lowered[lowered.length - 1])) return false;
  return true;
}

/** Trims a candidate to the person's name: no trailing possessive, no leading sentence word. */
function tidy(text: string, start: number): { text: string; start: number } {
  let t = text.replace(/['’]s$/, '');
  let s = start;
  // "Officials Jane Doe" never happens, but "Analysts Jane Doe" might after a bad split: drop leading stop words.
  for (;;) {
    const m = /^(\S+)\s+/.exec(t);
    if (!m || !NOT_NAME.has(m[1].toLowerCase())) break;
    t = t.slice(m[0].length);
    s += m[0].length;
  }
  return { text: t, start: s };
}

/** Person mentions and entities of a document. `mentions` are its group mentions (never people). */
export function findPeople(doc: DocumentModel, mentions: readonly Mention[]): DocumentPeople {
  const { text } = doc;
  const found = new Map<number, { start: number; end: number; text: string }>();
  const overlapsGroup = (start: number, end: number) => {
    // A name that is a group's (or inside one) is the group's; "Sirajuddin Haqqani" around "Haqqani" is a person.
    const m = mentions[firstEndingAfter(mentions, start)];
    return !!m && m.start <= start && m.end >= end;
  };
  for (const block of doc.blocks) {
    if (block.role === 'chrome' || block.role === 'caption' || block.role === 'dateline') continue;
    const slice = text.slice(block.contentStart, block.end);
    // Cheap gate: no capital letter after the first character, no name.
    if (!/.\p{Lu}/su.test(slice) && block.role !== 'byline') continue;
    for (const found1 of namesInBlock(slice)) {
      const raw = slice.slice(found1.start, found1.end);
      const { text: name, start } = tidy(raw, block.contentStart + found1.start);
      const end = start + name.length;
      if (!plausibleName(name) || overlapsGroup(start, end)) continue;
      const previous = found.get(start);
      if (!previous || previous.end < end) found.set(start, { start, end, text: name });
    }
  }
  // Longest first at each place; drop mentions inside a longer one.
  const candidates = [...found.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: { start: number; end: number; text: string }[] = [];
  for (const c of candidates) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    kept.push(c);
  }
  return linkEntities(kept, doc, overlapsAnyGroup(mentions));
}

/**
 * Groups mentions into entities: a full name makes an entity; a shorter form joins the entity
 * whose name contains all its words (the most recent one when several do); later bare uses of a
 * known surname ("Hekmatyar", "Rahman" after "Mr Rahman") are found in the text too.
 */
function linkEntities(candidates: { start: number; end: number; text: string }[], doc: DocumentModel, inGroup: (start: number, end: number) => boolean): DocumentPeople {
  const entities: PersonEntity[] = [];
  const entityWords: string[][] = [];
  const mentions: PersonMention[] = [];
  /** Of several people, the one whose full name was written last before `at`. */
  const nearestFull = (candidates: number[], at: number): number => {
    let best = candidates[0];
    let bestAt = -1;
    for (const m of mentions) if (candidates.includes(m.entity) && m.start < at && m.start > bestAt && m.text.indexOf(' ') > 0) [best, bestAt] = [m.entity, m.start];
    return best;
  };
  // Longer names first, so "Hekmatyar" joins "Gulbuddin Hekmatyar" wherever each comes.
  const keyed = candidates.map((c) => ({ c, words: personKey(c.text).split(' ').filter(Boolean) }));
  keyed.sort((a, b) => b.words.length - a.words.length || a.c.start - b.c.start);
  for (const { c, words } of keyed) {
    if (words.length === 0) continue;
    // A short form ("Ms Qureshi") joins the person it names; of two with that name, the one named last
    // before it, and never one the text calls by the other title ("Mr" against "Ms").
    const matching = entityWords.map((ew, i) => (words.every((w) => ew.includes(w)) ? i : -1)).filter((i) => i >= 0);
    const title = /^(mr|mrs|ms|miss)\b/i.exec(c.text)?.[1].toLowerCase();
    const compatible = matching.filter((i) => !title || !entities[i].forms.some((f) => (title === 'mr' ? /^(?:mrs|ms|miss)\b/i : /^mr\b/i).test(f)));
    let entity = compatible.length <= 1 ? (compatible[0] ?? -1) : nearestFull(compatible, c.start);
    if (entity < 0) {
      entity = entities.length;
      entities.push({ name: withoutTitles(c.text), key: words.join(' '), forms: [] });
      entityWords.push(words);
    }
    if (!entities[entity].forms.includes(c.text)) entities[entity].forms.push(c.text);
    mentions.push({ start: c.start, end: c.end, text: c.text, entity });
  }
  // Bare surnames of known people elsewhere in the text ("Rahman said", "Hekmatyar holds"). Two
  // people with one surname ("Farhan Qureshi", "Sadia Qureshi"): the one named most recently before.
  const surnames = new Map<string, number[]>();
  entities.forEach((e, i) => {
    const words = nameWords(e.name);
    const last = words[words.length - 1];
    if (words.length >= 2 && last && last.length >= 3) surnames.set(last, [...(surnames.get(last) ?? []), i]);
  });
  const fullMentions = mentions.filter((m) => nameWords(m.text).length >= 2).sort((a, b) => a.start - b.start);
  const nearestBefore = (candidates: number[], at: number): number => {
    if (candidates.length === 1) return candidates[0];
    let best = candidates[0];
    for (const m of fullMentions) {
      if (m.start >= at) break;
      if (candidates.includes(m.entity)) best = m.entity;
    }
    return best;
  };
  if (surnames.size) {
    const taken = mentions.map((m) => [m.start, m.end]);
    const re = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?:(?:Mr|Mrs|Ms|Dr)\.? )?(${[...surnames.keys()].map(escapeRegExp).join('|')})(?![\p{L}\p{N}-])`, 'gu');
    for (const block of doc.blocks) {
      if (block.role === 'chrome' || block.role === 'caption') continue;
      const slice = doc.text.slice(block.contentStart, block.end);
      re.lastIndex = 0;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        const start = block.contentStart + m.index;
        const end = start + m[0].length;
        if (taken.some(([s, e]) => s < end && start < e) || inGroup(start, end)) continue;
        const entity = nearestBefore(surnames.get(m[1])!, start);
        if (!entities[entity].forms.includes(m[0])) entities[entity].forms.push(m[0]);
        mentions.push({ start, end, text: m[0], entity });
      }
    }
  }
  for (const e of entities) {
    // The fullest form names the entity.
    const fullest = e.forms.map(withoutTitles).sort((a, b) => nameWords(b).length - nameWords(a).length)[0];
    if (fullest) e.name = fullest;
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, entities };
}

/** Index of the first mention ending after `offset` (mentions sorted by position): a binary search. */
function firstEndingAfter(mentions: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether [start, end) overlaps a group mention (mentions sorted by position). */
function overlapsAnyGroup(mentions: readonly Mention[]): (start: number, end: number) => boolean {
  return (start, end) => {
    const m = mentions[firstEndingAfter(mentions, start)];
    return !!m && m.start < end;
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The person a speaker phrase names, if any: the entity of a person mention inside [start, end). */
export function personIn(people: DocumentPeople, start: number, end: number): number | null {
  for (const m of people.mentions) {
    if (m.start >= end) break;
    if (m.start >= start && m.end <= end) return m.entity;
  }
  return null;
}
