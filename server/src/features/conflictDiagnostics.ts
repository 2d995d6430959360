/**
 * Information diagnostics on claims whose figures differ from related claims in other documents
 * ("Other sources give …"), with related information pointing at those passages. Also marks such
 * claims `disputed` for semantic tokens. Off when `sourceLens.diagnostics.conflictingFigures` is false.
 */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { figureSummary } from '../core/claims';
import { conflictingClaims } from '../core/claimRelations';
import { IndexedClaim, IndexedDocument } from '../core/corpusIndex';
import { FeatureContext } from './context';
import { displayName } from './markdown';
import { claimModifiers } from './semanticTokens';

export const DIAGNOSTIC_SOURCE = 'Source Lens';

export function conflictDiagnostics(context: FeatureContext, uri: string): Diagnostic[] {
  const { workspace } = context;
  if (!workspace.settings.diagnostics.conflictingFigures) return [];
  const doc = workspace.index.get(uri);
  if (!doc) return [];
  const out: Diagnostic[] = [];
  for (const claim of doc.claims) {
    const conflicts = conflictingClaims(workspace.index, uri, claim, 5);
    if (conflicts.length === 0) continue;
    const given = conflicts.map((c) => `${c.claim.figures.map(figureSummary).join('; ')} (${displayName(c.uri)})`);
    out.push({
      range: claim.range,
      severity: DiagnosticSeverity.Information,
      source: DIAGNOSTIC_SOURCE,
      code: 'conflicting-figures',
      message: `Other sources give ${given.join(', ')}; this passage gives ${claim.figures.map(figureSummary).join('; ')}.`,
      relatedInformation: conflicts.map((c) => ({
        location: { uri: c.uri, range: c.claim.range },
        message: `${c.claim.kind}: ${c.claim.figures.map(figureSummary).join('; ')}${c.claim.claimant ? ` — ${c.claim.claimant}` : ''}`,
      })),
    });
  }
  return out;
}

/** Semantic tokens: a claim contradicted elsewhere also carries the `disputed` modifier. */
export function registerDisputedModifier(context: FeatureContext): void {
  const cache = new WeakMap<IndexedDocument, { generation: number; disputed: Set<IndexedClaim> }>();
  // Tokens are built one document at a time, so the owner of the previous claim is checked first;
  // a full scan (cheap identity checks) happens at most once per document and request.
  let lastDoc: IndexedDocument | undefined;
  const owner = (claim: IndexedClaim): IndexedDocument | undefined => {
    if (lastDoc && lastDoc.claims.includes(claim)) return lastDoc;
    for (const doc of context.workspace.index.documents()) if (doc.claims.includes(claim)) return (lastDoc = doc);
    return undefined;
  };
  claimModifiers.of = (claim) => {
    const modifiers: string[] = [claim.kind];
    if (!context.workspace.settings.diagnostics.conflictingFigures || claim.figures.length === 0) return modifiers;
    const { index } = context.workspace;
    const doc = owner(claim);
    if (!doc) return modifiers;
    let entry = cache.get(doc);
    if (!entry || entry.generation !== index.generation) {
      entry = { generation: index.generation, disputed: new Set(doc.claims.filter((c) => conflictingClaims(index, doc.uri, c, 1).length > 0)) };
      cache.set(doc, entry);
    }
    if (entry.disputed.has(claim)) modifiers.push('disputed');
    return modifiers;
  };
}
