/**
 * Data for the client's tree views: the groups of the corpus with counts, and where each group
 * is mentioned. Answers from the index only; sizes are capped so a huge corpus stays responsive.
 */
import { GroupDocument, GroupSummary } from '../protocol';
import { FeatureContext } from './context';
import { displayName } from './markdown';

const MAX_DOCUMENTS = 2000;

/** Groups mentioned in the corpus, most mentioned first; `filter` matches names and aliases (case-insensitive substring). */
export function groupsOverview(context: FeatureContext, filter = ''): GroupSummary[] {
  const { index, matcher } = context.workspace;
  const needle = filter.trim().toLowerCase();
  const out: GroupSummary[] = [];
  for (const groupId of index.mentionedGroups()) {
    const group = matcher.group(groupId);
    if (!group) continue;
    if (needle && ![group.name, ...group.aliases.map((a) => a.text)].some((n) => n.toLowerCase().includes(needle))) continue;
    const stats = index.stats(groupId);
    out.push({ groupId, name: group.name, mentions: stats.mentions, documents: stats.documents });
  }
  return out.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** Documents mentioning a group, most mentions first, each with its mentions in order. */
export function groupDocuments(context: FeatureContext, groupId: string): GroupDocument[] {
  const { index } = context.workspace;
  const docs = index.topDocuments(groupId, null, MAX_DOCUMENTS, { byMentions: true }).documents;
  return docs.map((doc) => ({
    uri: doc.uri,
    name: displayName(doc.uri),
    mentions: doc.mentionsOfGroup(groupId).map((m) => ({ range: m.range, alias: m.alias })),
  }));
}
