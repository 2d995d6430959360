/**
 * Claims: what a sentence asserts about a group (responsibility, casualties, strength,
 * announcements, attributed statements). The extractor lives in this module so the corpus index
 * can store claims next to mentions.
 */
import type { Mention } from './groupMatcher';

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
}

/** Extracts the claims of a document. `mentions` are the group mentions already found in it. */
export function extractClaims(_text: string, _mentions: readonly Mention[]): Claim[] {
  return []; // The claim extractor arrives with the claims feature.
}
