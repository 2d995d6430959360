/**
 * Sentence spans: terminators, abbreviations and paragraph breaks. Offsets are UTF-16 code units,
 * like every position in the core.
 */

const LF = 10;
const CR = 13;

/** A footnote reference after a terminator: "[17]", "[a]", superscript digits ("¹²"). */
const FOOTNOTE_MARK = /^(?:\[(?:\d{1,3}|[a-z])\]|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3})/;

/**
 * Where a sentence ends after its terminator at `i`: past closing quotes and brackets (`he said.”`)
 * and footnote references (`… in 2025.[17]`, `… estimates.²⁰`), which belong to the sentence they
 * annotate.
 */
function pastTerminator(text: string, i: number): number {
  let j = i + 1;
  for (let guard = 0; guard < 4; guard++) {
    while (j < text.length && /["'”’)\]»]/.test(text[j])) j++;
    const c = text[j];
    if (c !== '[' && c !== '\u00b9' && c !== '\u00b2' && c !== '\u00b3' && !(c >= '\u2070' && c <= '\u2079')) break;
    const mark = FOOTNOTE_MARK.exec(text.slice(j, j + 6));
    if (!mark) break;
    j += mark[0].length;
  }
  return j;
}

/** True when the character at `i` ends a sentence (a terminator not part of an abbreviation or initial). */
function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 46 /* . */ && c !== 33 /* ! */ && c !== 63 /* ? */) return false;
  // Skip closing quotes/brackets and footnote references after the terminator: `"...," he said.”` ends at the quote.
  const j = pastTerminator(text, i);
  if (j >= text.length) return true;
  const next = text.charCodeAt(j);
  if (next !== 32 && next !== 10 && next !== 13 && next !== 9) return false;
  // "Mr. Khan", "U.S. officials", "No. 3": a short capitalised token or initial before the dot is an abbreviation.
  if (c === 46) {
    let k = i - 1;
    while (k >= 0 && /[A-Za-z]/.test(text[k])) k--;
    const word = text.slice(k + 1, i);
    // "No. 3" is an abbreviation; "No. It has been …" ends a one-word answer.
    if (word === 'No' && !/\d/.test(text[j + 1] ?? '')) return true;
    if (ABBREVIATIONS.has(word) || (word.length === 1 && /[A-Z]/.test(word))) return false;
    // "Ex. PW-23/4", "Sec. 302", "Art. 19", "para. 4(b)": a reference word before a numbered reference.
    if (REFERENCE_WORDS.has(word) && /^[\p{Lu}\d][\p{Lu}\d/.()-]*\d/u.test(text.slice(j + 1, j + 24))) return false;
  }
  return true;
}

const REFERENCE_WORDS = new Set(['Ex', 'Exh', 'Art', 'Sec', 'Para', 'para', 'Fig', 'Vol', 'Ch', 'Cl', 'Sch', 'p', 'pp', 'Annex']);
const ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Sgt', 'St', 'No', 'Jr', 'Sr', 'Prof', 'Rev', 'vs', 'etc', 'Brig', 'Cmdr', 'Gov', 'Sen', 'Rep', 'Insp', 'Supt', 'BGen', 'MGen', 'LtGen', 'Hon', 'Adm', 'Cdr', 'Engr', 'Smt', 'Sh', 'Mx', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);

function isParagraphBreak(text: string, i: number): boolean {
  // i is at a line break; look for another line break after optional blanks.
  let j = i + 1;
  if (text.charCodeAt(i) === CR && text.charCodeAt(j) === LF) j++;
  while (j < text.length && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  const c = text.charCodeAt(j);
  return c === LF || c === CR || j >= text.length;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * The sentence around `offset`, bounded by sentence terminators and paragraph breaks, and never
 * longer than `maxLength` (a window centred on the offset is cut out of very long "sentences",
 * such as a single-line file).
 */
export function sentenceAround(text: string, offset: number, maxLength = 400): Span {
  const limit = Math.max(40, maxLength);
  let start = offset;
  const lowest = Math.max(0, offset - limit);
  while (start > lowest) {
    const c = text.charCodeAt(start - 1);
    if ((c === LF || c === CR) && isParagraphBreak(text, start - 1)) break;
    if (isSentenceEnd(text, start - 1)) break;
    start--;
  }
  let end = offset;
  const highest = Math.min(text.length, offset + limit);
  while (end < highest) {
    const c = text.charCodeAt(end);
    if ((c === LF || c === CR) && isParagraphBreak(text, end)) break;
    if (isSentenceEnd(text, end)) {
      end = pastTerminator(text, end);
      break;
    }
    end++;
  }
  // A footnote reference closing the sentence before ("… in 2025.[17] A humanitarian …") is not this one's.
  const mark = start > 0 && /[.!?"'”’)»]/.test(text[start - 1]) ? FOOTNOTE_MARK.exec(text.slice(start, start + 6)) : null;
  if (mark) start += mark[0].length;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Sentence spans of a whole text, in order, separated by terminators and paragraph breaks. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === LF || c === CR) && isParagraphBreak(text, i)) {
      push(i);
      start = i + 1;
    } else if (isSentenceEnd(text, i)) {
      const end = pastTerminator(text, i);
      push(end);
      start = end;
      i = end - 1;
    }
  }
  push(text.length);
  return spans;
}

/** Collapses runs of whitespace (including line breaks) into single spaces, for one-line snippets. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
