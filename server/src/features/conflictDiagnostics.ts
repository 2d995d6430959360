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
/** Work between two pauses of a background conflict computation (ms). */
const CONFLICT_SLICE_MS = 2;

interface DocumentConflicts {
  generation: number;
  computedAt: number;
  byClaim: Map<IndexedClaim, RelatedClaim[]>;
}

const cache = new WeakMap<IndexedDocument, DocumentConflicts>();

/** The cached conflicts of a document while they hold: the index has not changed, or it is being indexed and they are recent. */
function cachedConflicts(context: FeatureContext, doc: IndexedDocument): Map<IndexedClaim, RelatedClaim[]> | undefined {
  const cached = cache.get(doc);
  if (!cached) return undefined;
  const fresh = cached.generation === context.workspace.index.generation || (context.workspace.indexing && Date.now() - cached.computedAt < RECOMPUTE_INTERVAL_MS);
  return fresh ? cached.byClaim : undefined;
}

/**
 * Computes a document's conflicts claim by claim, pausing (yield) after each one; returns them,
 * cached, or null when the document was replaced or removed meanwhile (its answer is of no use).
 * The generation cached is the one the computation started from: an index changed meanwhile
 * makes the next question compute them again.
 */
function* computeConflicts(context: FeatureContext, doc: IndexedDocument): Generator<void, Map<IndexedClaim, RelatedClaim[]> | null, void> {
  const { index } = context.workspace;
  const generation = index.generation;
  const computedAt = Date.now();
  const byClaim = new Map<IndexedClaim, RelatedClaim[]>();
  let checked = 0;
  for (const claim of doc.claims) {
    if (claim.figures.length === 0 && !claim.relation) continue;
    if (++checked > MAX_CLAIMS_CHECKED) break;
    if (index.get(doc.uri) !== doc) return null;
    const conflicts = conflictingClaims(index, doc.uri, claim, 5, context.workspace.claimSearch);
    if (conflicts.length > 0) byClaim.set(claim, conflicts);
    yield;
  }
  cache.set(doc, { generation, computedAt, byClaim });
  return byClaim;
}

/**
 * The conflicting claims of each claim of a document, shared by diagnostics and semantic tokens.
 * Cached per analysed document (an edit makes a new one); refreshed when the index changed, and
 * during indexing not more often than RECOMPUTE_INTERVAL_MS.
 */
export function documentConflicts(context: FeatureContext, doc: IndexedDocument): Map<IndexedClaim, RelatedClaim[]> {
  const cached = cachedConflicts(context, doc);
  if (cached) return cached;
  const steps = computeConflicts(context, doc);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value ?? new Map();
}

/**
 * The same, computed in the background: it starts, and goes on after each slice of `sliceMs` of
 * work, only when the server is quiet (`FeatureContext.quiet`: no request answered for a moment),
 * so the hovers right after a document is opened are not delayed by the comparison of its claims
 * with the corpus (tens of milliseconds for a long article in a large corpus), neither in one block
 * nor a slice per hover. Null when the document was replaced or removed before the end.
 */
export async function documentConflictsInSlices(context: FeatureContext, doc: IndexedDocument, sliceMs = CONFLICT_SLICE_MS): Promise<Map<IndexedClaim, RelatedClaim[]> | null> {
  const cached = cachedConflicts(context, doc);
  if (cached) return cached;
  const pause = () => context.quiet?.() ?? new Promise<void>((resolve) => setImmediate(resolve));
  await pause();
  const steps = computeConflicts(context, doc);
  let sliceStart = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

export function conflictDiagnostics(context: FeatureContext, uri: string): Diagnostic[] {
  const doc = context.workspace.index.get(uri);
  return doc && context.workspace.settings.diagnostics.conflictingFigures ? diagnosticsOf(context, documentConflicts(context, doc)) : [];
}

/** Diagnostics of a document's conflicting claims (none when the setting is off). */
function diagnosticsOf(context: FeatureContext, conflictsByClaim: Map<IndexedClaim, RelatedClaim[]>): Diagnostic[] {
  if (!context.workspace.settings.diagnostics.conflictingFigures) return [];
  const out: Diagnostic[] = [];
  for (const [claim, conflicts] of conflictsByClaim) {
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
 * The local comparison runs in slices (`documentConflictsInSlices`); null when the document was
 * replaced meanwhile (the edit that replaced it asks again).
 */
export async function conflictDiagnosticsWithArchive(context: FeatureContext, uri: string): Promise<Diagnostic[] | null> {
  const { workspace } = context;
  const doc = workspace.index.get(uri);
  if (!doc || !workspace.settings.diagnostics.conflictingFigures) return [];
  const localConflicts = await documentConflictsInSlices(context, doc);
  if (!localConflicts) return null;
  const local = diagnosticsOf(context, localConflicts);
  if (!context.shared?.active) return local;
  const archive = await archiveRelationConflicts(context, uri, doc.claims, 5);
  if (archive.value.size === 0 || workspace.index.get(uri) !== doc) return local;
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
