/**
 * Data for the client's Claims view: claims grouped by kind and by group, each marked as agreeing
 * or differing with related claims elsewhere. Lists are capped; relations are computed only for
 * the claims of the category being opened.
 */
import { relatedClaims } from '../core/corpus/relatedClaims';
import { figureSummary } from '../core/claims/agreement';
import { ClaimCategories, ClaimListItem, QUIET_STATEMENTS } from '../protocol';
import { ClaimKind, isQuietStatement } from '../core/claims/model';
import { FeatureContext } from './context';
import { claimSnippet } from './claimHover';
import { displayName } from './markdown';

const MAX_ITEMS = 300;

/**
 * The view's category of a claim: its kind, except statements about no group, which get a
 * section of their own so they never crowd the statements about groups.
 */
function categoryOf(claim: Pick<ClaimListItem, 'kind'> & { subjects: readonly string[] }): string {
  return isQuietStatement(claim as { kind: ClaimKind; subjects: string[] }) ? QUIET_STATEMENTS : claim.kind;
}

export function claimCategories(context: FeatureContext): ClaimCategories {
  const kinds = new Map<string, number>();
  const groups = new Map<string, number>();
  for (const doc of context.workspace.index.documents()) {
    for (const c of doc.claims) {
      const kind = categoryOf(c);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      for (const s of c.subjects) groups.set(s, (groups.get(s) ?? 0) + 1);
    }
  }
  return {
    // Statements about no group come last, whatever their number.
    kinds: [...kinds].map(([kind, count]) => ({ kind, count })).sort((a, b) => Number(a.kind === QUIET_STATEMENTS) - Number(b.kind === QUIET_STATEMENTS) || b.count - a.count),
    groups: [...groups]
      .map(([groupId, count]) => ({ groupId, name: context.workspace.matcher.group(groupId)?.name ?? groupId, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
}

/** Claims of one kind or about one group, in corpus order, with their agreement with other sources. */
export function claimsIn(context: FeatureContext, filter: { kind?: string; groupId?: string }): ClaimListItem[] {
  const { index, matcher } = context.workspace;
  const items: ClaimListItem[] = [];
  const docs = [...(filter.groupId ? [...index.documentsMentioning(filter.groupId)].map((u) => index.get(u)!) : index.documents())].filter(Boolean).sort((a, b) => (a.uri < b.uri ? -1 : 1));
  for (const doc of docs) {
    for (const claim of doc.claims) {
      if (filter.kind && categoryOf(claim) !== filter.kind) continue;
      if (filter.groupId && !claim.subjects.includes(filter.groupId)) continue;
      let relation: ClaimListItem['relation'] = null;
      if (claim.figures.length || claim.relation) {
        const related = relatedClaims(index, doc.uri, claim, 30).filter((r) => r.claim.kind === claim.kind && r.relation);
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
