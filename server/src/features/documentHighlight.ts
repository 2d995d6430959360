import { DocumentHighlight, DocumentHighlightKind, DocumentHighlightParams } from 'vscode-languageserver';
import { FeatureContext } from './context';

/** The other mentions of the same group in this document. */
export function provideDocumentHighlights(context: FeatureContext, params: DocumentHighlightParams): DocumentHighlight[] | null {
  const { uri } = params.textDocument;
  const doc = context.workspace.index.get(uri);
  const mention = context.workspace.index.mentionAt(uri, params.position.line, params.position.character);
  if (!doc || !mention) return null;
  return doc.mentionsOfGroup(mention.groupId).map((m) => ({ range: m.range, kind: DocumentHighlightKind.Text }));
}
