/**
 * "Go to implementation" from a claim or a group mention: related passages across the corpus, most
 * relevant first, shown by editors in their peek/references UI. From a claim: its related claims;
 * from a mention outside any claim: the group's claims elsewhere, then its cross-reference passages.
 */
import { ImplementationParams, Location } from 'vscode-languageserver';
import { relatedClaims } from '../core/corpus/relatedClaims';
import { findCrossReferences } from '../core/corpus/crossReferences';
import { FeatureContext } from './context';

const LIMIT = 50;

export function provideRelatedPassages(context: FeatureContext, params: ImplementationParams): Location[] | null {
  const { index } = context.workspace;
  const { uri } = params.textDocument;
  const { line, character } = params.position;
  const claim = index.claimAt(uri, line, character);
  const mention = index.mentionAt(uri, line, character);
  if (!claim && !mention) return null;
  const out: Location[] = [];
  const seen = new Set<string>();
  const add = (u: string, range: Location['range']) => {
    const key = `${u}#${range.start.line}:${range.start.character}`;
    if (seen.has(key) || out.length >= LIMIT) return;
    seen.add(key);
    out.push({ uri: u, range });
  };
  if (claim) for (const r of relatedClaims(index, uri, claim, LIMIT, context.workspace.claimSearch)) add(r.uri, r.claim.range);
  if (mention) {
    const groupId = mention.groupId;
    // The group's claims elsewhere, grouped by document (most relevant first), then plain mentions.
    for (const doc of index.topDocuments(groupId, uri, LIMIT, { withClaimsOnly: true }).documents) {
      for (const c of doc.claims) if (c.subjects.includes(groupId)) add(doc.uri, c.range);
    }
    for (const p of findCrossReferences(index, context.workspace, groupId, uri, LIMIT).passages) add(p.uri, p.range);
  }
  return out;
}
