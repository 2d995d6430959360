/**
 * Answers from the local index merged with the team's shared archive (when one is configured):
 * the features ask here instead of the index alone. Local and open documents win over their
 * archive copies; the archive's part is bounded (top k, first page) and dropped, with a note, when
 * the database is unreachable or slow. Without a shared index these are the local answers.
 */
import { figureSummary } from '../core/claims/agreement';
import { IndexedClaim } from '../core/corpus/corpusIndex';
import { Relation, relatedClaims } from '../core/corpus/relatedClaims';
import { archivePathOf } from '../core/store/archive';
import { CrossReferenceAnswer, GroupTotals, StoredDocumentRef, StoredLocation, SymbolCandidate } from '../core/store/corpusStore';
import { LocalStore } from '../core/store/localStore';
import { LocalCopies, NO_LOCAL_COPIES, isShadowed, mergeCrossReferences, mergeLocations, mergeTotals, rankArchiveClaims } from '../core/store/merge';
import { SharedIndex } from '../sharedIndex';
import { Range } from '../core/text/positions';
import { FeatureContext } from './context';
import { claimSnippet } from './claimHover';

export interface Merged<T> {
  value: T;
  /** Set when the archive's part is missing (too slow, unreachable). */
  note: string | null;
}

function refOf(context: FeatureContext): (uri: string) => StoredDocumentRef {
  const { workspace } = context;
  return (uri) => ({ uri, archivePath: SharedIndex.archivePathFor(uri, workspace.folders), contentHash: workspace.contentHashes.get(uri) ?? null });
}

export function localStore(context: FeatureContext): LocalStore {
  return new LocalStore(context.workspace.index, context.workspace, refOf(context));
}

function copies(context: FeatureContext): LocalCopies {
  const { shared, workspace } = context;
  return shared?.active ? shared.localCopies(workspace.index, workspace.folders, workspace.contentHashes) : NO_LOCAL_COPIES;
}

export async function mergedTotals(context: FeatureContext, groupIds: readonly string[]): Promise<Merged<Map<string, GroupTotals>>> {
  const local = await localStore(context).groupTotals(groupIds);
  const { shared, workspace } = context;
  if (!shared?.active) return { value: local, note: null };
  const remote = await shared.ask((store) => store.groupTotals(groupIds));
  return { value: mergeTotals(local, remote.value, (g) => shared.overlap(workspace.index, g)), note: remote.note };
}

export async function mergedCrossReferences(context: FeatureContext, groupId: string, contextUri: string | null, limit: number): Promise<Merged<CrossReferenceAnswer>> {
  const { workspace, shared } = context;
  const contextGroups = contextUri ? [...(workspace.index.get(contextUri)?.groupCounts.keys() ?? [])] : [];
  const query = { groupId, contextUri, contextGroups, limit };
  const local = await localStore(context).crossReferences(query);
  if (!shared?.active || limit === 0) return { value: mergeCrossReferences(local, null, NO_LOCAL_COPIES, limit, 0), note: null };
  const remote = await shared.ask((store) => store.crossReferences(query));
  const overlap = shared.overlap(workspace.index, groupId).documents;
  return { value: mergeCrossReferences(local, remote.value, copies(context), limit, overlap), note: remote.note };
}

/** Locations of a group's mentions: the context document's, the local corpus's, then the archive's first page; at most `cap` (0 = local all, archive one page). */
export async function mergedReferences(context: FeatureContext, groupId: string, local: StoredLocation[], cap: number, remotePage: number): Promise<Merged<StoredLocation[]>> {
  const { shared } = context;
  const limit = cap > 0 ? cap : Infinity;
  if (!shared?.active || local.length >= limit) return { value: local.slice(0, limit), note: null };
  const size = Math.max(1, Math.min(remotePage, limit - local.length));
  const remote = await shared.ask((store) => store.references(groupId, null, size));
  return { value: mergeLocations(local, remote.value?.locations ?? [], copies(context), limit), note: remote.note };
}

/** For each group, the shared archive's documents with most mentions (archive copies of local documents left out). */
export async function archiveSymbolCandidates(context: FeatureContext, groupIds: readonly string[], perGroup: number): Promise<Merged<SymbolCandidate[]>> {
  const { shared } = context;
  if (!shared?.active || groupIds.length === 0) return { value: [], note: null };
  const remote = await shared.ask((store) => store.symbolCandidates(groupIds, perGroup));
  const c = copies(context);
  return { value: (remote.value ?? []).filter((s) => !isShadowed(s, c)), note: remote.note };
}

/** A related claim, local or from the archive, as hovers and lists show it. */
export interface RelatedClaimView {
  uri: string;
  range: Range;
  kind: string;
  relation: Relation;
  figures: string[];
  claimant: string | null;
  snippet: string;
  score: number;
}

/** A related claim as shown, from its claim, relation, score and one-line text. */
function viewOf(uri: string, claim: IndexedClaim, relation: Relation, score: number, snippet: string): RelatedClaimView {
  return { uri, range: claim.range, kind: claim.kind, relation, figures: claim.figures.map(figureSummary), claimant: claim.claimant, snippet, score };
}

export async function mergedRelatedClaims(context: FeatureContext, uri: string, claim: IndexedClaim, limit: number): Promise<Merged<RelatedClaimView[]>> {
  const { workspace, shared } = context;
  const local = relatedClaims(workspace.index, uri, claim, limit, workspace.claimSearch).map((r) => viewOf(r.uri, r.claim, r.relation, r.score, claimSnippet(context, r.uri, r.claim)));
  if (!shared?.active) return { value: local, note: null };
  const contextGroups = [...(workspace.index.get(uri)?.groupCounts.keys() ?? [])];
  const candidates = await shared.ask((store) => store.claimCandidates(claim, contextGroups, Math.max(100, limit * 10)));
  const contextPath = archivePathOf(uri) ?? SharedIndex.archivePathFor(uri, workspace.folders);
  const remote = rankArchiveClaims(claim, contextPath, candidates.value ?? [], copies(context), limit).map((r) => viewOf(r.uri, r.claim, r.relation, r.score, r.snippet));
  // The local ranking weighs passages the archive does not store: local claims first, then the archive's.
  const merged = [...local, ...remote.slice(0, Math.max(limit - local.length, Math.ceil(limit / 2)))].slice(0, Math.max(limit, local.length));
  return { value: merged, note: candidates.note };
}
