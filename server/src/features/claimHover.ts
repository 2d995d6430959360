/**
 * Hover on a claim: its kind, subject, claimant, figures and date, then related claims in other
 * documents (same subject and kind first) marked agrees/differs, each linking to the passage.
 * On a group mention inside a claim the group hover comes first and this section is appended
 * below it, so neither answer hides the other.
 */
import { figureSummary } from '../core/claims/agreement';
import { IndexedClaim } from '../core/corpus/corpusIndex';
import { CLAIM_SNIPPET_LENGTH, claimSnippetOf } from '../core/corpus/crossReferences';
import { FeatureContext } from './context';
import { displayName, escapeMarkdown, link, openLocationTarget } from './markdown';
import { mergedRelatedClaims } from './sharedAnswers';

const FORM_LABELS: Record<string, string> = { quote: 'direct quote', reported: 'reported speech', answer: 'interview answer' };

export function groupNames(context: FeatureContext, ids: readonly string[]): string {
  return ids.map((id) => context.workspace.matcher.group(id)?.name ?? id).join(', ');
}

/** One-line text of a claim, cut to `max` characters. */
export function claimSnippet(context: FeatureContext, uri: string, claim: IndexedClaim, max = CLAIM_SNIPPET_LENGTH): string {
  const text = context.workspace.read(uri);
  return text === undefined ? '' : claimSnippetOf(text, claim, max);
}

export async function claimHoverMarkdown(context: FeatureContext, uri: string, claim: IndexedClaim): Promise<string> {
  const lines: string[] = [];
  const title = claim.kind === 'statement' ? `**Statement** — ${FORM_LABELS[claim.form ?? 'reported']}` : `**Claim** — ${claim.kind}`;
  lines.push(title, '');
  const speaker = claim.speaker;
  const about = claim.statementSubjects ?? claim.subjects;
  const fields: [string, string | null][] = [
    // "he" resolved to the person: the name first, the words of the text after it.
    ['Speaker', speaker ? (speaker.text && speaker.text !== speaker.name ? `${speaker.name} (“${speaker.text}”)` : speaker.name) : null],
    ['Subject', claim.kind === 'statement' ? (about.length ? groupNames(context, about) : 'no known group') : claim.subjects.length ? groupNames(context, claim.subjects) : null],
    ['Claimant', claim.kind === 'statement' || claim.claimant === speaker?.name ? null : claim.claimant],
    ['Figures', claim.figures.length ? claim.figures.map(figureSummary).join('; ') : null],
    ['Date', claim.date ? (claim.isoDate && claim.isoDate !== claim.date ? `${claim.date} (${claim.isoDate})` : claim.date) : null],
  ];
  for (const [name, value] of fields) if (value) lines.push(`- *${name}:* ${escapeMarkdown(value)}`);
  const limit = Math.max(1, Math.floor(context.workspace.settings.hover.maxCrossReferences));
  const merged = await mergedRelatedClaims(context, uri, claim, limit);
  const related = merged.value;
  lines.push('', `**Related claims in other documents**`, '');
  if (related.length === 0) lines.push('*None found.*');
  for (const r of related) {
    const target = openLocationTarget(context, r.uri, r.range.start.line, r.range.start.character);
    const label = `${displayName(r.uri)}:${r.range.start.line + 1}`;
    const mark = r.relation ? ` **${r.relation}**` : '';
    const figures = r.figures.length ? ` (${escapeMarkdown(r.figures.join('; '))})` : '';
    lines.push(`- ${link(label, target)} — ${r.kind}${mark}${figures}: ${escapeMarkdown(r.snippet)}`);
  }
  if (merged.note) lines.push('', `*${escapeMarkdown(merged.note)}: local documents only.*`);
  return lines.join('\n');
}
