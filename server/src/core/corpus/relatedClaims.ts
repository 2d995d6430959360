/**
 * Related claims across the corpus: for one claim, the claims in other documents about the same
 * subject (or, for a claim without a named group, in documents about the same groups), ranked with
 * same subject and same kind first, each marked as agreeing or differing on comparable figures.
 * Work is bounded by the documents mentioning the claim's groups, capped, and never reads text.
 */
import { Claim, Figure } from '../claims/model';
import { sameEvent } from '../claims/extract';
import { compareFigures } from '../claims/agreement';
import { CorpusIndex, IndexedClaim } from './corpusIndex';

export type Relation = 'agrees' | 'differs' | null;

export interface RelatedClaim {
  uri: string;
  claim: IndexedClaim;
  relation: Relation;
  score: number;
}

const MAX_DOCUMENTS = 400;

const isCasualty = (f: Figure) => f.measure === 'killed' || f.measure === 'injured';

/** Figures of two claims compared: strength always, casualty tolls only for the same incident. */
export function compareClaims(a: Claim, b: Claim): Relation {
  const same = sameEvent(a, b);
  const pick = (c: Claim) => c.figures.filter((f) => !isCasualty(f) || same);
  return compareFigures(pick(a), pick(b));
}

function candidateUris(index: CorpusIndex, uri: string, claim: IndexedClaim): Set<string> {
  const groups = claim.subjects.length ? claim.subjects : [...(index.get(uri)?.groupCounts.keys() ?? [])];
  const uris = new Set<string>();
  for (const g of groups) {
    for (const u of index.documentsMentioning(g)) {
      if (u === uri) continue;
      uris.add(u);
      if (uris.size >= MAX_DOCUMENTS) return uris;
    }
  }
  return uris;
}

/**
 * How related `other` is to `claim` (higher first): a shared subject, the same kind, comparable
 * figures, the same date, and each group `other`'s document shares with the claim's document.
 */
export function relatedScore(claim: Claim, other: Claim, relation: Relation, sharedContextGroups: number): number {
  const sharedSubjects = claim.subjects.filter((s) => other.subjects.includes(s)).length;
  let s = 0;
  if (sharedSubjects) s += 8 + sharedSubjects;
  if (other.kind === claim.kind) s += 6;
  if (relation) s += 3;
  if (claim.date && other.date && claim.date === other.date) s += 1;
  return s + sharedContextGroups * 0.25;
}

/**
 * Whether `other` relates to `claim`, and how their figures compare; undefined when unrelated.
 * Unrelated kinds need a shared subject; a claim without subjects relates only to same-kind claims
 * with comparable figures.
 */
export function relationTo(claim: Claim, other: Claim): Relation | undefined {
  const shared = claim.subjects.some((s) => other.subjects.includes(s));
  const relation = compareClaims(claim, other);
  if (claim.subjects.length ? !shared : other.kind !== claim.kind || relation === null) return undefined;
  return relation;
}

/**
 * Claims in other documents related to `claim`, best first, at most `limit`. Unrelated kinds need
 * a shared subject; a claim without subjects relates only to same-kind claims with comparable figures.
 */
export function relatedClaims(index: CorpusIndex, uri: string, claim: IndexedClaim, limit = 20): RelatedClaim[] {
  const context = index.get(uri);
  const out: RelatedClaim[] = [];
  for (const u of candidateUris(index, uri, claim)) {
    const doc = index.get(u);
    if (!doc) continue;
    let sharedContext = 0;
    if (context) for (const g of context.groupCounts.keys()) if (doc.groupCounts.has(g)) sharedContext++;
    for (const other of doc.claims) {
      const relation = relationTo(claim, other);
      if (relation === undefined) continue;
      out.push({ uri: u, claim: other, relation, score: relatedScore(claim, other, relation, sharedContext) });
    }
  }
  out.sort((a, b) => b.score - a.score || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.claim.start - b.claim.start));
  return out.slice(0, limit);
}

/** Same-kind related claims whose figures differ from this claim's. */
export function conflictingClaims(index: CorpusIndex, uri: string, claim: IndexedClaim, limit = 10): RelatedClaim[] {
  if (!claim.figures.length) return [];
  return relatedClaims(index, uri, claim, 200)
    .filter((r) => r.relation === 'differs' && r.claim.kind === claim.kind && (claim.subjects.length === 0 || claim.subjects.some((s) => r.claim.subjects.includes(s))))
    .slice(0, limit);
}
