/**
 * The words a claim's passage is about, for finding claims that say the same thing elsewhere:
 * lower-case content words without diacritics, plural and verb endings trimmed, without stop
 * words, reporting verbs, numbers and the names of groups (a shared subject is weighed on its own),
 * each once, in order of appearance. Computed once per claim when its document is analysed and
 * kept with the claim, so the claim search can be rebuilt from the index cache without the text.
 */
import { lengthened } from './columns';
import { StringTable } from './stringTable';

/** At most this many terms per claim: a passage's first 48 content words say what it is about. */
const MAX_TERMS = 48;

const STOP_WORDS = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with without about above below over under into onto upon within across along around after before during since until ' +
    'than then that this these those there here where when while which who whom whose what why how all any both each few more most other some such no not only own same very ' +
    'can could may might must shall should will would is are was were be been being am have has had having do does did doing done it its it\'s they them their theirs he him his she her ' +
    'hers we us our ours you your yours i me my mine one also just even still again ever however though although because if as per via like said says say saying told tell tells ' +
    'added adding according reported reporting report reports stated statement statements noted claimed claims claim asked spoke speaking spokesman spokeswoman spokesperson ' +
    'mr mrs ms dr new last first second third next later earlier today yesterday tomorrow week weeks month months year years day days monday tuesday wednesday thursday friday ' +
    'saturday sunday january february march april june july august september october november december'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Folds one word: lower case, no diacritics or apostrophes, light stemming ("fighters" -> "fighter", "attacked" -> "attack"). */
export function foldTerm(word: string): string {
  let w = word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length > 5 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed') && !w.endsWith('eed')) w = w.slice(0, -2);
  return w;
}

/** Word as written -> its term, or '' for none; words repeat across passages, folding them is not cheap. */
let termsOfWords = new Map<string, string>();
const MAX_REMEMBERED = 50_000;
/** Words this long may be slices that keep a whole document's text alive: never remembered. */
const MAX_REMEMBERED_LENGTH = 12;

/** The term a word makes: '' for short words, numbers and stop words. */
function termOf(raw: string): string {
  let term = termsOfWords.get(raw);
  if (term !== undefined) return term;
  term = raw.length < 3 || /^\p{N}+$/u.test(raw) || STOP_WORDS.has(raw.toLowerCase()) ? '' : foldTerm(raw);
  if (term.length < 3 || STOP_WORDS.has(term)) term = '';
  if (raw.length <= MAX_REMEMBERED_LENGTH) {
    if (termsOfWords.size >= MAX_REMEMBERED) termsOfWords = new Map();
    termsOfWords.set(raw, term);
  }
  return term;
}

/**
 * Terms of the passage [start, end) of `text`, space-separated; `skip` are ranges (sorted by
 * start) whose words are left out (group names).
 */
export function passageTerms(text: string, start: number, end: number, skip: readonly { start: number; end: number }[] = []): string {
  const terms: string[] = [];
  const seen = new Set<string>();
  const passage = text.slice(start, end);
  let s = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(passage); m && terms.length < MAX_TERMS; m = WORD.exec(passage)) {
    const at = start + m.index;
    while (s < skip.length && skip[s].end <= at) s++;
    if (s < skip.length && skip[s].start <= at && at < skip[s].end) continue;
    const term = termOf(m[0]);
    if (term === '' || seen.has(term)) continue;
    seen.add(term);
    terms.push(term);
  }
  return terms.join(' ');
}

/**
 * Terms as the index keeps them: each term numbered once per process (`termNumbers`), a claim's
 * terms a short string of those numbers, one UTF-16 unit each below 2^15, two units above. About
 * 50 bytes less per claim than the words themselves (the index holds hundreds of thousands of
 * claims); the words are made again only when asked for (the index cache, a search query).
 * The table grows with the corpus vocabulary, not with the number of claims.
 */
export const termNumbers = new StringTable();

const ONE_UNIT = 0x8000;

/** One term number in the packed form: one UTF-16 unit below 2^15, two above. */
function packedNumber(n: number): string {
  return n < ONE_UNIT ? String.fromCharCode(n) : String.fromCharCode(ONE_UNIT | (n >>> 15), n & 0x7fff);
}

/** The packed form of space-separated `terms` ('' for none). */
export function packTerms(terms: string): string {
  if (!terms) return '';
  let out = '';
  for (const term of terms.split(' ')) {
    if (term) out += packedNumber(termNumbers.intern(term));
  }
  return out;
}

/** Room for the numbers of the packed forms this module reads (`decodeTerms` grows it). */
let scratch = new Int32Array(64);

/** The space-separated terms of a packed form. */
export function unpackTerms(packed: string): string {
  const { count, numbers } = decodeTerms(packed, scratch);
  scratch = numbers;
  let out = '';
  for (let k = 0; k < count; k++) out += (k ? ' ' : '') + termNumbers.get(numbers[k]);
  return out;
}

/**
 * The term numbers of a packed form written into `out` (grown when too short), in order; returns
 * how many there are and the array used. No words are made: the claim search indexes numbers.
 * Throws on a form cut inside a two-unit number.
 */
export function decodeTerms(packed: string, out: Int32Array<ArrayBuffer>): { count: number; numbers: Int32Array<ArrayBuffer> } {
  let numbers = out;
  let count = 0;
  for (let i = 0; i < packed.length; i++) {
    let n = packed.charCodeAt(i);
    if (n >= ONE_UNIT) {
      if (i + 1 >= packed.length) throw new Error('bad packed terms');
      n = ((n & 0x7fff) << 15) | packed.charCodeAt(++i);
    }
    if (count === numbers.length) numbers = lengthened(numbers, numbers.length * 2 || 16);
    numbers[count++] = n;
  }
  return { count, numbers };
}

/**
 * A packed form written with another table's numbers, in this process's numbers: `map` gives this
 * process's number for each of the writer's (the index cache keeps the table it wrote with). Throws
 * on a number the writer's table does not have.
 */
export function translatePackedTerms(packed: string, map: ArrayLike<number>): string {
  const { count, numbers } = decodeTerms(packed, scratch);
  scratch = numbers;
  let out = '';
  for (let k = 0; k < count; k++) {
    if (!(numbers[k] < map.length)) throw new Error('bad term number');
    out += packedNumber(map[numbers[k]]);
  }
  return out;
}

/** Whether a packed form is well made and every number in it below `size`. */
export function packedTermsValid(packed: string, size: number): boolean {
  let decoded;
  try {
    decoded = decodeTerms(packed, scratch);
  } catch {
    return false;
  }
  scratch = decoded.numbers;
  for (let k = 0; k < decoded.count; k++) if (decoded.numbers[k] >= size) return false;
  return true;
}
