import { Location, ReferenceParams } from 'vscode-languageserver';
import { FeatureContext } from './context';
import { definitionLocation } from './gazetteerEntry';

/**
 * Mentions of a group across the corpus, under all its names, with exact ranges: the context
 * document's first, then the others in corpus order. At most `limit` (0 = all): a group with tens
 * of thousands of mentions would otherwise send megabytes to the editor on every request.
 */
export function groupLocations(context: FeatureContext, groupId: string, contextUri: string | null = null, limit = 0): Location[] {
  const { index } = context.workspace;
  const locations: Location[] = [];
  const cap = limit > 0 ? limit : Infinity;
  const own = contextUri ? index.get(contextUri) : undefined;
  if (own) for (const m of own.mentionsOfGroup(groupId)) if (locations.length < cap) locations.push({ uri: own.uri, range: m.range });
  for (const { uri, mention } of index.mentionsOf(groupId)) {
    if (locations.length >= cap) break;
    if (uri !== contextUri) locations.push({ uri, range: mention.range });
  }
  return locations;
}

export function provideReferences(context: FeatureContext, params: ReferenceParams): Location[] | null {
  const { uri } = params.textDocument;
  const mention = context.workspace.index.mentionAt(uri, params.position.line, params.position.character);
  if (!mention) return null;
  const limit = context.workspace.settings.references.maxResults;
  const locations = groupLocations(context, mention.groupId, uri, limit);
  const total = context.workspace.index.stats(mention.groupId).mentions;
  if (limit > 0 && total > locations.length) {
    context.log?.(`References: ${locations.length} of ${total} mentions returned (sourceLens.references.maxResults); the Groups view lists every document.`);
  }
  if (params.context.includeDeclaration) {
    const group = context.workspace.matcher.group(mention.groupId);
    const definition = group ? definitionLocation(context, group) : null;
    if (definition) locations.unshift(definition);
  }
  return locations;
}
