/**
 * Passages around group mentions: the sentences that hold at least one mention, found by reading
 * outwards from the mentions only (a document's other sentences are never scanned). They are the
 * unit of relation extraction and of co-occurrence.
 */
import type { Mention } from '../recognition/groupMatcher';
import { Span, sentenceAround } from '../text/sentences';

/** Longest stretch read on each side of a mention to find its sentence. */
const MAX_REACH = 1000;

/** The sentences holding mentions, in order, each once. `mentions` must be sorted by start. */
export function mentionSentences(text: string, mentions: readonly Mention[]): Span[] {
  const spans: Span[] = [];
  let current: Span | undefined;
  for (const m of mentions) {
    if (current && m.start < current.end) continue;
    current = sentenceAround(text, m.start, MAX_REACH);
    // A mention cut by the window of a huge "sentence" still belongs to it.
    if (current.end < m.end) current = { start: current.start, end: m.end };
    spans.push(current);
  }
  return spans;
}

/** Two groups named in the same sentences of one document. */
export interface Cooccurrence {
  /** Group ids, `a` < `b`. */
  a: string;
  b: string;
  /** Sentences naming both. */
  count: number;
  /** Offsets of the first few of those sentences, flat: start, end, start, end… */
  spans: number[];
}

/** Sentences kept per pair and document: the passages an edge of the graph links to. */
export const SPANS_PER_PAIR = 3;
/** Groups of one sentence paired with each other: a sentence listing thirty groups is a list, not thirty times thirty links. */
const MAX_GROUPS_PAIRED = 12;

/**
 * Pairs of groups named in the same sentence, counted per sentence, with the first sentences of
 * each pair. `passages` are the sentences holding mentions (see `mentionSentences`).
 */
export function countCooccurrences(passages: readonly Span[], mentions: readonly Mention[]): Cooccurrence[] {
  const pairs = new Map<string, Cooccurrence>();
  let mi = 0;
  for (const span of passages) {
    while (mi < mentions.length && mentions[mi].start < span.start) mi++;
    const groups: string[] = [];
    for (let k = mi; k < mentions.length && mentions[k].start < span.end; k++) {
      const g = mentions[k].groupId;
      if (!groups.includes(g) && groups.length < MAX_GROUPS_PAIRED) groups.push(g);
    }
    if (groups.length < 2) continue;
    groups.sort();
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const key = groups[i] + '\u0000' + groups[j];
        let pair = pairs.get(key);
        if (!pair) pairs.set(key, (pair = { a: groups[i], b: groups[j], count: 0, spans: [] }));
        pair.count++;
        if (pair.spans.length < SPANS_PER_PAIR * 2) pair.spans.push(span.start, span.end);
      }
    }
  }
  return [...pairs.values()];
}
