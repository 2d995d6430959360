/** `sourceLens/exportClaims`: every claim of the corpus with its fields, document and position. */
import { ExportedClaim } from '../protocol';
import { claimSnippet } from './claimHover';
import { FeatureContext } from './context';

/** Every claim of the index, for export (CLI and `sourceLens/exportClaims`). */
export function exportClaims(context: FeatureContext): ExportedClaim[] {
  const docs = [...context.workspace.index.documents()].sort((a, b) => (a.uri < b.uri ? -1 : 1));
  return docs.flatMap((doc) =>
    doc.claims.map((c) => ({
      uri: doc.uri,
      kind: c.kind,
      range: c.range,
      subjects: c.subjects,
      subjectNames: c.subjects.map((s) => context.workspace.matcher.group(s)?.name ?? s),
      claimant: c.claimant,
      // JSON has no Infinity: an open upper bound is null.
      figures: c.figures.map((f) => ({ measure: f.measure, low: f.low, high: Number.isFinite(f.high) ? f.high : null, text: f.text })),
      date: c.date,
      text: claimSnippet(context, doc.uri, c, 100000),
    })),
  );
}
