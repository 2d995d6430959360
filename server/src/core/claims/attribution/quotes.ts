/**
 * Direct quotes in a document: curly and straight double marks, quotes of several sentences, and
 * a quote that continues into the next paragraph (news convention: the paragraph ends without a
 * closing mark and the next opens again). A paragraph set off as a block quote or by indentation
 * is a quote too, marks or not. Short quoted phrases inside a sentence ("described the group as
 * \"a veritable arm\"") are kept apart: they quote words, not a statement.
 */
import type { DocumentModel } from '../../text/document';

export interface Quote {
  /** Offsets of the quoted text, marks included. */
  start: number;
  end: number;
  /** Index of the first block holding the quote. */
  block: number;
  /** The quote opens a paragraph and runs on from the previous paragraph's unclosed quote. */
  continues: boolean;
  /** Fewer than five words inside one sentence: a quoted phrase, not a quoted statement. */
  phrase: boolean;
  /** A set-off paragraph (block quote or indented) without marks of its own. */
  setOff: boolean;
}

const OPEN = 0x201c; // “
const CLOSE = 0x201d; // ”
const STRAIGHT = 0x22; // "

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Quotes of the text blocks of a document, in order. Linear: one scan of each block. */
export function findQuotes(doc: DocumentModel): Quote[] {
  const { text } = doc;
  const quotes: Quote[] = [];
  let openQuote: Quote | null = null;
  doc.blocks.forEach((block, index) => {
    if (block.role !== 'body' && block.role !== 'standfirst' && block.role !== 'list-item' && block.role !== 'turn') return;
    // An unclosed quote ends with its paragraph; it continues only if this paragraph opens with a mark.
    const from = block.contentStart;
    const first = text.slice(from, from + 2).trimStart().charCodeAt(0);
    const opensWithMark = first === OPEN || first === STRAIGHT;
    if (openQuote && !opensWithMark) openQuote = null;
    let current: Quote | null = null;
    let sawMark = false;
    for (let i = from; i < block.end; i++) {
      const c = text.charCodeAt(i);
      if (c !== OPEN && c !== CLOSE && c !== STRAIGHT) continue;
      sawMark = true;
      const before = i > 0 ? text.charCodeAt(i - 1) : 32;
      const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
      const opening = c === OPEN || (c === STRAIGHT && !current && (!isWordChar(before) || i === from) && !/\s/.test(String.fromCharCode(after)));
      if (!current && opening) {
        const continues = !!openQuote && text.slice(from, i).trim() === '';
        current = { start: i, end: block.end, block: index, continues, phrase: false, setOff: false };
      } else if (current && !opening) {
        current.end = i + 1;
        finish(current);
        current = null;
      }
    }
    if (current) {
      // No closing mark before the paragraph ends: the quote may continue in the next one.
      current.end = block.end;
      finish(current);
      openQuote = current;
    } else openQuote = null;
    if (!sawMark && block.setOff && block.role === 'body') {
      quotes.push({ start: block.contentStart, end: block.end, block: index, continues: false, phrase: false, setOff: true });
    }
  });
  function finish(q: Quote): void {
    const inner = text.slice(q.start + 1, q.end - 1);
    // A short quote that opens its sentence ("\"Security lapses happened,\" the chief said") is a statement.
    const before = text.slice(doc.blocks[q.block].contentStart, q.start).trimEnd();
    const opensSentence = before === '' || /[.!?:]["”’)]?$/.test(before);
    q.phrase = !opensSentence && wordCount(inner) < 5 && !/[.!?]["”’]?$/.test(text.slice(q.start, q.end).trimEnd());
    quotes.push(q);
  }
  return quotes;
}
