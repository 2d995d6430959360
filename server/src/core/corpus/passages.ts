/**
 * Co-occurrence: the groups (and people) a document names in the same sentence, counted per
 * sentence when the document is analysed, with the first sentences of each pair, so that the corpus
 * graph never re-reads text to draw or explain a co-occurrence edge.
 */
import type { PersonEntity, PersonMention } from '../people/people';
import type { Mention } from '../recognition/groupMatcher';
import type { Span } from '../text/sentences';

/** Two groups or people named in the same sentences of one document. */
export interface Cooccurrence {
  /** Node ids (a group id, or "person:" and the person's identity key), `a` < `b`. */
  a: string;
  b: string;
  /** Sentences naming both. */
  count: number;
  /** Offsets of the first few of those sentences, flat: start, end, start, end… */
  spans: number[];
}

/** Prefix of a person's node id: "person:" + identity key (people/identity.ts). */
export const PERSON_NODE = 'person:';

/** Sentences kept per pair and document: the passages an edge of the graph links to. */
export const SPANS_PER_PAIR = 3;
/** Names of one sentence paired with each other: a sentence listing thirty groups is a list, not thirty times thirty links. */
const MAX_NAMES_PAIRED = 12;

/**
 * Pairs of groups and people named in the same sentence, counted once per sentence, with the first
 * sentences of each pair. `sentences` and both mention lists are in text order.
 */
export function countCooccurrences(sentences: readonly Span[], mentions: readonly Mention[], people?: { mentions: readonly PersonMention[]; entities: readonly PersonEntity[] }): Cooccurrence[] {
  const pairs = new Map<string, Cooccurrence>();
  const persons = people?.mentions ?? [];
  let mi = 0;
  let pi = 0;
  for (const span of sentences) {
    while (mi < mentions.length && mentions[mi].start < span.start) mi++;
    while (pi < persons.length && persons[pi].start < span.start) pi++;
    const names: string[] = [];
    for (let k = mi; k < mentions.length && mentions[k].start < span.end; k++) {
      const g = mentions[k].groupId;
      if (!names.includes(g) && names.length < MAX_NAMES_PAIRED) names.push(g);
    }
    for (let k = pi; k < persons.length && persons[k].start < span.end; k++) {
      const entity = people!.entities[persons[k].entity];
      const id = entity ? PERSON_NODE + entity.key : null;
      if (id && !names.includes(id) && names.length < MAX_NAMES_PAIRED) names.push(id);
    }
    if (names.length < 2) continue;
    names.sort();
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const key = names[i] + '\u0000' + names[j];
        let pair = pairs.get(key);
        if (!pair) pairs.set(key, (pair = { a: names[i], b: names[j], count: 0, spans: [] }));
        pair.count++;
        if (pair.spans.length < SPANS_PER_PAIR * 2) pair.spans.push(span.start, span.end);
      }
    }
  }
  return [...pairs.values()];
}
