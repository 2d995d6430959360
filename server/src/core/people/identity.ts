/**
 * A person's identity key: the same for every spelling of one name across the corpus, so the
 * corpus-wide People view can merge "Mohammad Khurasani" and "Muhammad Khorasani". Words are folded
 * by the tokenizer's `wordKey` (lower case, no diacritics, "ul"/"ud" = "al", "-e-" dropped), then
 * common transliteration variants of given names are mapped to one spelling. Titles and
 * honorifics of office ("Mr", "General", "Foreign Minister") are not part of the name; religious
 * and family name-parts ("Mullah", "Qari", "Abu") are, because people are known by them.
 */
import { wordKey } from '../text/tokenizer';

/** Transliteration variants of name words: each set maps to its first spelling. */
const VARIANT_SETS: readonly string[][] = [
  ['muhammad', 'mohammad', 'mohammed', 'muhammed', 'mohamed', 'mohamad', 'mohd', 'muhamad', 'mehmood', 'mahmood', 'mahmud'],
  ['ahmad', 'ahmed'],
  ['hussain', 'hussein', 'husain', 'husein', 'hossain'],
  ['usama', 'osama'],
  ['yusuf', 'yousuf', 'yousaf', 'yusef', 'youssef'],
  ['abdul', 'abd', 'abdel', 'abdal'],
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
];

const VARIANTS = new Map<string, string>();
for (const set of VARIANT_SETS) for (const w of set) VARIANTS.set(w, set[0]);

/** Titles of office: stripped from a name ("President Biden" is Biden). Lower case, single or multi-word. */
export const TITLES = [
  'president', 'vice president', 'prime minister', 'foreign minister', 'interior minister', 'defence minister', 'defense minister', 'information minister',
  'home minister', 'finance minister', 'deputy minister', 'chief minister', 'minister', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'gen', 'general', 'lt gen', 'lieutenant general',
  'maj gen', 'major general', 'brig', 'brigadier', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'lt', 'lieutenant', 'sgt', 'sergeant', 'senator', 'sen', 'governor', 'gov', 'ambassador',
  'judge', 'justice', 'army gen', 'army chief', 'commander', 'emir', 'amir', 'spokesman', 'spokeswoman', 'spokesperson', 'king', 'prince', 'queen', 'sir', 'lord', 'imam',
];
const TITLE_SET = new Set(TITLES);

/** Words of a name as written, without punctuation: "Ayman al-Zawahiri" -> ["Ayman", "al", "Zawahiri"]. */
export function nameWords(name: string): string[] {
  return name.split(/[\s\-‐‑–]+|(?<=\.)/).map((w) => w.replace(/[.,'’]+$/g, '').replace(/^['’]+/, '')).filter(Boolean);
}

/** The name without titles of office at its start: "Foreign Minister Jane Doe" -> "Jane Doe". */
export function withoutTitles(name: string): string {
  let words = name.trim().split(/\s+/);
  for (;;) {
    const two = words.slice(0, 2).join(' ').toLowerCase().replace(/\./g, '');
    const one = (words[0] ?? '').toLowerCase().replace(/\./g, '');
    if (words.length > 2 && TITLE_SET.has(two)) words = words.slice(2);
    else if (words.length > 1 && TITLE_SET.has(one)) words = words.slice(1);
    else return words.join(' ');
  }
}

/** Folded name words, variants merged: the parts identity keys are made of. */
export function keyWords(name: string): string[] {
  const out: string[] = [];
  for (const w of nameWords(withoutTitles(name))) {
    const key = wordKey(w, {});
    if (!key) continue;
    out.push(VARIANTS.get(key) ?? key);
  }
  return out;
}

/** The identity key of a full name: "Muhammad Khorasani" and "Mohammad Khurasani" share it. */
export function personKey(name: string): string {
  return keyWords(name).join(' ');
}
