/**
 * Hover on a group mention: who the group is (canonical name, aliases, description, designation),
 * how often the corpus mentions it, and ranked cross-references into other documents.
 */
import { Passage } from '../core/corpus/crossReferences';
import { GroupEntry } from '../core/gazetteer/gazetteer';
import { IndexedMention } from '../core/corpus/corpusIndex';
import { FeatureContext } from './context';
import { centreGraphTarget, displayName, escapeMarkdown, groupReferencesTarget, link, openLocationTarget } from './markdown';
import { mergedCrossReferences, mergedTotals } from './sharedAnswers';

const MAX_ALIASES_SHOWN = 12;

export function describeDesignations(group: GroupEntry): string {
  if (group.designations.length === 0) return 'not on the official lists Source Lens carries';
  return group.designations
    .map((d) => [d.authority, d.list, d.reference, d.listedOn ? `listed ${d.listedOn}` : null].filter(Boolean).join(', '))
    .join('; ');
}

export function renderPassage(context: FeatureContext, passage: Passage): string {
  const target = openLocationTarget(context, passage.uri, passage.range.start.line, passage.range.start.character);
  const label = `${displayName(passage.uri)}:${passage.range.start.line + 1}`;
  let snippet: string;
  if (passage.focus) {
    const s = passage.snippet;
    snippet = escapeMarkdown(s.slice(0, passage.focus.start)) + '**' + escapeMarkdown(s.slice(passage.focus.start, passage.focus.end)) + '**' + escapeMarkdown(s.slice(passage.focus.end));
  } else snippet = escapeMarkdown(passage.snippet);
  return `- ${link(label, target)} — ${snippet}`;
}

export async function groupHoverMarkdown(context: FeatureContext, uri: string, mention: IndexedMention): Promise<string | null> {
  const { workspace } = context;
  const group = workspace.matcher.group(mention.groupId);
  if (!group) return null;
  const lines: string[] = [];
  const written = mention.alias !== group.name ? ` — as *${escapeMarkdown(mention.alias)}*` : '';
  lines.push(`**${escapeMarkdown(group.name)}** (known group)${written}`, '');
  const aliases = group.aliases.map((a) => a.text).filter((a) => a !== group.name);
  if (aliases.length > 0) {
    const shown = aliases.slice(0, MAX_ALIASES_SHOWN).map(escapeMarkdown).join(', ');
    const more = aliases.length > MAX_ALIASES_SHOWN ? `, and ${aliases.length - MAX_ALIASES_SHOWN} more` : '';
    lines.push(`*Also:* ${shown}${more}`, '');
  }
  if (group.description) lines.push(escapeMarkdown(group.description), '');
  if (group.parent) {
    const parent = workspace.matcher.group(group.parent);
    if (parent) lines.push(`*Part of:* ${escapeMarkdown(parent.name)}`, '');
  }
  lines.push(`*Designation:* ${escapeMarkdown(describeDesignations(group))}`, '');
  const limit = Math.max(0, Math.floor(workspace.settings.hover.maxCrossReferences));
  const [totals, merged] = await Promise.all([mergedTotals(context, [group.id]), mergedCrossReferences(context, group.id, uri, limit)]);
  const stats = totals.value.get(group.id) ?? { mentions: 0, documents: 0 };
  // Once a cold start's group pass has ended the counts are complete while claims are still read.
  const partial = workspace.indexing && !workspace.groupsComplete ? ' (indexing in progress; counts are partial)' : '';
  const where = context.shared?.active && !totals.note ? 'In the corpus and the shared archive' : 'In the corpus';
  lines.push(`*${where}:* ${stats.mentions} mention${stats.mentions === 1 ? '' : 's'} in ${stats.documents} document${stats.documents === 1 ? '' : 's'}${partial}`);
  const refs = merged.value;
  lines.push('', '---', '', `**Cross-references** — ${refs.totalDocuments} other document${refs.totalDocuments === 1 ? '' : 's'}`, '');
  if (refs.passages.length === 0) lines.push(refs.totalDocuments === 0 ? '*No other document mentions this group.*' : '');
  for (const passage of refs.passages) lines.push(renderPassage(context, passage));
  if (merged.note ?? totals.note) lines.push('', `*${escapeMarkdown(merged.note ?? totals.note ?? '')}: local documents only.*`);
  const more = refs.totalDocuments - refs.passages.length;
  if (more > 0) {
    const target = groupReferencesTarget(context, group.id, uri, mention.range.start.line, mention.range.start.character);
    const text = `${more} more…`;
    lines.push('', target ? link(text, target) : `${escapeMarkdown(text)} (Find All References lists every mention)`);
  }
  const graph = centreGraphTarget(context, group.id);
  if (graph) lines.push('', link('Centre graph on this group', graph));
  return lines.join('\n');
}
