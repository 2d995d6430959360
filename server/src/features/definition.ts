import { DefinitionParams, Location } from 'vscode-languageserver';
import { FeatureContext } from './context';
import { definitionLocation } from './gazetteerEntry';

/** Go to definition on a mention: the group's gazetteer entry. */
export function provideDefinition(context: FeatureContext, params: DefinitionParams): Location | null {
  const mention = context.workspace.index.mentionAt(params.textDocument.uri, params.position.line, params.position.character);
  if (!mention) return null;
  const group = context.workspace.matcher.group(mention.groupId);
  return group ? definitionLocation(context, group) : null;
}
