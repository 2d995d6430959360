/**
 * Finds every mention of every known group in a text in one pass: an Aho-Corasick automaton over
 * word keys (see tokenizer.ts), so the cost is linear in the text whatever the gazetteer's size.
 * Overlapping candidates are resolved leftmost-longest: "Tehreek-i-Taliban Pakistan" is one
 * mention of TTP, never also one of the Taliban.
 */
import { withDefinedAcronyms } from './definedAcronyms';
import { withShortNames } from './shortNames';
import { withDefinedTerms } from './definedTerms';
import { Gazetteer, GroupEntry, isCaseSensitiveName, namesOf } from '../gazetteer/gazetteer';
import { BREAK, FoldOptions, POSSESSIVE, TokenStream, WordFilter, foldWord, makeWordFilter, tokenize, wordSurface } from '../text/tokenizer';

export interface Mention {
  groupId: string;
  /** UTF-16 offsets in the document text. */
  start: number;
  end: number;
  /** The alias as written in the gazetteer that matched. */
  alias: string;
}

interface Pattern {
  groupId: string;
  alias: string;
  length: number; // in tokens
  caseSensitive: boolean;
  /** For case-sensitive names: the surface of each word, without apostrophes/zero-width characters. */
  surfaces: string[];
}

/** Words that are also short acronyms; in an all-capitals line ("WHAT IS NEXT") they are read as words. */
const WORDS_THAT_LOOK_LIKE_ACRONYMS = new Set([
  'is', 'it', 'at', 'as', 'us', 'an', 'on', 'in', 'or', 'if', 'of', 'to', 'do', 'be', 'by', 'he', 'we', 'me', 'my', 'no', 'so', 'up',
  'let', 'all', 'and', 'are', 'can', 'may', 'new', 'now', 'aim', 'hit', 'arm', 'her', 'him', 'his', 'its', 'not', 'one', 'our', 'out', 'war', 'who', 'why', 'how',
]);


export class GroupMatcher {
  private readonly fold: FoldOptions;
  private readonly groupsById = new Map<string, GroupEntry>();
  // Automaton: node -> (key -> node), failure links, outputs.
  private readonly children: Map<string, number>[] = [new Map()];
  private readonly failure: number[] = [0];
  private readonly outputs: number[][] = [[]];
  /** Nearest node on the failure chain that has outputs (dictionary suffix link), or -1. */
  private readonly outputLink: number[] = [-1];
  private readonly patterns: Pattern[] = [];
  /** Name words: the tokenizer skips every other word cheaply. */
  private readonly wordFilter: WordFilter;

  constructor(readonly gazetteer: Gazetteer) {
    const variants = new Map<string, string>();
    for (const set of gazetteer.spellingVariants) {
      const folded = set.map((w) => foldWord(w));
      const representative = folded.find((w) => variants.has(w)) ? variants.get(folded.find((w) => variants.has(w))!)! : folded[0];
      for (const word of folded) variants.set(word, representative);
    }
    this.fold = { spellingVariants: variants };
    const seenSequences = new Set<string>();
    for (const group of gazetteer.groups) {
      this.groupsById.set(group.id, group);
      for (const name of namesOf(group)) {
        const stream = tokenize(name.text, this.fold);
        // Unmatchable names; a name starting with "'s" (e.g. "e's …": the connector "e" is dropped) would match from a possessive.
        if (stream.keys.length === 0 || stream.keys.includes(BREAK) || stream.keys[0] === POSSESSIVE) continue;
        const caseSensitive = name.caseSensitive ?? isCaseSensitiveName(name.text);
        const surfaces = stream.keys.map((_, i) => wordSurface(name.text, stream.starts[i], stream.ends[i]));
        // The first group to claim a word sequence keeps it (conflicts are reported elsewhere).
        const identity = caseSensitive ? 'cs:' + surfaces.join(' ') : 'ci:' + stream.keys.join(' ');
        if (seenSequences.has(identity)) continue;
        seenSequences.add(identity);
        this.addPattern(stream.keys, { groupId: group.id, alias: name.text, length: stream.keys.length, caseSensitive, surfaces });
      }
    }
    this.buildFailureLinks();
    const nameKeys = new Set<string>();
    for (const node of this.children) for (const key of node.keys()) nameKeys.add(key);
    this.wordFilter = makeWordFilter(nameKeys, this.fold);
  }

  get foldOptions(): FoldOptions {
    return this.fold;
  }

  group(id: string): GroupEntry | undefined {
    return this.groupsById.get(id);
  }

  get groups(): GroupEntry[] {
    return this.gazetteer.groups;
  }

  private addPattern(keys: string[], pattern: Pattern): void {
    let node = 0;
    for (const key of keys) {
      let next = this.children[node].get(key);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(new Map());
        this.failure.push(0);
        this.outputs.push([]);
        this.outputLink.push(-1);
        this.children[node].set(key, next);
      }
      node = next;
    }
    this.outputs[node].push(this.patterns.length);
    this.patterns.push(pattern);
  }

  private buildFailureLinks(): void {
    const queue: number[] = [];
    for (const child of this.children[0].values()) {
      this.failure[child] = 0;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      for (const [key, child] of this.children[node]) {
        let f = this.failure[node];
        while (f !== 0 && !this.children[f].has(key)) f = this.failure[f];
        const target = this.children[f].get(key);
        this.failure[child] = target !== undefined && target !== child ? target : 0;
        const fail = this.failure[child];
        this.outputLink[child] = this.outputs[fail].length > 0 ? fail : this.outputLink[fail];
        queue.push(child);
      }
    }
  }

  /** All mentions in `text`, sorted by position, non-overlapping. */
  findMentions(text: string): Mention[] {
    return this.findMentionsInTokens(text, this.tokenize(text));
  }

  /**
   * The words of `text` that can be part of a name (every other word is a BREAK, as is punctuation):
   * the stream the document model keeps, so a text is tokenised once.
   */
  tokenize(text: string): TokenStream {
    return tokenize(text, this.fold, 0, text.length, this.wordFilter);
  }

  /** Mentions from a stream made by `tokenize` over the same text. */
  findMentionsInTokens(text: string, tokens: TokenStream): Mention[] {
    const { keys, starts, ends } = tokens;
    interface Candidate {
      first: number; // token index
      last: number;
      pattern: Pattern;
    }
    const candidates: Candidate[] = [];
    let node = 0;
    for (let t = 0; t < keys.length; t++) {
      const key = keys[t];
      if (key === BREAK) {
        node = 0;
        continue;
      }
      let next = this.children[node].get(key);
      while (next === undefined && node !== 0) {
        node = this.failure[node];
        next = this.children[node].get(key);
      }
      node = next ?? 0;
      for (let out = this.outputs[node].length > 0 ? node : this.outputLink[node]; out > 0; out = this.outputLink[out]) {
        for (const p of this.outputs[out]) {
          const pattern = this.patterns[p];
          const first = t - pattern.length + 1;
          if (pattern.caseSensitive && !this.surfaceMatches(text, starts, ends, first, pattern)) continue;
          if (pattern.length === 1 && isFamilyNameAfterArticle(text, keys, starts, first)) continue;
          candidates.push({ first, last: t, pattern });
        }
      }
    }
    // Leftmost-longest: earliest start first, then the most words, then the longest text.
    candidates.sort((a, b) => a.first - b.first || b.last - a.last || ends[b.last] - ends[a.last]);
    const mentions: Mention[] = [];
    let nextFree = 0;
    for (const c of candidates) {
      if (c.first < nextFree) continue;
      mentions.push({ groupId: c.pattern.groupId, start: starts[c.first], end: ends[c.last], alias: c.pattern.alias });
      nextFree = c.last + 1;
    }
    return withDefinedTerms(text, withShortNames(text, withDefinedAcronyms(text, mentions)));
  }

  private surfaceMatches(text: string, starts: number[], ends: number[], first: number, pattern: Pattern): boolean {
    for (let i = 0; i < pattern.length; i++) {
      if (wordSurface(text, starts[first + i], ends[first + i]) !== pattern.surfaces[i]) return false;
    }
    // An all-capitals line ("WHAT IS NEXT FOR THE TALIBAN?") writes ordinary words in capitals.
    if (pattern.length === 1 && WORDS_THAT_LOOK_LIKE_ACRONYMS.has(pattern.surfaces[0].toLowerCase())) {
      return !isShoutingLine(text, starts[first]);
    }
    return true;
  }
}

/**
 * True when the one word at token `first` ends a person's name as its article-led family name:
 * "Abdul-Malik al-Houthi", "Sirajuddin al-Haqqani". A one-word group name ("Houthi") after "al"
 * that follows a capitalised word is the family's name, not the group; where the group's own name
 * begins with the article ("al-Shabaab", "Jabhat al-Nusra") the longer alias is matched instead.
 */
function isFamilyNameAfterArticle(text: string, keys: string[], starts: number[], first: number): boolean {
  if (first < 1 || keys[first - 1] !== 'al') return false;
  // The word before the article, across one space or hyphen (it may be no name word of the gazetteer's).
  let i = starts[first - 1] - 1;
  if (i < 1 || (text[i] !== ' ' && text[i] !== '-')) return false;
  i--;
  let wordStart = i + 1;
  while (wordStart > 0 && /\p{L}/u.test(text[wordStart - 1])) wordStart--;
  if (wordStart > i) return false;
  const initial = text[wordStart];
  return initial !== initial.toLowerCase();
}

/** True when the line holding `offset` is mostly capital letters (a headline in capitals). */
function isShoutingLine(text: string, offset: number): boolean {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r' && offset - start < 300) start--;
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r' && end - offset < 300) end++;
  let letters = 0;
  let upper = 0;
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let isLetter: boolean;
    let isUpper: boolean;
    if (c < 128) {
      // ASCII without allocating: the same answers as the case-mapping test below.
      isLetter = (c | 0x20) >= 97 && (c | 0x20) <= 122;
      isUpper = c <= 90;
    } else {
      const ch = text[i];
      isLetter = ch.toLowerCase() !== ch.toUpperCase();
      isUpper = ch === ch.toUpperCase();
    }
    if (isLetter) {
      letters++;
      if (isUpper) upper++;
      if (!inWord) words++;
    }
    inWord = isLetter;
  }
  return words >= 3 && letters >= 8 && upper / letters >= 0.8;
}
