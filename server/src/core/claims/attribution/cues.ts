/**
 * Cue verbs of reported speech and the speaker noun phrase they attach to: the vocabulary every
 * attribution rule shares. "announced" and "claimed" are not cues: they make announcements and
 * responsibility claims, not reported speech.
 */

/** Reporting verbs, as a regex alternation (whole words). */
export const CUE_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'noted', 'notes', 'note', 'stated', 'states', 'recalled', 'recalls',
  'reported', 'reports', 'confirmed', 'confirms', 'insisted', 'insists', 'alleged', 'alleges', 'warned', 'warns', 'cautioned', 'explained', 'explains',
  'estimated', 'estimate', 'estimates', 'assessed', 'assesses', 'believe', 'believes', 'believed', 'argued', 'argues', 'according', 'put it', 'described', 'describe',
  'describes', 'dismissed', 'dismisses', 'disputed', 'dispute', 'disputes', 'denied', 'denies', 'deny', 'condemned', 'condemns', 'urged', 'urges',
  'called on', 'calls on', 'flagged', 'flags', 'replied', 'asserted', 'asserts', 'acknowledged', 'admitted', 'maintained', 'maintains', 'stressed', 'stresses',
  'blamed', 'blames', 'accused', 'accuses', 'emphasised', 'emphasized', 'predicted', 'predicts', 'suggested', 'suggests', 'observed', 'remarked', 'conceded', 'contended', 'contends', 'feared', 'fears',
].join('|');

/** A cue verb anywhere: cheap pre-filter. */
const ANY_CUE = new RegExp(`\\b(?:${CUE_VERBS})\\b`);

export function hasCue(lower: string): boolean {
  return ANY_CUE.test(lower) || lower.includes('according to') || lower.includes('in his ') || lower.includes('in her ') || lower.includes('saying');
}

/** Pronouns that stand for a speaker named elsewhere. */
export const SPEAKER_PRONOUN = /^(?:he|she|they|it)$/i;
/** First- and second-person speakers name nobody outside the quote they come from. */
export const FIRST_PERSON = /^(?:we|i|you|our|us)$/i;
