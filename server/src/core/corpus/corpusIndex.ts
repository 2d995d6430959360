/**
 * The corpus index: per document, the group mentions and claims found in it; per group, the
 * documents that mention it with a precomputed relevance. Updates are per document (analyse one,
 * replace its postings), so an edit never costs a rebuild. The index keeps no document text:
 * passages are read through a `TextSource` only when a bounded answer needs them.
 *
 * Layout, for memory and for rankings without per-request allocation:
 * - documents have dense numeric ids (reused after removal);
 * - a document's mentions are typed-array columns (group, alias, offsets, line/character), made
 *   into objects only when a request returns them;
 * - each group has a posting list sorted by document id, with per (document, group) columns: the
 *   static relevance score, the mention count and the number of claims about the group. Rankings
 *   (`topDocuments`) are one pass over these columns with a bounded heap.
 */
import { Claim } from '../claims/model';
import { extractClaims } from '../claims/extract';
import { extractRelations } from '../claims/relations';
import { Cooccurrence, countCooccurrences } from './passages';
import { GroupMatcher, Mention } from '../recognition/groupMatcher';
import { LineIndex, Range } from '../text/positions';
import { buildDocument } from '../text/document';
import { splitSentences } from '../text/sentences';
import { PersonEntity, PersonMention, findPeople } from '../people/people';
import { passageTerms } from './claimTerms';
import { columnSpace, gathered, lengthened, newColumnChunk } from './columns';
import { TopK } from './ranking';
import { aliasNumbers, groupNumbers } from './stringTable';
import { ClaimColumns, packClaims, sharedString, storeClaim, storeCooccurrences, storeEntity, storePersonMention } from './storedClaims';

export interface IndexedMention extends Mention {
  range: Range;
}

export interface IndexedClaim extends Claim {
  range: Range;
  /** The passage's content words (claimTerms.ts), for the claim search; absent in older caches. */
  terms?: string;
}

export interface IndexedPersonMention extends PersonMention {
  range: Range;
}

/**
 * People named in a document: mentions with ranges, each pointing at one of `entities` (full
 * name, identity key across the corpus, forms as written).
 */
export interface IndexedPeople {
  mentions: IndexedPersonMention[];
  entities: PersonEntity[];
}

/** Where passages come from: open documents first, then the file on disk. */
export interface TextSource {
  read(uri: string): string | undefined;
}

export interface GroupStats {
  mentions: number;
  documents: number;
}

/** Int32 fields per mention in `IndexedDocument.data`. */
export const MENTION_FIELDS = 8;
const F_GROUP = 0;
const F_ALIAS = 1;
const F_START = 2;
const F_END = 3;
const F_START_LINE = 4;
const F_START_CHAR = 5;
const F_END_LINE = 6;
const F_END_CHAR = 7;
/** Int32 fields per group in the per-group summary: group number, mentions, claims about it. */
const GROUP_FIELDS = 3;

/** Relevance of a document for a group, before the context document is known. */
export function staticScore(mentions: number, claimsAbout: number): number {
  return Math.min(mentions, 6) + Math.min(claimsAbout, 4) * 2;
}
/** Weight of each group a candidate document shares with the context document. */
export const SHARED_GROUP_WEIGHT = 4;

/**
 * One analysed document. Its data is one Int32Array: [number of groups G, G × (group, mentions,
 * claims about it) sorted by group number, then 8 fields per mention in text order].
 */
export class IndexedDocument {
  constructor(
    readonly uri: string,
    /** Editor version for open documents; null when read from disk. */
    readonly version: number | null,
    /** Length of the text in UTF-16 code units. */
    readonly length: number,
    /** The columns; after a full indexing run, a view of the buffer the index gathered every document's in (`CorpusIndex.gatherColumns`). Not to be changed. */
    public data: Int32Array,
    /** The claims (kept as columns, made into objects when asked for: `claims`), or their columns. */
    claims: readonly IndexedClaim[] | ClaimColumns,
    /** People named in the document (speakers and people spoken of). */
    readonly people: IndexedPeople = NO_PEOPLE,
    /** The document's own date (dateline or article date), ISO; null when it gives none. */
    readonly date: string | null = null,
    /** Pairs of groups (and people) named in the same sentence, counted at analysis (for the corpus graph). */
    readonly cooccurrences: readonly Cooccurrence[] = NO_PAIRS,
    /**
     * Made by the group pass of a cold index (`analyzeGroups`): the mentions of the full analysis,
     * groups named together, and no claims, people or date yet. The full pass replaces it.
     */
    readonly groupsOnly = false,
  ) {
    this.claimColumns = claims instanceof ClaimColumns ? claims : packClaims(claims);
  }

  /** The document's claims as columns (storedClaims.ts). */
  readonly claimColumns: ClaimColumns;

  /**
   * The claims as objects, in document order, made on demand: the same list and objects while
   * anything holds the list or one of its claims. Not to be changed.
   */
  get claims(): IndexedClaim[] {
    return this.claimColumns.claims();
  }

  get claimCount(): number {
    return this.claimColumns.length;
  }

  /** The i-th claim: the object `claims` holds at i, made alone when the whole list is not wanted. */
  claimAt(i: number): IndexedClaim {
    return this.claimColumns.claimAt(i);
  }

  get groupCount(): number {
    return this.data[0];
  }

  /** Offset of the first mention in `data`. */
  private get base(): number {
    return 1 + this.data[0] * GROUP_FIELDS;
  }

  get mentionCount(): number {
    return (this.data.length - this.base) / MENTION_FIELDS;
  }

  /** Group number (see `groupNumbers`) of the i-th group of this document. */
  groupNumberAt(i: number): number {
    return this.data[1 + i * GROUP_FIELDS];
  }

  mentionsOfGroupAt(i: number): number {
    return this.data[2 + i * GROUP_FIELDS];
  }

  claimsAboutGroupAt(i: number): number {
    return this.data[3 + i * GROUP_FIELDS];
  }

  /** Position of a group number among this document's groups, or -1. */
  groupSlot(group: number): number {
    let low = 0;
    let high = this.data[0] - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const g = this.data[1 + mid * GROUP_FIELDS];
      if (g === group) return mid;
      if (g < group) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  /** Mentions of a group id in this document (0 if none). */
  countOf(groupId: string): number {
    const slot = this.groupSlot(groupNumbers.find(groupId));
    return slot < 0 ? 0 : this.mentionsOfGroupAt(slot);
  }

  /** Mentions per group id (a fresh map; hot paths use the columns). */
  get groupCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (let i = 0; i < this.groupCount; i++) counts.set(groupNumbers.get(this.groupNumberAt(i)), this.mentionsOfGroupAt(i));
    return counts;
  }

  groupNumberOfMention(i: number): number {
    return this.data[this.base + i * MENTION_FIELDS + F_GROUP];
  }

  mentionStart(i: number): number {
    return this.data[this.base + i * MENTION_FIELDS + F_START];
  }

  mentionEnd(i: number): number {
    return this.data[this.base + i * MENTION_FIELDS + F_END];
  }

  /** The i-th mention as an object. */
  mention(i: number): IndexedMention {
    const d = this.data;
    const o = this.base + i * MENTION_FIELDS;
    return {
      groupId: groupNumbers.get(d[o + F_GROUP]),
      start: d[o + F_START],
      end: d[o + F_END],
      alias: aliasNumbers.get(d[o + F_ALIAS]),
      range: { start: { line: d[o + F_START_LINE], character: d[o + F_START_CHAR] }, end: { line: d[o + F_END_LINE], character: d[o + F_END_CHAR] } },
    };
  }

  /** The range of the i-th mention (a fresh object). */
  mentionRange(i: number): Range {
    const d = this.data;
    const o = this.base + i * MENTION_FIELDS;
    return { start: { line: d[o + F_START_LINE], character: d[o + F_START_CHAR] }, end: { line: d[o + F_END_LINE], character: d[o + F_END_CHAR] } };
  }

  /** Every mention as objects, in text order (a fresh array; made on demand). */
  get mentions(): IndexedMention[] {
    const n = this.mentionCount;
    const out = new Array<IndexedMention>(n);
    for (let i = 0; i < n; i++) out[i] = this.mention(i);
    return out;
  }

  /** Mentions of one group id, as objects in text order. */
  mentionsOfGroup(groupId: string): IndexedMention[] {
    const g = groupNumbers.find(groupId);
    const out: IndexedMention[] = [];
    const n = this.mentionCount;
    for (let i = 0; i < n; i++) if (this.groupNumberOfMention(i) === g) out.push(this.mention(i));
    return out;
  }

  /** Index of the first mention of a group number, or -1. */
  firstMentionOf(group: number): number {
    const n = this.mentionCount;
    for (let i = 0; i < n; i++) if (this.groupNumberOfMention(i) === group) return i;
    return -1;
  }

  /** Index of the mention whose range holds an LSP position, or -1. */
  mentionIndexAt(line: number, character: number): number {
    const d = this.data;
    const base = this.base;
    let low = 0;
    let high = this.mentionCount - 1;
    let candidate = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const o = base + mid * MENTION_FIELDS;
      if (d[o + F_START_LINE] < line || (d[o + F_START_LINE] === line && d[o + F_START_CHAR] <= character)) {
        candidate = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (candidate < 0) return -1;
    const o = base + candidate * MENTION_FIELDS;
    const endsAfter = d[o + F_END_LINE] > line || (d[o + F_END_LINE] === line && d[o + F_END_CHAR] >= character);
    return endsAfter ? candidate : -1;
  }
}

const NO_PEOPLE: IndexedPeople = Object.freeze({ mentions: Object.freeze([]), entities: Object.freeze([]) }) as unknown as IndexedPeople;
const NO_PAIRS: readonly Cooccurrence[] = Object.freeze([]);

/** What the analysis of one text found, before it is made compact for the index. */
export interface TextAnalysis {
  /** Group mentions, sorted by offset. */
  found: readonly Mention[];
  claims: readonly Claim[];
  people: { mentions: readonly PersonMention[]; entities: readonly PersonEntity[] };
  /** The document's own date, ISO. */
  date: string | null;
  /** Groups and people named in the same sentence. */
  cooccurrences: readonly Cooccurrence[];
  lines: LineIndex;
}

/**
 * Analyses one text: mentions, people and claims. The document model is built once here and read
 * by every stage; it is not kept. Pure; used by the index, the CLI and the analysis workers.
 */
export function analyzeTextParts(matcher: GroupMatcher, text: string, fileName?: string): TextAnalysis {
  const model = buildDocument(text, { fileName });
  model.tokens = matcher.tokenize(text);
  const found = matcher.findMentionsInTokens(text, model.tokens);
  const people = findPeople(model, found);
  const claims = extractClaims(model, found, people, (id) => matcher.group(id)?.parent);
  // Relations between groups and co-occurrences, read from the same sentences; relation claims join
  // the others in document order, with the speaker of the statement covering them.
  const relations = extractRelations(text, model.sentences, found, { documentDate: model.date, statements: claims });
  const all = relations.length ? [...claims, ...relations].sort((a, b) => a.start - b.start || Number(a.kind === 'relation') - Number(b.kind === 'relation')) : claims;
  const cooccurrences = countCooccurrences(model.sentences, found, people);
  return { found, claims: all, people, date: model.date, cooccurrences, lines: model.lines };
}

/** Analyses one text into its indexed form (mentions, people and claims with LSP ranges). */
export function analyzeText(matcher: GroupMatcher, uri: string, text: string, version: number | null): IndexedDocument {
  return buildIndexedDocument(uri, text, version, analyzeTextParts(matcher, text, uri));
}

/**
 * The group pass's analysis of one text (a cold index's first pass, corpusWorkspace.ts): the
 * mentions `analyzeText` finds — the matcher's own pass over the tokens, with the document's defined
 * acronyms, short names and defined terms — and the groups named in the same sentence, without the
 * document model, people or claims. Measured at 10k documents on one thread, the document model
 * alone costs more than tokenising and matching together (its blocks most), so the pass builds none:
 * its co-occurrences are counted over the sentences of the whole text (`splitSentences`, one linear
 * scan, made only when two groups are named), not over the model's body blocks (page chrome
 * included, so a few pairs may differ until the full analysis replaces the document), and it gives
 * no date. Pure, like `analyzeText`.
 */
export function analyzeGroups(matcher: GroupMatcher, uri: string, text: string, version: number | null): IndexedDocument {
  const found = matcher.findMentions(text);
  let cooccurrences: readonly Cooccurrence[] = NO_PAIRS;
  for (let i = 1; i < found.length; i++) {
    if (found[i].groupId !== found[0].groupId) {
      cooccurrences = countCooccurrences(splitSentences(text), found);
      break;
    }
  }
  const analysis: TextAnalysis = { found, claims: NO_CLAIMS, people: NO_PEOPLE, date: null, cooccurrences, lines: new LineIndex(text) };
  return buildIndexedDocument(uri, text, version, analysis, true);
}

const NO_CLAIMS: readonly Claim[] = Object.freeze([]);

/** The indexed form of a document from its analysis: columns, ranges, strings that own their characters. */
export function buildIndexedDocument(uri: string, text: string, version: number | null, analysis: TextAnalysis, groupsOnly = false): IndexedDocument {
  const { found, claims: extracted, lines } = analysis;
  const starts = lines.lineStarts;
  const claims: IndexedClaim[] = new Array(extracted.length);
  for (let i = 0; i < extracted.length; i++) claims[i] = storeClaim(extracted[i], lines, passageTerms(text, extracted[i].start, extracted[i].end, found));
  // Groups mentioned, with their counts and the claims about each.
  const perGroup = new Map<number, { mentions: number; claims: number }>();
  const groupOf = new Int32Array(found.length);
  for (let i = 0; i < found.length; i++) {
    const g = groupNumbers.intern(found[i].groupId);
    groupOf[i] = g;
    const entry = perGroup.get(g);
    if (entry) entry.mentions++;
    else perGroup.set(g, { mentions: 1, claims: 0 });
  }
  for (const c of claims) {
    for (const s of c.subjects) {
      const entry = perGroup.get(groupNumbers.find(s));
      if (entry) entry.claims++;
    }
  }
  const groups = [...perGroup.keys()].sort((a, b) => a - b);
  const data = columnSpace(1 + groups.length * GROUP_FIELDS + found.length * MENTION_FIELDS);
  data[0] = groups.length;
  groups.forEach((g, i) => {
    const entry = perGroup.get(g)!;
    data[1 + i * GROUP_FIELDS] = g;
    data[2 + i * GROUP_FIELDS] = entry.mentions;
    data[3 + i * GROUP_FIELDS] = entry.claims;
  });
  // Mentions come sorted by offset: walk the line starts forward instead of searching each time.
  let o = 1 + groups.length * GROUP_FIELDS;
  let line = 0;
  const lineOf = (offset: number) => {
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    while (line > 0 && starts[line] > offset) line--;
    return line;
  };
  for (let i = 0; i < found.length; i++, o += MENTION_FIELDS) {
    const m = found[i];
    data[o + F_GROUP] = groupOf[i];
    data[o + F_ALIAS] = aliasNumbers.intern(m.alias);
    data[o + F_START] = m.start;
    data[o + F_END] = m.end;
    const startLine = lineOf(m.start);
    data[o + F_START_LINE] = startLine;
    data[o + F_START_CHAR] = m.start - starts[startLine];
    const endLine = lineOf(m.end);
    data[o + F_END_LINE] = endLine;
    data[o + F_END_CHAR] = m.end - starts[endLine];
    line = startLine;
  }
  const people: IndexedPeople = analysis.people.mentions.length
    ? { mentions: analysis.people.mentions.map((p) => storePersonMention(p, lines)), entities: analysis.people.entities.map(storeEntity) }
    : NO_PEOPLE;
  return new IndexedDocument(uri, version, text.length, data, claims, people, sharedString(analysis.date), storeCooccurrences(analysis.cooccurrences), groupsOnly);
}

/** A context group with at most this many documents is "rare": its documents are scored exactly. */
const RARE_POSTING = 512;

/** Updates an order absorbs in place before it is dropped (and rebuilt by the next query). */
const ORDER_UPDATE_BUDGET = 256;

/**
 * The documents mentioning one group, sorted by document id, with per-document columns. Kept in
 * place on every update: a document that still mentions the group keeps its slot.
 *
 * Two orders are made on the first query that needs them and then kept up to date by binary
 * search and insertion (or dropped during bulk indexing, when updates outnumber queries):
 * `rank` (static score descending, then uri) for rankings that stop early, and `byUri`.
 */
class Posting {
  ids = new Int32Array(4);
  /** `staticScore(mentions, claims)` per slot. */
  scores = new Uint8Array(4);
  mentions = new Int32Array(4);
  claims = new Int32Array(4);
  size = 0;
  mentionTotal = 0;
  /** Documents with at least one claim about the group. */
  withClaims = 0;
  private rankIds: Int32Array | null = null;
  private rankScores: Uint8Array | null = null;
  private uriIds: Int32Array | null = null;
  /** The last by-mentions answer with no context document (symbol lists, views); any update drops it. */
  private mentionTop: { limit: number; withClaimsOnly: boolean; ids: Int32Array } | null = null;
  private updatesSinceQuery = 0;

  constructor(private readonly uriOf: (id: number) => string) {}

  slotOf(id: number): number {
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const v = this.ids[mid];
      if (v === id) return mid;
      if (v < id) low = mid + 1;
      else high = mid - 1;
    }
    return ~low;
  }

  set(id: number, mentions: number, claims: number): void {
    const score = staticScore(mentions, claims);
    let slot = this.slotOf(id);
    this.touchOrders();
    this.mentionTop = null;
    if (slot >= 0) {
      this.mentionTotal += mentions - this.mentions[slot];
      if (this.claims[slot] > 0) this.withClaims--;
      if (this.rankIds && this.scores[slot] !== score) {
        this.rankRemove(id, this.scores[slot]);
        this.rankInsert(id, score);
      }
    } else {
      slot = ~slot;
      if (this.size === this.ids.length) this.grow();
      if (slot < this.size) {
        this.ids.copyWithin(slot + 1, slot, this.size);
        this.scores.copyWithin(slot + 1, slot, this.size);
        this.mentions.copyWithin(slot + 1, slot, this.size);
        this.claims.copyWithin(slot + 1, slot, this.size);
      }
      this.ids[slot] = id;
      this.size++;
      this.mentionTotal += mentions;
      if (this.rankIds) this.rankInsert(id, score);
      if (this.uriIds) this.uriInsert(id);
    }
    if (claims > 0) this.withClaims++;
    this.scores[slot] = score;
    this.mentions[slot] = mentions;
    this.claims[slot] = claims;
  }

  delete(id: number): void {
    const slot = this.slotOf(id);
    if (slot < 0) return;
    this.touchOrders();
    this.mentionTop = null;
    if (this.rankIds) this.rankRemove(id, this.scores[slot]);
    if (this.uriIds) this.uriRemove(id);
    this.mentionTotal -= this.mentions[slot];
    if (this.claims[slot] > 0) this.withClaims--;
    this.ids.copyWithin(slot, slot + 1, this.size);
    this.scores.copyWithin(slot, slot + 1, this.size);
    this.mentions.copyWithin(slot, slot + 1, this.size);
    this.claims.copyWithin(slot, slot + 1, this.size);
    this.size--;
  }

  /** Ids by static score (descending), then uri. */
  rank(): Int32Array {
    this.updatesSinceQuery = 0;
    if (!this.rankIds || this.rankIds.length !== this.size) {
      const slots = Array.from({ length: this.size }, (_, i) => i);
      const uris = slots.map((i) => this.uriOf(this.ids[i]));
      slots.sort((a, b) => this.scores[b] - this.scores[a] || (uris[a] < uris[b] ? -1 : uris[a] > uris[b] ? 1 : 0));
      this.rankIds = Int32Array.from(slots, (i) => this.ids[i]);
      this.rankScores = Uint8Array.from(slots, (i) => this.scores[i]);
    }
    return this.rankIds;
  }

  /**
   * The `limit` ids with most mentions (ties by uri), skipping `skipSlot`: one pass over the
   * columns with a bounded heap. Without a slot to skip the answer is kept until the next update,
   * so a symbol list asked again (each keystroke in the picker) costs `limit` steps, not a pass.
   */
  topByMentions(limit: number, withClaimsOnly: boolean, skipSlot: number): Int32Array {
    const kept = this.mentionTop;
    if (skipSlot < 0 && kept && kept.limit === limit && kept.withClaimsOnly === withClaimsOnly) return kept.ids;
    const uriOf = this.uriOf;
    const top = new TopK(limit, (a, b) => uriOf(a) < uriOf(b));
    for (let slot = 0; slot < this.size; slot++) {
      if (slot === skipSlot || (withClaimsOnly && this.claims[slot] === 0)) continue;
      top.offer(this.mentions[slot], this.ids[slot]);
    }
    const ids = Int32Array.from(top.drain());
    if (skipSlot < 0) this.mentionTop = { limit, withClaimsOnly, ids };
    return ids;
  }

  /** Ids by uri. */
  byUri(): Int32Array {
    this.updatesSinceQuery = 0;
    if (!this.uriIds || this.uriIds.length !== this.size) {
      const ids = Array.from(this.ids.subarray(0, this.size));
      const uris = new Map(ids.map((id) => [id, this.uriOf(id)]));
      ids.sort((a, b) => (uris.get(a)! < uris.get(b)! ? -1 : 1));
      this.uriIds = Int32Array.from(ids);
    }
    return this.uriIds;
  }

  /** Many updates and no query (bulk indexing): stop maintaining the orders. */
  private touchOrders(): void {
    if (++this.updatesSinceQuery > ORDER_UPDATE_BUDGET) {
      this.rankIds = null;
      this.rankScores = null;
      this.uriIds = null;
    }
  }

  /** Position of (score, uri) in the rank order: first index not ranked before it. */
  private rankPosition(score: number, uri: string): number {
    const ids = this.rankIds!;
    const scores = this.rankScores!;
    let low = 0;
    let high = ids.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const s = scores[mid];
      if (s > score || (s === score && this.uriOf(ids[mid]) < uri)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private rankInsert(id: number, score: number): void {
    const at = this.rankPosition(score, this.uriOf(id));
    this.rankIds = insertAt(this.rankIds!, at, id);
    const scores = new Uint8Array(this.rankScores!.length + 1);
    scores.set(this.rankScores!.subarray(0, at));
    scores[at] = score;
    scores.set(this.rankScores!.subarray(at), at + 1);
    this.rankScores = scores;
  }

  private rankRemove(id: number, score: number): void {
    const at = this.rankPosition(score, this.uriOf(id));
    if (this.rankIds![at] !== id) {
      this.rankIds = null; // out of step (should not happen): rebuild on the next query
      this.rankScores = null;
      return;
    }
    this.rankIds = removeAt(this.rankIds!, at);
    const scores = new Uint8Array(this.rankScores!.length - 1);
    scores.set(this.rankScores!.subarray(0, at));
    scores.set(this.rankScores!.subarray(at + 1), at);
    this.rankScores = scores;
  }

  private uriPosition(uri: string): number {
    const ids = this.uriIds!;
    let low = 0;
    let high = ids.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.uriOf(ids[mid]) < uri) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private uriInsert(id: number): void {
    this.uriIds = insertAt(this.uriIds!, this.uriPosition(this.uriOf(id)), id);
  }

  private uriRemove(id: number): void {
    const at = this.uriPosition(this.uriOf(id));
    if (this.uriIds![at] === id) this.uriIds = removeAt(this.uriIds!, at);
    else this.uriIds = null;
  }

  private grow(): void {
    const n = this.ids.length * 2;
    this.ids = lengthened(this.ids, n);
    this.scores = lengthened(this.scores, n);
    this.mentions = lengthened(this.mentions, n);
    this.claims = lengthened(this.claims, n);
  }
}

function insertAt(array: Int32Array, at: number, value: number): Int32Array {
  const out = new Int32Array(array.length + 1);
  out.set(array.subarray(0, at));
  out[at] = value;
  out.set(array.subarray(at), at + 1);
  return out;
}

function removeAt(array: Int32Array, at: number): Int32Array {
  const out = new Int32Array(array.length - 1);
  out.set(array.subarray(0, at));
  out.set(array.subarray(at + 1), at);
  return out;
}

export interface RankedDocuments {
  /** Best first. */
  documents: IndexedDocument[];
  /** Candidates considered: documents mentioning the group, other than the context one (and, with `withClaimsOnly`, having a claim about it). */
  total: number;
}

export interface RankOptions {
  /** Only documents with at least one claim about the group. */
  withClaimsOnly?: boolean;
  /** Rank by the number of mentions of the group alone (ties by uri), ignoring the context. */
  byMentions?: boolean;
  /** Rank by the static score alone: the context document is only left out, its groups give no bonus. */
  staticOnly?: boolean;
}

/**
 * Something kept beside the index and updated with it, document by document (the people index,
 * the claim search). Called synchronously after each change; must not throw. A group pass's
 * document (`IndexedDocument.groupsOnly`: no claims, no people) is not shown to observers: they see
 * the full analysis that replaces it.
 */
export interface IndexObserver {
  added(doc: IndexedDocument): void;
  removed(doc: IndexedDocument): void;
  cleared(): void;
}

export class CorpusIndex {
  private readonly observers: IndexObserver[] = [];
  private readonly idOf = new Map<string, number>();
  private readonly docs: (IndexedDocument | undefined)[] = [];
  private readonly freeIds: number[] = [];
  /** Posting per group number. */
  private readonly postings: (Posting | undefined)[] = [];
  private claimTotal = 0;
  /** Bumped on every change; lets callers cache derived answers. */
  generation = 0;
  /** Values computed from the whole index (`derived`), with the generation each was made for. */
  private readonly derivedValues = new Map<symbol, { generation: number; value: unknown }>();

  constructor(public matcher: GroupMatcher) {}

  /** Keeps `observer` up to date from now on; it first receives every document already indexed. */
  observe(observer: IndexObserver): void {
    this.observers.push(observer);
    for (const doc of this.documents()) if (!doc.groupsOnly) observer.added(doc);
  }

  /** Analyses `text` and replaces whatever the index held for `uri`. */
  update(uri: string, text: string, version: number | null = null): IndexedDocument {
    const doc = analyzeText(this.matcher, uri, text, version);
    this.put(doc);
    return doc;
  }

  /**
   * Stores an analysis made elsewhere (a cache, a worker), replacing the document's previous one:
   * a uri is in the index once, whatever replaces what (a full analysis its group pass's document).
   */
  put(doc: IndexedDocument): void {
    let id = this.idOf.get(doc.uri);
    const old = id === undefined ? undefined : this.docs[id];
    if (id === undefined) {
      id = this.freeIds.pop() ?? this.docs.length;
      this.idOf.set(doc.uri, id);
    }
    // Groups the document no longer mentions leave their postings; the others are updated in place.
    if (old) {
      this.claimTotal -= old.claimCount;
      for (let i = 0; i < old.groupCount; i++) {
        const g = old.groupNumberAt(i);
        if (doc.groupSlot(g) < 0) this.leave(g, id);
      }
    }
    this.docs[id] = doc;
    for (let i = 0; i < doc.groupCount; i++) {
      const g = doc.groupNumberAt(i);
      let posting = this.postings[g];
      if (!posting) this.postings[g] = posting = new Posting(this.uriOfId);
      posting.set(id, doc.mentionsOfGroupAt(i), doc.claimsAboutGroupAt(i));
    }
    this.claimTotal += doc.claimCount;
    this.generation++;
    for (const observer of this.observers) {
      if (old && !old.groupsOnly) observer.removed(old);
      if (!doc.groupsOnly) observer.added(doc);
    }
  }

  private leave(group: number, id: number): void {
    const posting = this.postings[group];
    if (!posting) return;
    posting.delete(id);
    if (posting.size === 0) this.postings[group] = undefined;
  }

  remove(uri: string): boolean {
    const id = this.idOf.get(uri);
    if (id === undefined) return false;
    const old = this.docs[id]!;
    for (let i = 0; i < old.groupCount; i++) this.leave(old.groupNumberAt(i), id);
    this.claimTotal -= old.claimCount;
    this.docs[id] = undefined;
    this.idOf.delete(uri);
    this.freeIds.push(id);
    this.generation++;
    if (!old.groupsOnly) for (const observer of this.observers) observer.removed(old);
    return true;
  }

  clear(): void {
    this.idOf.clear();
    this.docs.length = 0;
    this.freeIds.length = 0;
    this.postings.length = 0;
    this.claimTotal = 0;
    this.generation++;
    for (const observer of this.observers) observer.cleared();
  }

  /**
   * A value computed from the whole index by `build`, kept until the index changes: the first call
   * after an update, a removal or a clear builds it again. `key` names the value (one per kind).
   */
  derived<T>(key: symbol, build: () => T): T {
    const kept = this.derivedValues.get(key);
    if (kept && kept.generation === this.generation) return kept.value as T;
    const value = build();
    this.derivedValues.set(key, { generation: this.generation, value });
    return value;
  }

  get(uri: string): IndexedDocument | undefined {
    const id = this.idOf.get(uri);
    return id === undefined ? undefined : this.docs[id];
  }

  has(uri: string): boolean {
    return this.idOf.has(uri);
  }

  get documentCount(): number {
    return this.idOf.size;
  }

  get claimCount(): number {
    return this.claimTotal;
  }

  *documents(): IterableIterator<IndexedDocument> {
    for (const doc of this.docs) if (doc) yield doc;
  }

  uris(): IterableIterator<string> {
    return this.idOf.keys();
  }

  /**
   * Gathers the mention columns of every indexed document into one buffer, each document keeping
   * a view of its part (see `renumberClaimValues` for why: one large buffer is mapped on its own,
   * and the small ones, made among the analysis's short-lived allocations, are freed together). Run
   * after a full indexing run. Returns the number of Int32s gathered.
   */
  gatherColumns(): number {
    const docs = this.docs.filter((doc): doc is IndexedDocument => doc !== undefined);
    const views = gathered(docs.map((doc) => doc.data));
    let total = 0;
    docs.forEach((doc, i) => {
      doc.data = views[i];
      total += views[i].length;
    });
    newColumnChunk();
    return total;
  }

  /**
   * Makes every group's document orders (by static score, by uri) now. A bulk indexing run stops
   * maintaining them (each is made again by the first question about its group), so after an index
   * the first hover whose claim or context names a group would pay for sorting that group's
   * documents: the workspace calls this once the run is over, before its answers are timed.
   */
  prepareOrders(): void {
    for (const posting of this.postings) {
      if (!posting) continue;
      posting.rank();
      posting.byUri();
    }
  }

  /** Ids of groups mentioned anywhere in the corpus. */
  *mentionedGroups(): IterableIterator<string> {
    for (let g = 0; g < this.postings.length; g++) if (this.postings[g]) yield groupNumbers.get(g);
  }

  private posting(groupId: string): Posting | undefined {
    const g = groupNumbers.find(groupId);
    return g < 0 ? undefined : this.postings[g];
  }

  stats(groupId: string): GroupStats {
    const posting = this.posting(groupId);
    return posting ? { mentions: posting.mentionTotal, documents: posting.size } : { mentions: 0, documents: 0 };
  }

  /** Uris of the documents mentioning a group (a live view, in no particular order). */
  documentsMentioning(groupId: string): ReadonlySet<string> {
    return new PostingUris(this, this.posting(groupId));
  }

  /** @internal Dense id of a document, or -1. */
  idOfUri(uri: string): number {
    return this.idOf.get(uri) ?? -1;
  }

  /** @internal Uri of a document id (the document must be in the index). */
  readonly uriOfId = (id: number): string => this.docs[id]!.uri;

  /** Every mention of a group, document by document (documents sorted by uri for stable output). */
  *mentionsOf(groupId: string): Generator<{ uri: string; mention: IndexedMention }> {
    const g = groupNumbers.find(groupId);
    const posting = g < 0 ? undefined : this.postings[g];
    if (!posting) return;
    for (const id of posting.byUri()) {
      const doc = this.docs[id];
      if (!doc) continue;
      const n = doc.mentionCount;
      for (let i = 0; i < n; i++) if (doc.groupNumberOfMention(i) === g) yield { uri: doc.uri, mention: doc.mention(i) };
    }
  }

  /**
   * Where a group is mentioned, as `{ uri, range }`, document by document (sorted by uri, as
   * `mentionsOf`), leaving out `skipUri`; at most `limit` added to `out` (0: every one). Made
   * straight from the columns: a first page of references allocates its locations and nothing else.
   */
  locationsOf(groupId: string, skipUri: string | null, limit: number, out: { uri: string; range: Range }[] = []): { uri: string; range: Range }[] {
    const g = groupNumbers.find(groupId);
    const posting = g < 0 ? undefined : this.postings[g];
    if (!posting) return out;
    const cap = limit > 0 ? limit : Infinity;
    for (const id of posting.byUri()) {
      const doc = this.docs[id];
      if (!doc || doc.uri === skipUri) continue;
      const n = doc.mentionCount;
      for (let i = 0; i < n; i++) {
        if (out.length >= cap) return out;
        if (doc.groupNumberOfMention(i) === g) out.push({ uri: doc.uri, range: doc.mentionRange(i) });
      }
    }
    return out;
  }

  /** The mention at an LSP position, if any. */
  mentionAt(uri: string, line: number, character: number): IndexedMention | undefined {
    const doc = this.get(uri);
    if (!doc) return undefined;
    const i = doc.mentionIndexAt(line, character);
    return i < 0 ? undefined : doc.mention(i);
  }

  claimAt(uri: string, line: number, character: number): IndexedClaim | undefined {
    const doc = this.get(uri);
    if (!doc) return undefined;
    return findAt(doc.claims, line, character);
  }

  /**
   * The documents most relevant to a group seen from a context document, best first, at most
   * `limit`: documents sharing more of the context's groups come first (same story), then those
   * that say more about the group (`staticScore`: mentions, claims about it); ties by uri.
   *
   * The group's documents are visited by static score and the visit stops as soon as no later
   * document can enter the top `limit` even with every context group shared (a threshold
   * algorithm), so a popular group costs about as much as a rare one; the heap is bounded and
   * nothing is allocated per candidate. Ranked by the static score alone (`staticOnly`), the answer
   * is the first `limit` documents of the static order.
   */
  topDocuments(groupId: string, contextUri: string | null, limit: number, options: RankOptions = {}): RankedDocuments {
    const g = groupNumbers.find(groupId);
    const posting = g < 0 ? undefined : this.postings[g];
    if (!posting) return { documents: [], total: 0 };
    const contextId = contextUri === null ? -1 : this.idOf.get(contextUri) ?? -1;
    const context = contextId < 0 ? undefined : this.docs[contextId];
    const contextSlot = contextId < 0 ? -1 : posting.slotOf(contextId);
    const withClaimsOnly = options.withClaimsOnly === true;
    let total = withClaimsOnly ? posting.withClaims : posting.size;
    if (contextSlot >= 0 && (!withClaimsOnly || posting.claims[contextSlot] > 0)) total--;
    if (limit <= 0 || total === 0) return { documents: [], total };
    const docs = this.docs;
    if (options.staticOnly && !options.byMentions) {
      // The static order is the answer: its first `limit` documents (but the context).
      const order = posting.rank();
      const documents: IndexedDocument[] = [];
      for (let r = 0; r < order.length && documents.length < limit; r++) {
        const id = order[r];
        if (id === contextId) continue;
        const doc = docs[id]!;
        if (withClaimsOnly && doc.claimsAboutGroupAt(doc.groupSlot(g)) === 0) continue;
        documents.push(doc);
      }
      return { documents, total };
    }
    if (options.byMentions) {
      // By mentions alone (views and symbol lists, not per hover).
      const ids = posting.topByMentions(limit, withClaimsOnly, contextSlot);
      return { documents: Array.from(ids, (id) => docs[id]!), total };
    }
    const uriOf = this.uriOfId;
    const top = new TopK(limit, (a, b) => uriOf(a) < uriOf(b));
    // The other groups of the context; each one a candidate shares adds SHARED_GROUP_WEIGHT.
    const others: number[] = [];
    if (context && !options.staticOnly) for (let i = 0; i < context.groupCount; i++) if (context.groupNumberAt(i) !== g) others.push(context.groupNumberAt(i));
    const offer = (id: number, doc: IndexedDocument, base: number) => {
      let shared = 0;
      for (let i = 0; i < others.length; i++) if (doc.groupSlot(others[i]) >= 0) shared++;
      top.offer(base + shared * SHARED_GROUP_WEIGHT, id);
    };
    // Documents sharing a rare context group are few: score them first, exactly, from that
    // group's own posting. Every other document can then gain only from the common groups, which
    // keeps the bound of the pass below tight (a popular group beside rare ones stops early).
    let offered: Set<number> | null = null;
    let common = 0;
    for (const h of others) {
      const other = this.postings[h];
      if (!other) continue;
      if (other.size > RARE_POSTING || other.size >= posting.size) {
        common++;
        continue;
      }
      offered ??= new Set();
      for (let j = 0; j < other.size; j++) {
        const id = other.ids[j];
        if (id === contextId || offered.has(id)) continue;
        const doc = docs[id]!;
        const slot = doc.groupSlot(g);
        if (slot < 0) continue;
        const claimsAbout = doc.claimsAboutGroupAt(slot);
        if (withClaimsOnly && claimsAbout === 0) continue;
        offered.add(id);
        offer(id, doc, staticScore(doc.mentionsOfGroupAt(slot), claimsAbout));
      }
    }
    const maxBonus = common * SHARED_GROUP_WEIGHT;
    const order = posting.rank();
    for (let r = 0; r < order.length; r++) {
      const id = order[r];
      if (id === contextId || offered?.has(id)) continue;
      const doc = docs[id]!;
      const slot = doc.groupSlot(g);
      const claimsAbout = doc.claimsAboutGroupAt(slot);
      if (withClaimsOnly && claimsAbout === 0) continue;
      const base = staticScore(doc.mentionsOfGroupAt(slot), claimsAbout);
      if (top.size === limit) {
        // Later documents have a lower static score, or the same one and a later uri.
        const bound = base + maxBonus;
        if (bound < top.threshold || (bound === top.threshold && uriOf(id) > uriOf(top.worst))) break;
      }
      offer(id, doc, base);
    }
    return { documents: top.drain().map((id) => docs[id]!), total };
  }
}

/** A posting seen as a set of uris. */
class PostingUris implements ReadonlySet<string> {
  constructor(
    private readonly index: CorpusIndex,
    private readonly posting: Posting | undefined,
  ) {}

  get size(): number {
    return this.posting?.size ?? 0;
  }

  has(uri: string): boolean {
    const id = this.index.idOfUri(uri);
    return id >= 0 && !!this.posting && this.posting.slotOf(id) >= 0;
  }

  *values(): IterableIterator<string> {
    const posting = this.posting;
    if (!posting) return;
    const ids = Array.from(posting.ids.subarray(0, posting.size));
    for (const id of ids) yield this.index.uriOfId(id);
  }

  keys(): IterableIterator<string> {
    return this.values();
  }

  *entries(): IterableIterator<[string, string]> {
    for (const uri of this.values()) yield [uri, uri];
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.values();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    for (const uri of this.values()) callback(uri, uri, this);
  }
}

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
