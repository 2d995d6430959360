/**
 * Cross-references: passages in other documents about the same group, ranked so the most useful
 * come first. Work is bounded by the number of documents mentioning the group (never their text):
 * only the passages actually returned are read.
 */
import { CorpusIndex, IndexedDocument, IndexedMention, TextSource } from './corpusIndex';
import { selectTop } from './ranking';
import { Range } from '../text/positions';
import { collapseWhitespace, sentenceAround } from '../text/sentences';

export interface Passage {
  uri: string;
  range: Range;
  /** The sentence around the mention, on one line, possibly shortened with "…". */
  snippet: string;
  /** Where the mention sits inside `snippet` (UTF-16 offsets), to emphasise it. */
  focus: { start: number; end: number } | null;
  groupId: string;
  alias: string;
}

export interface CrossReferences {
  passages: Passage[];
  /** Documents other than the context one that mention the group. */
  totalDocuments: number;
}

const SNIPPET_LENGTH = 220;

/**
 * Relevance of a document for a group seen from a context document: documents sharing more of the
 * context's groups come first (they are about the same story), then those that say more about the
 * group (mentions, claims about it).
 */
function relevance(doc: IndexedDocument, groupId: string, contextGroups: readonly string[]): number {
  let shared = 0;
  for (const g of contextGroups) if (g !== groupId && doc.groupCounts.has(g)) shared++;
  return shared * SHARED_GROUP_WEIGHT + documentScore(doc.groupCounts.get(groupId) ?? 0, claimCountsOf(doc).get(groupId) ?? 0);
}

/** Weight of each group a document shares with the context document. */
export const SHARED_GROUP_WEIGHT = 4;

/** The part of a document's relevance for a group that does not depend on the context (stored by the shared index). */
export function documentScore(mentions: number, claims: number): number {
  return Math.min(mentions, 6) + Math.min(claims, 4) * 2;
}

/** Claims per subject group of a document, computed once per analysed document (hover ranks thousands). */
const claimCounts = new WeakMap<IndexedDocument, Map<string, number>>();
export function claimCountsOf(doc: IndexedDocument): Map<string, number> {
  let counts = claimCounts.get(doc);
  if (!counts) {
    counts = new Map();
    for (const c of doc.claims) for (const s of c.subjects) counts.set(s, (counts.get(s) ?? 0) + 1);
    claimCounts.set(doc, counts);
  }
  return counts;
}

/** The best passage of a document for a group: a mention inside a claim about it, else the first mention. */
export function bestMention(doc: IndexedDocument, groupId: string): IndexedMention | undefined {
  let first: IndexedMention | undefined;
  for (const m of doc.mentions) {
    if (m.groupId !== groupId) continue;
    first ??= m;
    if (doc.claims.some((c) => c.subjects.includes(groupId) && c.start <= m.start && m.end <= c.end)) return m;
  }
  return first;
}

/** Cuts the sentence around a mention into a one-line snippet with the mention's place in it. */
export function makeSnippet(text: string, start: number, end: number, maxLength = SNIPPET_LENGTH): { snippet: string; focus: { start: number; end: number } | null } {
  const sentence = sentenceAround(text, start, maxLength * 2);
  let from = sentence.start;
  let to = Math.max(sentence.end, Math.min(end, text.length));
  let prefix = '';
  let suffix = '';
  if (to - from > maxLength) {
    const half = Math.floor((maxLength - (end - start)) / 2);
    const newFrom = Math.max(from, start - Math.max(half, 20));
    const newTo = Math.min(to, newFrom + maxLength);
    if (newFrom > from) prefix = '…';
    if (newTo < to) suffix = '…';
    from = newFrom;
    to = newTo;
  }
  const before = collapseWhitespace(text.slice(from, start));
  const focusText = collapseWhitespace(text.slice(start, Math.min(end, to)));
  const after = collapseWhitespace(text.slice(Math.min(end, to), to));
  const head = prefix + before + (before ? ' ' : '');
  const snippet = (head + focusText + (after && !/^[,.;:!?'’")\]]/.test(after) ? ' ' : '') + after + suffix).trim();
  const focusStart = head.length;
  return { snippet, focus: focusText ? { start: focusStart, end: focusStart + focusText.length } : null };
}

/** The longest claim text shown in hovers and lists. */
export const CLAIM_SNIPPET_LENGTH = 180;

/** A claim's text on one line, cut to `max` characters. */
export function claimSnippetOf(text: string, claim: { start: number; end: number }, max = CLAIM_SNIPPET_LENGTH): string {
  const one = collapseWhitespace(text.slice(claim.start, claim.end));
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

export function passageFor(source: TextSource, uri: string, mention: IndexedMention): Passage {
  const text = source.read(uri);
  const { snippet, focus } = text !== undefined ? makeSnippet(text, mention.start, mention.end) : { snippet: mention.alias, focus: null };
  return { uri, range: mention.range, snippet, focus, groupId: mention.groupId, alias: mention.alias };
}

/**
 * Passages from documents other than `contextUri` mentioning `groupId`, most relevant first,
 * one per document, at most `limit`.
 */
export function findCrossReferences(index: CorpusIndex, source: TextSource, groupId: string, contextUri: string | null, limit: number): CrossReferences {
  const context = contextUri ? index.get(contextUri) : undefined;
  const contextGroups = context ? [...context.groupCounts.keys()] : [];
  const scored: { doc: IndexedDocument; score: number }[] = [];
  for (const uri of index.documentsMentioning(groupId)) {
    if (uri === contextUri) continue;
    const doc = index.get(uri);
    if (doc) scored.push({ doc, score: relevance(doc, groupId, contextGroups) });
  }
  const total = scored.length;
  const top = selectTop(scored, limit, (a, b) => a.score > b.score || (a.score === b.score && a.doc.uri < b.doc.uri));
  const passages: Passage[] = [];
  for (const { doc } of top) {
    const mention = bestMention(doc, groupId);
    if (mention) passages.push(passageFor(source, doc.uri, mention));
  }
  return { passages, totalDocuments: total };
}
