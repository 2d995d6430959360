/**
 * Claims as CSV (RFC 4180), shared by the CLI export and the editor's export command so both
 * write the same columns and the same quoting.
 */

/** The first nine columns are the original export's; speaker, form and the ISO date follow, so old readers keep working. */
export const CLAIMS_CSV_HEADER = ['document', 'line', 'character', 'kind', 'subjects', 'claimant', 'figures', 'date', 'text', 'speaker', 'form', 'iso_date'] as const;

/** One cell: quoted when it holds a comma, quote or line break; a leading = + - @ is prefixed with ' so spreadsheets keep it as text. */
export function csvField(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface ClaimCsvRow {
  document: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  character: number;
  kind: string;
  subjects: readonly string[];
  claimant: string | null;
  figures: readonly string[];
  date: string | null;
  text: string;
  /** The resolved speaker of an attributed sentence. */
  speaker?: string | null;
  form?: string | null;
  isoDate?: string | null;
}

export function claimsCsv(rows: Iterable<ClaimCsvRow>): string {
  const lines = [CLAIMS_CSV_HEADER.join(',')];
  for (const r of rows) lines.push([r.document, r.line, r.character, r.kind, r.subjects.join('; '), r.claimant, r.figures.join('; '), r.date, r.text, r.speaker, r.form, r.isoDate].map(csvField).join(','));
  return lines.join('\n') + '\n';
}
