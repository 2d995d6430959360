import { DocumentSymbol, DocumentSymbolParams, SymbolInformation, SymbolKind } from 'vscode-languageserver';
import { IndexedDocument } from '../core/corpus/corpusIndex';
import { FeatureContext } from './context';

/** Outline: the groups this document mentions, most mentioned first, each with its mentions. */
export function groupSymbols(context: FeatureContext, doc: IndexedDocument): DocumentSymbol[] {
  const byGroup = new Map<string, typeof doc.mentions>();
  for (const m of doc.mentions) {
    let list = byGroup.get(m.groupId);
    if (!list) byGroup.set(m.groupId, (list = []));
    list.push(m);
  }
  const symbols: DocumentSymbol[] = [];
  for (const [groupId, mentions] of byGroup) {
    const group = context.workspace.matcher.group(groupId);
    const first = mentions[0];
    const last = mentions[mentions.length - 1];
    symbols.push({
      name: group?.name ?? groupId,
      detail: `${mentions.length} mention${mentions.length === 1 ? '' : 's'}`,
      kind: SymbolKind.Namespace,
      range: { start: first.range.start, end: last.range.end },
      selectionRange: first.range,
      children: mentions.map((m) => ({
        name: m.alias,
        detail: `line ${m.range.start.line + 1}`,
        kind: SymbolKind.String,
        range: m.range,
        selectionRange: m.range,
      })),
    });
  }
  symbols.sort((a, b) => (b.children?.length ?? 0) - (a.children?.length ?? 0) || a.name.localeCompare(b.name));
  return symbols;
}

/** Extra outline sections (claims) are appended by other features through this list. */
export const outlineSections: ((context: FeatureContext, doc: IndexedDocument) => DocumentSymbol[])[] = [groupSymbols];

export function provideDocumentSymbols(context: FeatureContext, params: DocumentSymbolParams): DocumentSymbol[] | SymbolInformation[] | null {
  const doc = context.workspace.index.get(params.textDocument.uri);
  if (!doc) return null;
  const symbols = outlineSections.flatMap((section) => section(context, doc));
  if (context.client.hierarchicalDocumentSymbols) return symbols;
  const flat: SymbolInformation[] = [];
  const walk = (list: DocumentSymbol[], container?: string) => {
    for (const s of list) {
      flat.push({ name: s.name, kind: s.kind, location: { uri: doc.uri, range: s.selectionRange }, containerName: container });
      if (s.children) walk(s.children, s.name);
    }
  };
  walk(symbols);
  return flat;
}
