/**
 * Data for the client's Claims view: claims grouped by kind and by group, each marked as agreeing
 * or differing with related claims elsewhere. Lists are capped; relations are computed only for
 * the claims of the category being opened.
 */
import { comparableClaims } from '../core/corpus/relatedClaims';
import { figureSummary } from '../core/claims/agreement';
import { ClaimCategories, ClaimListItem, QUIET_STATEMENTS } from '../protocol';
import { ClaimKind, isQuietStatement } from '../core/claims/model';
import { FeatureContext } from './context';
import { claimSnippet } from './claimHover';
import { displayName } from './markdown';
import { isShadowed } from '../core/store/merge';

const MAX_ITEMS = 300;

/**
 * The view's category of a claim: its kind, except statements about no group, which get a
 * section of their own so they never crowd the statements about groups.
 */
function categoryOf(claim: Pick<ClaimListItem, 'kind'> & { subjects: readonly string[] }): string {
  return isQuietStatement(claim as { kind: ClaimKind; subjects: string[] }) ? QUIET_STATEMENTS : claim.kind;
}

/** Claims per kind and per group, of the corpus and (when configured) the shared archive. */
export async function claimCategories(context: FeatureContext): Promise<ClaimCategories> {
  const kinds = new Map<string, number>();
  const groups = new Map<string, number>();
  for (const doc of context.workspace.index.documents()) {
    for (const c of doc.claims) {
      const kind = categoryOf(c);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      for (const s of c.subjects) groups.set(s, (groups.get(s) ?? 0) + 1);
    }
  }
  if (context.shared?.active) {
    // Archive totals are added as they are: local copies of archive documents count twice here.
    const remote = (await context.shared.ask((store) => store.claimTotals())).value;
    for (const [kind, n] of remote?.kinds ?? []) kinds.set(kind, (kinds.get(kind) ?? 0) + n);
    for (const [groupId, n] of remote?.groups ?? []) groups.set(groupId, (groups.get(groupId) ?? 0) + n);
  }
  return {
    // Statements about no group come last, whatever their number.
    kinds: [...kinds].map(([kind, count]) => ({ kind, count })).sort((a, b) => Number(a.kind === QUIET_STATEMENTS) - Number(b.kind === QUIET_STATEMENTS) || b.count - a.count),
    groups: [...groups]
      .map(([groupId, count]) => ({ groupId, name: context.workspace.matcher.group(groupId)?.name ?? groupId, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
}

/** Claims of one kind or about one group: the corpus's (with their agreement with other sources), then the shared archive's. */
export async function claimsIn(context: FeatureContext, filter: { kind?: string; groupId?: string }): Promise<ClaimListItem[]> {
  const items = localClaimsIn(context, filter);
  const { shared, workspace } = context;
  if (!shared?.active || items.length >= MAX_ITEMS) return items;
  const remote = (await shared.ask((store) => store.claimsIn(filter, MAX_ITEMS - items.length))).value ?? [];
  const copies = shared.localCopies(workspace.index, workspace.folders, workspace.contentHashes);
  for (const r of remote) {
    if (isShadowed(r, copies)) continue;
    items.push({
      uri: r.uri,
      document: `${displayName(r.uri)} (archive)`,
      range: r.claim.range,
      kind: r.claim.kind,
      subjects: r.claim.subjects.map((s) => workspace.matcher.group(s)?.name ?? s),
      claimant: r.claim.claimant,
      figures: r.claim.figures.map(figureSummary),
      date: r.claim.date,
      speaker: null,
      snippet: r.snippet.length > 140 ? r.snippet.slice(0, 139) + '…' : r.snippet,
      relation: null,
    });
  }
  return items;
}

function localClaimsIn(context: FeatureContext, filter: { kind?: string; groupId?: string }): ClaimListItem[] {
  const { index, matcher } = context.workspace;
  const items: ClaimListItem[] = [];
  const docs = [...(filter.groupId ? [...index.documentsMentioning(filter.groupId)].map((u) => index.get(u)!) : index.documents())].filter(Boolean).sort((a, b) => (a.uri < b.uri ? -1 : 1));
  for (const doc of docs) {
    for (const claim of doc.claims) {
      if (filter.kind && categoryOf(claim) !== filter.kind) continue;
      if (filter.groupId && !claim.subjects.includes(filter.groupId)) continue;
      let relation: ClaimListItem['relation'] = null;
      if (claim.figures.length) {
        const related = comparableClaims(index, doc.uri, claim, 30, context.workspace.claimSearch);
        relation = related.some((r) => r.relation === 'differs') ? 'differs' : related.length ? 'agrees' : null;
      }
      items.push({
        uri: doc.uri,
        document: displayName(doc.uri),
        range: claim.range,
        kind: claim.kind,
        subjects: claim.subjects.map((s) => matcher.group(s)?.name ?? s),
        claimant: claim.claimant,
        figures: claim.figures.map(figureSummary),
        date: claim.date,
        speaker: claim.speaker?.name ?? null,
        snippet: claimSnippet(context, doc.uri, claim, 140),
        relation,
      });
      if (items.length >= MAX_ITEMS) return items;
    }
  }
  return items;
}
