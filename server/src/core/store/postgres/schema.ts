/**
 * The shared index's schema in PostgreSQL (the `source_lens` schema of the team's database).
 *
 * Layout for distribution (Citus) without code changes:
 * - every large table carries `doc_key` (a 64-bit hash of the document's archive path) and has it
 *   in its primary key, so `create_distributed_table(…, 'doc_key', colocate_with => 'documents')`
 *   co-locates a document's mentions, claims, figures, people and relations with it and every join
 *   on `doc_key` stays on one shard;
 * - small tables (`index_state`, `generations`, `groups`, `group_stats`) are reference tables;
 * - large tables are LIST-partitioned by `generation`: a new gazetteer or extractor version is built
 *   into new partitions while editors read the current ones, the pointer in `index_state` switches in
 *   one transaction, and the old generation's partitions are dropped (no mass DELETE).
 *
 * Partition DDL needs identifiers; they are built here only from validated integers
 * (`partitionName`), never from user input. All data statements elsewhere are parameterised.
 */

export const SCHEMA = 'source_lens';
/**
 * Bumped when a table changes shape; an index of another schema version is rebuilt, never misread
 * (the indexer refuses to write into it, editors answer locally and say why).
 * 2: people keyed by the editor's person id (`personIdOf`), statements' speaker id and date on
 *    claims, per-person totals (`person_stats`), the relation's hedge.
 */
export const SCHEMA_VERSION = 2;

/** Tables partitioned by generation, in creation order (documents first: the others co-locate with it). */
export const PARTITIONED_TABLES = ['documents', 'document_texts', 'doc_groups', 'mentions', 'claims', 'claim_subjects', 'figures', 'people', 'person_mentions', 'relations'] as const;
export type PartitionedTable = (typeof PARTITIONED_TABLES)[number];

/** Reference tables: small, replicated to every node under Citus. */
export const REFERENCE_TABLES = ['index_state', 'generations', 'groups', 'group_stats', 'person_stats'] as const;

export const CREATE_SCHEMA: readonly string[] = [
  `CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`,
  // Which generation editors read. One row; switched in one transaction.
  `CREATE TABLE IF NOT EXISTS ${SCHEMA}.index_state (
     id boolean PRIMARY KEY DEFAULT true CHECK (id),
     generation integer,
     schema_version integer NOT NULL,
     switched_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE TABLE IF NOT EXISTS ${SCHEMA}.generations (
     generation integer PRIMARY KEY,
     gazetteer_hash text NOT NULL,
     extractor_version text NOT NULL,
     state text NOT NULL CHECK (state IN ('building', 'current', 'retired')),
     created_at timestamptz NOT NULL DEFAULT now(),
     completed_at timestamptz
   )`,
  // The gazetteer a generation was built with, so editors can name groups they do not know.
  `CREATE TABLE IF NOT EXISTS ${SCHEMA}.groups (
     generation integer NOT NULL,
     group_id text NOT NULL,
     name text NOT NULL,
     aliases text[] NOT NULL,
     PRIMARY KEY (generation, group_id)
   )`,
  // Per-group totals of a generation, refreshed at the end of every indexing run.
  `CREATE TABLE IF NOT EXISTS ${SCHEMA}.group_stats (
     generation integer NOT NULL,
     group_id text NOT NULL,
     mentions bigint NOT NULL,
     documents bigint NOT NULL,
     claims bigint NOT NULL,
     PRIMARY KEY (generation, group_id)
   )`,
  // Per-person totals of a generation (the People view's list, the person hover's counts), refreshed
  // with group_stats. Keyed by the editor's person id: a listing's id, else the name's identity key.
  `CREATE TABLE IF NOT EXISTS ${SCHEMA}.person_stats (
     generation integer NOT NULL,
     person_key text NOT NULL,
     name text NOT NULL,
     mentions bigint NOT NULL,
     documents bigint NOT NULL,
     statements bigint NOT NULL,
     group_statements bigint NOT NULL,
     statement_documents bigint NOT NULL,
     PRIMARY KEY (generation, person_key)
   )`,
  `CREATE INDEX IF NOT EXISTS person_stats_rank ON ${SCHEMA}.person_stats (generation, statements DESC, mentions DESC, name, person_key)`,
  `CREATE TABLE IF NOT EXISTS ${SCHEMA}.documents (
     generation integer NOT NULL,
     doc_key bigint NOT NULL,
     path text NOT NULL,
     content_hash text NOT NULL,
     size bigint NOT NULL,
     length integer NOT NULL,
     doc_date date,
     source text,
     place text,
     mention_count integer NOT NULL,
     claim_count integer NOT NULL,
     indexed_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (generation, doc_key)
   ) PARTITION BY LIST (generation)`,
  // The text itself (TOAST-compressed): archive-only documents open from it.
  `CREATE TABLE IF NOT EXISTS ${SCHEMA}.document_texts (
     generation integer NOT NULL,
     doc_key bigint NOT NULL,
     body text NOT NULL,
     PRIMARY KEY (generation, doc_key)
   ) PARTITION BY LIST (generation)`,
  // One row per (document, group): counts for top-k rankings, the first mention (workspace
  // symbols) and the best passage with its snippet (hover cross-references), precomputed.
  `CREATE TABLE IF NOT EXISTS ${SCHEMA}.doc_groups (
     generation integer NOT NULL,
     doc_key bigint NOT NULL,
     group_id text NOT NULL,
     mentions integer NOT NULL,
     claims integer NOT NULL,
     score integer NOT NULL,
     first_line integer NOT NULL,
     first_char integer NOT NULL,
     first_end_line integer NOT NULL,
     first_end_char integer NOT NULL,
     best_line integer NOT NULL,
     best_char integer NOT NULL,
     best_end_line integer NOT NULL,
     best_end_char integer NOT NULL,
     best_alias text NOT NULL,
     snippet text NOT NULL,
     focus_start integer,
     focus_end integer,
     PRIMARY KEY (generation, doc_key, group_id)
   ) PARTITION BY LIST (generation)`,
  `CREATE TABLE IF NOT EXISTS ${SCHEMA}.mentions (
     generation integer NOT NULL,
     doc_key bigint NOT NULL,
     ordinal integer NOT NULL,
     group_id text NOT NULL,
     alias text NOT NULL,
     start_offset integer NOT NULL,
     end_offset integer NOT NULL,
     start_line integer NOT NULL,
     start_char integer NOT NULL,
     end_line integer NOT NULL,
     end_char integer NOT NULL,
     PRIMARY KEY (generation, doc_key, ordinal)
   ) PARTITION BY LIST (generation)`,
  `CREATE TABLE IF NOT EXISTS ${SCHEMA}.claims (
     generation integer NOT NULL,
     doc_key bigint NOT NULL,
     ordinal integer NOT NULL,
     kind text NOT NULL,
     start_offset integer NOT NULL,
     end_offset integer NOT NULL,
     start_line integer NOT NULL,
     start_char integer NOT NULL,
     end_line integer NOT NULL,
     end_char integer NOT NULL,
     subjects text[] NOT NULL,
     claimant text,
     speaker text,
     speaker_name text,
     speaker_person text,
     speaker_id text,
     said_on text,
     form text,
     date_text text,
     event_date text,
     event text[],
     trigger text,
     snippet text NOT NULL,
     PRIMARY KEY (generation, doc_key, ordinal)
   ) PARTITION BY LIST (generation)`,
  // One row per (claim, subject group): related-claim candidates by group and kind, top-k.
  `CREATE TABLE IF NOT EXISTS ${SCHEMA}.claim_subjects (
     generation integer NOT NULL,
     doc_key bigint NOT NULL,
     claim_ordinal integer NOT NULL,
     group_id text NOT NULL,
     kind text NOT NULL,
     has_figures boolean NOT NULL,
     doc_date date,
     PRIMARY KEY (generation, doc_key, claim_ordinal, group_id)
   ) PARTITION BY LIST (generation)`,
  // Figures as numeric ranges: [low, high], an open upper bound ("more than 40") as high = NULL.
  `CREATE TABLE IF NOT EXISTS ${SCHEMA}.figures (
     generation integer NOT NULL,
     doc_key bigint NOT NULL,
     claim_ordinal integer NOT NULL,
     ordinal integer NOT NULL,
     measure text NOT NULL,
     value numrange NOT NULL,
     text text NOT NULL,
     PRIMARY KEY (generation, doc_key, claim_ordinal, ordinal)
   ) PARTITION BY LIST (generation)`,
  // People named in a document (speakers and people spoken of), per document.
  `CREATE TABLE IF NOT EXISTS ${SCHEMA}.people (
     generation integer NOT NULL,
     doc_key bigint NOT NULL,
     person_key text NOT NULL,
     name text NOT NULL,
     mentions integer NOT NULL,
     statements integer NOT NULL,
     group_statements integer NOT NULL,
     PRIMARY KEY (generation, doc_key, person_key)
   ) PARTITION BY LIST (generation)`,
  `CREATE TABLE IF NOT EXISTS ${SCHEMA}.person_mentions (
     generation integer NOT NULL,
     doc_key bigint NOT NULL,
     ordinal integer NOT NULL,
     person_key text NOT NULL,
     start_offset integer NOT NULL,
     end_offset integer NOT NULL,
     start_line integer NOT NULL,
     start_char integer NOT NULL,
     end_line integer NOT NULL,
     end_char integer NOT NULL,
     PRIMARY KEY (generation, doc_key, ordinal)
   ) PARTITION BY LIST (generation)`,
  // Relation claims between two groups ("X is allied with Y", "X denies links to Y").
  `CREATE TABLE IF NOT EXISTS ${SCHEMA}.relations (
     generation integer NOT NULL,
     doc_key bigint NOT NULL,
     claim_ordinal integer NOT NULL,
     relation_type text NOT NULL,
     group_a text NOT NULL,
     group_b text NOT NULL,
     directed boolean NOT NULL,
     asserted boolean NOT NULL,
     hedged boolean NOT NULL,
     PRIMARY KEY (generation, doc_key, claim_ordinal)
   ) PARTITION BY LIST (generation)`,
];

/**
 * Secondary indexes, created on each partition (so building one never locks the current generation).
 * The editors' hot paths lead with the generation although a partition holds one: the statements'
 * `generation = (SELECT …)` is then an index condition, and with the visibility map set after each
 * run (VACUUM) the top-k scans are index-only instead of one heap visit per candidate.
 */
const PARTITION_INDEXES: Partial<Record<PartitionedTable, string[]>> = {
  // Answers that list many documents (workspace symbols) read their path and hash from this index alone.
  documents: ['(path)', '(content_hash)', '(generation, doc_key) INCLUDE (path, content_hash)'],
  // Workspace symbols read the first mention from the index itself (INCLUDE): index-only with the visibility map set.
  doc_groups: ['(generation, group_id, score DESC, doc_key)', '(generation, group_id, mentions DESC, doc_key) INCLUDE (first_line, first_char, first_end_line, first_end_char)'],
  mentions: ['(generation, group_id, doc_key, ordinal)'],
  claim_subjects: ['(generation, group_id, kind, has_figures DESC, doc_date DESC NULLS LAST)'],
  // A person's statements newest first (the person hover, the People view).
  claims: ['(kind, doc_key, ordinal)', '(generation, speaker_id, said_on DESC NULLS LAST, doc_key, ordinal) WHERE speaker_id IS NOT NULL'],
  people: ['(generation, person_key, doc_key)'],
  person_mentions: ['(generation, person_key, doc_key, ordinal)'],
  relations: ['(generation, group_a)', '(generation, group_b)'],
};

function checkGeneration(generation: number): number {
  if (!Number.isInteger(generation) || generation <= 0 || generation > 2_000_000_000) throw new Error(`invalid generation ${generation}`);
  return generation;
}

export function partitionName(table: PartitionedTable, generation: number): string {
  return `${SCHEMA}.${table}_g${checkGeneration(generation)}`;
}

/** DDL creating a generation's partitions and their indexes (idempotent). */
export function createPartitionStatements(generation: number): string[] {
  const g = checkGeneration(generation);
  const out: string[] = [];
  for (const table of PARTITIONED_TABLES) {
    const name = partitionName(table, g);
    out.push(`CREATE TABLE IF NOT EXISTS ${name} PARTITION OF ${SCHEMA}.${table} FOR VALUES IN (${g})`);
    (PARTITION_INDEXES[table] ?? []).forEach((columns, i) => {
      out.push(`CREATE INDEX IF NOT EXISTS ${table}_g${g}_i${i} ON ${name} ${columns}`);
    });
  }
  return out;
}

/** DDL dropping a generation's partitions (after the switch). */
export function dropPartitionStatements(generation: number): string[] {
  const g = checkGeneration(generation);
  return [...PARTITIONED_TABLES].reverse().map((table) => `DROP TABLE IF EXISTS ${partitionName(table, g)}`);
}

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** A role name as an identifier; only plain lower-case names are accepted. */
export function checkRoleName(role: string): string {
  if (!ROLE_NAME.test(role)) throw new Error(`invalid role name "${role}" (lower-case letters, digits and _ only)`);
  return role;
}

/** Read-only access for editors: on the schema, its tables, and tables the writer creates later. */
export function grantReaderStatements(reader: string): string[] {
  const r = checkRoleName(reader);
  return [`GRANT USAGE ON SCHEMA ${SCHEMA} TO ${r}`, `GRANT SELECT ON ALL TABLES IN SCHEMA ${SCHEMA} TO ${r}`, `ALTER DEFAULT PRIVILEGES IN SCHEMA ${SCHEMA} GRANT SELECT ON TABLES TO ${r}`];
}
