/** Outline section "Claims": claims grouped under their kind, in document order. */
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { CLAIM_KINDS } from '../core/claims/model';
import { figureSummary } from '../core/claims/agreement';
import { IndexedDocument } from '../core/corpus/corpusIndex';
import { claimSnippet, groupNames } from './claimHover';
import { FeatureContext } from './context';
import { outlineSections } from './documentSymbols';

export function claimSymbols(context: FeatureContext, doc: IndexedDocument): DocumentSymbol[] {
  if (doc.claims.length === 0) return [];
  const kinds: DocumentSymbol[] = [];
  for (const kind of CLAIM_KINDS) {
    const claims = doc.claims.filter((c) => c.kind === kind);
    if (claims.length === 0) continue;
    kinds.push({
      name: kind,
      detail: `${claims.length} claim${claims.length === 1 ? '' : 's'}`,
      kind: SymbolKind.Enum,
      range: { start: claims[0].range.start, end: claims[claims.length - 1].range.end },
      selectionRange: claims[0].range,
      children: claims.map((c) => ({
        name: claimSnippet(context, doc.uri, c, 80) || kind,
        detail: [groupNames(context, c.subjects), c.figures.map(figureSummary).join('; '), c.claimant ? `— ${c.claimant}` : ''].filter(Boolean).join(' '),
        kind: SymbolKind.Event,
        range: c.range,
        selectionRange: c.range,
      })),
    });
  }
  const first = doc.claims[0];
  const last = doc.claims.reduce((a, c) => (c.end > a.end ? c : a), first);
  return [{ name: 'Claims', detail: `${doc.claims.length}`, kind: SymbolKind.Namespace, range: { start: first.range.start, end: last.range.end }, selectionRange: first.range, children: kinds }];
}

let registered = false;
/** Adds the section to the outline once. */
export function registerClaimOutline(): void {
  if (registered) return;
  registered = true;
  outlineSections.push(claimSymbols);
}
