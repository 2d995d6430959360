/**
 * The shared archive as a `CorpusStore`, read from PostgreSQL with the read-only role. Every answer
 * is one parameterised statement over the current generation, bounded by LIMIT; the server also
 * bounds each statement's time (statement_timeout).
 */
import { Pool } from 'pg';
import { Claim, ClaimKind, Figure, RelationType } from '../../claims/model';
import { Range } from '../../text/positions';
import { SHARED_GROUP_WEIGHT } from '../../corpus/corpusIndex';
import { archivePathOf, archiveUri, docKeyOf } from '../archive';
import {
  ClaimTotals,
  CorpusStore,
  CrossReferenceAnswer,
  CrossReferenceQuery,
  GroupDocumentsEntry,
  GroupOverviewRow,
  GroupTotals,
  PersonStatementQuery,
  ReferencePage,
  StoredClaim,
  StoredDocumentRef,
  StoredLocation,
  StoredPersonDocument,
  StoredPersonSummary,
  SymbolCandidate,
} from '../corpusStore';
import { SQL } from './queries';
import { SCHEMA_VERSION } from './schema';

/** The archive was written with another layout of tables: it is not read (never misread). */
export class SchemaVersionError extends Error {
  constructor(readonly version: number) {
    super(`the shared index has schema version ${version}; this Source Lens reads version ${SCHEMA_VERSION}. Re-index it with this version's "source-lens index" (into a new database, or after dropping the "source_lens" schema)`);
  }
}

/** Documents read by stored score for one hover before the context re-ranks them. */
const CROSS_REFERENCE_REACH = 400;
/** Subject groups of a claim looked up for related claims. */
const MAX_CLAIM_GROUPS = 3;
const MAX_SYMBOL_GROUPS = 20;
/** Groups listed for one person's statements (the People view's second level). */
const MAX_PERSON_GROUPS = 200;

type Row = Record<string, any>;

function range(r: Row, prefix: string): Range {
  return { start: { line: r[`${prefix}line`], character: r[`${prefix}char`] }, end: { line: r[`${prefix}end_line`], character: r[`${prefix}end_char`] } };
}

function plainRange(r: Row): Range {
  return { start: { line: r.start_line, character: r.start_char }, end: { line: r.end_line, character: r.end_char } };
}

function documentRef(r: Row): StoredDocumentRef {
  return { uri: archiveUri(r.path), archivePath: r.path, contentHash: r.content_hash ?? null };
}

function num(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

function figureOf(f: { measure: string; low: unknown; high: unknown; text: string }): Figure {
  const low = Number(f.low);
  return { measure: f.measure, low, high: f.high === null ? Infinity : Number(f.high), text: f.text };
}

function storedClaim(r: Row): StoredClaim {
  const figures = (typeof r.figures === 'string' ? JSON.parse(r.figures) : r.figures) as { measure: string; low: unknown; high: unknown; text: string }[];
  const claim: Claim & { range: Range } = {
    kind: r.kind as ClaimKind,
    start: r.start_offset,
    end: r.end_offset,
    subjects: r.subjects ?? [],
    claimant: r.claimant ?? null,
    figures: figures.map(figureOf),
    date: r.date_text ?? null,
    range: plainRange(r),
  };
  if (r.event) claim.event = r.event;
  if (r.event_date) claim.isoDate = r.event_date;
  if (r.speaker_id || r.speaker_name) claim.speaker = { text: r.speaker_name ?? r.speaker_id, name: r.speaker_name ?? r.speaker_id, person: r.speaker_id ?? null };
  if (r.relation_type) {
    claim.relation = { type: r.relation_type as RelationType, from: r.group_a, to: r.group_b, directed: r.directed === true, polarity: r.asserted ? 'asserted' : 'denied', hedged: r.hedged === true };
  }
  return { ...documentRef(r), claim, snippet: r.snippet, saidOn: r.said_on ?? null };
}

function personSummary(r: Row): StoredPersonSummary {
  return {
    id: r.person_key,
    name: r.name,
    mentions: num(r.mentions),
    documents: num(r.documents),
    statements: num(r.statements),
    groupStatements: num(r.group_statements),
    statementDocuments: num(r.statement_documents),
  };
}

/** A name filter as an ILIKE pattern ("contains", case-insensitive), its wildcards escaped; null for none. */
export function containsPattern(filter: string): string | null {
  const needle = filter.trim();
  return needle ? `%${needle.replace(/[\\%_]/g, (c) => '\\' + c)}%` : null;
}

/** Reference cursors: the last (document key, mention ordinal) returned. */
function encodeCursor(key: string, ordinal: number): string {
  return `${key}:${ordinal}`;
}

function decodeCursor(cursor: string | null): [string, number] {
  const m = cursor ? /^(-?\d{1,20}):(\d{1,9})$/.exec(cursor) : null;
  return m ? [m[1], Number(m[2])] : ['-9223372036854775808', -1];
}

export class PostgresStore implements CorpusStore {
  constructor(private readonly pool: Pool) {}

  /** A named (prepared once per connection) statement: editors repeat the same few, so planning is paid once. */
  private query(name: string, text: string, values: unknown[] = []): Promise<{ rows: Row[] }> {
    return this.pool.query({ name: `source-lens-${name}`, text, values });
  }

  /** The generation editors read and its size, or null when nothing was indexed yet. */
  async status(): Promise<{ generation: number; documents: number; mentions: number; groups: number } | null> {
    const state = await this.query('status', SQL.status);
    const version = state.rows[0]?.schema_version;
    if (version !== undefined && version !== SCHEMA_VERSION) throw new SchemaVersionError(version);
    if (!state.rows[0] || state.rows[0].generation === null) return null;
    const totals = await this.query('totals', SQL.totals);
    const t = totals.rows[0];
    return { generation: state.rows[0].generation, documents: num(t.documents), mentions: num(t.mentions), groups: num(t.groups) };
  }

  /** Which of these archive paths the archive holds (keys computed here), with their mentions per group. */
  async holdings(paths: readonly string[]): Promise<Map<string, Map<string, number>>> {
    const out = new Map<string, Map<string, number>>();
    if (paths.length === 0) return out;
    const { rows } = await this.query('documentsByKey', SQL.documentsByKey, [paths.map(docKeyOf)]);
    for (const r of rows) out.set(r.path, new Map((r.groups as string[]).map((g, i) => [g, Number(r.mentions[i])])));
    return out;
  }

  /** Archive paths of documents with these content hashes (copies at another path). */
  async pathsWithHashes(hashes: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (hashes.length === 0) return out;
    const { rows } = await this.query('documentsByHash', SQL.documentsByHash, [hashes]);
    for (const r of rows) out.set(r.content_hash, r.path);
    return out;
  }

  async groupTotals(groupIds: readonly string[]): Promise<Map<string, GroupTotals>> {
    const out = new Map<string, GroupTotals>();
    if (groupIds.length === 0) return out;
    const { rows } = await this.query('groupStats', SQL.groupStats, [groupIds]);
    for (const r of rows) out.set(r.group_id, { mentions: num(r.mentions), documents: num(r.documents) });
    return out;
  }

  /**
   * One statement: the documents that say most about the group (stored score) are re-scored in the
   * database by the context groups they share, and only the best come back. The reach bounds the
   * work per hover whatever the archive's size; the ranking is the local index's unless the context
   * shares groups with more documents than the reach covers.
   */
  async crossReferences(query: CrossReferenceQuery): Promise<CrossReferenceAnswer> {
    const contextGroups = query.contextGroups.filter((g) => g !== query.groupId);
    const reach = CROSS_REFERENCE_REACH;
    // The context document itself may be among them: one more than the answer keeps.
    const keep = Math.min(reach, query.limit * 2 + 11);
    const rows: Row[] = (await this.query(`crossReferences-${reach}-${keep}`, SQL.crossReferences(reach, keep, SHARED_GROUP_WEIGHT), [query.groupId, contextGroups])).rows;
    const contextPath = query.contextUri ? archivePathOf(query.contextUri) : null;
    const passages = rows
      .filter((r) => r.path !== contextPath)
      .map((r) => ({
        ...documentRef(r),
        range: range(r, 'best_'),
        snippet: r.snippet,
        focus: r.focus_start === null ? null : { start: r.focus_start, end: r.focus_end },
        groupId: query.groupId,
        alias: r.best_alias,
        score: r.shared * SHARED_GROUP_WEIGHT + r.score,
      }))
      .sort((a, b) => b.score - a.score || (a.uri < b.uri ? -1 : 1))
      .slice(0, query.limit * 2 + 10);
    const total = rows.length ? num(rows[0].total) : num((await this.groupTotals([query.groupId])).get(query.groupId)?.documents);
    return { passages, totalDocuments: Math.max(0, total - (contextPath && rows.some((r) => r.path === contextPath) ? 1 : 0)) };
  }

  async references(groupId: string, cursor: string | null, limit: number): Promise<ReferencePage> {
    const [key, ordinal] = decodeCursor(cursor);
    const { rows } = await this.query('referencesPage', SQL.referencesPage, [groupId, key, ordinal, limit]);
    const locations = rows.map((r) => ({ ...documentRef(r), range: plainRange(r) }));
    const last = rows[rows.length - 1];
    return { locations, next: rows.length === limit && last ? encodeCursor(last.doc_key, last.ordinal) : null };
  }

  async symbolCandidates(groupIds: readonly string[], perGroup: number, total = perGroup * MAX_SYMBOL_GROUPS): Promise<SymbolCandidate[]> {
    const ids = groupIds.slice(0, MAX_SYMBOL_GROUPS);
    if (ids.length === 0 || total <= 0) return [];
    const { rows } = await this.query(`symbolCandidates-${perGroup}-${total}`, SQL.symbolCandidates(perGroup, total), [ids]);
    return rows.map((r) => ({ ...documentRef(r), groupId: r.group_id, range: range(r, 'first_'), mentions: r.mentions }));
  }

  async claimCandidates(claim: Claim, contextGroups: readonly string[], limit: number): Promise<StoredClaim[]> {
    const groups = [...new Set(claim.subjects.length ? claim.subjects : contextGroups)].slice(0, MAX_CLAIM_GROUPS);
    if (groups.length === 0) return [];
    const { rows } = await this.query(`relatedClaims-${groups.length}-${limit}`, SQL.relatedClaims(groups.length, limit), [claim.kind, ...groups]);
    return rows.map(storedClaim);
  }

  async groupsOverview(limit: number): Promise<GroupOverviewRow[]> {
    const { rows } = await this.query('groupsOverview', SQL.groupsOverview, [limit]);
    return rows.map((r) => ({ groupId: r.group_id, name: r.name ?? null, mentions: num(r.mentions), documents: num(r.documents), claims: num(r.claims) }));
  }

  async groupDocuments(groupId: string, limit: number): Promise<GroupDocumentsEntry[]> {
    const { rows } = await this.query('groupDocuments', SQL.groupDocuments, [groupId, limit, 0]);
    if (rows.length === 0) return [];
    const mentions = await this.query('mentionsIn', SQL.mentionsIn, [groupId, rows.map((r) => r.doc_key)]);
    const byKey = new Map<string, { range: Range; alias: string }[]>();
    for (const m of mentions.rows) {
      let list = byKey.get(m.doc_key);
      if (!list) byKey.set(m.doc_key, (list = []));
      list.push({ range: plainRange(m), alias: m.alias });
    }
    return rows.map((r) => ({ ...documentRef(r), mentions: byKey.get(r.doc_key) ?? [] }));
  }

  async claimTotals(): Promise<ClaimTotals> {
    const { rows } = await this.query('claimCategories', SQL.claimCategories);
    const out: ClaimTotals = { kinds: new Map(), groups: new Map() };
    for (const r of rows) (r.axis === 'kind' ? out.kinds : out.groups).set(r.key, num(r.n));
    return out;
  }

  async claimsIn(filter: { kind?: string; groupId?: string }, limit: number): Promise<StoredClaim[]> {
    const { rows } = await this.query('claimsIn', SQL.claimsIn, [filter.kind ?? null, filter.groupId ?? null, limit]);
    return rows.map(storedClaim);
  }

  // --- people (keyed by the editor's person ids; `excluded`: keys of the analyst's copies, counted locally) ---

  /** A person's archive totals without the excluded documents, or null when the archive does not name them. */
  async personSummary(personId: string, excluded: readonly string[]): Promise<StoredPersonSummary | null> {
    const { rows } = await this.query('personSummary', SQL.personSummary, [personId, excluded]);
    return rows[0] ? personSummary(rows[0]) : null;
  }

  /** People by statements, then mentions; `filter` on the name, or one of `ids` (listed people matched by their listed name). */
  async peopleTop(filter: string, ids: readonly string[], offset: number, limit: number): Promise<{ items: StoredPersonSummary[]; total: number }> {
    const { rows } = await this.query('peopleTop', SQL.peopleTop, [containsPattern(filter), ids, limit, offset]);
    const total = rows.length ? num(rows[0].total) : offset === 0 ? 0 : num((await this.query('peopleTop', SQL.peopleTop, [containsPattern(filter), ids, 1, 0])).rows[0]?.total);
    return { items: rows.map(personSummary), total };
  }

  /** What these (person, document key) pairs count in the archive, per person. */
  async peopleOverlap(pairs: readonly { personId: string; key: string }[]): Promise<Map<string, StoredPersonSummary>> {
    const out = new Map<string, StoredPersonSummary>();
    if (pairs.length === 0) return out;
    const { rows } = await this.query('peopleOverlap', SQL.peopleOverlap, [pairs.map((p) => p.personId), pairs.map((p) => p.key)]);
    for (const r of rows) out.set(r.person_key, personSummary({ ...r, name: '' }));
    return out;
  }

  /** A person's statements, newest first, paged, with how many there are (one statement; a second only for a page past the end). */
  async personStatements(personId: string, excluded: readonly string[], query: PersonStatementQuery): Promise<{ items: StoredClaim[]; total: number }> {
    const group = query.groupId === undefined ? null : (query.groupId ?? '');
    const filters = [personId, excluded, query.aboutGroups === true, group];
    const page = query.limit > 0 ? (await this.query('personStatements', SQL.personStatements, [...filters, query.limit, query.offset])).rows : [];
    const total = page.length ? num(page[0].total) : num((await this.query('personStatementCount', SQL.personStatementCount, filters)).rows[0]?.n);
    return { items: page.map(storedClaim), total };
  }

  /** A person's statement counts per group (null: about no group). */
  async personGroups(personId: string, excluded: readonly string[]): Promise<{ groupId: string | null; statements: number }[]> {
    const { rows } = await this.query('personGroups', SQL.personGroups, [personId, excluded, MAX_PERSON_GROUPS]);
    return rows.map((r) => ({ groupId: r.group_id === '' ? null : r.group_id, statements: num(r.n) }));
  }

  async personDocuments(personId: string, excluded: readonly string[], limit: number): Promise<StoredPersonDocument[]> {
    const { rows } = await this.query('personDocuments', SQL.personDocuments, [personId, excluded, limit]);
    return rows.map((r) => ({ ...documentRef(r), mentions: num(r.mentions), statements: num(r.statements), range: r.start_line === null ? null : plainRange(r) }));
  }

  /** One page of a person's mentions in the archive, in a stable order. */
  async personReferences(personId: string, excluded: readonly string[], cursor: string | null, limit: number): Promise<{ locations: StoredLocation[]; next: string | null }> {
    const [key, ordinal] = decodeCursor(cursor);
    const { rows } = await this.query('personMentionsPage', SQL.personMentionsPage, [personId, excluded, key, ordinal, limit]);
    const locations = rows.map((r) => ({ ...documentRef(r), range: plainRange(r) }));
    const last = rows[rows.length - 1];
    return { locations, next: rows.length === limit && last ? encodeCursor(last.doc_key, last.ordinal) : null };
  }

  async documentText(uri: string): Promise<string | null> {
    const archivePath = archivePathOf(uri);
    if (!archivePath) return null;
    const { rows } = await this.query('documentText', SQL.documentText, [docKeyOf(archivePath)]);
    return rows[0]?.path === archivePath ? rows[0].body : null;
  }
}
