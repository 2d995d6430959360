/**
 * Who a sentence attributes its content to: "according to a UN monitoring report", "…, a police
 * spokesman told reporters", "X said in an interview", "\"…,\" the provincial police chief said",
 * "Officials blamed …". Returns the claimant as written (trimmed of articles at the edges) and
 * where the attribution sits, so the claim's own figures and subjects can be told apart from it.
 */
import { CUE_VERBS } from './cues';
export interface Attribution {
  claimant: string;
  /** Sentence-relative span of the claimant text. */
  start: number;
  end: number;
}

const VERBS = CUE_VERBS;
const REPORTING_VERB = new RegExp(`\\b(?:${VERBS})\\b`, 'g');
const ACCORDING = /\baccording to ((?:an? |the )?[^,.;:"“”]{2,80}?)(?=[,.;:"“”]|\s+(?:on|in|at|which|that|who|circulated|released|published|seen|sent|obtained)\b|$)/i;
/** "…, the Indian army said." / "\"…,\" one young man said." at the end of a sentence. */
const TRAILING = new RegExp(`[,"”’]\\s*((?:[A-Za-z'’.-]+\\s+){0,9}?[A-Za-z'’.()-]+)\\s+(?:${VERBS})\\b[^,;"“”]*[.!?]?["”’]?\\s*$`);
/** "Security officials said …", "He told Dawn …", "A former commander of X who … says the group …" */
const LEADING = new RegExp(`^\\s*(?:[A-Z]+:\\s*)?((?:[\\p{L}\\p{N}'’.()-]+\\s+){0,13}?[\\p{L}\\p{N}'’.()-]+)\\s+(?:(?:have|has|had|also|later|earlier|reportedly)\\s+)?(?:${VERBS})\\b`, 'u');
/** Words that cannot end a speaker phrase: the match is then not an attribution. */
/** "\"…,\" said an analyst at a Delhi think tank." */
const INVERTED = new RegExp(`[,"”’]\\s*(?:${VERBS})\\s+((?:an?|the|one)\\s+[^,;"“”.]{2,80}?|[A-Z][^,;"“”.]{1,60}?)\\s*(?:[,.!?]|$)`);
const SPEAKER_OPENER = new RegExp(`^\\s*((?:an?|the|one|[\\p{Lu}][\\p{L}-]*)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:spokes(?:man|woman|person)|officials|officers?|ministers?|analysts|diplomats|authorities|police|government|ministry|army|military))\\s+(?:[\\p{L}'’-]+\\s+){1,6}?and\\s+(?:${VERBS})\\b`, 'u');
const PARENTHETICAL = new RegExp(`,\\s+((?:[\\p{L}'’-]+\\s+){0,5}?[\\p{L}'’-]+)\\s+(?:${VERBS})\\s*,`, 'u');
/** Speaker phrases that are really clauses: "a condition that officials". */
const NOT_SPEAKER = /\b(?:that|which|who|whom|whose|where)\b|^(?:an?|the)\s+(?:figure|claim|number|toll|account|version|estimate)\b/i;
/** A speaker phrase holds no finite verb or negation: "Al Qaeda's core leadership has not publicly" is a clause. */
const NOT_SPEAKER_WORDS = /\b(?:not|never|has|have|had|is|are|was|were|will|would|could|can|did|does|do|been|being)\b/i;
/** "The commander, who gave his name as Qari Hamid, said …": a speaker with an apposition or relative clause. */
const APPOSITION = new RegExp(`^\\s*((?:[\\p{L}\\p{N}'’.-]+\\s+){0,5}?[\\p{L}\\p{N}'’.-]+),\\s+(?:who|a|an|the|one|whose|[\\p{Ll}]+ed)\\b[^,;"“”]{1,120}?,\\s+(?:(?:also|later|then)\\s+)?(?:${VERBS})\\b`, 'u');
const NOT_SPEAKER_END = /(?:^|\s)(?:our|my|their|its|your|it|which|that|this|there|what|and|but|or|as|when|if|to|the|a|an|of|in|on|for|with|was|were|is|are)$/i;
const SPEAKER_HINT = /\b(?:coalition|forces|military|command|embassy|department|commission|council|court|investigators?|prosecutors?|officials?|officers?|spokes(?:man|woman|person|people)|police|army|ministry|minister|chief|commander|government|authorities|analysts?|diplomats?|report|monitors?|mission|UN|United Nations|team|agency|sources?|witness(?:es)?|residents?|elders?|researchers?|experts?|interviewees|respondents|participants|statement|he|she|they|we|I|president|prime|adviser|governor|leader|emir|intelligence|security|media|newspaper|Dawn|Reuters|AP|AFP|BBC|Al Jazeera|Islamabad|Kabul|Beijing|Washington|Delhi|New Delhi|Tehran|Moscow|[A-Z][a-z]+ [A-Z][a-z]+|worker|man|woman|member|source|group|front|army)\b/;

function clean(s: string): string {
  return s.replace(/^[\s"“”'‘’,—–-]+|[\s"“”'‘’,—–-]+$/g, '').replace(/^(?:but|and|while|although|though|as)\s+/i, '');
}

export function findAttribution(sentence: string): Attribution | null {
  const found = findAttributionIn(sentence);
  // "we"/"I" name nobody outside the transcript or letter they come from.
  return found && /^(?:we|i|you|our|us)$/i.test(found.claimant) ? null : found;
}

/** "In Karimi’s view, …", "In the ministry's assessment, …": whose view the sentence gives. */
const IN_VIEW = /^\s*In ((?:the )?[\p{L}-]+(?: [\p{L}-]+){0,3})['’]s? (?:view|opinion|words|assessment|estimation|telling)\b/u;

function findAttributionIn(sentence: string): Attribution | null {
  const view = IN_VIEW.exec(sentence);
  if (view) {
    const start = view.index + view[0].indexOf(view[1]);
    return { claimant: view[1], start, end: start + view[1].length };
  }
  const according = ACCORDING.exec(sentence);
  if (according) {
    const claimant = clean(according[1]);
    const start = according.index + according[0].indexOf(according[1]);
    return { claimant, start, end: start + according[1].length };
  }
  // ", the BLA said, but officials said …": a parenthetical attribution before a contrast governs the main clause.
  const early = PARENTHETICAL.exec(sentence);
  if (early && /^\s*(?:but|although|though|while|whereas)\b/i.test(sentence.slice(early.index + early[0].length)) && !NOT_SPEAKER.test(early[1]) && SPEAKER_HINT.test(early[1])) {
    const start = early.index + early[0].indexOf(early[1]);
    return { claimant: clean(early[1]), start, end: start + early[1].length };
  }
  const apposition = APPOSITION.exec(sentence);
  if (apposition && !NOT_SPEAKER_WORDS.test(apposition[1]) && !NOT_SPEAKER_END.test(apposition[1])) {
    const start = apposition.index + apposition[0].indexOf(apposition[1]);
    return { claimant: clean(apposition[1]), start, end: start + apposition[1].length };
  }
  const trailing = TRAILING.exec(sentence);
  // After a closing quote the phrase before the verb is the speaker whatever it looks like ("Hekmatyar said").
  const afterQuote = trailing ? /["”’]\s*$/.test(sentence.slice(0, trailing.index + 1)) || /^[,]?\s*["”’]/.test(trailing[0]) : false;
  if (trailing && !NOT_SPEAKER_END.test(trailing[1]) && !NOT_SPEAKER.test(trailing[1]) && (afterQuote || SPEAKER_HINT.test(trailing[1]))) {
    const claimant = clean(trailing[1]);
    const start = trailing.index + trailing[0].indexOf(trailing[1]);
    return { claimant, start, end: start + trailing[1].length };
  }
  // ", analysts say, although …": a parenthetical attribution mid-sentence.
  const parenthetical = PARENTHETICAL.exec(sentence);
  if (parenthetical && !NOT_SPEAKER.test(parenthetical[1]) && SPEAKER_HINT.test(parenthetical[1])) {
    const start = parenthetical.index + parenthetical[0].indexOf(parenthetical[1]);
    return { claimant: clean(parenthetical[1]), start, end: start + parenthetical[1].length };
  }
  const inverted = INVERTED.exec(sentence);
  if (inverted) {
    const claimant = clean(inverted[1]);
    const start = inverted.index + inverted[0].indexOf(inverted[1]);
    return { claimant, start, end: start + inverted[1].length };
  }
  // "A Taliban spokesman condemned the attack and said …": a speaker noun phrase opening the sentence.
  const opener = SPEAKER_OPENER.exec(sentence);
  if (opener) return { claimant: clean(opener[1]), start: opener.index + opener[0].indexOf(opener[1]), end: opener.index + opener[0].indexOf(opener[1]) + opener[1].length };
  let leading = LEADING.exec(sentence);
  // "…; police said three policemen were killed": a clause after a semicolon may open with the speaker.
  for (let semi = sentence.indexOf(';'); !leading && semi >= 0; semi = sentence.indexOf(';', semi + 1)) {
    const m = LEADING.exec(sentence.slice(semi + 1));
    if (m) {
      leading = m;
      leading.index += semi + 1;
    }
  }
  if (leading && !/[,;:"“”]/.test(leading[1]) && !NOT_SPEAKER_END.test(leading[1]) && !NOT_SPEAKER_WORDS.test(leading[1]) && (SPEAKER_HINT.test(leading[1]) || /^[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*$/.test(leading[1]))) {
    const claimant = clean(leading[1]);
    const start = leading.index + leading[0].indexOf(leading[1]);
    return { claimant, start, end: start + leading[1].length };
  }
  return null;
}

/** Reporting verbs anywhere: cheap pre-filter for statements. */
export function hasReportingVerb(lower: string): boolean {
  REPORTING_VERB.lastIndex = 0;
  return REPORTING_VERB.test(lower);
}
