/**
 * `source-lens claims <folder> --format csv|json`: every claim of a corpus with its fields,
 * document and position, for reports. CSV follows RFC 4180 (fields with commas, quotes or line
 * breaks are quoted, quotes doubled), one row per claim.
 */
import { figureSummary } from './core/claims/agreement';
import type { CliOptions, CommandHandler } from './cli';
import { UsageError, loadCorpus, relativeTo } from './cli';
import { claimsCsv } from './core/claims/csv';
import { collapseWhitespace } from './core/text/sentences';

async function claimsCommand(options: CliOptions, out: (s: string) => void): Promise<void> {
  const format = options.format || (options.json ? 'json' : 'csv');
  if (format !== 'csv' && format !== 'json') throw new UsageError(`--format must be csv or json, not "${format}"`);
  const { index, root, readText } = await loadCorpus(options);
  const docs = [...index.documents()].sort((a, b) => (a.uri < b.uri ? -1 : 1));
  const rows = docs.flatMap((doc) => {
    const text = readText(doc.uri) ?? '';
    return doc.claims.map((c) => ({
      document: relativeTo(root, doc.uri),
      line: c.range.start.line + 1,
      character: c.range.start.character + 1,
      kind: c.kind,
      subjects: c.subjects.map((s) => index.matcher.group(s)?.name ?? s),
      subjectIds: c.subjects,
      claimant: c.claimant,
      figures: c.figures.map((f) => ({ measure: f.measure, low: f.low, high: Number.isFinite(f.high) ? f.high : null, text: f.text, summary: figureSummary(f) })),
      date: c.date,
      isoDate: c.isoDate ?? null,
      speaker: c.speaker?.name ?? null,
      speakerAsWritten: c.speaker?.text ?? null,
      form: c.form ?? null,
      statementSubjectIds: c.statementSubjects ?? null,
      text: collapseWhitespace(text.slice(c.start, c.end)),
    }));
  });
  if (format === 'json') {
    out(JSON.stringify({ root, claims: rows }, null, 2));
    return;
  }
  out(claimsCsv(rows.map((r) => ({ ...r, figures: r.figures.map((f) => f.summary) }))).trimEnd());
}

/** Called by cli.ts once its command map exists (the modules import each other). */
export function registerClaimsCommand(commands: Map<string, CommandHandler>): void {
  commands.set('claims', claimsCommand);
}
