/**
 * A person's identity key: the same for every spelling of one name across the corpus, so the
 * corpus-wide People view can merge "Mohammad Khurasani" and "Muhammad Khorasani". Words are folded
 * by the tokenizer's `wordKey` (lower case, no diacritics, "ul"/"ud" = "al", "-e-" dropped), then
 * common transliteration variants of given names are mapped to one spelling. Titles and
 * honorifics of office ("Mr", "General", "Foreign Minister") are not part of the name; religious
 * and family name-parts ("Mullah", "Qari", "Abu") are, because people are known by them.
 */
import { OFFICE_ACRONYMS } from '../text/interview';
import { wordKey } from '../text/tokenizer';

export { OFFICE_ACRONYMS };

/** Transliteration variants of name words: each set maps to its first spelling. */
const VARIANT_SETS: readonly string[][] = [
  ['muhammad', 'mohammad', 'mohammed', 'muhammed', 'mohamed', 'mohamad', 'mohd', 'muhamad', 'mehmood', 'mahmood', 'mahmud'],
  ['ahmad', 'ahmed'],
  ['hussain', 'hussein', 'husain', 'husein', 'hossain'],
  ['usama', 'osama'],
  ['yusuf', 'yousuf', 'yousaf', 'yusef', 'youssef'],
  // "Abdur Rahman", "Abdus Salam": the article assimilated to the next name's first letter, the same name as "Abdul Rahman".
  ['abdul', 'abd', 'abdel', 'abdal', 'abdur', 'abdus', 'abduz', 'abdush'],
  ['rahman', 'rehman', 'rahaman'],
  ['zawahiri', 'zawahri'],
  ['khorasani', 'khurasani'],
  ['hekmatyar', 'hikmatyar'],
  ['haqqani', 'haqani'],
  ['masood', 'masud', 'masoud', 'massoud'],
  ['qari', 'kari'],
  ['mullah', 'mulla', 'molla'],
  ['maulana', 'mawlana', 'molana'],
  ['sheikh', 'shaikh', 'shaykh'],
  ['omar', 'umar'],
  ['usman', 'osman', 'uthman'],
  ['zabihullah', 'zabiullah'],
  ['abubakar', 'abubakr', 'abubaker', 'abubakkar'],
];
/** Second words of "Abu Bakr" written in two ("Abu Bakr al-Baghdadi" is "Abubakar al-Baghdadi"). */
const ABU_BAKR = new Set(['bakr', 'bakar', 'baker', 'bakir']);

const VARIANTS = new Map<string, string>();
for (const set of VARIANT_SETS) for (const w of set) VARIANTS.set(w, set[0]);

/**
 * Titles of office and ranks: stripped from a name ("President Biden" is Biden, "Head Constable
 * Ghulam Nabi Bhat" is Ghulam Nabi Bhat). Lower case, one or several words; longer ones first
 * where they share a start.
 */
export const TITLES = [
  'president', 'vice president', 'prime minister', 'foreign minister', 'interior minister', 'defence minister', 'defense minister', 'information minister',
  'home minister', 'finance minister', 'deputy minister', 'chief minister', 'minister', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'gen', 'general', 'lt gen', 'lieutenant general',
  'maj gen', 'major general', 'brigadier general', 'brig gen', 'brig', 'brigadier', 'col', 'colonel', 'lt col', 'lieutenant colonel', 'maj', 'major', 'capt', 'captain', 'lt', 'lieutenant', 'sgt', 'sergeant',
  'senator', 'sen', 'governor', 'commissioner', 'mayor', 'gov', 'ambassador', 'judge', 'justice', 'army gen', 'army chief', 'commander', 'emir', 'amir', 'spokesman', 'spokeswoman', 'spokesperson', 'king', 'prince', 'queen',
  'sir', 'lord', 'imam', 'retired', 'retd', 'ret', 'barrister', 'advocate', 'engr', 'head constable', 'constable', 'sub-inspector', 'assistant sub-inspector', 'inspector', 'subedar', 'havildar', 'naik',
  'insp', 'supt', 'sr comr', 'comr', 'sr', 'snr', 'cmdr', 'sh', 'shri', 'bgen', 'mgen', 'ltgen', 'hon', 'rev', 'adm', 'cdr', 'smt', 'mx', 'sepoy', 'rifleman', 'corporal', 'private', 'commandant', 'marshal', 'field marshal', 'air marshal', 'admiral', 'vice admiral', 'rear admiral', 'commodore',
];
const TITLE_SET = new Set(TITLES);


/**
 * Words of an office written before a name that are not titles of address ("District Police
 * Officer", "Deputy Commissioner", "Regional Police Officer", "Inspector General of Police"):
 * they mark the name as a person's and are never part of it.
 */
export const OFFICE_WORDS = new Set(
  (
    'district regional provincial divisional city capital senior junior station house additional assistant acting former deputy chief police officer officers ' +
    'commissioner superintendent inspector general director head spokesman spokeswoman spokesperson secretary minister governor administrator mayor chairman ' +
    'commander commandant operations investigation counter-terrorism counterterrorism department selection grade sub sub-divisional circle incharge in-charge ' +
    'provincial federal interior home foreign defence defense information justice health education special adviser advisor assistant envoy representative ' +
    'ambassador consul attorney prosecutor magistrate judge chief-minister premier president vice'
  ).split(' '),
);

/**
 * Honorifics and religious titles of address ("Mawlawi", "Sheikh", "Haji"): how a person is
 * addressed, written in some mentions and not others. Kept in the name shown, dropped from the
 * identity key when two name words or more remain ("Mawlawi Abdul Kabir" and "Abdul Kabir" are one
 * person; "Mullah Omar" keeps its "mullah").
 */
export const HONORIFICS = new Set([
  'mawlawi', 'mawlavi', 'maulawi', 'maulavi', 'maulvi', 'molvi', 'moulvi', 'maulana', 'mawlana', 'molana', 'mufti', 'sheikh', 'shaikh', 'shaykh', 'haji', 'hajji', 'alhaj', 'al-haj', 'hafiz', 'hafez',
  'syed', 'sayed', 'sayyed', 'sayyid', 'pir', 'sardar', 'qari', 'kari', 'mullah', 'mulla', 'molla', 'allama', 'hazrat', 'sahibzada', 'ustad', 'ustaz', 'bibi', 'begum',
  'alhaji', 'alhaja', 'hajiya', 'mallam', 'malam',
]);

/** Words of a name as written, without punctuation: "Ayman al-Zawahiri" -> ["Ayman", "al", "Zawahiri"]. */
export function nameWords(name: string): string[] {
  return name.split(/[\s\-‐‑–]+|(?<=\.)/).map((w) => w.replace(/[.,'’]+$/g, '').replace(/^['’]+/, '')).filter(Boolean);
}

/** The name without titles of office at its start: "Foreign Minister Jane Doe" -> "Jane Doe". */
export function withoutTitles(name: string): string {
  let words = name.trim().split(/\s+/);
  // A rank joined by a hyphen ("Maj-Gen", "Lt-Col", "Brig-Gen") is the rank written in two words.
  // An ordinal before a rank ("1st Lt.", "2nd Lt.") is part of the rank.
  if (words.length > 2 && /^\d+(?:st|nd|rd|th)$/.test(words[0]) && TITLE_SET.has(words[1].toLowerCase().replace(/\./g, ''))) words = words.slice(1);
  if (words.length > 1 && /^\p{L}+[-‐]\p{L}+\.?$/u.test(words[0]) && TITLE_SET.has(words[0].toLowerCase().replace(/\./g, '').replace(/[-‐]/, ' '))) words = [...words[0].split(/[-‐]/), ...words.slice(1)];
  for (;;) {
    const low = (w: string | undefined) => (w ?? '').toLowerCase().replace(/[.()]/g, '');
    const three = [0, 1, 2].map((i) => low(words[i])).join(' ');
    const two = low(words[0]) + ' ' + low(words[1]);
    const one = low(words[0]);
    if (words.length > 3 && TITLE_SET.has(three)) words = words.slice(3);
    else if (words.length > 2 && TITLE_SET.has(two)) words = words.slice(2);
    else if (words.length > 1 && (TITLE_SET.has(one) || OFFICE_ACRONYMS.has(words[0]))) words = words.slice(1);
    else return words.join(' ');
  }
}

/** A name word ending in a fused connector ("ziaur", "saiful", "fazlul", "shamsud"). */
const FUSED_CONNECTOR = /^([a-z]{3,})(?:ul|ur|ud|us|uz|ush|un)$/;
/** Second parts of compound names joined by a connector ("Zia-ur-Rehman", "Saif-ul-Islam", "Noor-uz-Zaman"). */
const COMPOUND_SECOND = new Set('rahman rahim islam din deen haq haque huda zaman karim aziz qadir latif majeed majid ghani jabbar wahab rashid salam amin mulk'.split(' '));
/** Names that end in those letters without a connector ("Mansur", "Yunus", "Mahmud", "Harun"). */
const NOT_FUSED = new Set('abdul abdur abdus abdun abduz abdush mansur manzur zahur shakur ghafur gafur taimur timur bahadur masrur mashhur rasul yunus younus quddus qudus firdaus mahmud masud daud dawud saud harun haroun mamun'.split(' '));

/**
 * "Abdul" with the name it is built with in one word: "abdulmalik" ("malik"), "abdelkader"
 * ("kader"), or the article assimilated and doubled, "abdurrahman" ("r" + "ahman"). Not "abdullah",
 * "abdullahi": a name of its own.
 */
const FUSED_ABDUL = /^abd(?:ul|el|al)(?!lah)([a-z]{4,})$|^abdu([rstdzn])\2([a-z]{3,})$/;

/** A name that is a person's initials only. */
const INITIALS_NAME = /^\p{Lu}{2,4}$/u;

/**
 * Folded name words, variants merged: the parts identity keys are made of. With `variants` false,
 * given-name spellings are kept as written ("Mohammad Yousuf" stays "mohammad yousuf"): the
 * spelling key of `spellingKey`.
 */
export function keyWords(name: string, variants = true): string[] {
  // A person named by initials only ("AR", "MS"): the letters, not folded as name words ("AR" is no particle).
  if (INITIALS_NAME.test(name)) return [name.toLowerCase()];
  const out: string[] = [];
  const words = nameWords(withoutTitles(name));
  for (let i = 0; i < words.length; i++) {
    const key = wordKey(words[i], {});
    if (!key) continue;
    // A connector fused to the word before the second part of a compound name ("Ziaur Rahman",
    // "Saiful Islam", "Fazlul Haq"): the same name as "Zia-ur-Rehman", "Saif-ul-Islam", "Fazl-ul-Haq".
    const fused = FUSED_CONNECTOR.exec(key);
    const next = i + 1 < words.length ? wordKey(words[i + 1], {}) : '';
    if (fused && !NOT_FUSED.has(key) && COMPOUND_SECOND.has(VARIANTS.get(next) ?? next)) {
      out.push(fused[1], 'al');
      continue;
    }
    // "Abdul" fused to the name it is built with ("Abdulmalik", "Abdelkader", "Abdurrahman"): the
    // same two words as "Abdul-Malik" or "Abdur Rahman". "Abdullah" and "Abdullahi" are one name.
    const abd = FUSED_ABDUL.exec(key);
    if (abd) {
      const [first, second] = abd[1] ? [key.slice(0, 5), abd[1]] : ['abdu' + abd[2], abd[2] + abd[3]];
      out.push(variants ? 'abdul' : first, variants ? (VARIANTS.get(second) ?? second) : second);
      continue;
    }
    // "Abu Bakr" written as one word ("Abubakar", "Abubakr"): one name.
    if (key === 'abu' && ABU_BAKR.has(next)) {
      out.push('abubakar');
      i++;
      continue;
    }
    out.push(variants ? (VARIANTS.get(key) ?? key) : key);
  }
  // Honorifics of address at the start ("Mawlawi", "Sheikh", "Haji"), when a name of two words remains.
  let skip = 0;
  while (skip < out.length && HONORIFICS.has(out[skip])) skip++;
  return out.length - skip >= 2 ? out.slice(skip) : out;
}

/** The identity key of a full name: "Muhammad Khorasani" and "Mohammad Khurasani" share it. */
export function personKey(name: string): string {
  return keyWords(name).join(' ');
}

/**
 * The name's key with its spellings as written (folded, titles and honorifics dropped, variants
 * not merged): "Haji Gul Rehman" -> "gul rehman", "Gul Rahman" -> "gul rahman". What identifies,
 * across documents, a person whose name is made of the region's most common words only
 * (`knownPeople.ts` `commonNameOnly`): two shopkeepers spelt "Gul Rehman" and "Gul Rahman" by two
 * papers are two people, as the gold's "the same name is the same person" reads the corpus.
 */
export function spellingKey(name: string): string {
  return keyWords(name, false).join(' ');
}

/**
 * A name word's transliteration skeleton: folded, Somali spelling read as English-language
 * reporting writes it (a "c" for the ayn dropped at the start before a vowel and at the end after
 * one, an initial "x" read as "h": "Cabdi" and "Abdi", "Shirwac" and "Shirwa", "Xuseen" and
 * "Hussein"), an initial "o" read as "u", "ou"/"oo" as "u",
 * "ee"/"ei" as "i", an "h" between vowels or after a final vowel dropped, "q" and "gh" as "k"
 * ("Abdiqani" and "Abdighani"), doubled
 * letters single ("Obaidullah" and "Ubaidullah", "Zabihullah" and "Zabiullah", "Haqqani" and
 * "Haqani" share one).
 */
export function nameSkeleton(word: string): string {
  return (wordKey(word, {}) ?? word.toLowerCase())
    .replace(/^c(?=[aeiou])/, '')
    .replace(/(?<=[aeiou])c$/, '')
    .replace(/^x(?=[aeiou])/, 'h')
    .replace(/^o/, 'u')
    .replace(/ou|oo/g, 'u')
    .replace(/ee|ei/g, 'i')
    .replace(/([aeiou])h(?=[aeiou]|$)/g, '$1')
    .replace(/q|gh/g, 'k')
    .replace(/(.)\1+/g, '$1');
}

/**
 * Whether `short` is the given name `full` without the second part it is built with ("asad" for
 * "asadullah", "siraj" for "sirajuddin"): how a person is often called in the same story. Folded words.
 */
export function shortenedGivenName(full: string, short: string): boolean {
  return short.length >= 3 && full.length > short.length && full.startsWith(short) && SHORTENED_ENDING.test(full.slice(short.length));
}
const SHORTENED_ENDING = /^(?:ullah|uddin|aldin|addin)$/;

/**
 * Whether two spellings of a name word can be one name transliterated two ways: the same skeleton,
 * or, for words of five letters or more, skeletons one letter apart ("Yousaf" and "Yusuf").
 */
export function sameNameWord(a: string, b: string): boolean {
  const x = nameSkeleton(a);
  const y = nameSkeleton(b);
  if (x === y) return true;
  if (Math.min(x.length, y.length) < 5 || Math.abs(x.length - y.length) > 1) return false;
  // One edit apart (a substitution, an insertion or a deletion): linear in the words' length.
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  return Math.max(x.length, y.length) - i - j <= 1;
}
