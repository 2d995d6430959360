import { Hover, HoverParams, MarkupKind } from 'vscode-languageserver';
import { FeatureContext } from './context';
import { groupHoverMarkdown } from './groupHover';

/** Hover: a group mention shows the group and its cross-references. */
export function provideHover(context: FeatureContext, params: HoverParams): Hover | null {
  const { uri } = params.textDocument;
  const { line, character } = params.position;
  const mention = context.workspace.index.mentionAt(uri, line, character);
  if (!mention) return null;
  const value = groupHoverMarkdown(context, uri, mention);
  if (!value) return null;
  return { contents: { kind: MarkupKind.Markdown, value }, range: mention.range };
}
