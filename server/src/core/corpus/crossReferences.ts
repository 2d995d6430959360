/**
 * Cross-references: passages in other documents about the same group, ranked so the most useful
 * come first. Ranking is a pass over the group's precomputed scores in the index (never the
 * documents' text): only the passages actually returned are read.
 */
import { CorpusIndex, IndexedDocument, IndexedMention, TextSource } from './corpusIndex';
import { groupNumbers } from './stringTable';
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

/** The best passage of a document for a group: a mention inside a claim about it, else the first mention. */
export function bestMention(doc: IndexedDocument, groupId: string): IndexedMention | undefined {
  const g = groupNumbers.find(groupId);
  const n = doc.mentionCount;
  let first = -1;
  for (let i = 0; i < n; i++) {
    if (doc.groupNumberOfMention(i) !== g) continue;
    if (first < 0) first = i;
    const start = doc.mentionStart(i);
    const end = doc.mentionEnd(i);
    if (doc.claims.some((c) => c.start <= start && end <= c.end && c.subjects.includes(groupId))) return doc.mention(i);
  }
  return first < 0 ? undefined : doc.mention(first);
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
 * Passages from documents other than `contextUri` mentioning `groupId`, most relevant first
 * (`CorpusIndex.topDocuments`), one per document, at most `limit`. Only the returned documents
 * are looked at beyond their precomputed scores, and only their passages are read.
 */
export function findCrossReferences(index: CorpusIndex, source: TextSource, groupId: string, contextUri: string | null, limit: number): CrossReferences {
  const { documents, total } = index.topDocuments(groupId, contextUri, limit);
  const passages: Passage[] = [];
  for (const doc of documents) {
    const mention = bestMention(doc, groupId);
    if (mention) passages.push(passageFor(source, doc.uri, mention));
  }
  return { passages, totalDocuments: total };
}
