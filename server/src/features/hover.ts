import { Hover, HoverParams, MarkupKind } from 'vscode-languageserver';
import { claimHoverMarkdown } from './claimHover';
import { FeatureContext } from './context';
import { groupHoverMarkdown } from './groupHover';
import { personHoverMarkdown } from './personHover';

/**
 * Hover: a person shows who they are and their statements elsewhere; a group mention shows the
 * group and its cross-references; a claim shows its fields and related claims. Whatever the
 * position is on is shown, in that order (a group named inside a person's name, "Sirajuddin
 * Haqqani", or a name inside a claim), so no answer hides another.
 */
export async function provideHover(context: FeatureContext, params: HoverParams): Promise<Hover | null> {
  const { uri } = params.textDocument;
  const { line, character } = params.position;
  const person = context.workspace.people.personAt(uri, line, character);
  const mention = context.workspace.index.mentionAt(uri, line, character);
  const claim = context.workspace.index.claimAt(uri, line, character);
  // The sections are made side by side: each may wait for the shared index, and a slow archive
  // should cost a hover one deadline, not one per section.
  const sections: Promise<string | null>[] = [];
  if (person) sections.push(personHoverMarkdown(context, uri, person.id, person.mention));
  if (mention) sections.push(groupHoverMarkdown(context, uri, mention));
  if (claim) {
    // A sentence may carry several claims (a statement and the relation it states): show each.
    const doc = context.workspace.index.get(uri)!;
    for (const c of doc.claims) if (c === claim || (c.start === claim.start && c.end === claim.end)) sections.push(claimHoverMarkdown(context, uri, c));
  }
  const parts = (await Promise.all(sections)).filter((section): section is string => !!section);
  if (parts.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: person?.mention.range ?? mention?.range ?? claim!.range };
}
