/**
 * Near-miss discovery: capitalised multi-word or hyphenated names in a document that closely
 * resemble a known group's name without matching it (a new transliteration, a typo). Fuzzy
 * scoring is done by fuse.js, but only on prefiltered candidates so the cost stays small:
 * candidates must be capitalised, of a plausible length, and are compared only with names that
 * share their first letter; results are memoised per candidate text.
 */
import Fuse from 'fuse.js';
import { namesOf } from '../gazetteer/gazetteer';
import { GroupMatcher } from './groupMatcher';
import { isCaseSensitiveName } from '../gazetteer/gazetteer';

export interface NearMiss {
  start: number;
  end: number;
  text: string;
  groupId: string;
  groupName: string;
  /** The known name it resembles. */
  alias: string;
  score: number;
}

/** Documents larger than this are not scanned (near-miss is a hint, not worth a slow editor). */
export const NEAR_MISS_MAX_CHARS = 1_000_000;
const MAX_RESULTS = 200;
const THRESHOLD = 0.35;

// A capitalised word; words joined by spaces or hyphens, optionally with a short lowercase
// connector ("-e-", "-ul-", " al-"). Letters and separators are disjoint classes, so the
// pattern cannot backtrack catastrophically.
const WORD = "\\p{Lu}[\\p{L}\\p{M}'\u2019]*";
const SEP = '(?:[ \\u00A0]+(?:\\p{Ll}{1,3}-)?|-(?:\\p{Ll}{1,3}-)?)';
const CANDIDATE = new RegExp(`${WORD}(?:${SEP}${WORD})+`, 'gu');

/** Lowercase, connectors and hyphens as spaces: the form names are compared in. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u200B-\u200D\u2060\uFEFF'\u2019]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface Entry {
  norm: string;
  alias: string;
  groupId: string;
  groupName: string;
}

/** Fuzzy index of a matcher's long names, bucketed by first letter. Build one per matcher. */
export class NearMissIndex {
  private readonly buckets = new Map<string, Fuse<Entry>>();
  private readonly known = new Set<string>();
  private readonly memo = new Map<string, Entry & { score: number } | null>();

  constructor(readonly matcher: GroupMatcher) {
    const byLetter = new Map<string, Entry[]>();
    for (const group of matcher.gazetteer.groups) {
      for (const name of namesOf(group)) {
        const norm = normalizeName(name.text);
        this.known.add(norm);
        // Acronyms and short names are too short for fuzzy matching to mean anything.
        if (norm.length < 6 || (name.caseSensitive ?? isCaseSensitiveName(name.text))) continue;
        const list = byLetter.get(norm[0]) ?? [];
        list.push({ norm, alias: name.text, groupId: group.id, groupName: group.name });
        byLetter.set(norm[0], list);
      }
    }
    for (const [letter, list] of byLetter) {
      this.buckets.set(letter, new Fuse(list, { keys: ['norm'], includeScore: true, threshold: THRESHOLD, ignoreLocation: true }));
    }
  }

  /** The closest known name for a candidate text, or null. */
  lookup(text: string): (Entry & { score: number }) | null {
    const norm = normalizeName(text);
    const memoised = this.memo.get(norm);
    if (memoised !== undefined) return memoised;
    let best: (Entry & { score: number }) | null = null;
    if (norm.length >= 6 && !this.known.has(norm)) {
      for (const r of this.buckets.get(norm[0])?.search(norm, { limit: 3 }) ?? []) {
        const ratio = norm.length / r.item.norm.length;
        // Fuse's returned score can exceed its own threshold (field-length norm): bound it here.
        if (ratio < 0.75 || ratio > 1.33 || r.score === undefined || r.score > THRESHOLD) continue;
        // An article (or a kunya's "Abu") and one word against the same ("al-Sharaa", a surname, and
        // "al-Shabaab"; "Abu Yahya" and "Abu Sayyaf"): the shared particle carries the score, so the
        // words themselves must be one edit apart.
        if (!particleWordsClose(norm, r.item.norm)) continue;
        if (!best || r.score < best.score) best = { ...r.item, score: r.score };
      }
    }
    if (this.memo.size > 20000) this.memo.clear();
    this.memo.set(norm, best);
    return best;
  }
}

/**
 * An Arabic article or kunya particle before a single word, as `normalizeName` leaves it: "al
 * shabaab", "ash shabab", "abu sayyaf" (a kunya, "Abu Yahya", is a person's name, not a misspelt group).
 */
const PARTICLE_WORD = /^(?:al|el|ul|ad|an|ar|as|ash|at|az|abu|abou|umm|bin|ibn) (\S+)$/;

/** Unless both names are a particle and one word, true; otherwise whether the two words are at most one edit apart. */
function particleWordsClose(a: string, b: string): boolean {
  const x = PARTICLE_WORD.exec(a)?.[1];
  const y = PARTICLE_WORD.exec(b)?.[1];
  if (x === undefined || y === undefined) return true;
  if (Math.abs(x.length - y.length) > 1) return false;
  // One substitution, insertion or deletion: compare from both ends (linear in the words' length).
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  return Math.max(x.length, y.length) - i - j <= 1;
}

/**
 * Near misses in a text. `ignored` holds normalised names the analyst dismissed. Candidates that
 * overlap a real mention are skipped: the matcher already recognised (part of) them.
 */
export function findNearMisses(text: string, index: NearMissIndex, ignored: ReadonlySet<string> = new Set()): NearMiss[] {
  if (text.length > NEAR_MISS_MAX_CHARS) return [];
  const mentions = index.matcher.findMentions(text);
  const result: NearMiss[] = [];
  let m = 0;
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match && result.length < MAX_RESULTS; match = CANDIDATE.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    while (m < mentions.length && mentions[m].end <= start) m++;
    if (m < mentions.length && mentions[m].start < end) continue;
    if (match[0].length > 80 || ignored.has(normalizeName(match[0]))) continue;
    let from = start;
    let hit = index.lookup(match[0]);
    // A capitalised sentence-initial word may be glued to the name ("In Lashkar-e-Tayiba"): retry without it.
    const sep = /[ \u00A0-]/.exec(match[0]);
    if (!hit && sep) {
      from = start + sep.index + 1;
      // Only if what remains is still a name of several parts: single words are too common.
      hit = /[ \u00A0-]/.test(text.slice(from, end)) ? index.lookup(text.slice(from, end)) : null;
    }
    const name = text.slice(from, end);
    if (hit && !ignored.has(normalizeName(name))) result.push({ start: from, end, text: name, groupId: hit.groupId, groupName: hit.groupName, alias: hit.alias, score: hit.score });
  }
  return result;
}
