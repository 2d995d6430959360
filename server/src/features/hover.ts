import { Hover, HoverParams, MarkupKind } from 'vscode-languageserver';
import { claimHoverMarkdown } from './claimHover';
import { FeatureContext } from './context';
import { groupHoverMarkdown } from './groupHover';

/**
 * Hover: a group mention shows the group and its cross-references; a claim shows its fields and
 * related claims. On a mention inside a claim both are shown, the claim section below the group.
 */
export async function provideHover(context: FeatureContext, params: HoverParams): Promise<Hover | null> {
  const { uri } = params.textDocument;
  const { line, character } = params.position;
  const mention = context.workspace.index.mentionAt(uri, line, character);
  const claim = context.workspace.index.claimAt(uri, line, character);
  const parts: string[] = [];
  if (mention) {
    const group = await groupHoverMarkdown(context, uri, mention);
    if (group) parts.push(group);
  }
  if (claim) parts.push(await claimHoverMarkdown(context, uri, claim));
  if (parts.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') }, range: mention?.range ?? claim!.range };
}
