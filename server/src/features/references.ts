import { Location, ReferenceParams } from 'vscode-languageserver';
import { FeatureContext } from './context';
import { definitionLocation } from './gazetteerEntry';

/** Every mention of a group across the corpus, under all its names, with exact ranges. */
export function groupLocations(context: FeatureContext, groupId: string): Location[] {
  const locations: Location[] = [];
  for (const { uri, mention } of context.workspace.index.mentionsOf(groupId)) locations.push({ uri, range: mention.range });
  return locations;
}

export function provideReferences(context: FeatureContext, params: ReferenceParams): Location[] | null {
  const mention = context.workspace.index.mentionAt(params.textDocument.uri, params.position.line, params.position.character);
  if (!mention) return null;
  const locations = groupLocations(context, mention.groupId);
  if (params.context.includeDeclaration) {
    const group = context.workspace.matcher.group(mention.groupId);
    const definition = group ? definitionLocation(context, group) : null;
    if (definition) locations.unshift(definition);
  }
  return locations;
}
