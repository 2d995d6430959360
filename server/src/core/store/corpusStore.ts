/**
 * The storage interface the features ask: bounded, asynchronous queries over a corpus index.
 * Two implementations: `LocalStore` (the in-memory index of the analyst's folders and open
 * documents) and `PostgresStore` (the team's shared archive). The features ask both and merge the
 * answers with `merge.ts`: local and open documents win over their archive copies.
 */
import { Claim } from '../claims/model';
import { Range } from '../text/positions';

export interface GroupTotals {
  mentions: number;
  documents: number;
}

/** Where a document of an answer lives, and what identifies it across stores. */
export interface StoredDocumentRef {
  uri: string;
  /** Path in the archive ('/'-separated), or the local document's path relative to its folder. */
  archivePath: string | null;
  contentHash: string | null;
}

export interface RankedPassage extends StoredDocumentRef {
  range: Range;
  snippet: string;
  focus: { start: number; end: number } | null;
  groupId: string;
  alias: string;
  /** Relevance (same scale in every store): higher first. */
  score: number;
}

export interface CrossReferenceQuery {
  groupId: string;
  /** The document the hover is in (excluded), and its groups (documents sharing them rank higher). */
  contextUri: string | null;
  contextGroups: readonly string[];
  limit: number;
}

export interface CrossReferenceAnswer {
  passages: RankedPassage[];
  /** Documents (other than the context) mentioning the group. */
  totalDocuments: number;
}

export interface StoredLocation extends StoredDocumentRef {
  range: Range;
}

export interface ReferencePage {
  locations: StoredLocation[];
  /** Opaque cursor of the next page; null at the end. */
  next: string | null;
}

export interface SymbolCandidate extends StoredDocumentRef {
  groupId: string;
  /** The group's first mention in the document. */
  range: Range;
  mentions: number;
}

/** A claim in some store, with what is needed to show it without its document's text. */
export interface StoredClaim extends StoredDocumentRef {
  claim: Claim & { range: Range };
  /** The claim's text on one line, possibly shortened. */
  snippet: string;
  /** For a statement: its date as people's statements are ordered (its own, else its document's; ISO). */
  saidOn?: string | null;
}

/** A person's totals in a store (the archive's less the analyst's local copies). */
export interface StoredPersonSummary {
  id: string;
  name: string;
  mentions: number;
  documents: number;
  statements: number;
  /** Statements about at least one group. */
  groupStatements: number;
  statementDocuments: number;
}

export interface StoredPersonDocument extends StoredDocumentRef {
  mentions: number;
  statements: number;
  /** The person's first mention there (null when the document only quotes them). */
  range: Range | null;
}

/** Which statements of a person: `groupId` undefined any, null about no group; `aboutGroups` only those about a group. */
export interface PersonStatementQuery {
  groupId?: string | null;
  aboutGroups?: boolean;
  offset: number;
  limit: number;
}

export interface GroupDocumentsEntry extends StoredDocumentRef {
  mentions: { range: Range; alias: string }[];
}

export interface GroupOverviewRow {
  groupId: string;
  /** The name the store knows (the archive's gazetteer), for groups the editor's gazetteer lacks. */
  name: string | null;
  mentions: number;
  documents: number;
  claims: number;
}

export interface ClaimTotals {
  kinds: Map<string, number>;
  groups: Map<string, number>;
}

export interface CorpusStore {
  /** Totals per group (groups without mentions are absent). */
  groupTotals(groupIds: readonly string[]): Promise<Map<string, GroupTotals>>;
  crossReferences(query: CrossReferenceQuery): Promise<CrossReferenceAnswer>;
  /** One page of a group's mentions, in a stable order. */
  references(groupId: string, cursor: string | null, limit: number): Promise<ReferencePage>;
  /** For each group (in order), up to `perGroup` documents mentioning it most, with the first mention; at most `total` in all. */
  symbolCandidates(groupIds: readonly string[], perGroup: number, total?: number): Promise<SymbolCandidate[]>;
  /**
   * Claims that may relate to `claim`: about the same groups (or, for a claim without named
   * groups, about `contextGroups`), same kind first; ranked by the caller.
   */
  claimCandidates(claim: Claim, contextGroups: readonly string[], limit: number): Promise<StoredClaim[]>;
  groupsOverview(limit: number): Promise<GroupOverviewRow[]>;
  groupDocuments(groupId: string, limit: number): Promise<GroupDocumentsEntry[]>;
  claimTotals(): Promise<ClaimTotals>;
  claimsIn(filter: { kind?: string; groupId?: string }, limit: number): Promise<StoredClaim[]>;
  /** The text of a document only this store holds (archive-only documents), or null. */
  documentText(uri: string): Promise<string | null>;
}
