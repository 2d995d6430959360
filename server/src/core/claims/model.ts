/**
 * The claim model: what a sentence asserts about a group, who asserts it, and its figures.
 * Shared by the extractor, the corpus index, the stores and every feature that shows claims.
 */

export type ClaimKind = 'responsibility' | 'casualties' | 'strength' | 'announcement' | 'statement' | 'relation';

export const CLAIM_KINDS: readonly ClaimKind[] = ['responsibility', 'casualties', 'strength', 'announcement', 'statement', 'relation'];

/**
 * How two groups relate, as a source states it. Directed types read "from <type> to": the faction,
 * the splinter, the absorbed or returning group, the pledging group, the front and the old name are
 * `from`. Symmetric types (allied-with, rival-of, linked-to) keep the order of the sentence.
 */
export type RelationType =
  | 'faction-of'
  | 'splinter-from'
  | 'merged-into'
  | 'rejoined'
  | 'allied-with'
  | 'rival-of'
  | 'pledged-allegiance-to'
  | 'front-for'
  | 'renamed'
  | 'linked-to';

export const RELATION_TYPES: readonly RelationType[] = ['faction-of', 'splinter-from', 'merged-into', 'rejoined', 'allied-with', 'rival-of', 'pledged-allegiance-to', 'front-for', 'renamed', 'linked-to'];

/** Types without a direction: "X is allied with Y" says the same as "Y is allied with X". */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set<RelationType>(['allied-with', 'rival-of', 'linked-to']);

/** The fields of a relation claim (kind 'relation'); plain values so stores can keep them as columns. */
export interface Relation {
  type: RelationType;
  /** Group id of the first side (see RelationType for which side that is). */
  from: string;
  /** Group id of the second side. */
  to: string;
  /** False for symmetric types. */
  directed: boolean;
  /** 'denied' for negations: "X has no ties to Y", "X denied joining Y", "X is not a front for Y". */
  polarity: 'asserted' | 'denied';
  /** Hedged by the source: "believed to be", "reportedly", "allegedly", "may". */
  hedged: boolean;
  /** ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD) from an absolute date in the sentence, else null. The written form is the claim's `date`. */
  date: string | null;
}

export interface Figure {
  /** What is counted: "killed", "injured", "fighters"… */
  measure: string;
  low: number;
  /** Equal to `low` for an exact figure; Infinity for "more than N". */
  high: number;
  /** The figure as written. */
  text: string;
}

export interface Claim {
  kind: ClaimKind;
  /** UTF-16 offsets of the claim in the document. */
  start: number;
  end: number;
  /** Group ids the claim is about. */
  subjects: string[];
  claimant: string | null;
  figures: Figure[];
  date: string | null;
  /**
   * For claims with casualty figures: what identifies the incident (place names and the kind of
   * target, lower case), so tolls of different attacks are never compared with each other.
   */
  event?: string[];
  /** The words that made this a claim ("claimed responsibility", "killed", "has … fighters"). */
  trigger?: string;
  /** Kind 'relation' only: the relation stated. Its two groups are also the claim's subjects. */
  relation?: Relation;
}
