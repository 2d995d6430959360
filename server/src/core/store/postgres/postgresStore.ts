/**
 * The shared archive as a `CorpusStore`, read from PostgreSQL with the read-only role. Every answer
 * is one parameterised statement over the current generation, bounded by LIMIT; the server also
 * bounds each statement's time (statement_timeout).
 */
import { Pool } from 'pg';
import { Claim, ClaimKind, Figure } from '../../claims/model';
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
  ReferencePage,
  StoredClaim,
  StoredDocumentRef,
  SymbolCandidate,
} from '../corpusStore';
import { SQL } from './queries';

/** Documents read by stored score for one hover before the context re-ranks them. */
const CROSS_REFERENCE_REACH = 400;
/** Subject groups of a claim looked up for related claims. */
const MAX_CLAIM_GROUPS = 3;
const MAX_SYMBOL_GROUPS = 20;

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
  return { ...documentRef(r), claim, snippet: r.snippet };
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

  async symbolCandidates(groupIds: readonly string[], perGroup: number): Promise<SymbolCandidate[]> {
    const ids = groupIds.slice(0, MAX_SYMBOL_GROUPS);
    if (ids.length === 0) return [];
    const { rows } = await this.query(`symbolCandidates-${ids.length}-${perGroup}`, SQL.symbolCandidates(ids.length, perGroup), ids);
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

  async documentText(uri: string): Promise<string | null> {
    const archivePath = archivePathOf(uri);
    if (!archivePath) return null;
    const { rows } = await this.query('documentText', SQL.documentText, [docKeyOf(archivePath)]);
    return rows[0]?.path === archivePath ? rows[0].body : null;
  }
}
