/**
 * Workspace symbols: fuzzy search (fuse.js) over every group's names and aliases and every
 * person's names; each match is listed once per document that mentions it, at its first mention
 * there, groups and people interleaved by how well their names match.
 */
import Fuse from 'fuse.js';
import { SymbolInformation, SymbolKind, WorkspaceSymbolParams } from 'vscode-languageserver';
import { GroupMatcher } from '../core/recognition/groupMatcher';
import { PeopleIndex } from '../core/corpus/peopleIndex';
import { selectTop } from '../core/corpus/ranking';
import { groupNumbers } from '../core/corpus/stringTable';
import { FeatureContext } from './context';
import { definitionLocation } from './gazetteerEntry';
import { displayName } from './markdown';
import { archiveSymbolCandidates } from './sharedAnswers';
import { SymbolCandidate } from '../core/store/corpusStore';

const MAX_GROUPS = 20;
const MAX_PEOPLE = 20;
/** As many as VS Code's own TypeScript support asks its server for (navto's maxResultCount). */
const MAX_SYMBOLS = 256;
const MAX_DOCUMENTS_PER_GROUP = 100;
const MAX_DOCUMENTS_PER_PERSON = 50;

interface NameRecord {
  /** Group id or person id. */
  id: string;
  name: string;
  /** Lower case with hyphens, dashes and apostrophes as spaces: "Tehrik-e-Taliban" ~ "tehreek taliban". */
  searchable: string;
  /** Fuse's field-length norm of `searchable`. */
  norm: number;
}

interface Scored {
  id: string;
  /** fuse.js score: 0 is a perfect match. */
  score: number;
}

function searchable(text: string): string {
  return text.toLowerCase().replace(/[-‐‑‒–—_'’‘`]+/g, ' ');
}

/** Fuse's threshold: a word matches where at most 40 % of its letters are edited. */
const THRESHOLD = 0.4;
// Extended search matches each word of the query fuzzily on its own, so word order and
// transliteration slips in several words ("tehreek talibn") still find the name.
export const FUSE_OPTIONS = { keys: ['searchable'], threshold: THRESHOLD, ignoreLocation: true, includeScore: true, useExtendedSearch: true };

function nameRecord(id: string, name: string): NameRecord {
  const text = searchable(name);
  return { id, name, searchable: text, norm: fieldNorm(text) };
}

const groupRecords = new WeakMap<GroupMatcher, NameRecord[]>();
/** Rebuilt when the people changed (generation), on the next search only. */
const peopleRecords = new WeakMap<PeopleIndex, { generation: number; records: NameRecord[] }>();

/** Every name of every group, as searched. */
export function nameRecords(matcher: GroupMatcher): NameRecord[] {
  let list = groupRecords.get(matcher);
  if (!list) {
    list = [];
    for (const group of matcher.groups) {
      for (const name of [group.name, ...group.aliases.map((a) => a.text)]) list.push(nameRecord(group.id, name));
    }
    groupRecords.set(matcher, list);
  }
  return list;
}

/** Every name of every person the corpus mentions (corpus forms, listed name and aliases). */
function personRecords(people: PeopleIndex): NameRecord[] {
  let cached = peopleRecords.get(people);
  if (!cached || cached.generation !== people.generation) {
    const records: NameRecord[] = [];
    for (const id of people.ids()) for (const name of people.searchNames(id)) records.push(nameRecord(id, name));
    cached = { generation: people.generation, records };
    peopleRecords.set(people, cached);
  }
  return cached.records;
}

/**
 * One query word prepared for `mayContain` and `fewestEdits`: the pieces it is cut into, and for
 * each letter the bit mask of its places in the word (Myers' "Peq"), ASCII in a table and the rest
 * in a map.
 */
interface PreparedWord {
  word: string;
  /** Edits allowed: Fuse keeps a match whose errors / length is at most THRESHOLD. */
  edits: number;
  /** The word cut into `edits + 1` pieces; null for a word over 32 characters (left to Fuse). */
  pieces: string[] | null;
  ascii: Int32Array;
  other: Map<number, number>;
}

function prepareWord(word: string): PreparedWord {
  const ascii = new Int32Array(128);
  const other = new Map<number, number>();
  for (let i = 0; i < word.length && i < 32; i++) {
    const c = word.charCodeAt(i);
    if (c < 128) ascii[c] |= 1 << i;
    else other.set(c, (other.get(c) ?? 0) | (1 << i));
  }
  const edits = Math.floor(word.length * THRESHOLD + 1e-9);
  // Fuse's bit-parallel search works on 32-character chunks of longer patterns: leave those to it.
  let pieces: string[] | null = null;
  if (word.length <= 32) {
    const size = word.length / (edits + 1);
    pieces = Array.from({ length: edits + 1 }, (_, i) => word.slice(Math.round(i * size), Math.round((i + 1) * size)));
  }
  return { word, edits, pieces, ascii, other };
}

/**
 * Whether `text` can hold the word with at most its allowed edits. A word with k allowed edits, cut
 * into k + 1 pieces, keeps at least one piece intact in any match (each edit touches one piece), so
 * a text containing none of the pieces cannot match: a cheap first gate.
 */
function mayContain(text: string, w: PreparedWord): boolean {
  const pieces = w.pieces;
  if (pieces === null) return true;
  for (let i = 0; i < pieces.length; i++) if (text.includes(pieces[i])) return true;
  return false;
}

/**
 * The fewest edits (insertions, deletions, substitutions) with which the word occurs somewhere in
 * `text`, or -1 where it needs more than `w.edits`: Myers' bit-vector approximate search,
 * O(text length) with no allocation. Fuse's bitap search counts the same errors and keeps the
 * fewest, so no name Fuse would match is ever rejected here. Words over 32 characters (Fuse
 * searches those in chunks) give 0: they pass, and the names are left for Fuse to order.
 */
function fewestEdits(text: string, w: PreparedWord): number {
  const m = w.word.length;
  if (m > 32) return 0;
  if (text.includes(w.word)) return 0;
  if (w.edits === 0) return -1;
  const last = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  let best = w.edits + 1;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const eq = c < 128 ? w.ascii[c] : (w.other.get(c) ?? 0);
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & last) score++;
    else if (mh & last) score--;
    if (score < best) {
      best = score;
      if (best === 1) break; // 0 was ruled out above
    }
    // A match may start anywhere in the text: no carry into the first row.
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  return best <= w.edits ? best : -1;
}

/** Fuse's field-length norm: 1 / √(words in the text), to three decimals. */
function fieldNorm(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = (c >= 9 && c <= 13) || c === 32 || c === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return Math.round(1000 / Math.sqrt(Math.max(1, words))) / 1000;
}

/**
 * The score Fuse gives a name, from each word's fewest edits: its extended search averages the
 * words' bitap scores (edits / word length, at least 0.001) and raises the average to the name's
 * field norm. Computed the same way, in the same order, so it is the same number.
 */
function fuseScore(edits: readonly number[], tokens: readonly PreparedWord[], norm: number): number {
  let total = 0;
  for (let i = 0; i < tokens.length; i++) total += Math.max(0.001, edits[i] / tokens[i].word.length);
  return Math.pow(total / tokens.length, norm);
}

/** Extended-search operators (=, !, ^, $, ', |, quotes) are not meant by analysts: treat them as spaces. */
function queryWords(query: string): string {
  return searchable(query.slice(0, 100)).replace(/[=!^$|"\s]+/g, ' ').trim();
}

/**
 * Distinct ids of the best matches, best first, each with its best score. Fuse scores each name on
 * its own and keeps the collection's order on ties, so searching only the names that can match (in
 * their order) gives the same answer as searching them all.
 */
function searchIds(records: readonly NameRecord[], query: string, limit: number): Scored[] {
  const words = queryWords(query);
  if (!words) return [];
  const tokens = words.split(' ').map(prepareWord);
  const hits = limit * 8;
  // Fuse's extended search needs every word to match: only the names where each one does are
  // scored, and of those only the `hits` Fuse itself would rank first (by the score it will give
  // them, then by their order), kept in their order so that Fuse breaks ties the same way.
  const exact = tokens.every((t) => t.word.length <= 32);
  const candidates: NameRecord[] = [];
  const scores: number[] = [];
  const edits = new Array<number>(tokens.length);
  for (const record of records) {
    let all = true;
    for (let i = 0; i < tokens.length && all; i++) {
      edits[i] = mayContain(record.searchable, tokens[i]) ? fewestEdits(record.searchable, tokens[i]) : -1;
      all = edits[i] >= 0;
    }
    if (!all) continue;
    candidates.push(record);
    if (exact) scores.push(fuseScore(edits, tokens, record.norm));
  }
  if (candidates.length === 0) return [];
  let searched = candidates;
  if (exact && candidates.length > hits) {
    const best = candidates.map((_, i) => i).sort((a, b) => scores[a] - scores[b] || a - b).slice(0, hits).sort((a, b) => a - b);
    searched = best.map((i) => candidates[i]);
  }
  const out: Scored[] = [];
  for (const hit of new Fuse(searched, FUSE_OPTIONS).search(words, { limit: hits })) {
    if (!out.some((s) => s.id === hit.item.id)) out.push({ id: hit.item.id, score: hit.score ?? 1 });
    if (out.length >= limit) break;
  }
  return out;
}

/** Group ids whose names fuzzily match `query`, best first. */
export function searchGroups(matcher: GroupMatcher, query: string, limit = MAX_GROUPS): string[] {
  return searchIds(nameRecords(matcher), query, limit).map((s) => s.id);
}

/** Person ids whose names (corpus forms, listed name and aliases) fuzzily match `query`, best first. */
export function searchPeople(people: PeopleIndex, query: string, limit = MAX_PEOPLE): string[] {
  return searchIds(personRecords(people), query, limit).map((s) => s.id);
}

/** A group's symbols: its documents with most mentions, local ones first, then the shared archive's (`archive`). */
/** A group's symbols: its documents with most mentions, at most `limit` (the answer's room left). */
function groupSymbols(context: FeatureContext, groupId: string, archive: readonly SymbolCandidate[] = [], limit = MAX_DOCUMENTS_PER_GROUP): SymbolInformation[] {
  const { index, matcher } = context.workspace;
  const group = matcher.group(groupId);
  if (!group || limit <= 0) return [];
  // Always the same list asked for (the index keeps it between requests), cut to the room left.
  const ranked = index.topDocuments(groupId, null, MAX_DOCUMENTS_PER_GROUP, { byMentions: true });
  const fromArchive = archive.map((c) => ({ name: group.name, kind: SymbolKind.Namespace, location: { uri: c.uri, range: c.range }, containerName: `${displayName(c.uri)} (archive, ${c.mentions} mention${c.mentions === 1 ? '' : 's'})` }));
  if (ranked.total === 0 && fromArchive.length > 0) return fromArchive;
  if (ranked.total === 0) {
    const location = definitionLocation(context, group);
    return location ? [{ name: group.name, kind: SymbolKind.Namespace, location, containerName: 'gazetteer (no mentions in the corpus)' }] : [];
  }
  const g = groupNumbers.find(groupId);
  const symbols: SymbolInformation[] = [];
  for (const doc of ranked.documents) {
    if (symbols.length >= limit) break;
    const i = doc.firstMentionOf(g);
    if (i < 0) continue;
    const count = doc.countOf(groupId);
    symbols.push({ name: group.name, kind: SymbolKind.Namespace, location: { uri: doc.uri, range: doc.mention(i).range }, containerName: `${displayName(doc.uri)} (${count} mention${count === 1 ? '' : 's'})` });
  }
  return [...symbols, ...fromArchive.slice(0, Math.max(0, Math.min(limit, MAX_DOCUMENTS_PER_GROUP) - symbols.length))];
}

/** A person's symbols: the documents that name them most, at most `limit`. */
function personSymbols(context: FeatureContext, personId: string, limit = MAX_DOCUMENTS_PER_PERSON): SymbolInformation[] {
  const { people } = context.workspace;
  const person = limit > 0 ? people.summary(personId) : undefined;
  if (!person) return [];
  const symbols: SymbolInformation[] = [];
  for (const d of people.documentsOf(personId, MAX_DOCUMENTS_PER_PERSON)) {
    if (symbols.length >= limit) break;
    const first = people.mentionsIn(d.uri, personId)[0];
    if (!first) continue;
    const what = [d.mentions ? `${d.mentions} mention${d.mentions === 1 ? '' : 's'}` : '', d.statements ? `${d.statements} statement${d.statements === 1 ? '' : 's'}` : ''].filter(Boolean).join(', ');
    symbols.push({
      name: person.name,
      kind: SymbolKind.Object,
      location: { uri: d.uri, range: first.range },
      containerName: `${displayName(d.uri)} (person${person.known ? `, listed ${person.known.listing.reference}` : ''}; ${what})`,
    });
  }
  return symbols;
}

export async function provideWorkspaceSymbols(context: FeatureContext, params: WorkspaceSymbolParams): Promise<SymbolInformation[]> {
  const { index, matcher, people } = context.workspace;
  const query = params.query.trim();
  let entries: { kind: 'group' | 'person'; id: string; score: number }[];
  if (query) {
    const groups = searchIds(nameRecords(matcher), query, MAX_GROUPS).map((s) => ({ kind: 'group' as const, ...s }));
    const persons = searchIds(personRecords(people), query, MAX_PEOPLE).map((s) => ({ kind: 'person' as const, ...s }));
    entries = [...groups, ...persons].sort((a, b) => a.score - b.score);
  } else {
    const groups = selectTop([...index.mentionedGroups()], MAX_GROUPS, (a, b) => index.stats(a).mentions > index.stats(b).mentions);
    entries = [...groups.map((id) => ({ kind: 'group' as const, id, score: 0 })), ...people.top({ limit: MAX_PEOPLE }).items.map((p) => ({ kind: 'person' as const, id: p.id, score: 0 }))];
  }
  // The archive is asked for no more than the answer can show (its first groups' documents fill it).
  const archive = (await archiveSymbolCandidates(context, entries.filter((e) => e.kind === 'group').map((e) => e.id), MAX_DOCUMENTS_PER_GROUP, MAX_SYMBOLS)).value;
  const symbols: SymbolInformation[] = [];
  for (const entry of entries) {
    const extra = entry.kind === 'group' ? archive.filter((c) => c.groupId === entry.id) : [];
    const room = MAX_SYMBOLS - symbols.length;
    for (const symbol of entry.kind === 'group' ? groupSymbols(context, entry.id, extra, room) : personSymbols(context, entry.id, room)) {
      symbols.push(symbol);
      if (symbols.length >= MAX_SYMBOLS) return symbols;
    }
  }
  return symbols;
}
