/**
 * One analysed document as rows of the shared index, in PostgreSQL's COPY text format (tab-separated
 * columns, `\N` for NULL, backslash escapes). Pure: runs in the indexer's worker threads, so the
 * writer only streams the text. Column order matches `COPY_COLUMNS`.
 */
import { IndexedDocument, staticScore } from '../../corpus/corpusIndex';
import { groupNumbers } from '../../corpus/stringTable';
import { bestMention, claimSnippetOf, makeSnippet } from '../../corpus/crossReferences';
import { Dateline } from '../../corpus/dateline';
import { documentPersonIds, speakerIdOf } from '../../corpus/peopleIndex';
import type { KnownPeopleIndex } from '../../people/knownPeople';
import { PartitionedTable } from './schema';

/** Columns written by COPY, per table (the generation comes first everywhere). */
export const COPY_COLUMNS: Record<PartitionedTable, readonly string[]> = {
  documents: ['generation', 'doc_key', 'path', 'content_hash', 'size', 'length', 'doc_date', 'source', 'place', 'mention_count', 'claim_count'],
  document_texts: ['generation', 'doc_key', 'body'],
  doc_groups: ['generation', 'doc_key', 'group_id', 'mentions', 'claims', 'score', 'first_line', 'first_char', 'first_end_line', 'first_end_char', 'best_line', 'best_char', 'best_end_line', 'best_end_char', 'best_alias', 'snippet', 'focus_start', 'focus_end'],
  mentions: ['generation', 'doc_key', 'ordinal', 'group_id', 'alias', 'start_offset', 'end_offset', 'start_line', 'start_char', 'end_line', 'end_char'],
  claims: ['generation', 'doc_key', 'ordinal', 'kind', 'start_offset', 'end_offset', 'start_line', 'start_char', 'end_line', 'end_char', 'subjects', 'claimant', 'speaker', 'speaker_name', 'speaker_person', 'speaker_id', 'said_on', 'form', 'date_text', 'event_date', 'event', 'trigger', 'snippet'],
  claim_subjects: ['generation', 'doc_key', 'claim_ordinal', 'group_id', 'kind', 'has_figures', 'doc_date'],
  figures: ['generation', 'doc_key', 'claim_ordinal', 'ordinal', 'measure', 'value', 'text'],
  people: ['generation', 'doc_key', 'person_key', 'name', 'mentions', 'statements', 'group_statements'],
  person_mentions: ['generation', 'doc_key', 'ordinal', 'person_key', 'start_offset', 'end_offset', 'start_line', 'start_char', 'end_line', 'end_char'],
  relations: ['generation', 'doc_key', 'claim_ordinal', 'relation_type', 'group_a', 'group_b', 'directed', 'asserted', 'hedged'],
};

export interface ArchiveDocumentInput {
  key: string;
  path: string;
  contentHash: string;
  size: number;
  text: string;
  analysis: IndexedDocument;
  dateline: Dateline | null;
  /** The known people, so the archive keys people by the editor's person ids (`personIdOf`). */
  knownPeople: KnownPeopleIndex;
}

export type CopyRows = Record<PartitionedTable, string>;

type Value = string | number | boolean | null | undefined | readonly string[];

/** COPY text escaping of one value. */
export function copyValue(value: Value): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot store ${value} in a number column`);
    return String(value);
  }
  const text = typeof value === 'string' ? value : arrayLiteral(value);
  // NUL cannot be stored in PostgreSQL text; corpus files with NUL are skipped as binary anyway.
  return text.replace(/\u0000/g, '\uFFFD').replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** A text[] literal: {"a","b"} with quotes and backslashes escaped. */
export function arrayLiteral(items: readonly string[]): string {
  return '{' + items.map((s) => '"' + s.replace(/[\\"]/g, (c) => '\\' + c) + '"').join(',') + '}';
}

/** A numrange literal; an open upper bound ("more than N") is written as [N,). */
export function rangeLiteral(low: number, high: number): string {
  if (!Number.isFinite(low)) throw new Error(`figure with no lower bound (${low})`);
  return Number.isFinite(high) ? `[${low},${high}]` : `[${low},)`;
}

function line(values: Value[]): string {
  return values.map(copyValue).join('\t') + '\n';
}

/** Every row of one document for one generation. */
export function documentRows(generation: number, doc: ArchiveDocumentInput): CopyRows {
  const { key, text, analysis } = doc;
  const docDate = analysis.date && /^\d{4}-\d{2}-\d{2}$/.test(analysis.date) ? analysis.date : (doc.dateline?.date ?? null);
  const rows: CopyRows = { documents: '', document_texts: '', doc_groups: '', mentions: '', claims: '', claim_subjects: '', figures: '', people: '', person_mentions: '', relations: '' };
  const mentionCount = analysis.mentionCount;
  rows.documents = line([generation, key, doc.path, doc.contentHash, doc.size, text.length, docDate, doc.dateline?.source ?? null, doc.dateline?.place ?? null, mentionCount, analysis.claims.length]);
  rows.document_texts = line([generation, key, text]);
  for (let i = 0; i < mentionCount; i++) {
    const m = analysis.mention(i);
    const r = m.range;
    rows.mentions += line([generation, key, i, m.groupId, m.alias, m.start, m.end, r.start.line, r.start.character, r.end.line, r.end.character]);
  }
  for (let slot = 0; slot < analysis.groupCount; slot++) {
    const number = analysis.groupNumberAt(slot);
    const groupId = groupNumbers.get(number);
    const count = analysis.mentionsOfGroupAt(slot);
    const claims = analysis.claimsAboutGroupAt(slot);
    const firstIndex = analysis.firstMentionOf(number);
    if (firstIndex < 0) continue;
    const first = analysis.mention(firstIndex);
    const best = bestMention(analysis, groupId) ?? first;
    const { snippet, focus } = makeSnippet(text, best.start, best.end);
    const f = first.range;
    const b = best.range;
    rows.doc_groups += line([generation, key, groupId, count, claims, staticScore(count, claims), f.start.line, f.start.character, f.end.line, f.end.character, b.start.line, b.start.character, b.end.line, b.end.character, best.alias, snippet, focus?.start ?? null, focus?.end ?? null]);
  }
  const persons = documentPersonIds(doc.knownPeople, analysis);
  const speakers = analysis.claims.map((c) => speakerIdOf(analysis, c, persons.byKey));
  analysis.claims.forEach((c, i) => {
    const r = c.range;
    const isoDay = c.isoDate && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(c.isoDate) ? c.isoDate : null;
    // A statement's date as the People view orders them: the claim's own, else its document's (as the local index does).
    const saidOn = speakers[i] ? (c.isoDate ?? analysis.date ?? null) : null;
    rows.claims += line([generation, key, i, c.kind, c.start, c.end, r.start.line, r.start.character, r.end.line, r.end.character, c.subjects, c.claimant, c.speaker?.text ?? null, c.speaker?.name ?? null, c.speaker?.person ?? null, speakers[i], saidOn, c.form ?? null, c.date, isoDay, c.event ?? null, c.trigger ?? null, claimSnippetOf(text, c)]);
    for (const groupId of new Set(c.subjects)) rows.claim_subjects += line([generation, key, i, groupId, c.kind, c.figures.length > 0, docDate]);
    c.figures.forEach((f, j) => {
      rows.figures += line([generation, key, i, j, f.measure, rangeLiteral(f.low, f.high), f.text]);
    });
    if (c.relation) rows.relations += line([generation, key, i, c.relation.type, c.relation.from, c.relation.to, c.relation.directed, c.relation.polarity === 'asserted', c.relation.hedged]);
  });
  // People under the editor's person ids: mentions per entity, statements per speaker (as `PeopleIndex` counts them).
  const perPerson = new Map<string, { mentions: number; statements: number; groupStatements: number }>();
  const counts = (id: string) => {
    let e = perPerson.get(id);
    if (!e) perPerson.set(id, (e = { mentions: 0, statements: 0, groupStatements: 0 }));
    return e;
  };
  (analysis.people?.mentions ?? []).forEach((m, i) => {
    const id = persons.ids[m.entity];
    if (!id) return;
    counts(id).mentions++;
    const r = m.range;
    rows.person_mentions += line([generation, key, i, id, m.start, m.end, r.start.line, r.start.character, r.end.line, r.end.character]);
  });
  analysis.claims.forEach((c, i) => {
    const id = speakers[i];
    if (!id) return;
    const e = counts(id);
    e.statements++;
    if (c.subjects.length) e.groupStatements++;
    if (!persons.names.has(id)) persons.names.set(id, c.speaker?.name ?? id);
  });
  for (const [id, e] of perPerson) rows.people += line([generation, key, id, persons.names.get(id) ?? id, e.mentions, e.statements, e.groupStatements]);
  return rows;
}
