/**
 * Semantic tokens: group mentions and claims. Tokens never overlap and never span lines (LSP
 * clients such as VS Code require both), so a claim is cut around the group mentions inside it
 * and a name broken across a line wrap yields one token per line.
 */
import { Range as LspRange, SemanticTokens, SemanticTokensBuilder, SemanticTokensLegend } from 'vscode-languageserver';
import { IndexedDocument } from '../core/corpus/corpusIndex';
import { isQuietStatement } from '../core/claims/model';
import { LineIndex } from '../core/text/positions';
import { TokenModifiers, TokenTypes } from '../protocol';
import { FeatureContext } from './context';

export const legend: SemanticTokensLegend = { tokenTypes: [...TokenTypes], tokenModifiers: [...TokenModifiers] };

interface Span {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

function modifierBits(names: readonly string[]): number {
  let bits = 0;
  for (const name of names) {
    const i = (TokenModifiers as readonly string[]).indexOf(name);
    if (i >= 0) bits |= 1 << i;
  }
  return bits;
}

/** Claim modifiers for a claim; other features may replace this (e.g. to add "disputed"). */
export const claimModifiers = { of: (claim: IndexedDocument['claims'][number], _doc: IndexedDocument): string[] => (isQuietStatement(claim) ? [claim.kind, 'aboutNoGroup'] : [claim.kind]) };

export function documentSpans(context: FeatureContext, doc: IndexedDocument): Span[] {
  const { highlight } = context.workspace.settings;
  const groupType = TokenTypes.indexOf('group');
  const claimType = TokenTypes.indexOf('claim');
  const mentionCount = doc.mentionCount;
  const groups: Span[] = [];
  if (highlight.groups) for (let i = 0; i < mentionCount; i++) groups.push({ start: doc.mentionStart(i), end: doc.mentionEnd(i), type: groupType, modifiers: 0 });
  if (!highlight.claims || doc.claims.length === 0) return groups;
  const spans: Span[] = [...groups];
  // Claims may nest or overlap each other; paint each offset once, groups first.
  const claims = [...doc.claims].sort((a, b) => a.start - b.start || b.end - a.end);
  // One sentence may be several claims (a statement and a relation): its token carries every kind.
  const bitsByRange = new Map<string, number>();
  for (const claim of claims) {
    const key = `${claim.start}:${claim.end}`;
    bitsByRange.set(key, (bitsByRange.get(key) ?? 0) | modifierBits(claimModifiers.of(claim, doc)));
  }
  let paintedUpTo = 0;
  for (const claim of claims) {
    const modifiers = bitsByRange.get(`${claim.start}:${claim.end}`)!;
    let cursor = Math.max(claim.start, paintedUpTo);
    for (let i = 0; i < mentionCount; i++) {
      const start = doc.mentionStart(i);
      const end = doc.mentionEnd(i);
      if (end <= cursor) continue;
      if (start >= claim.end) break;
      if (start > cursor) spans.push({ start: cursor, end: start, type: claimType, modifiers });
      cursor = Math.max(cursor, end);
    }
    if (cursor < claim.end) spans.push({ start: cursor, end: claim.end, type: claimType, modifiers });
    paintedUpTo = Math.max(paintedUpTo, claim.end);
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function buildSemanticTokens(context: FeatureContext, doc: IndexedDocument, text: string, range?: LspRange): SemanticTokens {
  const lines = new LineIndex(text);
  const builder = new SemanticTokensBuilder();
  const from = range ? lines.offsetAt(range.start) : 0;
  const to = range ? lines.offsetAt(range.end) : text.length;
  for (const span of documentSpans(context, doc)) {
    if (span.end <= from || span.start >= to) continue;
    let start = span.start;
    const end = Math.min(span.end, text.length);
    while (start < end) {
      const pos = lines.positionAt(start);
      const lineEnd = lines.lineEnd(pos.line);
      const pieceEnd = Math.min(end, lineEnd);
      // Skip leading blanks of a continuation line so tokens cover words, not indentation.
      if (pieceEnd > start) builder.push(pos.line, pos.character, pieceEnd - start, span.type, span.modifiers);
      if (pos.line + 1 >= lines.lineCount) break;
      start = lines.lineStarts[pos.line + 1];
      while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
    }
  }
  return builder.build();
}

export function provideSemanticTokens(context: FeatureContext, uri: string, range?: LspRange): SemanticTokens {
  const doc = context.workspace.index.get(uri);
  const text = context.workspace.read(uri);
  if (!doc || text === undefined || text.length !== doc.length) return { data: [] };
  return buildSemanticTokens(context, doc, text, range);
}
