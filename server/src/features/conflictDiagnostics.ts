/**
 * Information diagnostics on claims whose figures differ from related claims in other documents
 * ("Other sources give …"), with related information pointing at those passages. Also marks such
 * claims `disputed` for semantic tokens. Off when `sourceLens.diagnostics.conflictingFigures` is false.
 * With a shared index, relations that archive documents contradict are diagnosed too (the
 * `disputed` token modifier stays local: tokens are answered synchronously from the index).
 */
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { figureSummary } from '../core/claims/agreement';
import { describeRelation } from '../core/claims/relations';
import { RelatedClaim, conflictingClaims } from '../core/corpus/relatedClaims';
import { IndexedClaim, IndexedDocument } from '../core/corpus/corpusIndex';
import { FeatureContext } from './context';
import { displayName } from './markdown';
import { claimModifiers } from './semanticTokens';
import { archiveRelationConflicts } from './sharedAnswers';

export const DIAGNOSTIC_SOURCE = 'Source Lens';

/** Claims checked per document: a huge document must not turn one edit into minutes of comparisons. */
const MAX_CLAIMS_CHECKED = 300;
/** While indexing runs (the index changes constantly), a document's conflicts are recomputed at most this often. */
const RECOMPUTE_INTERVAL_MS = 2000;

interface DocumentConflicts {
  generation: number;
  computedAt: number;
  byClaim: Map<IndexedClaim, RelatedClaim[]>;
}

const cache = new WeakMap<IndexedDocument, DocumentConflicts>();

/**
 * The conflicting claims of each claim of a document, shared by diagnostics and semantic tokens.
 * Cached per analysed document (an edit makes a new one); refreshed when the index changed, and
 * during indexing not more often than RECOMPUTE_INTERVAL_MS.
 */
export function documentConflicts(context: FeatureContext, doc: IndexedDocument): Map<IndexedClaim, RelatedClaim[]> {
  const { index } = context.workspace;
  const cached = cache.get(doc);
  const now = Date.now();
  if (cached && (cached.generation === index.generation || (context.workspace.indexing && now - cached.computedAt < RECOMPUTE_INTERVAL_MS))) return cached.byClaim;
  const byClaim = new Map<IndexedClaim, RelatedClaim[]>();
  let checked = 0;
  for (const claim of doc.claims) {
    if (claim.figures.length === 0 && !claim.relation) continue;
    if (++checked > MAX_CLAIMS_CHECKED) break;
    const conflicts = conflictingClaims(index, doc.uri, claim, 5, context.workspace.claimSearch);
    if (conflicts.length > 0) byClaim.set(claim, conflicts);
  }
  cache.set(doc, { generation: index.generation, computedAt: now, byClaim });
  return byClaim;
}

export function conflictDiagnostics(context: FeatureContext, uri: string): Diagnostic[] {
  const { workspace } = context;
  if (!workspace.settings.diagnostics.conflictingFigures) return [];
  const doc = workspace.index.get(uri);
  if (!doc) return [];
  const out: Diagnostic[] = [];
  for (const [claim, conflicts] of documentConflicts(context, doc)) {
    if (claim.relation) {
      out.push(relationDiagnostic(context, claim, conflicts));
      continue;
    }
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

/**
 * The same diagnostics, with relations the shared archive contradicts added (when a shared index is
 * configured): a relation disputed only by archive documents gets its diagnostic, one disputed
 * locally lists the archive's passages too. Without an answer from the archive, the local ones.
 */
export async function conflictDiagnosticsWithArchive(context: FeatureContext, uri: string): Promise<Diagnostic[]> {
  const local = conflictDiagnostics(context, uri);
  const { workspace } = context;
  const doc = workspace.index.get(uri);
  if (!context.shared?.active || !workspace.settings.diagnostics.conflictingFigures || !doc) return local;
  const archive = await archiveRelationConflicts(context, uri, doc.claims, 5);
  if (archive.value.size === 0 || workspace.index.get(uri) !== doc) return local;
  const localConflicts = documentConflicts(context, doc);
  const out = local.filter((d) => !(d.code === 'disputed-relation' && [...archive.value.keys()].some((c) => c.range === d.range)));
  for (const [claim, remote] of archive.value) out.push(relationDiagnostic(context, claim, [...(localConflicts.get(claim) ?? []), ...remote]));
  return out;
}

/** What a relation diagnostic reads of a contradicting claim, local or from the archive. */
interface ConflictingRelation {
  uri: string;
  claim: { kind: string; relation?: IndexedClaim['relation']; claimant: string | null; range: IndexedClaim['range'] };
}

/** "Disputed: here X not allied with Y; other sources: X allied with Y (a.txt, officials)", with the passages. */
function relationDiagnostic(context: FeatureContext, claim: IndexedClaim, conflicts: readonly ConflictingRelation[]): Diagnostic {
  const nameOf = (id: string) => context.workspace.matcher.group(id)?.name ?? id;
  const said = (c: ConflictingRelation['claim']) => (c.relation ? describeRelation(c.relation, nameOf) : c.kind);
  const others = conflicts.map((c) => `${said(c.claim)} (${[displayName(c.uri), c.claim.claimant].filter(Boolean).join(', ')})`);
  return {
    range: claim.range,
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: 'disputed-relation',
    message: `Disputed relation: this passage says ${said(claim)}; other sources: ${others.join('; ')}.`,
    relatedInformation: conflicts.map((c) => ({ location: { uri: c.uri, range: c.claim.range }, message: `${said(c.claim)}${c.claim.claimant ? ` — ${c.claim.claimant}` : ''}` })),
  };
}

/** Semantic tokens: a claim contradicted elsewhere also carries the `disputed` modifier. */
export function registerDisputedModifier(context: FeatureContext): void {
  const base = claimModifiers.of;
  claimModifiers.of = (claim, doc) => {
    const modifiers = base(claim, doc);
    if (!context.workspace.settings.diagnostics.conflictingFigures || (claim.figures.length === 0 && !claim.relation)) return modifiers;
    if (documentConflicts(context, doc).has(claim)) modifiers.push('disputed');
    return modifiers;
  };
}
