/**
 * Related claims across the corpus: for one claim, the claims in other documents about the same
 * subject (or, for a claim without a named group, in documents about the same groups), ranked with
 * same subject and same kind first, each marked as agreeing or differing on comparable figures.
 * Work is bounded by the documents mentioning the claim's groups, capped, and never reads text.
 */
import { Claim, Figure } from '../claims/model';
import { sameEvent } from '../claims/extract';
import { compareFigures } from '../claims/agreement';
import { compareRelations } from '../claims/relations';
import { CorpusIndex, IndexedClaim, IndexedDocument } from './corpusIndex';

export type Relation = 'agrees' | 'differs' | null;

export interface RelatedClaim {
  uri: string;
  claim: IndexedClaim;
  relation: Relation;
  score: number;
}

const MAX_DOCUMENTS = 400;

const isCasualty = (f: Figure) => f.measure === 'killed' || f.measure === 'injured';

/**
 * Two claims compared: relations by what they assert or deny about the same two groups; figures
 * for the rest, strength always, casualty tolls only for the same incident.
 */
export function compareClaims(a: Claim, b: Claim): Relation {
  if (a.relation || b.relation) return a.relation && b.relation ? compareRelations(a.relation, b.relation) : null;
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

function score(claim: IndexedClaim, other: IndexedClaim, context: IndexedDocument | undefined, doc: IndexedDocument, relation: Relation): number {
  const sharedSubjects = claim.subjects.filter((s) => other.subjects.includes(s)).length;
  let s = 0;
  if (sharedSubjects) s += 8 + sharedSubjects;
  if (other.kind === claim.kind) s += 6;
  if (relation) s += 3;
  if (claim.date && other.date && claim.date === other.date) s += 1;
  if (context) for (const g of context.groupCounts.keys()) if (doc.groupCounts.has(g)) s += 0.25;
  return s;
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
    for (const other of doc.claims) {
      const shared = claim.subjects.some((s) => other.subjects.includes(s));
      const relation = compareClaims(claim, other);
      if (claim.subjects.length ? !shared : other.kind !== claim.kind || relation === null) continue;
      // Without subjects on either side only a same-kind figure match ties the claims together.
      if (!claim.subjects.length && other.subjects.length && relation === null) continue;
      out.push({ uri: u, claim: other, relation, score: score(claim, other, context, doc, relation) });
    }
  }
  out.sort((a, b) => b.score - a.score || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.claim.start - b.claim.start));
  return out.slice(0, limit);
}

/** Same-kind related claims that contradict this one: differing figures, or a relation asserted here and denied there (or the reverse). */
export function conflictingClaims(index: CorpusIndex, uri: string, claim: IndexedClaim, limit = 10): RelatedClaim[] {
  if (!claim.figures.length && !claim.relation) return [];
  return relatedClaims(index, uri, claim, 200)
    .filter((r) => r.relation === 'differs' && r.claim.kind === claim.kind && (claim.subjects.length === 0 || claim.subjects.some((s) => r.claim.subjects.includes(s))))
    .slice(0, limit);
}
