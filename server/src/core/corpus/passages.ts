/**
 * Passages around group mentions: the sentences that hold at least one mention, found by reading
 * outwards from the mentions only (a document's other sentences are never scanned). They are the
 * unit of relation extraction and of co-occurrence.
 */
import type { Mention } from '../recognition/groupMatcher';
import { Span, sentenceAround } from '../text/sentences';

/** Longest stretch read on each side of a mention to find its sentence. */
const MAX_REACH = 1000;

/** The sentences holding mentions, in order, each once. `mentions` must be sorted by start. */
export function mentionSentences(text: string, mentions: readonly Mention[]): Span[] {
  const spans: Span[] = [];
  let current: Span | undefined;
  for (const m of mentions) {
    if (current && m.start < current.end) continue;
    current = sentenceAround(text, m.start, MAX_REACH);
    // A mention cut by the window of a huge "sentence" still belongs to it.
    if (current.end < m.end) current = { start: current.start, end: m.end };
    spans.push(current);
  }
  return spans;
}
