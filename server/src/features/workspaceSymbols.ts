/**
 * Workspace symbols: fuzzy search (fuse.js) over every group's names and aliases; each matching
 * group is listed once per document that mentions it, at its first mention there.
 */
import Fuse from 'fuse.js';
import { SymbolInformation, SymbolKind, WorkspaceSymbolParams } from 'vscode-languageserver';
import { GroupMatcher } from '../core/recognition/groupMatcher';
import { FeatureContext } from './context';
import { definitionLocation } from './gazetteerEntry';
import { displayName } from './markdown';
import { mergedSymbolCandidates, mergedTotals } from './sharedAnswers';

const MAX_GROUPS = 20;
const MAX_SYMBOLS = 500;
const MAX_DOCUMENTS_PER_GROUP = 100;

interface NameRecord {
  groupId: string;
  name: string;
  /** Lower case with hyphens, dashes and apostrophes as spaces: "Tehrik-e-Taliban" ~ "tehreek taliban". */
  searchable: string;
}

function searchable(text: string): string {
  return text.toLowerCase().replace(/[-‐‑‒–—_'’‘`]+/g, ' ');
}

const searchers = new WeakMap<GroupMatcher, Fuse<NameRecord>>();

function searcherFor(matcher: GroupMatcher): Fuse<NameRecord> {
  let fuse = searchers.get(matcher);
  if (!fuse) {
    const records: NameRecord[] = [];
    for (const group of matcher.groups) {
      for (const name of [group.name, ...group.aliases.map((a) => a.text)]) records.push({ groupId: group.id, name, searchable: searchable(name) });
    }
    // Extended search matches each word of the query fuzzily on its own, so word order and
    // transliteration slips in several words ("tehreek talibn") still find the group.
    fuse = new Fuse(records, { keys: ['searchable'], threshold: 0.4, ignoreLocation: true, includeScore: true, useExtendedSearch: true });
    searchers.set(matcher, fuse);
  }
  return fuse;
}

/** Group ids whose names fuzzily match `query`, best first. */
export function searchGroups(matcher: GroupMatcher, query: string, limit = MAX_GROUPS): string[] {
  const ids: string[] = [];
  // Extended-search operators (=, !, ^, $, ', |, quotes) are not meant by analysts: treat them as spaces.
  const words = searchable(query.slice(0, 100)).replace(/[=!^$|"]+/g, ' ').trim();
  if (!words) return [];
  for (const hit of searcherFor(matcher).search(words, { limit: limit * 8 })) {
    if (!ids.includes(hit.item.groupId)) ids.push(hit.item.groupId);
    if (ids.length >= limit) break;
  }
  return ids;
}

export async function provideWorkspaceSymbols(context: FeatureContext, params: WorkspaceSymbolParams): Promise<SymbolInformation[]> {
  const { index, matcher } = context.workspace;
  const query = params.query.trim();
  let groupIds = query ? searchGroups(matcher, query) : [...index.mentionedGroups()];
  if (!query) {
    // The most mentioned groups, counting the shared archive when there is one.
    const totals = (await mergedTotals(context, context.shared?.active ? matcher.groups.map((g) => g.id) : groupIds)).value;
    groupIds = [...totals.keys()].sort((a, b) => totals.get(b)!.mentions - totals.get(a)!.mentions).slice(0, MAX_GROUPS);
  }
  const candidates = (await mergedSymbolCandidates(context, groupIds, MAX_DOCUMENTS_PER_GROUP, MAX_SYMBOLS)).value;
  const symbols: SymbolInformation[] = [];
  for (const groupId of groupIds) {
    const group = matcher.group(groupId);
    if (!group) continue;
    const found = candidates.filter((c) => c.groupId === groupId);
    if (found.length === 0) {
      const location = definitionLocation(context, group);
      if (location) symbols.push({ name: group.name, kind: SymbolKind.Namespace, location, containerName: 'gazetteer (no mentions in the corpus)' });
      continue;
    }
    for (const { uri, range, mentions } of found) {
      symbols.push({
        name: group.name,
        kind: SymbolKind.Namespace,
        location: { uri, range },
        containerName: `${displayName(uri)} (${mentions} mention${mentions === 1 ? '' : 's'})`,
      });
      if (symbols.length >= MAX_SYMBOLS) return symbols;
    }
  }
  return symbols;
}
