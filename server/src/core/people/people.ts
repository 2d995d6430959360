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
 *
 * `candidates` do not overlap (findPeople keeps the longest at each place). Every look-up goes
 * through an index (entities by word, full-name positions by entity, taken ranges by position), so
 * a document costs about n·log n in its person mentions rather than n².
 */
function linkEntities(candidates: { start: number; end: number; text: string }[], doc: DocumentModel, inGroup: (start: number, end: number) => boolean): DocumentPeople {
  const entities: PersonEntity[] = [];
  const entityWords: string[][] = [];
  /** Word -> entities whose key has it, in ascending order (each once). */
  const entitiesByWord = new Map<string, number[]>();
  /** Entity -> starts of its mentions written with more than one word, so far. */
  const fullStarts: number[][] = [];
  const formSets: Set<string>[] = [];
  const mentions: PersonMention[] = [];
  const addForm = (entity: number, form: string) => {
    if (formSets[entity].has(form)) return;
    formSets[entity].add(form);
    entities[entity].forms.push(form);
  };
  /** Of several people, the one whose full name was written last before `at`. */
  const nearestFull = (candidates: number[], at: number): number => {
    // Mention starts are distinct (candidates do not overlap), so the latest one is unique.
    let best = candidates[0];
    let bestAt = -1;
    for (const e of candidates) for (const s of fullStarts[e]) if (s < at && s > bestAt) [best, bestAt] = [e, s];
    return best;
  };
  // Longer names first, so "Hekmatyar" joins "Gulbuddin Hekmatyar" wherever each comes.
  const keyed = candidates.map((c) => ({ c, words: personKey(c.text).split(' ').filter(Boolean) }));
  keyed.sort((a, b) => b.words.length - a.words.length || a.c.start - b.c.start);
  for (const { c, words } of keyed) {
    if (words.length === 0) continue;
    // A short form ("Ms Qureshi") joins the person it names; of two with that name, the one named last
    // before it, and never one the text calls by the other title ("Mr" against "Ms").
    const matching = (entitiesByWord.get(words[0]) ?? []).filter((i) => words.every((w) => entityWords[i].includes(w)));
    const title = /^(mr|mrs|ms|miss)\b/i.exec(c.text)?.[1].toLowerCase();
    const compatible = matching.filter((i) => !title || !entities[i].forms.some((f) => (title === 'mr' ? /^(?:mrs|ms|miss)\b/i : /^mr\b/i).test(f)));
    let entity = compatible.length <= 1 ? (compatible[0] ?? -1) : nearestFull(compatible, c.start);
    if (entity < 0) {
      entity = entities.length;
      entities.push({ name: withoutTitles(c.text), key: words.join(' '), forms: [] });
      entityWords.push(words);
      fullStarts.push([]);
      formSets.push(new Set());
      for (const w of words) {
        const list = entitiesByWord.get(w);
        if (!list) entitiesByWord.set(w, [entity]);
        else if (list[list.length - 1] !== entity) list.push(entity);
      }
    }
    addForm(entity, c.text);
    mentions.push({ start: c.start, end: c.end, text: c.text, entity });
    if (c.text.indexOf(' ') > 0) fullStarts[entity].push(c.start);
  }
  // Bare surnames of known people elsewhere in the text ("Rahman said", "Hekmatyar holds"). Two
  // people with one surname ("Farhan Qureshi", "Sadia Qureshi"): the one named most recently before.
  const surnames = new Map<string, number[]>();
  entities.forEach((e, i) => {
    const words = nameWords(e.name);
    const last = words[words.length - 1];
    if (words.length >= 2 && last && last.length >= 3) surnames.set(last, [...(surnames.get(last) ?? []), i]);
  });
  if (surnames.size) {
    const fullMentions = mentions.filter((m) => nameWords(m.text).length >= 2).sort((a, b) => a.start - b.start);
    /** Per surname shared by several people: the starts of their full mentions, in order, and whose each is. */
    const shared = new Map<string, { starts: number[]; entities: number[] }>();
    const nearestBefore = (surname: string, at: number): number => {
      const candidates = surnames.get(surname)!;
      if (candidates.length === 1) return candidates[0];
      let list = shared.get(surname);
      if (!list) {
        list = { starts: [], entities: [] };
        for (const m of fullMentions) {
          if (!candidates.includes(m.entity)) continue;
          list.starts.push(m.start);
          list.entities.push(m.entity);
        }
        shared.set(surname, list);
      }
      const before = countBelow(list.starts, at);
      return before > 0 ? list.entities[before - 1] : candidates[0];
    };
    // The mentions found so far, by position; they do not overlap, so their ends are in order too.
    const taken = mentions.map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
    const takenEnds = taken.map(([, e]) => e);
    const overlapsTaken = (start: number, end: number): boolean => {
      const i = countBelow(takenEnds, start + 1); // first taken range ending after `start`
      return i < taken.length && taken[i][0] < end;
    };
    const find = surnameFinder([...surnames.keys()]);
    for (const block of doc.blocks) {
      if (block.role === 'chrome' || block.role === 'caption') continue;
      const slice = doc.text.slice(block.contentStart, block.end);
      for (const m of find(slice)) {
        const start = block.contentStart + m.index;
        const end = start + m.text.length;
        if (overlapsTaken(start, end) || inGroup(start, end)) continue;
        const entity = nearestBefore(m.surname, start);
        addForm(entity, m.text);
        mentions.push({ start, end, text: m.text, entity });
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

/** What may not come before a surname (or its title). */
const WORD_GOES_BACK = /[\p{L}\p{N}'’-]/uy;
/** What may not follow a surname. */
const WORD_GOES_ON = /[\p{L}\p{N}-]/uy;
const TITLE_BEFORE_SURNAME = ['Mr', 'Mrs', 'Ms', 'Dr'];
const STARTS_WITH_LETTER = /^\p{L}/u;

interface SurnameMatch {
  index: number;
  /** As written, with a title before it ("Mr Rahman"). */
  text: string;
  surname: string;
}

/**
 * The uses of `surnames` in a text, left to right, as this regular expression finds them:
 * `(?<![\p{L}\p{N}'’-])(?:(?:Mr|Mrs|Ms|Dr)\.? )?(surname1|surname2|…)(?![\p{L}\p{N}-])`. Compiling
 * that expression for each document's surnames cost about a millisecond a document (most of the
 * time spent on people), so the same matches are found with fixed expressions and a look-up by
 * length, at the places that start with a title's or a surname's first letter: at each place the
 * first alternative that matches wins, the titled forms before the bare one and the surnames in
 * the order given. Surnames that do not start with a letter take the
 * compiled expression.
 */
export function surnameFinder(surnames: string[]): (text: string) => SurnameMatch[] {
  if (!surnames.every((s) => STARTS_WITH_LETTER.test(s))) {
    const re = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?:(?:Mr|Mrs|Ms|Dr)\.? )?(${surnames.map(escapeRegExp).join('|')})(?![\p{L}\p{N}-])`, 'gu');
    return (text) => {
      const out: SurnameMatch[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) out.push({ index: m.index, text: m[0], surname: m[1] });
      return out;
    };
  }
  const order = new Map(surnames.map((s, i) => [s, i]));
  const lengths = [...new Set(surnames.map((s) => s.length))];
  const firstChars = new Set(surnames.map((s) => s[0]));
  /** First code units a match can start with: a title's or a surname's (all letters). */
  const startUnits = new Set([...TITLE_BEFORE_SURNAME, ...surnames].map((s) => s.charCodeAt(0)));
  /** The surname (the first given of those that fit) starting at `at` and ending where a word ends. */
  const surnameAt = (text: string, at: number): string | null => {
    if (!firstChars.has(text[at])) return null;
    let best: string | null = null;
    let bestOrder = Infinity;
    for (const length of lengths) {
      const end = at + length;
      if (end > text.length) continue;
      const candidate = text.slice(at, end);
      const rank = order.get(candidate);
      if (rank === undefined || rank >= bestOrder) continue;
      WORD_GOES_ON.lastIndex = end;
      if (WORD_GOES_ON.test(text)) continue;
      best = candidate;
      bestOrder = rank;
    }
    return best;
  };
  /** Whether a match may start at `at`: no letter, digit, apostrophe or hyphen (a whole code point) before it. */
  const startsWord = (text: string, at: number): boolean => {
    if (at === 0) return true;
    let before = at - 1;
    const unit = text.charCodeAt(before);
    if (unit >= 0xdc00 && unit <= 0xdfff && before > 0) {
      const high = text.charCodeAt(before - 1);
      if (high >= 0xd800 && high <= 0xdbff) before--;
    }
    WORD_GOES_BACK.lastIndex = before;
    return !WORD_GOES_BACK.test(text);
  };
  return (text) => {
    const out: SurnameMatch[] = [];
    for (let at = 0; at < text.length; at++) {
      if (!startUnits.has(text.charCodeAt(at)) || !startsWord(text, at)) continue;
      let found: { end: number; surname: string } | null = null;
      // A title first ("Mr. ", "Mrs "), as the expression tries it, then the surname alone.
      for (const title of TITLE_BEFORE_SURNAME) {
        if (found || !text.startsWith(title, at)) continue;
        let q = at + title.length;
        if (text[q] === '.') q++;
        if (text[q] !== ' ') continue;
        const surname = surnameAt(text, q + 1);
        if (surname) found = { end: q + 1 + surname.length, surname };
      }
      if (!found) {
        const surname = surnameAt(text, at);
        if (surname) found = { end: at + surname.length, surname };
      }
      if (!found) continue;
      out.push({ index: at, text: text.slice(at, found.end), surname: found.surname });
      at = found.end - 1;
    }
    return out;
  };
}

/** How many of the ascending `values` are below `x` (a binary search). */
function countBelow(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
