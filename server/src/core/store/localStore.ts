/**
 * The analyst's own folders and open documents as a `CorpusStore`: a thin adapter over the
 * in-memory `CorpusIndex`'s public queries, so the features can ask the local index and the shared
 * archive the same questions and merge the answers.
 */
import { Claim } from '../claims/model';
import { CorpusIndex, SHARED_GROUP_WEIGHT, TextSource, staticScore } from '../corpus/corpusIndex';
import { groupNumbers } from '../corpus/stringTable';
import { claimSnippetOf, findCrossReferences } from '../corpus/crossReferences';
import {
  ClaimTotals,
  CorpusStore,
  CrossReferenceAnswer,
  CrossReferenceQuery,
  GroupDocumentsEntry,
  GroupOverviewRow,
  GroupTotals,
  ReferencePage,
  StoredClaim,
  StoredDocumentRef,
  SymbolCandidate,
} from './corpusStore';

export class LocalStore implements CorpusStore {
  constructor(
    private readonly index: CorpusIndex,
    private readonly source: TextSource,
    /** The archive path and content hash a local document would have (if known). */
    private readonly refOf: (uri: string) => StoredDocumentRef = (uri) => ({ uri, archivePath: null, contentHash: null }),
  ) {}

  async groupTotals(groupIds: readonly string[]): Promise<Map<string, GroupTotals>> {
    const out = new Map<string, GroupTotals>();
    for (const id of groupIds) {
      const stats = this.index.stats(id);
      if (stats.mentions > 0) out.set(id, stats);
    }
    return out;
  }

  async crossReferences(query: CrossReferenceQuery): Promise<CrossReferenceAnswer> {
    const refs = findCrossReferences(this.index, this.source, query.groupId, query.contextUri, query.limit);
    const context = query.contextGroups.filter((g) => g !== query.groupId).map((g) => groupNumbers.find(g));
    const group = groupNumbers.find(query.groupId);
    const passages = refs.passages.map((p) => {
      const doc = this.index.get(p.uri);
      let score = 0;
      if (doc) {
        const slot = doc.groupSlot(group);
        let shared = 0;
        for (const g of context) if (doc.groupSlot(g) >= 0) shared++;
        score = shared * SHARED_GROUP_WEIGHT + (slot < 0 ? 0 : staticScore(doc.mentionsOfGroupAt(slot), doc.claimsAboutGroupAt(slot)));
      }
      return { ...this.refOf(p.uri), ...p, score };
    });
    return { passages, totalDocuments: refs.totalDocuments };
  }

  async references(groupId: string, cursor: string | null, limit: number): Promise<ReferencePage> {
    const skip = cursor ? Number(cursor) || 0 : 0;
    const locations = [];
    let i = 0;
    for (const { uri, mention } of this.index.mentionsOf(groupId)) {
      if (i++ < skip) continue;
      if (locations.length >= limit) return { locations, next: String(skip + locations.length) };
      locations.push({ ...this.refOf(uri), range: mention.range });
    }
    return { locations, next: null };
  }

  async symbolCandidates(groupIds: readonly string[], perGroup: number): Promise<SymbolCandidate[]> {
    const out: SymbolCandidate[] = [];
    for (const groupId of groupIds) {
      const g = groupNumbers.find(groupId);
      for (const doc of this.index.topDocuments(groupId, null, perGroup, { byMentions: true }).documents) {
        const i = doc.firstMentionOf(g);
        if (i >= 0) out.push({ ...this.refOf(doc.uri), groupId, range: doc.mention(i).range, mentions: doc.countOf(groupId) });
      }
    }
    return out;
  }

  async claimCandidates(claim: Claim, contextGroups: readonly string[], limit: number): Promise<StoredClaim[]> {
    const groups = claim.subjects.length ? claim.subjects : contextGroups;
    const out: StoredClaim[] = [];
    for (const g of groups) {
      for (const uri of this.index.documentsMentioning(g)) {
        for (const c of this.index.get(uri)?.claims ?? []) {
          if (out.length >= limit) return out;
          if (c.subjects.includes(g) || c.kind === claim.kind) out.push(this.stored(uri, c));
        }
      }
    }
    return out;
  }

  private stored(uri: string, claim: StoredClaim['claim']): StoredClaim {
    const text = this.source.read(uri);
    return { ...this.refOf(uri), claim, snippet: text === undefined ? '' : claimSnippetOf(text, claim) };
  }

  async groupsOverview(limit: number): Promise<GroupOverviewRow[]> {
    const rows: GroupOverviewRow[] = [];
    const claims = (await this.claimTotals()).groups;
    for (const groupId of this.index.mentionedGroups()) rows.push({ groupId, name: null, ...this.index.stats(groupId), claims: claims.get(groupId) ?? 0 });
    return rows.sort((a, b) => b.mentions - a.mentions || (a.groupId < b.groupId ? -1 : 1)).slice(0, limit);
  }

  async groupDocuments(groupId: string, limit: number): Promise<GroupDocumentsEntry[]> {
    return this.index
      .topDocuments(groupId, null, limit, { byMentions: true })
      .documents.map((doc) => ({ ...this.refOf(doc.uri), mentions: doc.mentionsOfGroup(groupId).map((m) => ({ range: m.range, alias: m.alias })) }));
  }

  async claimTotals(): Promise<ClaimTotals> {
    const out: ClaimTotals = { kinds: new Map(), groups: new Map() };
    for (const doc of this.index.documents()) {
      for (const c of doc.claims) {
        out.kinds.set(c.kind, (out.kinds.get(c.kind) ?? 0) + 1);
        for (const s of c.subjects) out.groups.set(s, (out.groups.get(s) ?? 0) + 1);
      }
    }
    return out;
  }

  async claimsIn(filter: { kind?: string; groupId?: string }, limit: number): Promise<StoredClaim[]> {
    const { index } = this;
    const docs = (filter.groupId ? [...index.documentsMentioning(filter.groupId)].map((u) => index.get(u)!) : [...index.documents()]).filter(Boolean).sort((a, b) => (a.uri < b.uri ? -1 : 1));
    const out: StoredClaim[] = [];
    for (const doc of docs) {
      for (const claim of doc.claims) {
        if (filter.kind && claim.kind !== filter.kind) continue;
        if (filter.groupId && !claim.subjects.includes(filter.groupId)) continue;
        out.push(this.stored(doc.uri, claim));
        if (out.length >= limit) return out;
      }
    }
    return out;
  }

  async documentText(uri: string): Promise<string | null> {
    return this.source.read(uri) ?? null;
  }
}
