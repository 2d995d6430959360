/**
 * Every SQL statement of the shared index, in one place. Values are always parameters ($1…);
 * the only text put together here is fixed table names and repeated parameterised branches.
 *
 * Readers name the generation through `CURRENT`, a sub-select of the one-row pointer, inside the
 * statement itself: each statement sees exactly one generation even while an indexer switches.
 * Every query on a large table filters on the group or the document key and orders or limits in a
 * way that Citus pushes down to the shards (see docs/shared-index.md).
 */
import { PartitionedTable, SCHEMA } from './schema';

const S = SCHEMA;

/** A whole number put into SQL text (limits and offsets): anything else is a programming error. */
function whole(n: number): number {
  if (!Number.isInteger(n) || n < 0 || n > 1_000_000) throw new Error(`not a valid limit: ${n}`);
  return n;
}
const CURRENT = `(SELECT generation FROM ${S}.index_state)`;

/** Columns of a document row that every reader answer carries. */
const DOC = `d.path, d.content_hash, to_char(d.doc_date, 'YYYY-MM-DD') AS doc_date, d.source`;

/**
 * Claims listed in a `cand (doc_key, ordinal)` CTE, with their document and figures (one row per
 * claim). The claims are looked up per candidate (LATERAL), so the plan always starts from the few
 * candidates, never from the claims table.
 */
const CLAIM_ROWS = `SELECT c.doc_key::text, c.ordinal, c.kind, c.start_offset, c.end_offset, c.start_line, c.start_char, c.end_line, c.end_char, c.subjects, c.claimant, c.date_text, c.event, c.snippet,
      c.speaker_name, c.speaker_id, c.said_on, c.event_date, ${DOC},
      rl.relation_type, rl.group_a, rl.group_b, rl.directed, rl.asserted, rl.hedged,
      coalesce(fj.figures, '[]') AS figures
    FROM cand CROSS JOIN LATERAL (
        SELECT * FROM ${S}.claims c0 WHERE c0.generation = (SELECT generation FROM g) AND c0.doc_key = cand.doc_key AND c0.ordinal = cand.ordinal) c
      JOIN ${S}.documents d ON d.generation = c.generation AND d.doc_key = c.doc_key
      LEFT JOIN ${S}.relations rl ON rl.generation = c.generation AND rl.doc_key = c.doc_key AND rl.claim_ordinal = c.ordinal
      LEFT JOIN LATERAL (
        SELECT json_agg(json_build_object('measure', f.measure, 'low', lower(f.value), 'high', upper(f.value), 'text', f.text) ORDER BY f.ordinal) AS figures
        FROM ${S}.figures f WHERE f.generation = c.generation AND f.doc_key = c.doc_key AND f.claim_ordinal = c.ordinal) fj ON true`;

export const SQL = {
  // --- writer ---------------------------------------------------------------------------------
  tryIndexerLock: `SELECT pg_try_advisory_lock($1) AS locked`,
  releaseIndexerLock: `SELECT pg_advisory_unlock($1)`,
  initState: `INSERT INTO ${S}.index_state (id, generation, schema_version) VALUES (true, NULL, $1) ON CONFLICT (id) DO NOTHING`,
  readState: `SELECT generation, schema_version FROM ${S}.index_state`,
  readStateForUpdate: `SELECT generation FROM ${S}.index_state FOR UPDATE`,
  listGenerations: `SELECT generation, gazetteer_hash, extractor_version, state FROM ${S}.generations ORDER BY generation`,
  insertGeneration: `INSERT INTO ${S}.generations (generation, gazetteer_hash, extractor_version, state) VALUES ($1, $2, $3, 'building')`,
  setGenerationState: `UPDATE ${S}.generations SET state = $2, completed_at = CASE WHEN $2 = 'current' THEN now() ELSE completed_at END WHERE generation = $1`,
  switchGeneration: `UPDATE ${S}.index_state SET generation = $1, switched_at = now()`,
  deleteGeneration: `DELETE FROM ${S}.generations WHERE generation = $1`,
  insertGroup: `INSERT INTO ${S}.groups (generation, group_id, name, aliases) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
  deleteGroups: `DELETE FROM ${S}.groups WHERE generation = $1`,
  deleteGroupStats: `DELETE FROM ${S}.group_stats WHERE generation = $1`,
  insertGroupStats: `INSERT INTO ${S}.group_stats (generation, group_id, mentions, documents, claims)
    SELECT $1, group_id, sum(mentions), count(*), sum(claims) FROM ${S}.doc_groups WHERE generation = $1 GROUP BY group_id`,
  deletePersonStats: `DELETE FROM ${S}.person_stats WHERE generation = $1`,
  /** Per-person totals; the name is the fullest (most words) any document gives, then the first in order. */
  insertPersonStats: `INSERT INTO ${S}.person_stats (generation, person_key, name, mentions, documents, statements, group_statements, statement_documents)
    SELECT $1, person_key, (array_agg(name ORDER BY array_length(regexp_split_to_array(name, '\\s+'), 1) DESC, name))[1],
      sum(mentions), count(*), sum(statements), sum(group_statements), count(*) FILTER (WHERE statements > 0)
    FROM ${S}.people WHERE generation = $1 GROUP BY person_key`,
  roleExists: `SELECT 1 FROM pg_roles WHERE rolname = $1`,
  storedStates: `SELECT doc_key::text, path, content_hash FROM ${S}.documents WHERE generation = $1 AND doc_key = ANY($2::bigint[])`,
  storedPageFirst: `SELECT doc_key::text, path, content_hash FROM ${S}.documents WHERE generation = $1 ORDER BY doc_key LIMIT $2`,
  storedPageAfter: `SELECT doc_key::text, path, content_hash FROM ${S}.documents WHERE generation = $1 AND doc_key > $3::bigint ORDER BY doc_key LIMIT $2`,
  deleteDocuments: (table: PartitionedTable) => `DELETE FROM ${S}.${table} WHERE generation = $1 AND doc_key = ANY($2::bigint[])`,

  // --- readers --------------------------------------------------------------------------------
  /** The generation editors read, with what it was built with. */
  status: `SELECT s.generation, s.schema_version, s.switched_at, g.gazetteer_hash, g.extractor_version,
      (SELECT count(*) FROM ${S}.group_stats gs WHERE gs.generation = s.generation) AS groups
    FROM ${S}.index_state s LEFT JOIN ${S}.generations g ON g.generation = s.generation`,
  /** Documents, mentions and groups of the current generation. */
  totals: `SELECT (SELECT count(*) FROM ${S}.documents WHERE generation = ${CURRENT}) AS documents,
      (SELECT coalesce(sum(mentions), 0) FROM ${S}.group_stats WHERE generation = ${CURRENT}) AS mentions,
      (SELECT count(*) FROM ${S}.group_stats WHERE generation = ${CURRENT}) AS groups`,
  /** $1 group ids -> totals per group. */
  groupStats: `SELECT group_id, mentions, documents, claims FROM ${S}.group_stats WHERE generation = ${CURRENT} AND group_id = ANY($1::text[])`,
  /** Groups of the archive, most mentioned first, with their names from the generation's gazetteer. */
  groupsOverview: `SELECT gs.group_id, gr.name, gr.aliases, gs.mentions, gs.documents, gs.claims FROM ${S}.group_stats gs
      LEFT JOIN ${S}.groups gr ON gr.generation = gs.generation AND gr.group_id = gs.group_id
    WHERE gs.generation = ${CURRENT} ORDER BY gs.mentions DESC, gs.group_id LIMIT $1`,
  /**
   * Cross-references for group $1 in one statement: the `reach` documents that say most about it
   * (stored score), each re-scored by how many of the context's groups $2 it shares (`weight` per
   * group, the local index's formula), the best `keep` of them with their passage and document, and
   * the group's document total. Sizes are constants in the text (whole numbers checked here), so
   * the prepared statement's plan knows how few rows it handles; only `keep` rows cross the wire.
   */
  crossReferences: (reach: number, keep: number, weight: number) => `WITH g AS (SELECT ${CURRENT} AS generation),
    cand AS (
      SELECT dg.doc_key, dg.score
      FROM ${S}.doc_groups dg WHERE dg.generation = (SELECT generation FROM g) AND dg.group_id = $1
      ORDER BY dg.score DESC, dg.doc_key LIMIT ${whole(reach)}),
    shared AS (
      SELECT o.doc_key, count(*) AS n FROM ${S}.doc_groups o JOIN cand c ON c.doc_key = o.doc_key
      WHERE o.generation = (SELECT generation FROM g) AND o.group_id = ANY($2::text[]) AND o.group_id <> $1 GROUP BY o.doc_key),
    best AS (
      SELECT c.doc_key, c.score, coalesce(sh.n, 0)::int AS shared FROM cand c LEFT JOIN shared sh ON sh.doc_key = c.doc_key
      ORDER BY coalesce(sh.n, 0) * ${whole(weight)} + c.score DESC, c.doc_key LIMIT ${whole(keep)})
    SELECT b.doc_key::text, b.score, b.shared, dg.best_line, dg.best_char, dg.best_end_line, dg.best_end_char, dg.best_alias, dg.snippet, dg.focus_start, dg.focus_end, ${DOC},
      (SELECT documents FROM ${S}.group_stats gs WHERE gs.generation = (SELECT generation FROM g) AND gs.group_id = $1) AS total
    FROM best b
      JOIN ${S}.doc_groups dg ON dg.generation = (SELECT generation FROM g) AND dg.doc_key = b.doc_key AND dg.group_id = $1
      JOIN ${S}.documents d ON d.generation = (SELECT generation FROM g) AND d.doc_key = b.doc_key`,
  /** A page of group $1's mentions in key order after ($2, $3); $4 rows. */
  referencesPage: `SELECT m.doc_key::text, m.ordinal, m.start_line, m.start_char, m.end_line, m.end_char, m.alias, d.path, d.content_hash
    FROM ${S}.mentions m JOIN ${S}.documents d ON d.generation = m.generation AND d.doc_key = m.doc_key
    WHERE m.generation = ${CURRENT} AND m.group_id = $1 AND (m.doc_key, m.ordinal) > ($2::bigint, $3::int)
    ORDER BY m.doc_key, m.ordinal LIMIT $4`,
  /**
   * Workspace-symbol candidates in one statement: for each group of $1 (in that order), its
   * `perGroup` documents with most mentions and the first mention, read from the index alone (its
   * INCLUDE columns); of those, the first `total` (what the answer can show) get their document's
   * path and hash, again from an index alone.
   */
  symbolCandidates(perGroup: number, total: number): string {
    return `WITH g AS (SELECT ${CURRENT} AS generation),
      sel AS (
        SELECT q.n, t.* FROM unnest($1::text[]) WITH ORDINALITY AS q(group_id, n)
          CROSS JOIN LATERAL (
            SELECT dg.group_id, dg.doc_key, dg.mentions, dg.first_line, dg.first_char, dg.first_end_line, dg.first_end_char FROM ${S}.doc_groups dg
            WHERE dg.generation = (SELECT generation FROM g) AND dg.group_id = q.group_id ORDER BY dg.mentions DESC, dg.doc_key LIMIT ${whole(perGroup)}) t
        ORDER BY q.n, t.mentions DESC, t.doc_key LIMIT ${whole(total)})
      SELECT sel.group_id, sel.doc_key::text, sel.mentions, sel.first_line, sel.first_char, sel.first_end_line, sel.first_end_char, d.path, d.content_hash
      FROM sel JOIN ${S}.documents d ON d.generation = (SELECT generation FROM g) AND d.doc_key = sel.doc_key
      ORDER BY sel.n, sel.mentions DESC, sel.doc_key`;
  },
  /** Documents mentioning group $1, most mentions first, after offset $3; $2 rows. */
  groupDocuments: `SELECT dg.doc_key::text, dg.mentions, ${DOC} FROM ${S}.doc_groups dg
      JOIN ${S}.documents d ON d.generation = dg.generation AND d.doc_key = dg.doc_key
    WHERE dg.generation = ${CURRENT} AND dg.group_id = $1 ORDER BY dg.mentions DESC, dg.doc_key LIMIT $2 OFFSET $3`,
  /** Mentions of group $1 in the documents $2 (keys). */
  mentionsIn: `SELECT m.doc_key::text, m.alias, m.start_line, m.start_char, m.end_line, m.end_char FROM ${S}.mentions m
    WHERE m.generation = ${CURRENT} AND m.doc_key = ANY($2::bigint[]) AND m.group_id = $1 ORDER BY m.doc_key, m.ordinal`,
  /** Claims per kind and per subject group (Claims view roots). */
  claimCategories: `SELECT 'kind' AS axis, kind AS key, count(*)::bigint AS n FROM ${S}.claims WHERE generation = ${CURRENT} GROUP BY kind
    UNION ALL SELECT 'group', group_id, claims FROM ${S}.group_stats WHERE generation = ${CURRENT} AND claims > 0`,
  /**
   * Related-claim candidates: for each of `count` subject groups ($3…), claims about it of kind $1
   * (figures and recent first) and a few of any kind; then the claims with their figures.
   */
  relatedClaims(count: number, limit: number): string {
    const branches: string[] = [];
    for (let i = 0; i < count; i++) {
      const group = `$${i + 2}`;
      // Same kind first (figures, then the most recent); a few of other kinds, in index order.
      branches.push(
        `(SELECT cs.doc_key, cs.claim_ordinal AS ordinal FROM ${S}.claim_subjects cs WHERE cs.generation = (SELECT generation FROM g) AND cs.group_id = ${group} AND cs.kind = $1
          ORDER BY cs.has_figures DESC, cs.doc_date DESC NULLS LAST LIMIT ${whole(limit)})`,
        `(SELECT cs.doc_key, cs.claim_ordinal AS ordinal FROM ${S}.claim_subjects cs WHERE cs.generation = (SELECT generation FROM g) AND cs.group_id = ${group} AND cs.kind <> $1
          ORDER BY cs.kind, cs.has_figures DESC, cs.doc_date DESC NULLS LAST LIMIT ${whole(Math.floor(limit / 4) + 1)})`,
      );
    }
    return `WITH g AS (SELECT ${CURRENT} AS generation),
      cand AS (${branches.join(' UNION ')})
      ${CLAIM_ROWS}`;
  },
  /** Claims of kind $1 (or any when NULL) about group $2 (or any when NULL), in key order, $3 rows. */
  claimsIn: `WITH g AS (SELECT ${CURRENT} AS generation),
    cand AS (SELECT c.doc_key, c.ordinal FROM ${S}.claims c
      WHERE c.generation = (SELECT generation FROM g) AND ($1::text IS NULL OR c.kind = $1) AND ($2::text IS NULL OR $2 = ANY(c.subjects))
      ORDER BY c.doc_key, c.ordinal LIMIT $3)
    ${CLAIM_ROWS}
    ORDER BY c.doc_key, c.ordinal`,
  /** Archive documents by key ($1), with their mentions per group: which of a local folder's documents the archive holds. */
  documentsByKey: `SELECT d.doc_key::text, d.path, d.content_hash, coalesce(array_agg(dg.group_id) FILTER (WHERE dg.group_id IS NOT NULL), '{}') AS groups,
      coalesce(array_agg(dg.mentions) FILTER (WHERE dg.group_id IS NOT NULL), '{}') AS mentions
    FROM ${S}.documents d LEFT JOIN ${S}.doc_groups dg ON dg.generation = d.generation AND dg.doc_key = d.doc_key
    WHERE d.generation = ${CURRENT} AND d.doc_key = ANY($1::bigint[]) GROUP BY d.generation, d.doc_key`,
  documentsByHash: `SELECT doc_key::text, path, content_hash FROM ${S}.documents WHERE generation = ${CURRENT} AND content_hash = ANY($1::text[])`,
  /** One archive document's text and row, by key. */
  documentText: `SELECT d.doc_key::text, ${DOC}, t.body FROM ${S}.documents d JOIN ${S}.document_texts t ON t.generation = d.generation AND t.doc_key = d.doc_key
    WHERE d.generation = ${CURRENT} AND d.doc_key = $1::bigint`,
  /**
   * One person's archive totals ($1: person id), less what the documents $2 (keys of the analyst's
   * copies, counted locally) contribute.
   */
  personSummary: `SELECT ps.person_key, ps.name,
      ps.mentions - coalesce(x.mentions, 0) AS mentions, ps.documents - coalesce(x.documents, 0) AS documents,
      ps.statements - coalesce(x.statements, 0) AS statements, ps.group_statements - coalesce(x.group_statements, 0) AS group_statements,
      ps.statement_documents - coalesce(x.statement_documents, 0) AS statement_documents
    FROM ${S}.person_stats ps LEFT JOIN LATERAL (
      SELECT sum(p.mentions) AS mentions, count(*) AS documents, sum(p.statements) AS statements, sum(p.group_statements) AS group_statements,
        count(*) FILTER (WHERE p.statements > 0) AS statement_documents
      FROM ${S}.people p WHERE p.generation = ps.generation AND p.person_key = ps.person_key AND p.doc_key = ANY($2::bigint[])) x ON true
    WHERE ps.generation = ${CURRENT} AND ps.person_key = $1`,
  /**
   * People of the archive, most statements first (then mentions, name), $3 rows after $4; $1 a
   * name pattern (ILIKE, NULL: any) or one of the person ids $2 (listed people whose listed name
   * matched in the editor). With the number of people matching.
   */
  peopleTop: `WITH g AS (SELECT ${CURRENT} AS generation)
    SELECT ps.person_key, ps.name, ps.mentions, ps.documents, ps.statements, ps.group_statements, ps.statement_documents,
      (SELECT count(*) FROM ${S}.person_stats t WHERE t.generation = (SELECT generation FROM g) AND ($1::text IS NULL OR t.name ILIKE $1 OR t.person_key = ANY($2::text[]))) AS total
    FROM ${S}.person_stats ps WHERE ps.generation = (SELECT generation FROM g) AND ($1::text IS NULL OR ps.name ILIKE $1 OR ps.person_key = ANY($2::text[]))
    ORDER BY ps.statements DESC, ps.mentions DESC, ps.name, ps.person_key LIMIT $3 OFFSET $4`,
  /** What the documents of ($1 person ids, $2 keys) pairs count for those people (local copies, counted locally). */
  peopleOverlap: `SELECT p.person_key, sum(p.mentions) AS mentions, count(*) AS documents, sum(p.statements) AS statements, sum(p.group_statements) AS group_statements,
      count(*) FILTER (WHERE p.statements > 0) AS statement_documents
    FROM unnest($1::text[], $2::bigint[]) AS q(person_key, doc_key)
      JOIN ${S}.people p ON p.generation = ${CURRENT} AND p.person_key = q.person_key AND p.doc_key = q.doc_key
    GROUP BY p.person_key`,
  /**
   * Statements by person $1, newest first (their date, else their document's), $5 rows after $6;
   * not in the documents $2; $3 true: only those about a group; $4 a group id ('' for about no
   * group, NULL for any). Each row also carries how many statements match (one statement for the
   * page and its total: the filter reads the person's statements through their index once).
   */
  personStatements: `WITH g AS (SELECT ${CURRENT} AS generation),
    sel AS (SELECT c.doc_key, c.ordinal, c.said_on FROM ${S}.claims c
      WHERE c.generation = (SELECT generation FROM g) AND c.speaker_id = $1 AND NOT (c.doc_key = ANY($2::bigint[]))
        AND ($3::boolean IS NOT TRUE OR cardinality(c.subjects) > 0)
        AND ($4::text IS NULL OR ($4 = '' AND cardinality(c.subjects) = 0) OR ($4 <> '' AND $4 = ANY(c.subjects)))),
    cand AS (SELECT * FROM sel ORDER BY said_on DESC NULLS LAST, doc_key, ordinal LIMIT $5 OFFSET $6),
    page AS (${CLAIM_ROWS})
    SELECT page.*, (SELECT count(*) FROM sel) AS total FROM page
    ORDER BY page.said_on DESC NULLS LAST, page.doc_key::bigint, page.ordinal`,
  /** How many statements `personStatements` would page through (same parameters but the paging). */
  personStatementCount: `SELECT count(*) AS n FROM ${S}.claims c
    WHERE c.generation = ${CURRENT} AND c.speaker_id = $1 AND NOT (c.doc_key = ANY($2::bigint[]))
      AND ($3::boolean IS NOT TRUE OR cardinality(c.subjects) > 0)
      AND ($4::text IS NULL OR ($4 = '' AND cardinality(c.subjects) = 0) OR ($4 <> '' AND $4 = ANY(c.subjects)))`,
  /** Statement counts of person $1 per subject group ('' for about no group), not in the documents $2; at most $3 groups. */
  personGroups: `SELECT s.group_id, count(*) AS n FROM ${S}.claims c
      CROSS JOIN LATERAL unnest(CASE WHEN cardinality(c.subjects) = 0 THEN ARRAY['']::text[] ELSE c.subjects END) AS s(group_id)
    WHERE c.generation = ${CURRENT} AND c.speaker_id = $1 AND NOT (c.doc_key = ANY($2::bigint[]))
    GROUP BY s.group_id ORDER BY count(*) DESC, s.group_id LIMIT $3`,
  /** Documents naming or quoting person $1 (not the documents $2), most mentions and statements first, $3 rows, with the first mention. */
  personDocuments: `SELECT p.doc_key::text, p.mentions, p.statements, d.path, d.content_hash, fm.start_line, fm.start_char, fm.end_line, fm.end_char
    FROM ${S}.people p JOIN ${S}.documents d ON d.generation = p.generation AND d.doc_key = p.doc_key
      LEFT JOIN LATERAL (SELECT pm.start_line, pm.start_char, pm.end_line, pm.end_char FROM ${S}.person_mentions pm
        WHERE pm.generation = p.generation AND pm.doc_key = p.doc_key AND pm.person_key = p.person_key ORDER BY pm.ordinal LIMIT 1) fm ON true
    WHERE p.generation = ${CURRENT} AND p.person_key = $1 AND NOT (p.doc_key = ANY($2::bigint[]))
    ORDER BY p.mentions + p.statements DESC, p.doc_key LIMIT $3`,
  /** A page of person $1's mentions in key order after ($3, $4), not in the documents $2; $5 rows. */
  personMentionsPage: `SELECT pm.doc_key::text, pm.ordinal, pm.start_line, pm.start_char, pm.end_line, pm.end_char, d.path, d.content_hash
    FROM ${S}.person_mentions pm JOIN ${S}.documents d ON d.generation = pm.generation AND d.doc_key = pm.doc_key
    WHERE pm.generation = ${CURRENT} AND pm.person_key = $1 AND NOT (pm.doc_key = ANY($2::bigint[])) AND (pm.doc_key, pm.ordinal) > ($3::bigint, $4::int)
    ORDER BY pm.doc_key, pm.ordinal LIMIT $5`,
} as const;
