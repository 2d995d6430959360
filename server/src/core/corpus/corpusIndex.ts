/**
 * The corpus index: per document, the group mentions and claims found in it; per group, the
 * documents that mention it. Updates are per document (analyse one, replace its postings), so an
 * edit never costs a rebuild. The index keeps no document text: passages are read through a
 * `TextSource` only when a bounded answer needs them.
 */
import { Claim } from '../claims/model';
import { extractClaims } from '../claims/extract';
import { extractRelations } from '../claims/relations';
import { Cooccurrence, countCooccurrences, mentionSentences } from './passages';
import { documentDate } from './documentDate';
import { GroupMatcher, Mention } from '../recognition/groupMatcher';
import { LineIndex, Range } from '../text/positions';

export interface IndexedMention extends Mention {
  range: Range;
}

export interface IndexedClaim extends Claim {
  range: Range;
}

export interface IndexedDocument {
  uri: string;
  /** Editor version for open documents; null when read from disk. */
  version: number | null;
  mentions: IndexedMention[];
  claims: IndexedClaim[];
  /** Mentions per group id in this document. */
  groupCounts: Map<string, number>;
  /** Length of the text in UTF-16 code units. */
  length: number;
  /** Pairs of groups named in the same sentence (for the corpus graph). Absent in analyses made before they were counted. */
  cooccurrences?: Cooccurrence[];
  /** The document's own date (its dateline), ISO; null when it gives none. */
  date?: string | null;
}

/** Where passages come from: open documents first, then the file on disk. */
export interface TextSource {
  read(uri: string): string | undefined;
}

export interface GroupStats {
  mentions: number;
  documents: number;
}

/** Analyses one text: mentions and claims with LSP ranges. Pure; used by the index and the CLI. */
export function analyzeText(matcher: GroupMatcher, uri: string, text: string, version: number | null): IndexedDocument {
  const lines = new LineIndex(text);
  const found = matcher.findMentions(text);
  const mentions: IndexedMention[] = new Array(found.length);
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    mentions[i] = { groupId: m.groupId, start: m.start, end: m.end, alias: m.alias, range: lines.rangeOf(m.start, m.end) };
  }
  const claims: IndexedClaim[] = extractClaims(text, found).map((c) => ({ ...detached(c), range: lines.rangeOf(c.start, c.end) }));
  // Relations between groups and co-occurrences, read from the sentences that hold mentions.
  const passages = mentionSentences(text, found);
  const relations = extractRelations(text, passages, found);
  if (relations.length) {
    for (const c of relations) claims.push({ ...detached(c), range: lines.rangeOf(c.start, c.end) });
    claims.sort((a, b) => a.start - b.start || (a.kind === 'relation' ? 1 : 0) - (b.kind === 'relation' ? 1 : 0));
  }
  const groupCounts = new Map<string, number>();
  for (const m of mentions) groupCounts.set(m.groupId, (groupCounts.get(m.groupId) ?? 0) + 1);
  const cooccurrences = countCooccurrences(passages, found);
  return { uri, version, mentions, claims, groupCounts, length: text.length, cooccurrences, date: documentDate(text) };
}

/**
 * A deep copy whose strings own their characters. V8 makes a substring of 13 or more characters a
 * view into its parent, so a claim's trigger or figure text would keep the whole document text
 * alive for as long as the index holds the claim (measured: half the heap at 100k documents).
 */
function detached<T>(value: T): T {
  if (typeof value === 'string') return (value.length < 13 ? value : Buffer.from(value, 'utf16le').toString('utf16le')) as T;
  if (Array.isArray(value)) return value.map(detached) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) copy[key] = detached((value as Record<string, unknown>)[key]);
    return copy as T;
  }
  return value;
}

export class CorpusIndex {
  private readonly docs = new Map<string, IndexedDocument>();
  /** group id -> uris of documents that mention it. */
  private readonly postings = new Map<string, Set<string>>();
  private readonly mentionTotals = new Map<string, number>();
  private claimTotal = 0;
  /** Bumped on every change; lets callers cache derived answers. */
  generation = 0;

  constructor(public matcher: GroupMatcher) {}

  /** Analyses `text` and replaces whatever the index held for `uri`. */
  update(uri: string, text: string, version: number | null = null): IndexedDocument {
    const doc = analyzeText(this.matcher, uri, text, version);
    this.put(doc);
    return doc;
  }

  /** Stores an analysis made elsewhere (a cache, a worker). */
  put(doc: IndexedDocument): void {
    this.remove(doc.uri);
    this.docs.set(doc.uri, doc);
    for (const [groupId, count] of doc.groupCounts) {
      let set = this.postings.get(groupId);
      if (!set) this.postings.set(groupId, (set = new Set()));
      set.add(doc.uri);
      this.mentionTotals.set(groupId, (this.mentionTotals.get(groupId) ?? 0) + count);
    }
    this.claimTotal += doc.claims.length;
    this.generation++;
  }

  remove(uri: string): boolean {
    const old = this.docs.get(uri);
    if (!old) return false;
    this.docs.delete(uri);
    for (const [groupId, count] of old.groupCounts) {
      const set = this.postings.get(groupId);
      set?.delete(uri);
      if (set && set.size === 0) this.postings.delete(groupId);
      const total = (this.mentionTotals.get(groupId) ?? 0) - count;
      if (total > 0) this.mentionTotals.set(groupId, total);
      else this.mentionTotals.delete(groupId);
    }
    this.claimTotal -= old.claims.length;
    this.generation++;
    return true;
  }

  clear(): void {
    this.docs.clear();
    this.postings.clear();
    this.mentionTotals.clear();
    this.claimTotal = 0;
    this.generation++;
  }

  get(uri: string): IndexedDocument | undefined {
    return this.docs.get(uri);
  }

  has(uri: string): boolean {
    return this.docs.has(uri);
  }

  get documentCount(): number {
    return this.docs.size;
  }

  get claimCount(): number {
    return this.claimTotal;
  }

  documents(): IterableIterator<IndexedDocument> {
    return this.docs.values();
  }

  uris(): IterableIterator<string> {
    return this.docs.keys();
  }

  /** Ids of groups mentioned anywhere in the corpus. */
  mentionedGroups(): IterableIterator<string> {
    return this.postings.keys();
  }

  stats(groupId: string): GroupStats {
    return { mentions: this.mentionTotals.get(groupId) ?? 0, documents: this.postings.get(groupId)?.size ?? 0 };
  }

  /** Uris of the documents mentioning a group, in no particular order. */
  documentsMentioning(groupId: string): ReadonlySet<string> {
    return this.postings.get(groupId) ?? EMPTY_SET;
  }

  /** Every mention of a group, document by document (documents sorted by uri for stable output). */
  *mentionsOf(groupId: string): Generator<{ uri: string; mention: IndexedMention }> {
    const uris = [...this.documentsMentioning(groupId)].sort();
    for (const uri of uris) {
      const doc = this.docs.get(uri);
      if (!doc) continue;
      for (const mention of doc.mentions) if (mention.groupId === groupId) yield { uri, mention };
    }
  }

  /** The mention at a UTF-16 offset or LSP position, if any. */
  mentionAt(uri: string, line: number, character: number): IndexedMention | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    return findAt(doc.mentions, line, character);
  }

  claimAt(uri: string, line: number, character: number): IndexedClaim | undefined {
    const doc = this.docs.get(uri);
    if (!doc) return undefined;
    return findAt(doc.claims, line, character);
  }
}

const EMPTY_SET: ReadonlySet<string> = new Set();

function comparePosition(a: { line: number; character: number }, line: number, character: number): number {
  return a.line - line || a.character - character;
}

/** Binary search over items sorted by start; returns the one whose range holds the position. */
export function findAt<T extends { range: Range }>(items: readonly T[], line: number, character: number): T | undefined {
  let low = 0;
  let high = items.length - 1;
  let candidate = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (comparePosition(items[mid].range.start, line, character) <= 0) {
      candidate = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  // Ranges may nest (claims); walk back while earlier items could still hold the position.
  for (let i = candidate; i >= 0 && i >= candidate - 8; i--) {
    const r = items[i].range;
    if (comparePosition(r.start, line, character) <= 0 && comparePosition(r.end, line, character) >= 0) return items[i];
  }
  return undefined;
}
