/** `sourceLens/exportClaims`: every claim of the corpus with its fields, document and position, as CSV or JSON. */
import { claimsCsv } from '../core/claims/csv';
import { ClaimExport, ExportedClaim } from '../protocol';
import { claimSnippet } from './claimHover';
import { FeatureContext } from './context';
import { workspaceRelative } from './corpusViews';

/** Every claim of the index, for export. */
export function exportedClaims(context: FeatureContext): ExportedClaim[] {
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
      isoDate: c.isoDate ?? null,
      speaker: c.speaker?.name ?? null,
      speakerAsWritten: c.speaker?.text ?? null,
      form: c.form ?? null,
      text: claimSnippet(context, doc.uri, c, 100000),
      ...(c.relation ? { relation: { ...c.relation } } : {}),
    })),
  );
}

/** The export file's content, written by the client where the analyst chose. */
export function exportClaims(context: FeatureContext, format: unknown): ClaimExport {
  const claims = exportedClaims(context);
  if (format === 'json') return { content: JSON.stringify({ claims }, null, 2) + '\n', count: claims.length };
  const content = claimsCsv(
    claims.map((c) => ({
      document: workspaceRelative(context, c.uri),
      line: c.range.start.line + 1,
      character: c.range.start.character + 1,
      kind: c.kind,
      subjects: c.subjectNames,
      claimant: c.claimant,
      figures: c.figures.map((f) => f.text),
      date: c.date,
      text: c.text,
      speaker: c.speaker,
      form: c.form,
      isoDate: c.isoDate,
    })),
  );
  return { content, count: claims.length };
}
