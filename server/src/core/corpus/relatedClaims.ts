/**
 * Related claims across the corpus: for one claim, the claims in other documents about the same
 * subject (or, for a claim without a named group, in documents about the same groups), ranked with
 * same subject and same kind first, each marked as agreeing or differing on comparable figures.
 * Work is bounded: candidate documents are capped and ranked by the index, and text is never read.
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
  if (a.figures.length === 0 || b.figures.length === 0) return null;
  const same = sameEvent(a, b);
  const pick = (c: Claim) => c.figures.filter((f) => !isCasualty(f) || same);
  return compareFigures(pick(a), pick(b));
}

/**
 * Documents whose claims can relate to `claim`: for a claim with subjects, the documents with
 * claims about one of them; else the documents mentioning the context's groups. At most
 * MAX_DOCUMENTS, those that say most about the group first (the index's precomputed static
 * ranking, which stops after MAX_DOCUMENTS), never the context.
 */
function candidates(index: CorpusIndex, uri: string, claim: IndexedClaim, context: IndexedDocument | undefined): IndexedDocument[] {
  const groups = claim.subjects.length ? claim.subjects : context ? [...context.groupCounts.keys()] : [];
  const seen = new Set<IndexedDocument>();
  for (const g of groups) {
    for (const doc of index.topDocuments(g, uri, MAX_DOCUMENTS, { withClaimsOnly: claim.subjects.length > 0, staticOnly: true }).documents) {
      if (doc.claims.length === 0) continue;
      seen.add(doc);
      if (seen.size >= MAX_DOCUMENTS) return [...seen];
    }
  }
  return [...seen];
}

/** Groups two documents both mention. */
function sharedGroups(a: IndexedDocument, b: IndexedDocument): number {
  let n = 0;
  for (let i = 0; i < a.groupCount; i++) if (b.groupSlot(a.groupNumberAt(i)) >= 0) n++;
  return n;
}

function score(claim: IndexedClaim, other: IndexedClaim, contextShared: number, relation: Relation): number {
  let sharedSubjects = 0;
  for (const subject of claim.subjects) if (other.subjects.includes(subject)) sharedSubjects++;
  let s = 0;
  if (sharedSubjects) s += 8 + sharedSubjects;
  if (other.kind === claim.kind) s += 6;
  if (relation) s += 3;
  if (claim.date && other.date && claim.date === other.date) s += 1;
  return s + contextShared * 0.25;
}

/** Whether `a` ranks before `b`: higher score, then uri, then position. */
function before(a: RelatedClaim, b: RelatedClaim): boolean {
  return a.score > b.score || (a.score === b.score && (a.uri < b.uri || (a.uri === b.uri && a.claim.start < b.claim.start)));
}

/**
 * Claims in other documents related to `claim`, best first, at most `limit`. Unrelated kinds need
 * a shared subject; a claim without subjects relates only to same-kind claims with comparable
 * figures. Candidates are capped (MAX_DOCUMENTS documents, most relevant first) and the best
 * `limit` kept as they come, so the work is bounded whatever the size of the corpus.
 */
export function relatedClaims(index: CorpusIndex, uri: string, claim: IndexedClaim, limit = 20): RelatedClaim[] {
  const context = index.get(uri);
  const top: RelatedClaim[] = [];
  if (limit <= 0) return top;
  const hasSubjects = claim.subjects.length > 0;
  for (const doc of candidates(index, uri, claim, context)) {
    const contextShared = context ? sharedGroups(context, doc) : 0;
    for (const other of doc.claims) {
      // Cheap filters first: the figure comparison is the costly part.
      if (hasSubjects ? !claim.subjects.some((s) => other.subjects.includes(s)) : other.kind !== claim.kind) continue;
      const relation = compareClaims(claim, other);
      if (!hasSubjects && relation === null) continue;
      const candidate: RelatedClaim = { uri: doc.uri, claim: other, relation, score: score(claim, other, contextShared, relation) };
      if (top.length === limit && !before(candidate, top[top.length - 1])) continue;
      let i = top.length;
      while (i > 0 && before(candidate, top[i - 1])) i--;
      top.splice(i, 0, candidate);
      if (top.length > limit) top.pop();
    }
  }
  return top;
}

/** Same-kind related claims that contradict this one: differing figures, or a relation asserted here and denied there (or the reverse). */
export function conflictingClaims(index: CorpusIndex, uri: string, claim: IndexedClaim, limit = 10): RelatedClaim[] {
  if (!claim.figures.length && !claim.relation) return [];
  return relatedClaims(index, uri, claim, 200)
    .filter((r) => r.relation === 'differs' && r.claim.kind === claim.kind && (claim.subjects.length === 0 || claim.subjects.some((s) => r.claim.subjects.includes(s))))
    .slice(0, limit);
}
