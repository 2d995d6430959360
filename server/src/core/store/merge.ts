/**
 * Merging the local index's answers with the shared archive's. Local and open documents win: an
 * archive document is left out of an answer when the analyst has a copy of it (the same archive
 * path, or the same content hash) — the local copy, possibly edited, is the one shown. Totals
 * subtract the local copies the archive also counts.
 */
import { Claim } from '../claims/model';
import { Relation, compareClaims } from '../corpus/relatedClaims';
import { CrossReferenceAnswer, GroupTotals, RankedPassage, StoredClaim, StoredDocumentRef, StoredLocation, SymbolCandidate } from './corpusStore';

/** The analyst's documents as the archive would know them. */
export interface LocalCopies {
  /** Archive paths of local documents (relative to their folder, or `source-lens-archive:` documents opened). */
  paths: ReadonlySet<string>;
  hashes: ReadonlySet<string>;
}

export const NO_LOCAL_COPIES: LocalCopies = { paths: new Set(), hashes: new Set() };

/** Whether an archive document has a local copy (which then answers instead). */
export function isShadowed(ref: StoredDocumentRef, local: LocalCopies): boolean {
  return (ref.archivePath !== null && local.paths.has(ref.archivePath)) || (ref.contentHash !== null && local.hashes.has(ref.contentHash));
}

/**
 * Passages of both stores, best first (local first on equal scores), one per document, at most
 * `limit`. `overlap`: local documents mentioning the group that the archive also holds.
 */
export function mergeCrossReferences(local: CrossReferenceAnswer, remote: CrossReferenceAnswer | null, copies: LocalCopies, limit: number, overlap: number): CrossReferenceAnswer {
  if (!remote) return { passages: local.passages.slice(0, limit), totalDocuments: local.totalDocuments };
  const tagged: { passage: RankedPassage; local: boolean }[] = [...local.passages.map((passage) => ({ passage, local: true })), ...remote.passages.filter((p) => !isShadowed(p, copies)).map((passage) => ({ passage, local: false }))];
  tagged.sort((a, b) => b.passage.score - a.passage.score || Number(b.local) - Number(a.local));
  const seen = new Set<string>();
  const passages: RankedPassage[] = [];
  for (const { passage } of tagged) {
    if (seen.has(passage.uri)) continue;
    seen.add(passage.uri);
    passages.push(passage);
    if (passages.length >= limit) break;
  }
  return { passages, totalDocuments: local.totalDocuments + Math.max(0, remote.totalDocuments - overlap) };
}

/** Totals of both stores; `overlap` gives, per group, what the local copies the archive holds count locally. */
export function mergeTotals(local: ReadonlyMap<string, GroupTotals>, remote: ReadonlyMap<string, GroupTotals> | null, overlap: (groupId: string) => GroupTotals): Map<string, GroupTotals> {
  const out = new Map(local);
  if (!remote) return out;
  for (const [groupId, r] of remote) {
    const l = local.get(groupId) ?? { mentions: 0, documents: 0 };
    const o = overlap(groupId);
    out.set(groupId, { mentions: l.mentions + Math.max(0, r.mentions - o.mentions), documents: l.documents + Math.max(0, r.documents - o.documents) });
  }
  return out;
}

/** Local locations, then the archive's not shadowed by a local copy, at most `cap`. */
export function mergeLocations<T extends StoredLocation | SymbolCandidate>(local: readonly T[], remote: readonly T[], copies: LocalCopies, cap: number): T[] {
  const out = local.slice(0, cap);
  for (const r of remote) {
    if (out.length >= cap) break;
    if (!isShadowed(r, copies)) out.push(r);
  }
  return out;
}

/**
 * How related an archive claim is to `claim` (higher first): a shared subject, the same kind,
 * comparable figures, the same date. The archive stores no passage terms, so this is a simpler
 * ranking than the local one (which also weighs similar passages, incidents and speakers).
 */
export function archiveClaimScore(claim: Claim, other: Claim, relation: Relation): number {
  const sharedSubjects = claim.subjects.filter((s) => other.subjects.includes(s)).length;
  let s = 0;
  if (sharedSubjects) s += 8 + sharedSubjects;
  if (other.kind === claim.kind) s += 6;
  if (relation) s += 3;
  if (claim.date && other.date && claim.date === other.date) s += 1;
  return s;
}

/**
 * Whether an archive claim relates to `claim`, and how their figures compare; undefined when
 * unrelated. Unrelated kinds need a shared subject; a claim without subjects relates only to
 * same-kind claims with comparable figures.
 */
export function archiveRelation(claim: Claim, other: Claim): Relation | undefined {
  const hasSubjects = claim.subjects.length > 0;
  if (hasSubjects ? !claim.subjects.some((s) => other.subjects.includes(s)) : other.kind !== claim.kind) return undefined;
  // Archive claims carry their own resolved date (no document date): two tolls a month apart or more are two incidents.
  const relation = compareClaims(claim, other, { a: claim.isoDate ?? null, b: other.isoDate ?? null });
  if (!hasSubjects && relation === null) return undefined;
  return relation;
}

export interface RankedClaim extends StoredClaim {
  relation: Relation;
  score: number;
}

/** Archive claims related to `claim`, best first, at most `limit`; shadowed and same-document claims left out. */
export function rankArchiveClaims(claim: Claim, contextArchivePath: string | null, candidates: readonly StoredClaim[], copies: LocalCopies, limit: number): RankedClaim[] {
  const out: RankedClaim[] = [];
  for (const c of candidates) {
    if (isShadowed(c, copies) || (contextArchivePath !== null && c.archivePath === contextArchivePath)) continue;
    const relation = archiveRelation(claim, c.claim);
    if (relation === undefined) continue;
    out.push({ ...c, relation, score: archiveClaimScore(claim, c.claim, relation) });
  }
  out.sort((a, b) => b.score - a.score || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.claim.start - b.claim.start));
  return out.slice(0, limit);
}
