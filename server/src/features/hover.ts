import { Hover, HoverParams, MarkupKind } from 'vscode-languageserver';
import { claimHoverMarkdown } from './claimHover';
import { FeatureContext } from './context';
import { groupHoverMarkdown } from './groupHover';

/**
 * Hover: a group mention shows the group and its cross-references; a claim shows its fields and
 * related claims. On a mention inside a claim both are shown, the claim section below the group.
 */
export function provideHover(context: FeatureContext, params: HoverParams): Hover | null {
  const { uri } = params.textDocument;
  const { line, character } = params.position;
  const mention = context.workspace.index.mentionAt(uri, line, character);
  const claim = context.workspace.index.claimAt(uri, line, character);
  const parts: string[] = [];
  if (mention) {
    const group = groupHoverMarkdown(context, uri, mention);
    if (group) parts.push(group);
  }
  if (claim) {
    // A sentence may carry several claims (a statement and the relation it states): show each.
    const doc = context.workspace.index.get(uri)!;
    for (const c of doc.claims) if (c === claim || (c.start === claim.start && c.end === claim.end)) parts.push(claimHoverMarkdown(context, uri, c));
  }
  if (parts.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: mention?.range ?? claim!.range };
}
