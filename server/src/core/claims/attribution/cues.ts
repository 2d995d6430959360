/**
 * Cue verbs of reported speech and the speaker noun phrase they attach to: the vocabulary every
 * attribution rule shares. "announced" and "claimed" are not cues: they make announcements and
 * responsibility claims, not reported speech.
 *
 * The lexicon was drawn from real wire, newspaper and broadcast copy: stance verbs ("rejected",
 * "welcomed", "dismissed"), verbs of telling ("told", "stressed", "revealed", "narrated",
 * "corroborated"), of judging ("believes", "worries", "doubts", "regards … as"), of documents
 * ("the report recalls", "police figures show that", "the centre counted").
 */

import { byFirstLetter } from '../../text/gatedPattern';

/** Reporting verbs, as a regex alternation (whole words). */
export const CUE_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'noted', 'notes', 'note', 'stated', 'states', 'recalled', 'recalls',
  'reported', 'reports', 'confirmed', 'confirms', 'insisted', 'insists', 'alleged', 'alleges', 'warned', 'warns', 'cautioned', 'explained', 'explains',
  'estimated', 'estimate', 'estimates', 'assessed', 'assesses', 'believe', 'believes', 'believed', 'argued', 'argues', 'according', 'put it', 'described', 'describe',
  'describes', 'dismissed', 'dismisses', 'disputed', 'dispute', 'disputes', 'denied', 'denies', 'deny', 'condemned', 'condemns', 'urged', 'urges',
  'called on', 'calls on', 'flagged', 'flags', 'replied', 'asserted', 'asserts', 'acknowledged', 'admitted', 'maintained', 'maintains', 'stressed', 'stresses',
  'blamed', 'blames', 'accused', 'accuses', 'emphasised', 'emphasized', 'predicted', 'predicts', 'suggested', 'suggests', 'observed', 'remarked', 'conceded', 'contended', 'contends', 'feared', 'fears',
  'rejected', 'rejects', 'reject', 'welcomed', 'welcomes', 'repeated', 'repeats', 'reiterated', 'reiterates', 'appealed', 'appeals', 'agreed', 'agrees', 'revealed', 'reveals',
  'pointed to', 'pointed out', 'points to', 'points out', 'worry', 'worries', 'worried', 'doubt', 'doubts', 'expects', 'hopes', 'hoped', 'thinks', 'reckons',
  'corroborated', 'narrated', 'recounted', 'tweeted', 'announced that', 'claimed that', 'claims that', 'refer to', 'refers to', 'referred to',
  'counted', 'recorded', 'documented', 'show that', 'shows that', 'showed that', 'found that', 'finds that', 'concluded', 'concludes',
  'countered', 'responded', 'retorted', 'testified', 'declared that', 'declares that', 'submitted that', 'submits that', 'averred', 'avers', 'assess', 'attributed', 'attributes',
  // The verb, not the noun: "officials suspect the group", not "the prime suspect in the bombing".
  'suspects?(?=\\s+(?:that|the|an?|its|their|his|her|[A-Z]))',
  'acknowledge', 'acknowledges', 'admit', 'admits', 'argue', 'insist', 'warn', 'pointed the finger at', 'point the finger at', 'points the finger at',
  // "Representatives of the CMA informed the Panel that …": telling with a that-clause, not "an informed guess".
  'inform(?:ed|s)(?=\\s+[^.;]{1,60}?\\bthat\\b)',
].join('|');

/** A cue verb anywhere: cheap pre-filter (its words grouped by their first letter: text/gatedPattern.ts). */
const ANY_CUE = byFirstLetter(new RegExp(`\\b(?:${CUE_VERBS})\\b`));

export function hasCue(lower: string): boolean {
  return (
    ANY_CUE.test(lower) ||
    lower.includes('according to') ||
    lower.includes('in his ') ||
    lower.includes('in her ') ||
    lower.includes('saying') ||
    lower.includes(' view') ||
    lower.includes('opinion') ||
    / (?:gave|given|give|gives|offered|provided|put|puts|placed|places) /.test(lower) ||
    / (?:believed|described|seen|regarded|considered|viewed|thought|shared|called|quoted|informed|told|assured|briefed) by /.test(lower) ||
    / (?:regard|regards|regarded|consider|considers|considered|describe|describes|view|views|viewed|label|labels|labelled|brand|brands|branded|call|calls|see|sees) as /.test(lower) ||
    lower.includes(' as saying') ||
    // "issued a statement denying …", "released a video warning that …" (reported.ts, DOCUMENT_SAYING).
    (/ (?:issued|published|released|posted|sent|circulated|distributed) (?:an?|the|its|their|another) /.test(lower) &&
      /\b(?:stating|denying|warning|naming|claiming|insisting|accusing|blaming|threatening|confirming|rejecting|vowing)\b/.test(lower))
  );
}

/** Pronouns that stand for a speaker named elsewhere. */
export const SPEAKER_PRONOUN = /^(?:he|she|they|it)$/i;
/** First- and second-person speakers name nobody outside the quote they come from. */
export const FIRST_PERSON = /^(?:we|i|you|our|us)$/i;

/**
 * Nouns that head a speaker: people by role, kin or circumstance, institutions, and documents
 * that say things ("the report", "the message", "police figures").
 */
export const SPEAKER_NOUNS =
  'spokes(?:man|woman|person|people|men|women|persons)|officials?|officers?|ministers?|ministry|ministries|chief|chiefs|commanders?|analysts?|diplomats?|researchers?|experts?|professors?|academics?|lecturers?|economists?|historians?|' +
  'sources?|witness(?:es)?|residents?|elders?|villagers?|survivors?|relatives?|families|family|doctors?|nurses?|surgeons?|parents?|passengers?|people|locals|' +
  'parties|politicians|lawmakers|legislators|leaders?|clerics?|scholars?|students?|teachers?|workers?|traders?|shopkeepers?|vendors?|drivers?|farmers?|labourers?|' +
  'journalists?|reporters?|authors?|correspondents?|editors?|activists?|lawyers?|judges?|prosecutors?|investigators?|monitors?|observers?|envoys?|ambassadors?|adviser|advisers|advisor|advisors|' +
  'governors?|presidents?|premier|secretary|secretaries|directors?|heads?|members?|fighters?|militants?|insurgents?|representatives?|negotiators?|mediators?|' +
  'man|men|woman|women|boy|girl|father|mother|brother|sister|son|daughter|widow|wife|husband|cousin|uncle|neighbou?rs?|friends?|colleagues?|owners?|managers?|waiters?|guards?|soldiers?|troops|policemen|policeman|constables?|' +
  'coalition|forces|military|army|police|command|embassy|states?|countr(?:y|ies)|department|commission|council|court|government|authorities|administration|agency|agencies|office|mission|' +
  'team|panel|centre|center|institute|group|front|movement|organi[sz]ation|network|faction|outfit|wing|branch|cell|service|services|directorate|bureau|' +
  'report|reports|statement|statements|message|post|tweet|video|audio|letter|communiqu[eé]|notice|leaflet|pamphlet|bulletin|release|broadcast|figures|data|records|count|study|survey|assessment|document|filing|' +
  'media|newspaper|agency|channel|radio|television|intelligence|security|interviewees|respondents|participants|he|she|they|we|I';
