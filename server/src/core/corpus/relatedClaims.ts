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
 * same groups) with comparable figures, casualty tolls only for the same incident; relations between
 * the same two groups, one asserted and the other denied (or agreeing). Conflict
 * diagnostics and the `disputed` token modifier depend on it.
 *
 * Work is bounded by the search's postings budget and the capped candidate documents (ranked by the
 * index's precomputed scores); the best are kept as they come; no text is read. Of the candidate
 * documents' claims, those whose keys (`claimKeys.ts`: kind, figures, speaker, subjects, places)
 * rule out every tie but a similar passage, and that are not among the search's hits, are passed
 * over without being scored: they would score nothing; a document whose summary rules out all of
 * its claims is passed over whole.
 */
import { Claim } from '../claims/model';
import { sameEvent } from '../claims/extract';
import { compareFigures, isToll } from '../claims/agreement';
import { compareRelations } from '../claims/relations';
import { ClaimKeys, FIRST_RECORD, documentMayCompare, documentMayRelate, mayCompare, mayRelate, nextRecord } from './claimKeys';
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

/**
 * Two claims compared: relations by what they assert or deny about the same two groups; figures
 * for the rest, strength always, casualty tolls only for the same incident.
 */
export function compareClaims(a: Claim, b: Claim, dates?: { a: string | null; b: string | null }): Relation {
  if (a.relation || b.relation) return a.relation && b.relation ? compareRelations(a.relation, b.relation) : null;
  if (a.figures.length === 0 || b.figures.length === 0) return null;
  const same = sameIncident(a, b, dates);
  const pick = (c: Claim) => c.figures.filter((f) => !isToll(f.measure) || same);
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
  const ranked = (g: string) => index.topDocuments(g, uri, MAX_DOCUMENTS, { withClaimsOnly: claim.subjects.length > 0, staticOnly: true }).documents;
  // One group (the usual claim): its ranked documents are distinct already.
  if (groups.length === 1) return ranked(groups[0]).filter((doc) => doc.claimCount > 0);
  const seen = new Set<IndexedDocument>();
  for (const g of groups) {
    for (const doc of ranked(g)) {
      if (doc.claimCount === 0) continue;
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

/** Whether `a` ranks before `b`: higher score, then uri, then position. */
function before(a: RelatedClaim, b: RelatedClaim): boolean {
  return ranksBefore(a.score, a.uri, a.claim.start, b);
}

/** Whether a claim at `start` of `uri` scoring `score` ranks before `b` (as `before`, without the object). */
function ranksBefore(score: number, uri: string, start: number, b: RelatedClaim): boolean {
  return score > b.score || (score === b.score && (uri < b.uri || (uri === b.uri && start < b.claim.start)));
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

/** Tolls dated further apart than this (after the dates' own precision) are of different incidents. */
const INCIDENT_MAX_DAYS = 31;

/**
 * Two tolls of one incident: the same place and target words (`sameEvent`), and, when both are
 * dated (the claim's own date, else its document's), no more than a month apart: a mosque bombing
 * in Peshawar and another, a year later, whose wounded were taken to Peshawar are two incidents.
 */
export function sameIncident(a: Claim, b: Claim, dates?: { a: string | null; b: string | null }): boolean {
  return sameEvent(a, b) && (!dates || withinIncidentDays(dates.a, dates.b));
}

/** Whether two dates (either unknown) allow one incident. */
function withinIncidentDays(a: string | null, b: string | null): boolean {
  const apart = daysApart(a, b);
  return apart === null || apart <= INCIDENT_MAX_DAYS;
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

/**
 * The features of a candidate, written into `f`; false when nothing beyond a shared group can tie
 * it (cheap checks first: most candidates of a frequent group stop here). `speaker` is the claim's
 * speaker key.
 */
function features(claim: IndexedClaim, doc: IndexedDocument | undefined, speaker: string | null, other: IndexedClaim, otherDoc: IndexedDocument, similarity: number, f: Features): boolean {
  const sameKind = claim.kind === other.kind;
  let sharedSubjects = 0;
  for (const s of claim.subjects) if (other.subjects.includes(s)) sharedSubjects++;
  // Figures compared, or two relations between the same groups (asserted or denied).
  const dateA = dateOf(claim, doc);
  const dateB = dateOf(other, otherDoc);
  const relation = sameKind && (claim.relation ? !!other.relation : claim.figures.length > 0 && other.figures.length > 0) ? compareClaims(claim, other, { a: dateA, b: dateB }) : null;
  const comparable = relation !== null && (sharedSubjects > 0 || claim.subjects.length === 0);
  // sameIncident, without an object per candidate (most have no event in common).
  const incident = sameEvent(claim, other) && withinIncidentDays(dateA, dateB);
  const speaks = !!speaker && speaker === speakerKey(otherDoc, other);
  const sameSpeaker = speaks && sharedSubjects > 0;
  if (similarity < SIMILAR_PASSAGE && !incident && !comparable && !sameSpeaker) return false;
  let places = 0;
  if (claim.event && other.event) for (const w of claim.event) if (other.event.includes(w)) places++;
  f.similarity = similarity;
  f.incident = incident;
  f.places = places;
  f.days = daysApart(dateA, dateB);
  f.speaker = speaks;
  f.sharedSubjects = sharedSubjects;
  f.sameKind = sameKind;
  // Figures measuring the same thing about the same group: two estimates of one quantity.
  f.comparable = comparable;
  f.relation = relation;
  return true;
}

/** The score of a candidate's features, and whether they make it related at all (else -1). */
function scoreOf(f: Features): number {
  let score = 5 * f.similarity;
  if (f.incident) score += 3;
  else if (f.places) score += 0.5 * Math.min(f.places, 2);
  if (f.comparable) score += 3;
  if (f.speaker) score += 2;
  if (f.days !== null) score += f.days <= 3 ? 1 : f.days <= 31 ? 0.5 : 0;
  if (f.sharedSubjects) score += 1;
  if (f.sameKind) score += 1;
  const related = f.similarity >= SIMILAR_PASSAGE || f.incident || f.comparable || (f.speaker && f.sharedSubjects > 0);
  return related && score >= THRESHOLD ? score : -1;
}

/** What ties a candidate to the claim, strongest first. */
function reasonsOf(f: Features): string[] {
  const reasons: string[] = [];
  if (f.similarity >= SIMILAR_PASSAGE) reasons.push('similar passage');
  if (f.incident) reasons.push('same incident');
  else if (f.places) reasons.push('same place');
  if (f.comparable) reasons.push('same figures compared');
  if (f.speaker) reasons.push('same speaker');
  if (f.days !== null && f.days <= 3) reasons.push('same days');
  return reasons;
}

/**
 * Which claims of the candidate documents `collect` visits: those whose keys `admits` does not rule
 * out (the claims for which `visit` could return something), and `always` (the search's hits).
 */
interface Admission {
  keys: ClaimKeys;
  /** Whether any claim of a document may be admitted (its records' summary). */
  admitsSome: (records: Int32Array) => boolean;
  admits: (records: Int32Array, at: number) => boolean;
  always: ReadonlyMap<IndexedClaim, unknown> | null;
}

/**
 * Runs `visit` on every claim of the capped candidate documents (but those `admission` rules out,
 * for which it would return null), then on the search hits in other documents, and keeps the best
 * `limit` of what it returns as they come (bounded work, no sort of all candidates).
 */
function collect(
  index: CorpusIndex,
  uri: string,
  claim: IndexedClaim,
  hits: readonly ClaimHit[],
  limit: number,
  visit: (doc: IndexedDocument, other: IndexedClaim, worst: RelatedClaim | null) => RelatedClaim | null,
  admission: Admission | null = null,
): RelatedClaim[] {
  const top: RelatedClaim[] = [];
  if (limit <= 0) return top;
  const keep = (doc: IndexedDocument, other: IndexedClaim) => {
    const candidate = visit(doc, other, top.length === limit ? top[top.length - 1] : null);
    if (!candidate || (top.length === limit && !before(candidate, top[top.length - 1]))) return;
    let i = top.length;
    while (i > 0 && before(candidate, top[i - 1])) i--;
    top.splice(i, 0, candidate);
    if (top.length > limit) top.pop();
  };
  // The hits' documents, and those of them visited as candidates (the rest are visited after).
  const hitDocs = hits.length ? new Set(hits.map((h) => h.doc)) : null;
  const visited = new Set<IndexedDocument>();
  for (const doc of candidates(index, uri, claim, index.get(uri))) {
    if (hitDocs?.has(doc)) visited.add(doc);
    const records = admission?.keys.of(doc);
    if (!admission || !records) {
      for (const other of doc.claims) keep(doc, other);
      continue;
    }
    const always = admission.always && hitDocs?.has(doc) ? admission.always : null;
    if (always === null && !admission.admitsSome(records)) continue;
    // Only the admitted claims are made into objects (the index keeps claims as columns); a search
    // hit is one already made and held.
    for (let i = 0, n = doc.claimCount, at = FIRST_RECORD; i < n; i++, at = nextRecord(records, at)) {
      if (admission.admits(records, at)) keep(doc, doc.claimAt(i));
      else if (always !== null) {
        const made = doc.claimColumns.madeAt(i);
        if (made !== undefined && always.has(made)) keep(doc, made);
      }
    }
  }
  for (const hit of hits) if (!visited.has(hit.doc) && index.get(hit.doc.uri) === hit.doc) keep(hit.doc, hit.claim);
  return top;
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
  const speaker = doc ? speakerKey(doc, claim) : (claim.speaker?.person ?? null);
  const keys = search?.keys;
  const probe = keys?.probe(claim, speaker);
  const admission = keys && probe ? { keys, admitsSome: (records: Int32Array) => documentMayRelate(records, probe), admits: (records: Int32Array, at: number) => mayRelate(records, at, probe), always: similarity } : null;
  return collect(index, uri, claim, hits, limit, (otherDoc, other, worst) => assessRelated(claim, doc, other, otherDoc, similarity.get(other) ?? 0, speaker, worst), admission);
}

/** Features of the candidate being assessed (one at a time: nothing is allocated for those left out). */
const scratch: Features = { similarity: 0, incident: false, places: 0, days: null, speaker: false, sharedSubjects: 0, sameKind: false, comparable: false, relation: null };

/**
 * Whether `other` (in `otherDoc`) is related to `claim` (in `doc`), given how similar their
 * passages are (0..1, from the claim search): the scored relation, or null. With `worst` (the last
 * of the best kept so far, when they are full) a candidate that would not rank before it is null
 * too, before anything is made for it.
 */
export function assessRelated(
  claim: IndexedClaim,
  doc: IndexedDocument | undefined,
  other: IndexedClaim,
  otherDoc: IndexedDocument,
  similarity: number,
  speaker: string | null = doc ? speakerKey(doc, claim) : (claim.speaker?.person ?? null),
  worst: RelatedClaim | null = null,
): RelatedClaim | null {
  if (!features(claim, doc, speaker, other, otherDoc, similarity, scratch)) return null;
  const score = scoreOf(scratch);
  if (score < 0) return null;
  if (worst && !ranksBefore(score, otherDoc.uri, other.start, worst)) return null;
  return { uri: otherDoc.uri, claim: other, relation: scratch.relation, score, reasons: reasonsOf(scratch) };
}

/** Ranking of comparable claims: shared subjects, the same date, documents about the same groups. */
function comparableScore(claim: IndexedClaim, other: IndexedClaim, context: IndexedDocument | undefined, doc: IndexedDocument, relation: Relation): number {
  const sharedSubjects = claim.subjects.filter((s) => other.subjects.includes(s)).length;
  let s = 0;
  if (sharedSubjects) s += 8 + sharedSubjects;
  if (relation) s += 3;
  if (claim.date && other.date && claim.date === other.date) s += 1;
  return s + (context ? sharedGroups(context, doc) * 0.25 : 0);
}

/**
 * Same-kind claims in other documents whose figures can be compared with this claim's (about the
 * same group; without subjects, in documents about the same groups), best first, at most `limit`.
 * For a claim about no named group (an unclaimed bombing's toll), the claims whose passages are
 * most similar (`search`) are candidates too, so two tolls of one incident are compared wherever
 * they are.
 */
export function comparableClaims(index: CorpusIndex, uri: string, claim: IndexedClaim, limit = 20, search?: ClaimSearch): RelatedClaim[] {
  if (!claim.figures.length && !claim.relation) return [];
  const context = index.get(uri);
  const hits = !claim.subjects.length && search ? search.similar(uri, claim, SEARCH_CANDIDATES) : [];
  const keys = search?.keys;
  const probe = keys?.probe(claim, null);
  const admission = keys && probe ? { keys, admitsSome: (records: Int32Array) => documentMayCompare(records, probe), admits: (records: Int32Array, at: number) => mayCompare(records, at, probe), always: null } : null;
  return collect(index, uri, claim, hits, limit, (doc, other) => {
    if (other.kind !== claim.kind || (claim.relation ? !other.relation : !other.figures.length)) return null;
    if (claim.subjects.length && !claim.subjects.some((s) => other.subjects.includes(s))) return null;
    const relation = compareClaims(claim, other, { a: dateOf(claim, context), b: dateOf(other, doc) });
    if (relation === null) return null;
    return { uri: doc.uri, claim: other, relation, score: comparableScore(claim, other, context, doc, relation), reasons: [claim.relation ? 'same groups related' : 'same figures compared'] };
  }, admission);
}

/** Same-kind claims elsewhere that contradict this one: differing figures, or a relation asserted here and denied there (or the reverse). */
export function conflictingClaims(index: CorpusIndex, uri: string, claim: IndexedClaim, limit = 10, search?: ClaimSearch): RelatedClaim[] {
  return comparableClaims(index, uri, claim, 200, search)
    .filter((r) => r.relation === 'differs')
    .slice(0, limit);
}
