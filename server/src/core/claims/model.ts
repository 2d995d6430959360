/**
 * The claim model: what a sentence asserts about a group, who asserts it, and its figures.
 * Shared by the extractor, the corpus index, the stores and every feature that shows claims.
 *
 * Every attributed sentence carries `speaker` and `form`. A sentence that is attributed but makes
 * none of the four core claims is a claim of kind `statement`; its `subjects` may be empty (a
 * statement about no group: still found, shown more quietly — docs/claims.md).
 */

/** The four typed claims about groups. */
export type CoreClaimKind = 'responsibility' | 'casualties' | 'strength' | 'announcement';

/** Every kind of claim: the core ones, attributed statements, and relations between groups (relations.ts). */
export type ClaimKind = CoreClaimKind | 'statement' | 'relation';

export const CORE_CLAIM_KINDS: readonly CoreClaimKind[] = ['responsibility', 'casualties', 'strength', 'announcement'];
export const CLAIM_KINDS: readonly ClaimKind[] = [...CORE_CLAIM_KINDS, 'statement', 'relation'];

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

/**
 * The fields of a relation claim (kind 'relation'), plain values so stores can keep them as
 * columns. Its date is the claim's (`date` as written, `isoDate` resolved); its claimant and
 * speaker are the claim's too.
 */
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
}

/** How a statement is attributed: a direct quote, reported (indirect) speech, or an interview answer. */
export type StatementForm = 'quote' | 'reported' | 'answer';
export const STATEMENT_FORMS: readonly StatementForm[] = ['quote', 'reported', 'answer'];

export interface Speaker {
  /** The speaker as written where the sentence attributes it: "he", "Mr Rahman", "a police spokesman". */
  text: string;
  /** Resolved: the person's name for a person ("Saad Rahman" for "he"), else the source as first written. */
  name: string;
  /** Identity key of the person across the corpus (people/identity.ts); null for a source that is no named person. */
  person: string | null;
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
  /** Who asserts it: the speaker's resolved name when attributed, the claiming group for "X claimed…"; null when nobody. */
  claimant: string | null;
  figures: Figure[];
  /** The event date as written ("last Tuesday", "3 March 2021"); null when the sentence gives none. */
  date: string | null;
  /** The event date resolved against the document's date: ISO day, month ("2023-01") or year; null when unknown. */
  isoDate?: string | null;
  /** Who says it, for an attributed sentence (statements, and core claims inside a quote or reported speech). */
  speaker?: Speaker;
  form?: StatementForm;
  /**
   * For an attributed sentence: the groups the statement is about (named, or referred to: "they",
   * "the group", a spokesman's "we"), which may differ from a typed claim's `subjects` (the speaker's
   * own group is what the statement is about, not what a casualty toll counts).
   */
  statementSubjects?: string[];
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

/** A statement about no group: recognised and attributed, shown more quietly than claims about groups. */
export function isQuietStatement(claim: Pick<Claim, 'kind' | 'subjects'>): boolean {
  return claim.kind === 'statement' && claim.subjects.length === 0;
}
