import { DocumentHighlight, DocumentHighlightKind, DocumentHighlightParams } from 'vscode-languageserver';
import { FeatureContext } from './context';

/** The other mentions of the same person, or of the same group, in this document. */
export function provideDocumentHighlights(context: FeatureContext, params: DocumentHighlightParams): DocumentHighlight[] | null {
  const { uri } = params.textDocument;
  const { line, character } = params.position;
  const person = context.workspace.people.personAt(uri, line, character);
  if (person) return context.workspace.people.mentionsIn(uri, person.id).map((m) => ({ range: m.range, kind: DocumentHighlightKind.Text }));
  const doc = context.workspace.index.get(uri);
  const mention = context.workspace.index.mentionAt(uri, line, character);
  if (!doc || !mention) return null;
  return doc.mentionsOfGroup(mention.groupId).map((m) => ({ range: m.range, kind: DocumentHighlightKind.Text }));
}
