/**
 * Names shared by the client and the server: custom requests, commands, settings, token legend.
 * Plain constants and types only, so either side can import it.
 */

export const LANGUAGE_SERVER_ID = 'sourceLens';

/** Scheme of the read-only documents that render a built-in gazetteer entry. */
export const GAZETTEER_SCHEME = 'source-lens-gazetteer';

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
  /** params: {} -> process.memoryUsage() of the server (benchmarks) */
  memoryUsage: 'sourceLens/memoryUsage',
  /** params: { format: 'csv' | 'json' } -> ClaimExport (every claim with its fields, document and position) */
  exportClaims: 'sourceLens/exportClaims',
} as const;

export const Notifications = {
  /** Server -> client when the index changed (documents added, removed or re-analysed). */
  indexChanged: 'sourceLens/indexChanged',
} as const;

export interface IndexStatus {
  documents: number;
  groups: number;
  mentions: number;
  claims: number;
  indexing: boolean;
  skipped: number;
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
  snippet: string;
  relation: 'agrees' | 'differs' | null;
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
  text: string;
  /** Kind 'relation' only: type, the two group ids, direction, asserted/denied, hedged, ISO date. */
  relation?: { type: string; from: string; to: string; directed: boolean; polarity: 'asserted' | 'denied'; hedged: boolean; date: string | null };
}

/** Client commands the server may link to from hovers (VS Code only; the client allow-lists them). */
export const Commands = {
  openPassage: 'sourceLens.openPassage',
  showGroupReferences: 'sourceLens.showGroupReferences',
  rebuildIndex: 'sourceLens.rebuildIndex',
} as const;

export const HOVER_COMMANDS: readonly string[] = [Commands.openPassage, Commands.showGroupReferences];

export const TokenTypes = ['group', 'claim'] as const;
export const TokenModifiers = ['responsibility', 'casualties', 'strength', 'announcement', 'statement', 'disputed', 'relation'] as const;

/** What the client tells the server it can do, in `initializationOptions`. */
export interface InitializationOptions {
  /** Hovers may use `command:` links to the commands in HOVER_COMMANDS. */
  commandLinks?: boolean;
  /** The client renders `source-lens-gazetteer:` documents (definition of a built-in group). */
  gazetteerDocuments?: boolean;
  /** Folder for the persisted index cache. */
  storagePath?: string;
  settings?: unknown;
}

export interface Settings {
  corpus: { include: string[]; exclude: string[]; maxFileSizeMB: number };
  gazetteer: { path: string };
  hover: { maxCrossReferences: number };
  references: { maxResults: number };
  highlight: { groups: boolean; claims: boolean };
  diagnostics: { conflictingFigures: boolean };
}

export const DEFAULT_SETTINGS: Settings = {
  corpus: {
    include: ['**/*.txt', '**/*.md', '**/*.markdown', '**/*.text'],
    exclude: ['**/node_modules/**', '**/.git/**', '**/.hg/**', '**/.svn/**'],
    maxFileSizeMB: 16,
  },
  gazetteer: { path: 'source-lens.gazetteer.json' },
  hover: { maxCrossReferences: 5 },
  references: { maxResults: 5000 },
  highlight: { groups: true, claims: true },
  diagnostics: { conflictingFigures: true },
};
