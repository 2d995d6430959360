/**
 * Answers from the local index merged with the team's shared archive (when one is configured):
 * the features ask here instead of the index alone. Local and open documents win over their
 * archive copies; the archive's part is bounded (top k, first page) and dropped, with a note, when
 * the database is unreachable or slow. Without a shared index these are the local answers.
 */
import { figureSummary } from '../core/claims/agreement';
import type { Relation as GroupRelation } from '../core/claims/model';
import { IndexedClaim } from '../core/corpus/corpusIndex';
import type { PersonSummary } from '../core/corpus/peopleIndex';
import { Relation, relatedClaims } from '../core/corpus/relatedClaims';
import { archivePathOf, docKeyOf } from '../core/store/archive';
import { CrossReferenceAnswer, GroupTotals, StoredDocumentRef, StoredLocation, SymbolCandidate } from '../core/store/corpusStore';
import { LocalStore } from '../core/store/localStore';
import { LocalCopies, NO_LOCAL_COPIES, RankedClaim, isShadowed, mergeCrossReferences, mergeLocations, mergeTotals, rankArchiveClaims } from '../core/store/merge';
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

/**
 * Local answers kept until the index changes (`CorpusIndex.derived`): a hover asked again on the
 * same mention or claim, or on another mention of the same group in the same document, gets the
 * ranking and the passages' snippets already made. At most MAX_KEPT_ANSWERS of each kind.
 */
const KEPT_CROSS_REFERENCES = Symbol('kept local cross-references');
const KEPT_RELATED_CLAIMS = Symbol('kept local related claims');
const MAX_KEPT_ANSWERS = 256;

function keep<K, V>(answers: Map<K, V>, key: K, value: V): V {
  if (answers.size >= MAX_KEPT_ANSWERS) answers.delete(answers.keys().next().value!);
  answers.set(key, value);
  return value;
}

export async function mergedCrossReferences(context: FeatureContext, groupId: string, contextUri: string | null, limit: number): Promise<Merged<CrossReferenceAnswer>> {
  const { workspace, shared } = context;
  const contextGroups = contextUri ? [...(workspace.index.get(contextUri)?.groupCounts.keys() ?? [])] : [];
  const query = { groupId, contextUri, contextGroups, limit };
  const kept = workspace.index.derived(KEPT_CROSS_REFERENCES, () => new Map<string, CrossReferenceAnswer>());
  const key = `${groupId}\u0000${contextUri ?? ''}\u0000${limit}`;
  const local = kept.get(key) ?? keep(kept, key, await localStore(context).crossReferences(query));
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
export async function archiveSymbolCandidates(context: FeatureContext, groupIds: readonly string[], perGroup: number, total: number): Promise<Merged<SymbolCandidate[]>> {
  const { shared } = context;
  if (!shared?.active || groupIds.length === 0) return { value: [], note: null };
  const remote = await shared.ask((store) => store.symbolCandidates(groupIds, perGroup, total));
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
  /** A relation between groups the claim states (local claims only). */
  groupRelation: GroupRelation | null;
}

/** A related claim as shown, from its claim, relation, score and one-line text. */
function viewOf(uri: string, claim: IndexedClaim, relation: Relation, score: number, snippet: string): RelatedClaimView {
  return { uri, range: claim.range, kind: claim.kind, relation, figures: claim.figures.map(figureSummary), claimant: claim.claimant, snippet, score, groupRelation: claim.relation ?? null };
}

export async function mergedRelatedClaims(context: FeatureContext, uri: string, claim: IndexedClaim, limit: number): Promise<Merged<RelatedClaimView[]>> {
  const { workspace, shared } = context;
  const kept = workspace.index.derived(KEPT_RELATED_CLAIMS, () => new Map<IndexedClaim, { limit: number; views: RelatedClaimView[] }>());
  const known = kept.get(claim);
  const local =
    known?.limit === limit
      ? known.views
      : keep(kept, claim, { limit, views: relatedClaims(workspace.index, uri, claim, limit, workspace.claimSearch).map((r) => viewOf(r.uri, r.claim, r.relation, r.score, claimSnippet(context, r.uri, r.claim))) }).views;
  if (!shared?.active) return { value: local, note: null };
  const contextGroups = [...(workspace.index.get(uri)?.groupCounts.keys() ?? [])];
  const candidates = await shared.ask((store) => store.claimCandidates(claim, contextGroups, Math.max(100, limit * 10)));
  const contextPath = archivePathOf(uri) ?? SharedIndex.archivePathFor(uri, workspace.folders);
  const remote = rankArchiveClaims(claim, contextPath, candidates.value ?? [], copies(context), limit).map((r) => viewOf(r.uri, r.claim, r.relation, r.score, r.snippet));
  // The local ranking weighs passages the archive does not store: local claims first, then the archive's.
  const merged = [...local, ...remote.slice(0, Math.max(limit - local.length, Math.ceil(limit / 2)))].slice(0, Math.max(limit, local.length));
  return { value: merged, note: candidates.note };
}

// --- people -----------------------------------------------------------------------------------
// The archive keys people by the same document-level person id as the local index (`personIdOf`).
// The local index joins ids that are one person across the corpus (`people/corpusIdentity.ts`), so a
// person question asks the archive under each of the person's ids (`PeopleIndex.members`; one id for
// almost everyone) and adds the answers. Every person question passes the archive the keys of the
// analyst's documents naming that person: those are counted and shown from the local copy, never twice.

/** Asks the archive one question per id of a person, in one round. */
function eachId<T>(context: FeatureContext, personId: string, question: (id: string) => Promise<T>): Promise<T[]> {
  return Promise.all(context.workspace.people.members(personId).map(question));
}

/** Local documents of a person kept out of the archive's answers (its copies of them), at most this many. */
const MAX_EXCLUDED = 5000;

function excludedKeys(context: FeatureContext, personId: string, extraUri: string | null = null): string[] {
  const { workspace } = context;
  const keys = new Set<string>();
  const add = (uri: string) => {
    const p = SharedIndex.archivePathFor(uri, workspace.folders);
    if (p) keys.add(docKeyOf(p));
  };
  if (extraUri) add(extraUri);
  for (const uri of workspace.people.documentUris(personId)) {
    if (keys.size >= MAX_EXCLUDED) break;
    add(uri);
  }
  return [...keys];
}

/** A person as the hover and the People view show them: the local index's counts plus the archive's. */
export interface MergedPersonSummary extends PersonSummary {
  /** Whether the archive contributed (the person is named there outside the analyst's documents). */
  archive: boolean;
}

/** Counts a person has in the archive, beyond the analyst's own documents. */
type ArchiveCounts = Pick<PersonSummary, 'mentions' | 'documents' | 'statements' | 'statementDocuments'>;

/** A person's local summary (if any) with what the archive adds. */
function withArchive(context: FeatureContext, id: string, local: PersonSummary | undefined, archiveName: string, extra: ArchiveCounts): MergedPersonSummary {
  return {
    id,
    name: local?.name ?? archiveName,
    known: local?.known ?? context.workspace.people.knownPerson(id),
    knownBy: local?.knownBy ?? null,
    mentions: (local?.mentions ?? 0) + extra.mentions,
    documents: (local?.documents ?? 0) + extra.documents,
    statements: (local?.statements ?? 0) + extra.statements,
    statementDocuments: (local?.statementDocuments ?? 0) + extra.statementDocuments,
    archive: true,
  };
}

export async function mergedPersonSummary(context: FeatureContext, personId: string): Promise<Merged<MergedPersonSummary | null>> {
  const { workspace, shared } = context;
  const local = workspace.people.summary(personId);
  const base: MergedPersonSummary | null = local
    ? { ...local, archive: false }
    : null;
  if (!shared?.active) return { value: base, note: null };
  const excluded = excludedKeys(context, personId);
  const remote = await shared.ask(async (store) => {
    const found = (await eachId(context, personId, (id) => store.personSummary(id, excluded))).filter((r): r is NonNullable<typeof r> => r !== null);
    if (found.length <= 1) return found[0] ?? null;
    const sum = (f: (r: (typeof found)[number]) => number) => found.reduce((n, r) => n + f(r), 0);
    return { ...found[0], mentions: sum((r) => r.mentions), documents: sum((r) => r.documents), statements: sum((r) => r.statements), statementDocuments: sum((r) => r.statementDocuments) };
  });
  const r = remote.value;
  if (!r || r.documents <= 0) return { value: base, note: remote.note };
  return { value: withArchive(context, personId, local, r.name, r), note: remote.note };
}

/** A person's statement as the hover and the People view show it, local or from the archive. */
export interface PersonStatementView {
  uri: string;
  range: Range;
  kind: string;
  subjects: readonly string[];
  date: string | null;
  /** The statement's text on one line, at most `max` characters. */
  snippet(max: number): string;
}

const cutText = (text: string, max: number) => (text.length > max ? text.slice(0, max - 1) + '…' : text);

/**
 * A person's statements, newest first (undated last), from the local index and the archive,
 * merged and paged; `excludeUri` leaves the document being read out. Bounded: each store returns
 * at most `offset + limit`.
 */
export async function mergedPersonStatements(
  context: FeatureContext,
  personId: string,
  options: { groupId?: string | null; excludeUri?: string | null; aboutGroups?: boolean; offset: number; limit: number },
): Promise<Merged<{ items: PersonStatementView[]; total: number }>> {
  const { workspace, shared } = context;
  const wanted = options.offset + options.limit;
  const local = workspace.people.statementsOf(personId, { groupId: options.groupId, excludeUri: options.excludeUri, aboutGroups: options.aboutGroups, offset: 0, limit: wanted });
  const items: PersonStatementView[] = local.items.map((s) => ({
    uri: s.uri,
    range: s.claim.range,
    kind: s.claim.kind,
    subjects: s.claim.subjects,
    date: s.date,
    snippet: (max: number) => claimSnippet(context, s.uri, s.claim, max),
  }));
  let total = local.total;
  let note: string | null = null;
  if (shared?.active) {
    const excluded = excludedKeys(context, personId, options.excludeUri ?? null);
    const remote = await shared.ask(async (store) => {
      const pages = await eachId(context, personId, (id) => store.personStatements(id, excluded, { groupId: options.groupId, aboutGroups: options.aboutGroups, offset: 0, limit: wanted }));
      return pages.length === 1 ? pages[0] : { items: pages.flatMap((p) => p.items), total: pages.reduce((n, p) => n + p.total, 0) };
    });
    note = remote.note;
    if (remote.value) {
      const c = copies(context);
      total += remote.value.total;
      for (const s of remote.value.items) {
        if (isShadowed(s, c)) continue;
        items.push({ uri: s.uri, range: s.claim.range, kind: s.claim.kind, subjects: s.claim.subjects, date: s.saidOn ?? null, snippet: (max: number) => cutText(s.snippet, max) });
      }
    }
  }
  items.sort((a, b) => (a.date !== b.date ? ((a.date ?? '') > (b.date ?? '') ? -1 : 1) : a.uri !== b.uri ? (a.uri < b.uri ? -1 : 1) : a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character));
  return { value: { items: items.slice(options.offset, wanted), total }, note };
}

/** A person's statement counts per group (null: about no group), local and archive added. */
export async function mergedPersonGroups(context: FeatureContext, personId: string): Promise<Merged<{ groupId: string | null; statements: number }[]>> {
  const { workspace, shared } = context;
  const local = workspace.people.statementGroups(personId);
  if (!shared?.active) return { value: local, note: null };
  const excluded = excludedKeys(context, personId);
  const remote = await shared.ask(async (store) => (await eachId(context, personId, (id) => store.personGroups(id, excluded))).flat());
  const counts = new Map<string | null, number>(local.map((g) => [g.groupId, g.statements]));
  for (const g of remote.value ?? []) counts.set(g.groupId, (counts.get(g.groupId) ?? 0) + g.statements);
  const value = [...counts]
    .map(([groupId, statements]) => ({ groupId, statements }))
    .sort((a, b) => (a.groupId === null ? 1 : 0) - (b.groupId === null ? 1 : 0) || b.statements - a.statements || String(a.groupId).localeCompare(String(b.groupId)));
  return { value, note: remote.note };
}

export interface PersonDocumentView {
  uri: string;
  mentions: number;
  statements: number;
  range: Range | null;
}

/** Documents naming or quoting a person, local and archive, most mentions and statements first, at most `limit`. */
export async function mergedPersonDocuments(context: FeatureContext, personId: string, limit: number): Promise<Merged<PersonDocumentView[]>> {
  const { workspace, shared } = context;
  const { people } = workspace;
  const local: PersonDocumentView[] = people.documentsOf(personId, limit).map((d) => ({ ...d, range: people.mentionsIn(d.uri, personId)[0]?.range ?? null }));
  if (!shared?.active) return { value: local, note: null };
  const excluded = excludedKeys(context, personId);
  const remote = await shared.ask(async (store) => (await eachId(context, personId, (id) => store.personDocuments(id, excluded, limit))).flat());
  const c = copies(context);
  const all = [...local, ...(remote.value ?? []).filter((d) => !isShadowed(d, c)).map((d) => ({ uri: d.uri, mentions: d.mentions, statements: d.statements, range: d.range }))];
  all.sort((a, b) => b.mentions + b.statements - (a.mentions + a.statements) || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  return { value: all.slice(0, limit), note: remote.note };
}

/** Mentions of a person: the local ones (the context document's first), then the archive's first page; at most `cap` (0: every local one, one archive page). */
export async function mergedPersonReferences(context: FeatureContext, personId: string, contextUri: string | null, cap: number, remotePage: number): Promise<Merged<StoredLocation[]>> {
  const { workspace, shared } = context;
  const local = workspace.people.mentionsOf(personId, { contextUri, limit: cap }).map((l) => ({ uri: l.uri, range: l.range, archivePath: null, contentHash: null }));
  const limit = cap > 0 ? cap : Infinity;
  if (!shared?.active || local.length >= limit) return { value: local.slice(0, limit), note: null };
  const size = Math.max(1, Math.min(remotePage, limit - local.length));
  const excluded = excludedKeys(context, personId, contextUri);
  const remote = await shared.ask(async (store) => (await eachId(context, personId, (id) => store.personReferences(id, excluded, null, size))).flatMap((page) => page.locations).slice(0, size));
  return { value: mergeLocations(local, remote.value ?? [], copies(context), limit), note: remote.note };
}

/** Listed people whose listed name or an alias contains the filter (the archive knows them by id only). */
function listedIdsMatching(context: FeatureContext, needle: string): string[] {
  if (!needle) return [];
  const out: string[] = [];
  for (const p of context.workspace.knownPeople.people) {
    if ([p.name, ...p.aliases].some((n) => n.toLowerCase().includes(needle))) out.push(p.id);
    if (out.length >= 200) break;
  }
  return out;
}

/**
 * People by statements, then mentions, then name, from the local index and the archive, paged.
 * A person in both is counted once per document (the archive's copies of the analyst's documents
 * are subtracted). Each store is asked for its first `offset + limit`; the total adds the archive's
 * people the page did not show to be local ones as well, so it can count someone twice.
 */
export async function mergedPeopleTop(context: FeatureContext, filter: string, offset: number, limit: number): Promise<Merged<{ items: MergedPersonSummary[]; total: number }>> {
  const { workspace, shared } = context;
  const { people } = workspace;
  const wanted = offset + limit;
  const local = people.top({ filter, offset: 0, limit: wanted });
  const toMerged = (p: NonNullable<ReturnType<typeof people.summary>>): MergedPersonSummary => ({ ...p, archive: false });
  if (!shared?.active) return { value: { items: local.items.slice(offset).map(toMerged), total: local.total }, note: null };
  const needle = filter.trim().toLowerCase();
  const remote = await shared.ask(async (store) => {
    const top = await store.peopleTop(needle, listedIdsMatching(context, needle), 0, wanted);
    // What the archive counts in the analyst's own documents of the people both name (subtracted).
    const pairs: { personId: string; key: string }[] = [];
    for (const r of top.items) {
      if (!people.has(r.id)) continue;
      for (const key of excludedKeys(context, r.id)) pairs.push({ personId: r.id, key });
    }
    return { top, overlap: await store.peopleOverlap(pairs) };
  });
  if (!remote.value) return { value: { items: local.items.slice(offset).map(toMerged), total: local.total }, note: remote.note };
  const byId = new Map<string, MergedPersonSummary>(local.items.map((p) => [p.id, toMerged(p)]));
  let both = 0;
  for (const r of remote.value.top.items) {
    const o = remote.value.overlap.get(r.id);
    const extra = { mentions: r.mentions - (o?.mentions ?? 0), documents: r.documents - (o?.documents ?? 0), statements: r.statements - (o?.statements ?? 0), statementDocuments: r.statementDocuments - (o?.statementDocuments ?? 0) };
    const l = byId.get(r.id) ?? (people.has(r.id) ? toMerged(people.summary(r.id)!) : undefined);
    if (l) both++;
    if (extra.documents <= 0) {
      if (l) byId.set(r.id, l);
      continue;
    }
    byId.set(r.id, withArchive(context, r.id, l, r.name, extra));
  }
  const items = [...byId.values()].sort((a, b) => b.statements - a.statements || b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { value: { items: items.slice(offset, wanted), total: local.total + remote.value.top.total - both }, note: remote.note };
}

/** Relation claims of one document checked against the archive (each one bounded statement). */
const MAX_ARCHIVE_RELATION_CHECKS = 10;

/**
 * Relation claims of a document that archive documents contradict ("X has no ties to Y" here, "X
 * allied with Y" there, or the reverse): per claim, the contradicting archive claims (their copies
 * of the analyst's documents left out), at most `perClaim`. Empty without a shared index.
 */
export async function archiveRelationConflicts(context: FeatureContext, uri: string, claims: readonly IndexedClaim[], perClaim: number): Promise<Merged<Map<IndexedClaim, RankedClaim[]>>> {
  const { shared, workspace } = context;
  const out = new Map<IndexedClaim, RankedClaim[]>();
  const relations = claims.filter((c) => c.relation).slice(0, MAX_ARCHIVE_RELATION_CHECKS);
  if (!shared?.active || relations.length === 0) return { value: out, note: null };
  const contextPath = archivePathOf(uri) ?? SharedIndex.archivePathFor(uri, workspace.folders);
  const c = copies(context);
  const answer = await shared.ask(async (store) => {
    const found: [IndexedClaim, RankedClaim[]][] = [];
    for (const claim of relations) {
      const candidates = await store.claimCandidates(claim, [], Math.max(50, perClaim * 10));
      const differing = rankArchiveClaims(claim, contextPath, candidates.filter((x) => x.claim.relation), c, candidates.length).filter((r) => r.relation === 'differs');
      if (differing.length) found.push([claim, differing.slice(0, perClaim)]);
    }
    return found;
  });
  for (const [claim, list] of answer.value ?? []) out.set(claim, list);
  return { value: out, note: answer.note };
}
