/**
 * The document model: built once per document and read by every later stage (group recognition,
 * people, attribution, claims), so no stage re-splits, re-tokenises or re-lower-cases the text.
 *
 * It holds the text and a lower-cased copy of the same length (offsets are shared), the line
 * index, the blocks with their roles (blocks.ts), the paragraphs, the sentences of the blocks that
 * carry text (each knowing its block and paragraph), the interview structure when the document is
 * a transcript (interview.ts), the dateline and the document's own date.
 */
import { Block, BlockRole, findBlocks } from './blocks';
import { Dateline, fileNameDate, firstFullDate, nearestYear } from './datelines';
import { Interview, findInterview } from './interview';
import { LineIndex } from './positions';
import { Span, splitSentences } from './sentences';
import type { TokenStream } from './tokenizer';

export type { Block, BlockRole } from './blocks';
export type { Interview, Turn } from './interview';

export interface Sentence {
  start: number;
  end: number;
  /** Index into `blocks`. */
  block: number;
  /** Index into `paragraphs`. */
  paragraph: number;
}

export interface DocumentModel {
  readonly text: string;
  /** `text` lower-cased, same length and offsets (made once; rules test keywords on it). */
  readonly lower: string;
  readonly lines: LineIndex;
  readonly blocks: Block[];
  /** Runs of non-blank lines. */
  readonly paragraphs: Span[];
  /** Sentences of headlines, standfirsts, headings, list items, turns and body paragraphs, in order. */
  readonly sentences: Sentence[];
  readonly interview: Interview | null;
  readonly dateline: Dateline | null;
  /**
   * The document's own date, ISO: the dateline's, else the article date line's, else a full date at
   * the top; else the file name's date (with a dateline's day and month when it gives them without a
   * year); null when none gives one.
   */
  readonly date: string | null;
  /** The words a group name can be made of, with breaks (the group matcher's stream); set by the matcher. */
  tokens?: TokenStream;
  /** For each sentence, the index of the turn it belongs to, or -1 (filled with `interview`). */
  readonly sentenceTurn: Int32Array;
}

/** Roles whose text is read for sentences (chrome, captions, datelines, bylines and dates are not). */
const TEXT_ROLES: ReadonlySet<BlockRole> = new Set<BlockRole>(['headline', 'standfirst', 'heading', 'list-item', 'turn', 'body']);

/**
 * Lower-cases without changing the length: `toLowerCase` may lengthen a few characters ("İ"), so
 * the result is checked and, only then, rebuilt character by character.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const l = text[i].toLowerCase();
    out += l.length === 1 ? l : text[i];
  }
  return out;
}

export interface DocumentOptions {
  /** The document's file name or URI: a date in it is the document's date when the text gives none. */
  fileName?: string;
}

/** A date from the file name, when the text gives none: with the dateline's day and month if it has them. */
function dateFromFileName(dateline: Dateline | null, fileName: string | undefined): string | null {
  const fromName = fileName ? fileNameDate(fileName) : null;
  if (!fromName) return null;
  return dateline?.monthDay ? nearestYear(dateline.monthDay, fromName) : fromName;
}

export function buildDocument(text: string, options: DocumentOptions = {}): DocumentModel {
  const blocks = findBlocks(text);
  const paragraphs: Span[] = [];
  for (const b of blocks) {
    const last = paragraphs[b.paragraph];
    if (last) last.end = Math.max(last.end, b.end);
    else paragraphs[b.paragraph] = { start: b.start, end: b.end };
  }
  const sentences: Sentence[] = [];
  blocks.forEach((b, index) => {
    if (!TEXT_ROLES.has(b.role) || b.contentStart >= b.end) return;
    for (const s of splitSentences(text.slice(b.contentStart, b.end))) {
      sentences.push({ start: b.contentStart + s.start, end: b.contentStart + s.end, block: index, paragraph: b.paragraph });
    }
  });
  const interview = findInterview(text, blocks);
  const sentenceTurn = new Int32Array(sentences.length).fill(-1);
  if (interview) {
    const turnOfBlock = new Map(interview.turns.map((t, i) => [t.block, i]));
    sentences.forEach((s, i) => {
      const turn = turnOfBlock.get(s.block);
      if (turn !== undefined) sentenceTurn[i] = turn;
    });
  }
  const datelineBlock = blocks.find((b) => b.role === 'dateline');
  const dateline = datelineBlock?.dateline ?? null;
  const articleDate = blocks.find((b) => b.role === 'article-date')?.isoDate ?? null;
  // Neither: the first full date above the article's second paragraph ("By X | 12 September 2022",
  // "*Review — Analysis — 15 April 2024*", "Peshawar, 12 March 2024. Transcript …").
  let topDate: string | null = null;
  if (!dateline?.date && !articleDate) {
    let body = 0;
    for (const b of blocks.slice(0, 16)) {
      // Short lines only (a byline, a date, a breadcrumb), and the first paragraph's opening.
      topDate = firstFullDate(text.slice(b.start, Math.min(b.end, b.start + 200)));
      if (topDate) break;
      if ((b.role === 'body' || b.role === 'turn') && ++body > 1) break;
    }
  }
  return {
    text,
    lower: lowerSameLength(text),
    lines: new LineIndex(text),
    blocks,
    paragraphs,
    sentences,
    interview,
    dateline,
    date: dateline?.date ?? articleDate ?? topDate ?? dateFromFileName(dateline, options.fileName),
    sentenceTurn,
  };
}
