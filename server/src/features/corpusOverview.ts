/**
 * Data for the client's tree views: the groups of the corpus with counts, and where each group
 * is mentioned. Answers from the index only; sizes are capped so a huge corpus stays responsive.
 */
import { GroupDocument, GroupSummary } from '../protocol';
import { FeatureContext } from './context';
import { displayName } from './markdown';
import { localStore } from './sharedAnswers';
import { isShadowed } from '../core/store/merge';

const MAX_DOCUMENTS = 2000;

/** Groups mentioned in the corpus (and the shared archive), most mentioned first; `filter` matches names and aliases (case-insensitive substring). */
export async function groupsOverview(context: FeatureContext, filter = ''): Promise<GroupSummary[]> {
  const { index, matcher } = context.workspace;
  const needle = filter.trim().toLowerCase();
  const totals = new Map<string, { name: string | null; mentions: number; documents: number }>();
  for (const groupId of index.mentionedGroups()) totals.set(groupId, { name: null, ...index.stats(groupId) });
  const { shared } = context;
  if (shared?.active) {
    const remote = await shared.ask((store) => store.groupsOverview(1000));
    for (const r of remote.value ?? []) {
      const local = totals.get(r.groupId) ?? { name: null, mentions: 0, documents: 0 };
      const overlap = shared.overlap(index, r.groupId);
      totals.set(r.groupId, { name: r.name, mentions: local.mentions + Math.max(0, r.mentions - overlap.mentions), documents: local.documents + Math.max(0, r.documents - overlap.documents) });
    }
  }
  const out: GroupSummary[] = [];
  for (const [groupId, t] of totals) {
    const group = matcher.group(groupId);
    const name = group?.name ?? t.name;
    if (!name) continue;
    const names = group ? [group.name, ...group.aliases.map((a) => a.text)] : [name];
    if (needle && !names.some((n) => n.toLowerCase().includes(needle))) continue;
    out.push({ groupId, name, mentions: t.mentions, documents: t.documents });
  }
  return out.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** Archive documents listed under a group after the local ones. */
const MAX_ARCHIVE_DOCUMENTS = 200;

/** Documents mentioning a group, most mentions first (local ones, then the shared archive's), each with its mentions in order. */
export async function groupDocuments(context: FeatureContext, groupId: string): Promise<GroupDocument[]> {
  const local = await localStore(context).groupDocuments(groupId, MAX_DOCUMENTS);
  const out = local.map((doc) => ({ uri: doc.uri, name: displayName(doc.uri), mentions: doc.mentions }));
  const { shared, workspace } = context;
  if (!shared?.active) return out;
  const remote = await shared.ask((store) => store.groupDocuments(groupId, MAX_ARCHIVE_DOCUMENTS));
  const copies = shared.localCopies(workspace.index, workspace.folders, workspace.contentHashes);
  for (const doc of remote.value ?? []) if (!isShadowed(doc, copies)) out.push({ uri: doc.uri, name: `${displayName(doc.uri)} (archive)`, mentions: doc.mentions });
  return out;
}
