/**
 * Related claims across the corpus, and claims whose figures agree or differ.
 *
 * **Related** means the passages are about the same thing, not merely the same group: candidates
 * are the claims whose passages share the claim's rarest terms (`ClaimSearch`, BM25 over the whole
 * corpus) and the claims of documents about the same groups (capped); each is scored on what the
 * passages say (term similarity), the same incident (`sameEvent`), shared places, how close their
 * dates are, the same speaker, and comparable figures, plus small weights for the same subject and
 * kind. Candidates that only share a subject (a group's announcement of a new branch and an
 * unrelated remark naming the group) fall below the threshold and are dropped.
 *
 * **Agree / differ** (`compareClaims`, `comparableClaims`, `conflictingClaims`) is independent of
 * that ranking: same-kind claims about the same group (or, without subjects, in documents about the
 * same groups) with comparable figures, casualty tolls only for the same incident. Conflict
 * diagnostics and the `disputed` token modifier depend on it.
 *
 * Work is bounded by the search's postings budget and the capped candidate documents; no text is read.
 */
import { Claim, Figure } from '../claims/model';
import { sameEvent } from '../claims/extract';
import { compareFigures } from '../claims/agreement';
import type { ClaimHit, ClaimSearch } from './claimSearch';
import { CorpusIndex, IndexedClaim, IndexedDocument } from './corpusIndex';
import { speakerKey } from './peopleIndex';

export type Relation = 'agrees' | 'differs' | null;

export interface RelatedClaim {
  uri: string;
  claim: IndexedClaim;
  relation: Relation;
  score: number;
  /** What ties the two claims together, strongest first ("same incident", "similar passage" …). */
  reasons: string[];
}

const MAX_DOCUMENTS = 400;
/** Claims taken from the search before scoring. */
const SEARCH_CANDIDATES = 200;
/** Passages at least this similar (relative BM25) are related on their words alone. */
const SIMILAR_PASSAGE = 0.25;
/** Below this score a candidate is not related. */
const THRESHOLD = 2;

const isCasualty = (f: Figure) => f.measure === 'killed' || f.measure === 'injured';

/** Figures of two claims compared: strength always, casualty tolls only for the same incident. */
export function compareClaims(a: Claim, b: Claim): Relation {
  const same = sameEvent(a, b);
  const pick = (c: Claim) => c.figures.filter((f) => !isCasualty(f) || same);
  return compareFigures(pick(a), pick(b));
}

/** Documents about the claim's subjects (or, without subjects, about its document's groups), capped. */
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

/** Days between two ISO dates (day, month or year precision: the start of the period); null when either is unknown. */
function daysApart(a: string | null | undefined, b: string | null | undefined): number | null {
  const time = (d: string) => Date.parse(d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  if (!a || !b) return null;
  const ta = time(a);
  const tb = time(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return null;
  // Month or year precision: as close as the periods allow.
  const slack = Math.max(a.length === 4 ? 365 : a.length === 7 ? 30 : 0, b.length === 4 ? 365 : b.length === 7 ? 30 : 0);
  return Math.max(0, Math.abs(ta - tb) / 86_400_000 - slack);
}

function dateOf(claim: IndexedClaim, doc: IndexedDocument | undefined): string | null {
  return claim.isoDate ?? doc?.date ?? null;
}

interface Features {
  similarity: number;
  incident: boolean;
  places: number;
  days: number | null;
  speaker: boolean;
  sharedSubjects: number;
  sameKind: boolean;
  comparable: boolean;
  relation: Relation;
}

function features(claim: IndexedClaim, doc: IndexedDocument | undefined, other: IndexedClaim, otherDoc: IndexedDocument, similarity: number): Features {
  const relation = compareClaims(claim, other);
  const sharedSubjects = claim.subjects.filter((s) => other.subjects.includes(s)).length;
  const sameKind = claim.kind === other.kind;
  const places = claim.event && other.event ? claim.event.filter((w) => other.event!.includes(w)).length : 0;
  const mine = doc ? speakerKey(doc, claim) : (claim.speaker?.person ?? null);
  return {
    similarity,
    incident: sameEvent(claim, other),
    places,
    days: daysApart(dateOf(claim, doc), dateOf(other, otherDoc)),
    speaker: !!mine && mine === speakerKey(otherDoc, other),
    sharedSubjects,
    sameKind,
    // Figures measuring the same thing about the same group: two estimates of one quantity.
    comparable: relation !== null && sameKind && (sharedSubjects > 0 || claim.subjects.length === 0),
    relation,
  };
}

function scoreOf(f: Features): { score: number; related: boolean; reasons: string[] } {
  const reasons: string[] = [];
  let score = 5 * f.similarity;
  if (f.similarity >= SIMILAR_PASSAGE) reasons.push('similar passage');
  if (f.incident) {
    score += 3;
    reasons.push('same incident');
  } else if (f.places) {
    score += 0.5 * Math.min(f.places, 2);
    reasons.push('same place');
  }
  if (f.comparable) {
    score += 3;
    reasons.push('same figures compared');
  }
  if (f.speaker) {
    score += 2;
    reasons.push('same speaker');
  }
  if (f.days !== null) {
    const near = f.days <= 3 ? 1 : f.days <= 31 ? 0.5 : 0;
    score += near;
    if (near === 1) reasons.push('same days');
  }
  if (f.sharedSubjects) score += 1;
  if (f.sameKind) score += 1;
  const related = f.similarity >= SIMILAR_PASSAGE || f.incident || f.comparable || (f.speaker && f.sharedSubjects > 0);
  return { score, related: related && score >= THRESHOLD, reasons };
}

/**
 * Runs `visit` on every claim of the capped candidate documents, then on the search hits in other
 * documents, and returns what it kept, best first (then by document and position), at most `limit`.
 */
function collect(
  index: CorpusIndex,
  uri: string,
  claim: IndexedClaim,
  hits: readonly ClaimHit[],
  limit: number,
  visit: (doc: IndexedDocument, other: IndexedClaim) => RelatedClaim | null,
): RelatedClaim[] {
  const out: RelatedClaim[] = [];
  const keep = (doc: IndexedDocument, other: IndexedClaim) => {
    const r = visit(doc, other);
    if (r) out.push(r);
  };
  const seen = new Set<string>();
  for (const u of candidateUris(index, uri, claim)) {
    const doc = index.get(u);
    if (!doc) continue;
    seen.add(u);
    for (const other of doc.claims) keep(doc, other);
  }
  for (const hit of hits) if (!seen.has(hit.doc.uri) && index.get(hit.doc.uri) === hit.doc) keep(hit.doc, hit.claim);
  out.sort((a, b) => b.score - a.score || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.claim.start - b.claim.start));
  return out.slice(0, limit);
}

/**
 * Claims in other documents related to `claim`, best first, at most `limit`, each with its
 * agreement on figures. Without a claim search only the features count (the same incident, the
 * same figures compared, the same speaker on the same group).
 */
export function relatedClaims(index: CorpusIndex, uri: string, claim: IndexedClaim, limit = 20, search?: ClaimSearch): RelatedClaim[] {
  const doc = index.get(uri);
  const hits = search?.similar(uri, claim, SEARCH_CANDIDATES) ?? [];
  const similarity = new Map<IndexedClaim, number>(hits.map((h) => [h.claim, h.similarity]));
  return collect(index, uri, claim, hits, limit, (otherDoc, other) => {
    const f = features(claim, doc, other, otherDoc, similarity.get(other) ?? 0);
    const { score, related, reasons } = scoreOf(f);
    return related ? { uri: otherDoc.uri, claim: other, relation: f.relation, score, reasons } : null;
  });
}

/** Ranking of comparable claims: shared subjects, the same date, documents about the same groups. */
function comparableScore(claim: IndexedClaim, other: IndexedClaim, context: IndexedDocument | undefined, doc: IndexedDocument, relation: Relation): number {
  const sharedSubjects = claim.subjects.filter((s) => other.subjects.includes(s)).length;
  let s = 0;
  if (sharedSubjects) s += 8 + sharedSubjects;
  if (relation) s += 3;
  if (claim.date && other.date && claim.date === other.date) s += 1;
  if (context) for (const g of context.groupCounts.keys()) if (doc.groupCounts.has(g)) s += 0.25;
  return s;
}

/**
 * Same-kind claims in other documents whose figures can be compared with this claim's (about the
 * same group; without subjects, in documents about the same groups), best first, at most `limit`.
 * For a claim about no named group (an unclaimed bombing's toll), the claims whose passages are
 * most similar (`search`) are candidates too, so two tolls of one incident are compared wherever
 * they are.
 */
export function comparableClaims(index: CorpusIndex, uri: string, claim: IndexedClaim, limit = 20, search?: ClaimSearch): RelatedClaim[] {
  if (!claim.figures.length) return [];
  const context = index.get(uri);
  const hits = !claim.subjects.length && search ? search.similar(uri, claim, SEARCH_CANDIDATES) : [];
  return collect(index, uri, claim, hits, limit, (doc, other) => {
    if (other.kind !== claim.kind || !other.figures.length) return null;
    if (claim.subjects.length && !claim.subjects.some((s) => other.subjects.includes(s))) return null;
    const relation = compareClaims(claim, other);
    if (relation === null) return null;
    return { uri: doc.uri, claim: other, relation, score: comparableScore(claim, other, context, doc, relation), reasons: ['same figures compared'] };
  });
}

/** Same-kind claims elsewhere whose figures differ from this claim's. */
export function conflictingClaims(index: CorpusIndex, uri: string, claim: IndexedClaim, limit = 10, search?: ClaimSearch): RelatedClaim[] {
  return comparableClaims(index, uri, claim, 200, search)
    .filter((r) => r.relation === 'differs')
    .slice(0, limit);
}
