import { Location, ReferenceParams } from 'vscode-languageserver';
import { FeatureContext } from './context';
import { definitionLocation } from './gazetteerEntry';
import { mergedPersonReferences, mergedPersonSummary, mergedReferences, mergedTotals } from './sharedAnswers';

/** Archive mentions added to the local ones: the first page of the shared index. */
const ARCHIVE_PAGE = 1000;

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
  return locations.length >= cap ? locations : index.locationsOf(groupId, contextUri, limit, locations);
}

/** Local mentions (the context document's first), then the shared archive's first page; at most `limit` (0: every local one). */
export async function mergedGroupLocations(context: FeatureContext, groupId: string, contextUri: string | null, limit: number): Promise<Location[]> {
  const found = groupLocations(context, groupId, contextUri, limit);
  // Without a shared index the local page is the answer: no copies of a thousand locations.
  if (!context.shared?.active) return found;
  // A literal of fixed shape, not a spread: a spread per location was a tenth of a first page's time.
  const local = found.map((l) => ({ uri: l.uri, range: l.range, archivePath: null, contentHash: null }));
  const merged = await mergedReferences(context, groupId, local, limit, ARCHIVE_PAGE);
  return merged.value.map((l) => ({ uri: l.uri, range: l.range }));
}

/**
 * Mentions of a person across the corpus under every form ("Lina Haidari", "Haidari", "Dr
 * Haidari"), the context document's first; at most `limit` (0 = all).
 */
export function personLocations(context: FeatureContext, personId: string, contextUri: string | null = null, limit = 0): Location[] {
  return context.workspace.people.mentionsOf(personId, { contextUri, limit });
}

/** A person's local mentions (the context document's first), then the shared archive's first page; at most `limit` (0: every local one). */
export async function mergedPersonLocations(context: FeatureContext, personId: string, contextUri: string | null, limit: number): Promise<Location[]> {
  const merged = await mergedPersonReferences(context, personId, contextUri, limit, ARCHIVE_PAGE);
  return merged.value.map((l) => ({ uri: l.uri, range: l.range }));
}

export async function provideReferences(context: FeatureContext, params: ReferenceParams): Promise<Location[] | null> {
  const { uri } = params.textDocument;
  const limit = context.workspace.settings.references.maxResults;
  // A person's name comes first: a group named inside it ("Sirajuddin Haqqani") is part of the name here.
  const person = context.workspace.people.personAt(uri, params.position.line, params.position.character);
  if (person) {
    const [locations, summary] = await Promise.all([mergedPersonLocations(context, person.id, uri, limit), mergedPersonSummary(context, person.id)]);
    const total = summary.value?.mentions ?? locations.length;
    if (limit > 0 && total > locations.length) context.log?.(`References: ${locations.length} of ${total} mentions of a person returned (sourceLens.references.maxResults).`);
    return locations;
  }
  const mention = context.workspace.index.mentionAt(uri, params.position.line, params.position.character);
  if (!mention) return null;
  const [locations, totals] = await Promise.all([mergedGroupLocations(context, mention.groupId, uri, limit), mergedTotals(context, [mention.groupId])]);
  const total = totals.value.get(mention.groupId)?.mentions ?? locations.length;
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
