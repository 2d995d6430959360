/**
 * Workspace symbols: fuzzy search (fuse.js) over every group's names and aliases; each matching
 * group is listed once per document that mentions it, at its first mention there.
 */
import Fuse from 'fuse.js';
import { SymbolInformation, SymbolKind, WorkspaceSymbolParams } from 'vscode-languageserver';
import { GroupMatcher } from '../core/recognition/groupMatcher';
import { groupNumbers } from '../core/corpus/stringTable';
import { FeatureContext } from './context';
import { definitionLocation } from './gazetteerEntry';
import { displayName } from './markdown';

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

/** Fuse's threshold: a word matches where at most 40 % of its letters are edited. */
const THRESHOLD = 0.4;
// Extended search matches each word of the query fuzzily on its own, so word order and
// transliteration slips in several words ("tehreek talibn") still find the group.
export const FUSE_OPTIONS = { keys: ['searchable'], threshold: THRESHOLD, ignoreLocation: true, includeScore: true, useExtendedSearch: true };

const records = new WeakMap<GroupMatcher, NameRecord[]>();

/** Every name of every group, as searched. */
export function nameRecords(matcher: GroupMatcher): NameRecord[] {
  let list = records.get(matcher);
  if (!list) {
    list = [];
    for (const group of matcher.groups) {
      for (const name of [group.name, ...group.aliases.map((a) => a.text)]) list.push({ groupId: group.id, name, searchable: searchable(name) });
    }
    records.set(matcher, list);
  }
  return list;
}

/**
 * Whether `text` can hold `word` with at most THRESHOLD × its length edits. A word with k allowed
 * edits, cut into k + 1 pieces, keeps at least one piece intact in any match (each edit touches
 * one piece), so a text containing none of the pieces cannot match: no match is ever lost.
 */
function mayContain(text: string, word: string): boolean {
  // Fuse's bit-parallel search works on 32-character chunks of longer patterns: leave those to it.
  if (word.length > 32) return true;
  const pieces = Math.floor(word.length * THRESHOLD) + 1;
  const size = word.length / pieces;
  for (let i = 0; i < pieces; i++) if (text.includes(word.slice(Math.round(i * size), Math.round((i + 1) * size)))) return true;
  return false;
}

/** Group ids whose names fuzzily match `query`, best first. */
export function searchGroups(matcher: GroupMatcher, query: string, limit = MAX_GROUPS): string[] {
  const ids: string[] = [];
  // Extended-search operators (=, !, ^, $, ', |, quotes) are not meant by analysts: treat them as spaces.
  const words = searchable(query.slice(0, 100)).replace(/[=!^$|"]+/g, ' ').trim();
  if (!words) return [];
  // Fuse scores each name on its own and keeps the collection's order on ties, so searching only
  // the names that can match (in their order) gives the same answer as searching them all.
  const tokens = words.split(/\s+/);
  const candidates = nameRecords(matcher).filter((r) => tokens.every((t) => mayContain(r.searchable, t)));
  if (candidates.length === 0) return [];
  for (const hit of new Fuse(candidates, FUSE_OPTIONS).search(words, { limit: limit * 8 })) {
    if (!ids.includes(hit.item.groupId)) ids.push(hit.item.groupId);
    if (ids.length >= limit) break;
  }
  return ids;
}

export function provideWorkspaceSymbols(context: FeatureContext, params: WorkspaceSymbolParams): SymbolInformation[] {
  const { index, matcher } = context.workspace;
  const query = params.query.trim();
  const groupIds = query
    ? searchGroups(matcher, query)
    : [...index.mentionedGroups()].sort((a, b) => index.stats(b).mentions - index.stats(a).mentions).slice(0, MAX_GROUPS);
  const symbols: SymbolInformation[] = [];
  for (const groupId of groupIds) {
    const group = matcher.group(groupId);
    if (!group) continue;
    const ranked = index.topDocuments(groupId, null, MAX_DOCUMENTS_PER_GROUP, { byMentions: true });
    if (ranked.total === 0) {
      const location = definitionLocation(context, group);
      if (location) symbols.push({ name: group.name, kind: SymbolKind.Namespace, location, containerName: 'gazetteer (no mentions in the corpus)' });
      continue;
    }
    const g = groupNumbers.find(groupId);
    for (const doc of ranked.documents) {
      const i = doc.firstMentionOf(g);
      if (i < 0) continue;
      const uri = doc.uri;
      const first = doc.mention(i);
      const count = doc.countOf(groupId);
      symbols.push({
        name: group.name,
        kind: SymbolKind.Namespace,
        location: { uri, range: first.range },
        containerName: `${displayName(uri)} (${count} mention${count === 1 ? '' : 's'})`,
      });
      if (symbols.length >= MAX_SYMBOLS) return symbols;
    }
  }
  return symbols;
}
