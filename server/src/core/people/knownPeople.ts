/**
 * Ties a person recognised in a document to an individual on the official lists
 * (`gazetteer/people.ts`), only when the identity rules allow it. A name alone links only when it
 * is the listed name (or a listed alias of two words or more) and distinctive; a shorter or common
 * form links only when the document also mentions a group the listing names, and one word only when
 * no other listed person carries it ("Shekau" beside Boko Haram). So "Masood Azhar" in a
 * story about Jaish-e-Mohammed is the listed founder, while "Abdur Rehman" or "Muhammad Ashraf" —
 * listed names, but names thousands of people carry — never link on the name alone.
 *
 * Words are compared as identity-key words (`identity.ts`: folded, transliteration variants
 * merged), without honorifics ("Mufti", "Mullah", "Haji") and particles ("al", "bin"), and as
 * sets, because the lists often write the family name first ("Al Zawahiri Ayman").
 */
import type { KnownPeople, KnownPerson } from '../gazetteer/people';
import { keyWords } from './identity';

/** How a document's person was tied to a listing. */
export type KnownPersonRule = 'listed name' | 'listed alias' | 'name and group';

export interface KnownPersonLink {
  person: KnownPerson;
  rule: KnownPersonRule;
}

/** Name-parts that say nothing about who someone is: honorifics, religious titles, particles. */
const NOT_IDENTIFYING = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'ben', 'ould', 'abu', 'umm', 'mufti', 'mullah', 'maulana', 'maulavi', 'maulvi', 'mawlawi', 'mawlavi', 'qari', 'hafiz', 'haji', 'hajji', 'al-hajj', 'hajj',
  'sheikh', 'syed', 'sayed', 'sayyed', 'sayyid', 'sardar', 'pir', 'ustad', 'ustadz', 'doctor', 'dr', 'amir', 'emir', 'commander', 'mr', 'mrs', 'ms',
]);

/**
 * Given names and family names so common in the region that they never identify anyone on their
 * own, whatever the list says. (Words shared by several listings are common too: see `commonWords`.)
 */
const COMMON_NAME_WORDS = new Set(
  (
    'muhammad ahmad ali abdul abdur abdal rahman rahim rashid hassan hasan hussain husain khan shah gul jan noor nur wali din uddin ullah allah abdullah ' +
    'usama usman omar umar yusuf yahya talha anas asim saif sohail nawaz hafeez ibrahim ismail ishaq yaqub musa isa idris ilyas younis yunus zakaria khalid khalil tariq bilal hamza hamid hameed majid ' +
    'mahmood aziz karim kareem latif jamil jameel rauf ghaffar ghani qadir qadeer sattar jabbar wahid wahab razzaq razaq rehmat rahmat fazal fazl ' +
    'iqbal akbar asghar ashraf arshad akram aslam anwar javed javaid jawad zahid zahir saeed said saad salim saleem sharif shareef nasir nasser naseer ' +
    'faisal farooq haroon harun imran irfan kamran kashif nadeem naeem qasim riaz sajid shahid shakeel tahir waqar yasir zafar zubair mustafa mansoor mansur ' +
    'baloch mehsud wazir afridi yousafzai khattak durrani popalzai achakzai barakzai alizai noorzai kakar marwat bangash orakzai mohmand akhund akhundzada ' +
    'haqqani hekmati siddiqui qureshi hashmi rizvi naqvi jafri bukhari gilani abbasi ansari malik chaudhry raja mirza baig'
  ).split(' '),
);

/**
 * Whether an identity key (`identity.ts` `personKey`) is made of the region's most common name
 * words only (with honorifics and particles): "muhammad yusuf", "gul rahman", "abdul rashid khan".
 * Such a name says little about who someone is: across documents it identifies a person only as
 * spelt (`identity.ts` `spellingKey`), and it never joins another name by the corpus's rules.
 */
export function commonNameOnly(key: string): boolean {
  if (!key) return false;
  for (const w of key.split(' ')) if (!COMMON_NAME_WORDS.has(w) && !NOT_IDENTIFYING.has(w)) return false;
  return true;
}

/** Whether a folded name word is among the region's most common names (or an honorific or particle). */
export function commonNameWord(word: string): boolean {
  return COMMON_NAME_WORDS.has(word) || NOT_IDENTIFYING.has(word);
}

/** A listing's forms: its name and aliases of two words or more, as identifying word sets. */
interface ListedForm {
  person: KnownPerson;
  words: Set<string>;
  alias: boolean;
}

export interface KnownPeopleIndex {
  forms: ListedForm[];
  /** Form word -> forms containing it (candidates for a name). */
  byWord: Map<string, ListedForm[]>;
  /** Words used by more than two listed people, or common in the region: not distinctive enough for a name alone. */
  common: Set<string>;
  people: KnownPerson[];
  byId: Map<string, KnownPerson>;
}

/** Identifying words of a name: identity-key words without honorifics and particles. */
export function identifyingWords(name: string): string[] {
  // The lists write Arabic ‘ayn and hamza with turned commas; identity keys drop straight apostrophes only.
  const cleaned = name.replace(/[‘’ʿʾ`´]/g, "'");
  return keyWords(cleaned)
    .map((w) => w.replace(/^'+|'+$/g, '').replace(/'/g, ''))
    .filter((w) => w.length > 1 && !NOT_IDENTIFYING.has(w));
}

/** Builds the look-up structure once per list. */
export function indexKnownPeople(known: KnownPeople): KnownPeopleIndex {
  const forms: ListedForm[] = [];
  const byWord = new Map<string, ListedForm[]>();
  const peopleByWord = new Map<string, Set<string>>();
  for (const person of known.people) {
    const names = [{ text: person.name, alias: false }, ...person.aliases.map((text) => ({ text, alias: true }))];
    for (const { text, alias } of names) {
      const words = new Set(identifyingWords(text));
      if (words.size === 0) continue;
      const form: ListedForm = { person, words, alias };
      forms.push(form);
      for (const w of words) {
        let list = byWord.get(w);
        if (!list) byWord.set(w, (list = []));
        list.push(form);
        let ids = peopleByWord.get(w);
        if (!ids) peopleByWord.set(w, (ids = new Set()));
        ids.add(person.id);
      }
    }
  }
  const common = new Set(COMMON_NAME_WORDS);
  for (const [w, ids] of peopleByWord) if (ids.size > 2 || w.length < 3) common.add(w);
  return { forms, byWord, common, people: known.people, byId: new Map(known.people.map((p) => [p.id, p])) };
}

const indexes = new WeakMap<KnownPeople, KnownPeopleIndex>();

/** The look-up structure of a list, built on first use. */
export function knownPeopleIndex(known: KnownPeople): KnownPeopleIndex {
  let index = indexes.get(known);
  if (!index) indexes.set(known, (index = indexKnownPeople(known)));
  return index;
}

function sameSet(a: ReadonlySet<string>, b: readonly string[]): boolean {
  return a.size === b.length && b.every((w) => a.has(w));
}

/**
 * A person the document names by one word only ("Shekau"): the listed person whose forms hold it,
 * when the word is distinctive (not common in the region, used by one listed person only, five
 * letters or more), is a family name (last in a listed form, not first in the listed name) and the
 * document mentions a group the listing names. A one-word name is the
 * weakest evidence there is, so the listing must leave no second candidate.
 */
function linkOneWord(index: KnownPeopleIndex, word: string, documentGroups: ReadonlySet<string>): KnownPersonLink | null {
  if (word.length < 5 || index.common.has(word)) return null;
  const forms = index.byWord.get(word);
  if (!forms?.length) return null;
  const person = forms[0].person;
  if (forms.some((f) => f.person.id !== person.id)) return null;
  // A family name, not a given name: the last word of the listed name or of an alias, and never
  // the first of the listed name ("Shekau", not "Amadou").
  const last = (f: ListedForm) => [...f.words].pop();
  const named = forms.find((f) => !f.alias);
  if (named && [...named.words][0] === word) return null;
  if (!forms.some((f) => last(f) === word)) return null;
  if (!person.groups.some((g) => documentGroups.has(g.id))) return null;
  return { person, rule: 'name and group' };
}

/**
 * The listed person a document's person entity is, or null. `name` is the entity's fullest name;
 * `documentGroups` the ids of the groups the document mentions.
 *
 * - **listed name / listed alias**: the name's identifying words are exactly those of the listed
 *   name or of an alias (two words or more), and one of them is distinctive (used by at most two
 *   listed people and not a common name in the region) — or, for a name of common words only, it
 *   has three words or more and the document mentions a group the listing names;
 * - **name and group**: the name's words (two or more) are all in one listed form, one of them is
 *   not among the region's most common names, and the document mentions a group the listing names.
 *
 * When two listed people qualify equally, nobody is linked: a wrong identity is worse than none.
 */
export function linkKnownPerson(index: KnownPeopleIndex, name: string, documentGroups: ReadonlySet<string>): KnownPersonLink | null {
  const words = [...new Set(identifyingWords(name))];
  if (words.length === 1) return linkOneWord(index, words[0], documentGroups);
  if (words.length < 2) return null;
  const candidates = new Set<ListedForm>();
  for (const w of words) for (const form of index.byWord.get(w) ?? []) candidates.add(form);
  if (candidates.size === 0) return null;
  const distinctive = words.filter((w) => !index.common.has(w));
  // Beside a group the listing names, a name needs one word that is not among the region's most common names.
  const uncommon = words.some((w) => !COMMON_NAME_WORDS.has(w));
  const inContext = (p: KnownPerson) => p.groups.some((g) => documentGroups.has(g.id));
  let best: { link: KnownPersonLink; strength: number } | null = null;
  let tie = false;
  const consider = (link: KnownPersonLink, strength: number) => {
    if (best && best.link.person.id === link.person.id) {
      if (strength > best.strength) best = { link, strength };
      return;
    }
    if (!best || strength > best.strength) {
      best = { link, strength };
      tie = false;
    } else if (strength === best.strength) tie = true;
  };
  for (const form of candidates) {
    if (!words.every((w) => form.words.has(w))) continue;
    const context = inContext(form.person);
    const exact = sameSet(form.words, words);
    const hasDistinctive = distinctive.length > 0;
    // A name made only of common words needs all three: the whole listed name, three words or more, and the group.
    if (exact && (hasDistinctive || (context && words.length >= 3))) {
      consider({ person: form.person, rule: form.alias ? 'listed alias' : 'listed name' }, (context ? 4 : 0) + 2);
    } else if (context && uncommon) {
      consider({ person: form.person, rule: 'name and group' }, 4 + words.length / (form.words.size + 1));
    }
  }
  if (!best || tie) return null;
  return (best as { link: KnownPersonLink }).link;
}
