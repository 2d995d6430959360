/**
 * The claim model: what a sentence asserts about a group, who asserts it, and its figures.
 * Shared by the extractor, the corpus index, the stores and every feature that shows claims.
 */

export type ClaimKind = 'responsibility' | 'casualties' | 'strength' | 'announcement' | 'statement';

export const CLAIM_KINDS: readonly ClaimKind[] = ['responsibility', 'casualties', 'strength', 'announcement', 'statement'];

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
}
