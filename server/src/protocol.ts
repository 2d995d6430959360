/**
 * Names shared by the client and the server: custom requests, commands, settings, token legend.
 * Plain constants and types only, so either side can import it.
 */

export const LANGUAGE_SERVER_ID = 'sourceLens';

/** Scheme of the read-only documents that render a built-in gazetteer entry. */
export const GAZETTEER_SCHEME = 'source-lens-gazetteer';

/** Scheme of read-only documents that exist only in the shared archive (same as core/store/archive.ts). */
export const ARCHIVE_SCHEME = 'source-lens-archive';

export const Requests = {
  /** params: { uri, text, groupId? } -> WorkspaceEdit | null (alias of groupId, else a new group named text) */
  addToGazetteer: 'sourceLens/addToGazetteer',
  /** params: { groupId } -> { markdown: string } | null */
  gazetteerEntry: 'sourceLens/gazetteerEntry',
  /** params: {} -> IndexStatus */
  indexStatus: 'sourceLens/indexStatus',
  /** params: { groupId } -> Location[] (every mention, corpus order) */
  groupReferences: 'sourceLens/groupReferences',
  /** params: {} -> void; re-reads the gazetteer and every corpus file */
  rebuildIndex: 'sourceLens/rebuildIndex',
  /** params: { filter? } -> GroupSummary[] (groups view) */
  groupsOverview: 'sourceLens/groupsOverview',
  /** params: { groupId } -> GroupDocument[] (groups view children) */
  groupDocuments: 'sourceLens/groupDocuments',
  /** params: {} -> ClaimCategories (claims view roots) */
  claimCategories: 'sourceLens/claimCategories',
  /** params: { kind? , groupId? } -> ClaimListItem[] (claims view leaves, with agrees/differs) */
  claimsIn: 'sourceLens/claimsIn',
  /** params: { query } -> { groupId, name, aliases }[] (fuzzy group search for the quick pick) */
  searchGroups: 'sourceLens/searchGroups',
  /** params: {} -> process.memoryUsage() of the server, its process.cpuUsage() as `cpu`, `pid`, V8's heap spaces as `heapSpaces` and the claim objects made from the index's columns so far as `claimObjectsMade` (benchmarks) */
  memoryUsage: 'sourceLens/memoryUsage',
  /** params: { format: 'csv' | 'json' } -> ClaimExport (every claim with its fields, document and position) */
  exportClaims: 'sourceLens/exportClaims',
  /** params: GraphQuery -> GraphResponse (nodes, edges, totals, folders) */
  graph: 'sourceLens/graph',
  /** params: { edgeId, query?: GraphQuery } -> EdgePassagesResponse | null (the passages behind an edge) */
  graphEdge: 'sourceLens/graphEdge',
  /** params: { groupId, query?: GraphQuery } -> NodeCardResponse | null (the card of a node) */
  graphNode: 'sourceLens/graphNode',
  /** params: { format: 'gexf' | 'graphml' | 'csv', query?: GraphQuery } -> GraphExport */
  exportGraph: 'sourceLens/exportGraph',
  /** params: TimelineQuery -> TimelineResponse (points, incidents, lanes, totals, folders) */
  timeline: 'sourceLens/timeline',
  /** params: { format: 'csv' | 'json', query?: TimelineQuery } -> GraphExport */
  exportTimeline: 'sourceLens/exportTimeline',
  /** params: { uri, range } -> { snippet: string } | null (one passage's text, for the views' detail panes) */
  passage: 'sourceLens/passage',
  /** params: { uri, position } -> { groupId, name } | null (the group mentioned at a position) */
  groupAt: 'sourceLens/groupAt',
  /** params: { password?: string } -> SharedIndexStatus; the shared index password from the editor's secret storage (never logged) */
  setSharedIndexPassword: 'sourceLens/setSharedIndexPassword',
  /** params: {} -> SharedIndexStatus */
  sharedIndexStatus: 'sourceLens/sharedIndexStatus',
  /** params: { uri } -> { text: string } | { error: string } (a document that exists only in the shared archive) */
  archiveDocument: 'sourceLens/archiveDocument',
  /** params: { filter?, offset?, limit? } -> PeopleOverview (people view roots: most statements first) */
  peopleOverview: 'sourceLens/peopleOverview',
  /** params: { personId } -> PersonGroup[] (statement counts per group; groupId null = about no group) */
  personGroups: 'sourceLens/personGroups',
  /** params: { personId, groupId? (string | null), aboutGroups?, offset?, limit? } -> PersonStatements (newest first) */
  personStatements: 'sourceLens/personStatements',
  /** params: { personId } -> PersonDocument[] (documents naming the person, with their first mention) */
  personDocuments: 'sourceLens/personDocuments',
  /** params: { personId } -> Location[] (every mention of the person, corpus order) */
  personReferences: 'sourceLens/personReferences',
} as const;

export const Notifications = {
  /** Server -> client when the index changed (documents added, removed or re-analysed). */
  indexChanged: 'sourceLens/indexChanged',
  /** Server -> client when the shared index's state changes (SharedIndexStatus): sent once per change. */
  sharedIndexStatus: 'sourceLens/sharedIndexStatus',
  /**
   * Server -> client when an indexing run's group pass has ended (GroupsIndexedParams): every corpus
   * document's group mentions are indexed, claims and people are still being read. Sent on a cold
   * start (no valid cache), before the end of the indexing progress; not sent on a warm start. The
   * end of the progress and `indexChanged` keep their meaning: the full analysis is done.
   */
  groupsIndexed: 'sourceLens/groupsIndexed',
} as const;

/** Parameters of `sourceLens/groupsIndexed`. */
export interface GroupsIndexedParams {
  /** Documents in the index, and how many of them the group pass read. */
  documents: number;
  analysed: number;
  /** Mentions of groups in the whole index, and the groups mentioned. */
  mentions: number;
  groups: number;
  /** Milliseconds from the start of the indexing run (file discovery included). */
  ms: number;
}

/** The shared index as the editor sees it. */
export interface SharedIndexStatus {
  state: 'off' | 'connecting' | 'ready' | 'unreachable' | 'misconfigured';
  /** The URL without password. */
  url: string | null;
  message: string | null;
  documents: number | null;
  generation: number | null;
}

export interface IndexStatus {
  documents: number;
  groups: number;
  mentions: number;
  claims: number;
  indexing: boolean;
  skipped: number;
  /** The persisted index cache is being written (after indexing, in the background). */
  cacheWriting: boolean;
  /** The first hovers are being rehearsed (after the cache is written, in the background; server/src/warmUp.ts). */
  warmingUp?: boolean;
}

/** A 0-based LSP range, spelled out so the client need not import LSP types from the server. */
export interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** `sourceLens/groupsOverview` item. */
export interface GroupSummary {
  groupId: string;
  name: string;
  mentions: number;
  documents: number;
}

/** `sourceLens/groupDocuments` item. */
export interface GroupDocument {
  uri: string;
  name: string;
  mentions: { range: WireRange; alias: string }[];
}

/** `sourceLens/claimCategories` result. */
export interface ClaimCategories {
  kinds: { kind: string; count: number }[];
  groups: { groupId: string; name: string; count: number }[];
}

/** `sourceLens/claimsIn` item. */
export interface ClaimListItem {
  uri: string;
  document: string;
  range: WireRange;
  kind: string;
  subjects: string[];
  claimant: string | null;
  figures: string[];
  date: string | null;
  /** The resolved speaker of an attributed sentence. */
  speaker: string | null;
  snippet: string;
  relation: 'agrees' | 'differs' | null;
}

/** `sourceLens/peopleOverview` item. */
export interface PersonListItem {
  personId: string;
  name: string;
  /** The official list's reference ("QDi.422") when the person is a listed individual. */
  listed: string | null;
  /** The listed name, when it differs from `name`. */
  listedName: string | null;
  mentions: number;
  documents: number;
  statements: number;
}

/** `sourceLens/peopleOverview` result: one page, and how many people match. */
export interface PeopleOverview {
  people: PersonListItem[];
  total: number;
}

/** `sourceLens/personGroups` item. */
export interface PersonGroup {
  /** null: statements about no group. */
  groupId: string | null;
  name: string;
  statements: number;
}

/** `sourceLens/personStatements` item. */
export interface PersonStatementItem {
  uri: string;
  document: string;
  range: WireRange;
  kind: string;
  subjects: string[];
  /** ISO date of the statement (event date, else the document's), or null. */
  date: string | null;
  snippet: string;
}

export interface PersonStatements {
  statements: PersonStatementItem[];
  total: number;
}

/** `sourceLens/personDocuments` item. */
export interface PersonDocument {
  uri: string;
  document: string;
  mentions: number;
  statements: number;
  /** The first mention in the document. */
  range: WireRange | null;
}

/** `sourceLens/exportClaims` result: the file's content and how many claims it holds. */
export interface ClaimExport {
  content: string;
  count: number;
}

/** A claim with its fields, document and position, as exported in JSON. */
export interface ExportedClaim {
  uri: string;
  kind: string;
  range: WireRange;
  subjects: string[];
  subjectNames: string[];
  claimant: string | null;
  /** `high` is null for an open upper bound ("more than 40"). */
  figures: { measure: string; low: number; high: number | null; text: string }[];
  date: string | null;
  /** The event date resolved against the document's date (ISO day, month or year). */
  isoDate: string | null;
  /** For an attributed sentence: the resolved speaker, as written, and how it is attributed. */
  speaker: string | null;
  speakerAsWritten: string | null;
  form: 'quote' | 'reported' | 'answer' | null;
  text: string;
  /** Kind 'relation' only: type, the two group ids, direction, asserted/denied, hedged (its date is the claim's). */
  relation?: { type: string; from: string; to: string; directed: boolean; polarity: 'asserted' | 'denied'; hedged: boolean };
}

/** The Claims view's category of statements about no group. */
export const QUIET_STATEMENTS = 'statement-no-group';

/** Client commands the server may link to from hovers (VS Code only; the client allow-lists them). */
export const Commands = {
  openPassage: 'sourceLens.openPassage',
  showGroupReferences: 'sourceLens.showGroupReferences',
  showPersonStatements: 'sourceLens.showPersonStatements',
  rebuildIndex: 'sourceLens.rebuildIndex',
  /** args: [groupId?]: the graph view, centred on the group when one is given. */
  showGraph: 'sourceLens.showGraph',
  /** args: [groupId?]: the timeline view, on the group's lane when one is given. */
  showTimeline: 'sourceLens.showTimeline',
} as const;

export const HOVER_COMMANDS: readonly string[] = [Commands.openPassage, Commands.showGroupReferences, Commands.showPersonStatements, Commands.showGraph];

export const TokenTypes = ['group', 'claim'] as const;
/** `aboutNoGroup`: a statement about no group, shown more quietly than claims about groups (docs/claims.md). */
export const TokenModifiers = ['responsibility', 'casualties', 'strength', 'announcement', 'statement', 'disputed', 'aboutNoGroup', 'relation'] as const;

/** What the client tells the server it can do, in `initializationOptions`. */
export interface InitializationOptions {
  /** Hovers may use `command:` links to the commands in HOVER_COMMANDS. */
  commandLinks?: boolean;
  /** The client renders `source-lens-gazetteer:` documents (definition of a built-in group). */
  gazetteerDocuments?: boolean;
  /** Folder for the persisted index cache. */
  storagePath?: string;
  /** The client sends the shared index password (or none) with `sourceLens/setSharedIndexPassword` before the server connects. */
  sharedIndexPasswordFollows?: boolean;
  /** The client opens `source-lens-archive:` documents. */
  archiveDocuments?: boolean;
  settings?: unknown;
}

export interface Settings {
  corpus: { include: string[]; exclude: string[]; maxFileSizeMB: number };
  gazetteer: { path: string };
  hover: { maxCrossReferences: number };
  references: { maxResults: number };
  highlight: { groups: boolean; claims: boolean };
  diagnostics: { conflictingFigures: boolean };
  sharedIndex: { url: string; timeoutMs: number };
}

export const DEFAULT_SETTINGS: Settings = {
  corpus: {
    include: ['**/*.txt', '**/*.md', '**/*.markdown', '**/*.text'],
    exclude: ['**/node_modules/**', '**/.git/**', '**/.hg/**', '**/.svn/**'],
    maxFileSizeMB: 16,
  },
  gazetteer: { path: 'source-lens.gazetteer.json' },
  hover: { maxCrossReferences: 5 },
  references: { maxResults: 1000 },
  highlight: { groups: true, claims: true },
  diagnostics: { conflictingFigures: true },
  sharedIndex: { url: '', timeoutMs: 1500 },
};

// --- the graph and timeline views ------------------------------------------------------------------

/** What the graph shows (`sourceLens/graph`); every field optional. */
export interface GraphQuery {
  /** ISO dates, inclusive ("2023", "2023-05" or "2023-05-14"). */
  from?: string | null;
  to?: string | null;
  /** With a date range: keep what has no date (default true). */
  includeUndated?: boolean;
  /** A folder relative to a workspace folder ("corpus/2023"); empty for the whole corpus. */
  folder?: string | null;
  /** Relation types shown (default all). */
  relationTypes?: string[];
  cooccurrence?: boolean;
  /** Co-occurrence edges need at least this many sentences naming both groups (default 2). */
  minCooccurrence?: number;
  /** The gazetteer's own "part of" links (default true). */
  listFacts?: boolean;
  /** People named in the documents (default true). */
  people?: boolean;
  /** Centre on this group (or person: "person:" and the identity key) and its neighbours up to `depth` (1–3). */
  centre?: string | null;
  depth?: number;
}

export interface WireGraphNode {
  id: string;
  kind: 'group' | 'person';
  label: string;
  mentions: number;
  documents: number;
  designated: boolean;
  parent: string | null;
}

export interface WireGraphEdge {
  id: string;
  source: string;
  target: string;
  kind: 'relation' | 'cooccurrence' | 'list';
  type: string;
  directed: boolean;
  status: 'asserted' | 'denied' | 'disputed' | null;
  asserted: number;
  denied: number;
  hedged: number;
  weight: number;
  documents: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** A folder of the corpus with its number of documents (for the views' folder filter). */
export interface CorpusFolder {
  path: string;
  documents: number;
}

export interface GraphResponse {
  nodes: WireGraphNode[];
  edges: WireGraphEdge[];
  totals: { nodes: number; edges: number; hiddenCooccurrence: number; documents: number };
  truncated: { nodes: boolean; edges: boolean };
  centre: string | null;
  folders: CorpusFolder[];
  relationTypes: string[];
  /** How each relation type reads ("splinter from"), for the view's labels. */
  relationLabels: Record<string, string>;
  /** Caps of the view (nodes, edges), to say "showing N of M". */
  limits: { nodes: number; edges: number };
  indexing: boolean;
}

export interface EdgePassagesResponse {
  edge: { id: string; kind: string; type: string; from: string; to: string; fromName: string; toName: string };
  passages: {
    uri: string;
    document: string;
    range: WireRange;
    snippet: string;
    polarity: 'asserted' | 'denied' | null;
    hedged: boolean;
    claimant: string | null;
    date: string | null;
    /** What this passage says, as read ("Jamaat-ul-Ahrar rejoined Tehrik-e-Taliban Pakistan"). */
    reading: string;
  }[];
  total: number;
  listSource: string | null;
}

export interface NodeCardResponse {
  id: string;
  kind: 'group' | 'person';
  name: string;
  aliases: string[];
  description: string | null;
  parent: { id: string; name: string } | null;
  designations: string[];
  mentions: number;
  documents: number;
  topDocuments: { uri: string; document: string; mentions: number; range: WireRange; date: string | null }[];
}

/** What the timeline shows (`sourceLens/timeline`). */
export interface TimelineQuery {
  from?: string | null;
  to?: string | null;
  includeUndated?: boolean;
  folder?: string | null;
  kinds?: string[];
  /** Only these lanes (group ids; "" for claims naming no group). */
  groups?: string[];
}

export interface TimelineResponse {
  documents: string[];
  /** Display names of `documents` (relative to the workspace folder). */
  documentNames: string[];
  points: {
    id: string;
    doc: number;
    range: WireRange;
    kind: string;
    lanes: string[];
    date: string | null;
    dateSource: 'claim' | 'document' | null;
    written: string | null;
    claimant: string | null;
    label: string;
    figures: { measure: string; low: number; high: number | null }[];
    incident: string | null;
    disputed: boolean;
  }[];
  incidents: { id: string; date: string; measure: 'killed' | 'injured'; low: number; high: number | null; points: string[]; differ: boolean; label: string }[];
  lanes: { id: string; label: string; count: number }[];
  totals: { claims: number; shown: number; undated: number; lanes: number };
  truncated: boolean;
  range: { from: string | null; to: string | null };
  folders: CorpusFolder[];
  kinds: string[];
  limits: { points: number };
  indexing: boolean;
}

/** An export's file content (`sourceLens/exportGraph`, `sourceLens/exportTimeline`). */
export interface ViewExport {
  content: string;
  /** What it holds, for the notification: "24 nodes, 31 edges", "96 points". */
  summary: string;
}
