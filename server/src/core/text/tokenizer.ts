/**
 * Word tokenizer shared by names in the gazetteer and corpus text, so both normalise identically.
 *
 * A token is a run of letters/digits. Between tokens there is either a *joiner* (spaces, hyphens,
 * dashes, no-break spaces, a single line break: a name may continue across it) or a *break*
 * (punctuation, a paragraph break: a name never continues across it). Zero-width characters and
 * soft hyphens are ignored; an apostrophe inside a word is dropped ("Qa'ida" = "Qaida") except the
 * possessive "'s", which becomes a token of its own so "ISIS's" still contains the word "ISIS".
 *
 * Each token gets a *fold key*: lower case, diacritics removed, transliteration connectors unified
 * ("e"/"i" as in Lashkar-e-Taiba are dropped, "ul"/"ud"/"ut"/"ash"… become "al"), spelling variants
 * mapped to one representative. Case-sensitive comparison uses the token's *surface* instead.
 */

export const POSSESSIVE = "'s";

/** Connector words of transliterated names that are dropped: "Lashkar-e-Taiba" = "Lashkar Taiba". */
const DROPPED_CONNECTORS = new Set(['e', 'i']);
/** Arabic article in its assimilated transliterations: "Jamaat-ud-Dawa" = "Jamaat al Dawa". */
const ARTICLE_FORMS = new Set(['al', 'el', 'ul', 'ud', 'ut', 'ur', 'us', 'ush', 'ash', 'ad', 'adh', 'az', 'ar']);

export interface TokenStream {
  /** Fold keys of the tokens, in order; BREAK marks a place no name can span. */
  keys: string[];
  /** UTF-16 start offset of each token in the source text (for BREAK: its position). */
  starts: number[];
  /** UTF-16 end offset (exclusive) of each token. */
  ends: number[];
}

export const BREAK = '\u0000';

export interface FoldOptions {
  /** Maps a folded word to its representative spelling. */
  spellingVariants?: ReadonlyMap<string, string>;
}

/**
 * The words that can be part of a name. With one, `tokenize` turns every other word into a BREAK
 * (no name can span it, exactly as for an unknown key) and, for plain ASCII words, decides that
 * from a hash computed during the scan: most words of a text are never sliced or lower-cased.
 */
export interface WordFilter {
  /**
   * By 16-bit hash (asciiWordHash): the lower-cased ASCII words that fold to one of `keys` or to
   * nothing, each with its key ('' = dropped). An ASCII word not listed here is no name word.
   */
  readonly asciiWords: ({ lower: string; key: string }[] | undefined)[];
  /** Keys that occur in names. */
  readonly keys: ReadonlySet<string>;
}

const HASH_MASK = 0xffff;

/** The hash the scan computes for an ASCII word: over its lower-cased characters. */
function asciiWordHash(lower: string): number {
  let h = 0;
  for (let i = 0; i < lower.length; i++) h = (Math.imul(h, 31) + lower.charCodeAt(i)) | 0;
  return h & HASH_MASK;
}

/** A filter for the given name keys: every spelling that folds to one of them (or is dropped) passes. */
export function makeWordFilter(keys: ReadonlySet<string>, options: FoldOptions): WordFilter {
  const asciiWords: ({ lower: string; key: string }[] | undefined)[] = new Array(HASH_MASK + 1).fill(undefined);
  // Every folded spelling whose key could be a name's: the keys, spelling variants, articles, connectors.
  const candidates = new Set([...keys, ...(options.spellingVariants?.keys() ?? []), ...ARTICLE_FORMS, ...DROPPED_CONNECTORS]);
  for (const word of candidates) {
    if (!/^[a-z0-9]+$/.test(word)) continue; // only ASCII words take the fast path
    const key = wordKey(word, options);
    if (key !== '' && !keys.has(key)) continue;
    const h = asciiWordHash(word);
    (asciiWords[h] ??= []).push({ lower: word, key });
  }
  return { asciiWords, keys };
}

// Character classes, decided once per UTF-16 code unit.
const enum CharClass {
  Word,
  Apostrophe,
  Ignored,
  Joiner,
  LineBreak,
  Break,
}

const APOSTROPHES = new Set([0x27, 0x2019, 0x2018, 0x02bc, 0x02bb, 0x60, 0xb4, 0x02bf, 0x02be, 0x2032]);
const IGNORED = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad]);
const JOINERS = new Set([
  0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x2d, 0x5f, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x202f,
  0x205f, 0x3000, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
]);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

const asciiClass = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9]/.test(ch)) asciiClass[c] = CharClass.Word;
  else if (c === 10 || c === 13) asciiClass[c] = CharClass.LineBreak;
  else if (APOSTROPHES.has(c)) asciiClass[c] = CharClass.Apostrophe;
  else if (JOINERS.has(c)) asciiClass[c] = CharClass.Joiner;
  else asciiClass[c] = CharClass.Break;
}

function classify(text: string, i: number): CharClass {
  const c = text.charCodeAt(i);
  if (c < 128) return asciiClass[c];
  if (APOSTROPHES.has(c)) return CharClass.Apostrophe;
  if (IGNORED.has(c)) return CharClass.Ignored;
  if (JOINERS.has(c)) return CharClass.Joiner;
  if (c === 0x2028 || c === 0x2029 || c === 0x85) return CharClass.LineBreak;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return WORD_CHAR.test(String.fromCodePoint(cp)) ? CharClass.Word : CharClass.Break;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return CharClass.Break; // lone or trailing surrogate: handled with its lead
  return WORD_CHAR.test(text[i]) ? CharClass.Word : CharClass.Break;
}

function isWordAt(text: string, i: number): boolean {
  return i < text.length && classify(text, i) === CharClass.Word;
}

/** Lower-cases and removes diacritics: "Ṭayyiba" -> "tayyiba". */
export function foldWord(surface: string): string {
  let ascii = true;
  for (let i = 0; i < surface.length; i++) {
    if (surface.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return surface.toLowerCase();
  return surface.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC');
}

/** The key a word matches under: folded, connectors unified, spelling variants merged. Empty = dropped. */
export function wordKey(surface: string, options: FoldOptions): string {
  const folded = foldWord(surface);
  if (DROPPED_CONNECTORS.has(folded)) return '';
  if (ARTICLE_FORMS.has(folded)) return 'al';
  return options.spellingVariants?.get(folded) ?? folded;
}

/** A word's surface without ignored characters and in-word apostrophes: for case-sensitive checks. */
export function wordSurface(text: string, start: number, end: number): string {
  let out = '';
  let runStart = start;
  for (let i = start; i < end; i++) {
    const cls = classify(text, i);
    if (cls === CharClass.Ignored || cls === CharClass.Apostrophe) {
      out += text.slice(runStart, i);
      runStart = i + 1;
    }
  }
  return out + text.slice(runStart, end);
}

/**
 * Tokenizes `text` between `from` and `to`. One pass over the text; the work per token is a
 * slice and a lower-casing (with a `filter`: only for words that may be part of a name).
 */
export function tokenize(text: string, options: FoldOptions = {}, from = 0, to = text.length, filter?: WordFilter): TokenStream {
  const out: TokenStream = { keys: [], starts: [], ends: [] };
  // Scan state lives in locals, not in closures, so the hot loop keeps it in registers.
  let wordStart = -1;
  let wordHasSkips = false;
  let wordAscii = true;
  let wordHash = 0;
  let lineBreaks = 0; // consecutive line breaks seen since the last token or break

  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    const cls = c < 128 ? (asciiClass[c] as CharClass) : classify(text, i);
    switch (cls) {
      case CharClass.Word:
        if (wordStart < 0) {
          wordStart = i;
          lineBreaks = 0;
          wordAscii = true;
          wordHash = 0;
        }
        if (c < 128) {
          // ASCII letters and digits (c | 0x20 is the lower case), the rest of the run in one go.
          wordHash = (Math.imul(wordHash, 31) + (c | 0x20)) | 0;
          while (i + 1 < to && (c = text.charCodeAt(i + 1)) < 128 && asciiClass[c] === CharClass.Word) {
            wordHash = (Math.imul(wordHash, 31) + (c | 0x20)) | 0;
            i++;
          }
        } else {
          wordAscii = false;
          if (c >= 0xd800 && c <= 0xdbff) i++; // astral letter: keep the pair
        }
        break;
      case CharClass.Ignored:
        if (wordStart >= 0) wordHasSkips = true;
        break;
      case CharClass.Apostrophe: {
        const inWord = wordStart >= 0;
        if (inWord && isWordAt(text, i + 1)) {
          const next = text.charCodeAt(i + 1);
          const possessive = (next === 115 || next === 83) && !isWordAt(text, i + 2);
          if (possessive) {
            emitWord(out, text, wordStart, i, wordHasSkips, wordAscii, wordHash, options, filter);
            wordStart = -1;
            wordHasSkips = false;
            out.keys.push(POSSESSIVE);
            out.starts.push(i);
            out.ends.push(i + 2);
            i++;
          } else {
            wordHasSkips = true; // "Qa'ida": the apostrophe is part of the word and dropped
          }
        } else {
          if (wordStart >= 0) {
            emitWord(out, text, wordStart, i, wordHasSkips, wordAscii, wordHash, options, filter);
            wordStart = -1;
            wordHasSkips = false;
          }
          pushBreak(out, i); // a quotation mark
        }
        break;
      }
      case CharClass.Joiner:
        if (wordStart >= 0) {
          emitWord(out, text, wordStart, i, wordHasSkips, wordAscii, wordHash, options, filter);
          wordStart = -1;
          wordHasSkips = false;
        }
        break;
      case CharClass.LineBreak:
        if (wordStart >= 0) {
          emitWord(out, text, wordStart, i, wordHasSkips, wordAscii, wordHash, options, filter);
          wordStart = -1;
          wordHasSkips = false;
        }
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        lineBreaks++;
        if (lineBreaks >= 2) pushBreak(out, i);
        break;
      default:
        if (wordStart >= 0) {
          emitWord(out, text, wordStart, i, wordHasSkips, wordAscii, wordHash, options, filter);
          wordStart = -1;
          wordHasSkips = false;
        }
        pushBreak(out, i);
        lineBreaks = 0;
    }
  }
  if (wordStart >= 0) emitWord(out, text, wordStart, to, wordHasSkips, wordAscii, wordHash, options, filter);
  return out;
}

function pushBreak(out: TokenStream, at: number): void {
  const keys = out.keys;
  if (keys.length > 0 && keys[keys.length - 1] !== BREAK) {
    keys.push(BREAK);
    out.starts.push(at);
    out.ends.push(at);
  }
}

/** Appends the word [start, end) as a token (or, with a filter, a BREAK when no name uses it). */
function emitWord(out: TokenStream, text: string, start: number, end: number, hasSkips: boolean, ascii: boolean, hash: number, options: FoldOptions, filter: WordFilter | undefined): void {
  if (filter && ascii && !hasSkips) {
    // Compared in place, case-insensitively: no string is made for a word of plain ASCII.
    const listed = filter.asciiWords[hash & HASH_MASK];
    if (listed !== undefined) {
      for (const { lower, key } of listed) {
        if (lower.length !== end - start) continue;
        let same = true;
        for (let k = 0; k < lower.length && same; k++) same = (text.charCodeAt(start + k) | 0x20) === lower.charCodeAt(k);
        if (!same) continue;
        if (key === '') return;
        out.keys.push(key);
        out.starts.push(start);
        out.ends.push(end);
        return;
      }
    }
    pushBreak(out, start); // no name word: no need to know which word it is
    return;
  }
  const surface = hasSkips ? wordSurface(text, start, end) : text.slice(start, end);
  const key = wordKey(surface, options);
  if (key === '') return;
  if (filter && !filter.keys.has(key)) pushBreak(out, start);
  else {
    out.keys.push(key);
    out.starts.push(start);
    out.ends.push(end);
  }
}
