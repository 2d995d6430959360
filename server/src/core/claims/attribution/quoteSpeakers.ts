/**
 * Who a direct quote belongs to: the speaker named after the quote (`“…,” a police officer said`,
 * `“…” said an analyst`), before it (`Doe said: “…”`, `In his opinion, “…”`, `According to X, “…”`),
 * or in the neighbouring sentence (`That was how one diplomat put it.`, `The statement was issued by
 * X.`, a preceding `X said:`). Each function returns the speaker phrase as written, with offsets
 * relative to the string it was given.
 */
import { CUE_VERBS } from './cues';

export interface SpeakerPhrase {
  text: string;
  start: number;
  end: number;
}

/** Titles of address written with a period before a name. */
const ABBREVIATED_TITLE = '(?:Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Maj|Capt|Brig|Sgt|Gov|Sen|Insp|Supt|Rev|Hon|Adm|Cdr|Cmdr|Engr|Sr|Snr)';
const WORD = String.raw`[\p{L}\p{N}'’.()&-]+`;
/** A speaker noun phrase: up to eleven words, lazily, so the verb or the punctuation ends it. */
const NP = String.raw`((?:${WORD}\s+){0,10}?${WORD})`;
/** The speaker may carry an apposition before the verb (`," Maj. Abdikadir Mohamed Hassan, a police officer at the scene, told Reuters`). */
const AFTER_NORMAL = new RegExp(String.raw`^[\s,.!?—–-]*${NP}(?:,\s+(?:an?|the)\s[^,;:!?"“”\n]{1,60},)?\s+(?:(?:also|later|then|earlier|had|has|have)\s+)?(?:${CUE_VERBS})\b`, 'u');
/** An initial's period ("Ramil B. Sandoval") and an abbreviated title's ("said Dr. Farzana Qazilbash", "said Gen. Asim Munir") do not end the speaker. */
const AFTER_INVERTED = new RegExp(String.raw`^[\s,.!?—–-]*(?:${CUE_VERBS})\s+${NP}\s*(?:[,;:!?]|(?<!(?:^|[\s.])\p{Lu})(?<!(?:^|\s)${ABBREVIATED_TITLE})\.|$)`, 'u');
const BEFORE = new RegExp(String.raw`^\s*${NP}\s+(?:(?:also|later|then|had|has|have)\s+)?(?:${CUE_VERBS})(?:\s+(?:reporters|journalists|me|us|him|her|them|(?:the |a )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?))?(?:\s+(?:that|on \p{Lu}\p{Ll}+day|in (?:a|an|the) (?:statement|interview)))?\s*[:,]?\s*$`, 'u');
const IN_OPINION = /^(?:.*\s)?[Ii]n (his|her|their) (?:opinion|view|words|estimation)[:,]?\s*$/;
const ACCORDING = new RegExp(String.raw`^\s*[Aa]ccording to ${NP}[:,]?\s*$`, 'u');
/** "That was how one Kabul-based diplomat put it to reporters." */
const THAT_WAS_HOW = new RegExp(String.raw`^\s*(?:That|This|So) (?:was|is) (?:how|what) ${NP}\s+(?:put it|described it|said|told|wrote|called it)\b`, 'u');
/** "The statement was issued by the mission's human rights office." */
const ISSUED_BY = new RegExp(String.raw`^\s*The (?:statement|remarks?|comments?|message|words|post|letter) (?:was|were) (?:issued|made|posted|published|released|delivered|written|sent|signed) by ${NP}\s*[.!]?\s*$`, 'u');
/** "A police officer said." on its own, after the quote. */
const BARE_ATTRIBUTION = new RegExp(String.raw`^\s*${NP}\s+(?:said|added|wrote|told (?:reporters|journalists|\p{Lu}[\p{L}]+))\s*[.!]?\s*$`, 'u');

/** Words that cannot end a speaker phrase: the match is a clause, not a speaker. */
const BAD_END = /(?:^|\s)(?:our|my|their|its|your|it|which|that|this|there|what|and|but|or|as|when|if|to|the|a|an|of|in|on|for|with|was|were|is|are|not|no)$/i;
const BAD_ANY = /\b(?:which|that)\b/i;

function phrase(m: RegExpExecArray | null, group = 1): SpeakerPhrase | null {
  if (!m || m[group] === undefined) return null;
  const text = m[group].replace(/[,.]+$/, '');
  if (!text || BAD_END.test(text) || BAD_ANY.test(text)) return null;
  const start = m.index + m[0].indexOf(m[group]);
  return { text, start, end: start + text.length };
}

/** The speaker named right after a quote's closing mark, in the rest of its sentence. */
export function speakerAfterQuote(tail: string): SpeakerPhrase | null {
  return phrase(AFTER_INVERTED.exec(tail)) ?? phrase(AFTER_NORMAL.exec(tail));
}

/** The speaker named before a quote's opening mark, in the start of its sentence. */
export function speakerBeforeQuote(head: string): SpeakerPhrase | null {
  const opinion = IN_OPINION.exec(head);
  if (opinion) {
    const start = opinion.index + opinion[0].lastIndexOf(opinion[1]);
    return { text: opinion[1], start, end: start + opinion[1].length };
  }
  return phrase(ACCORDING.exec(head)) ?? phrase(BEFORE.exec(head));
}

/** A sentence after an unattributed quote that names its source. */
export function speakerInFollowingSentence(sentence: string): SpeakerPhrase | null {
  return phrase(THAT_WAS_HOW.exec(sentence)) ?? phrase(ISSUED_BY.exec(sentence)) ?? phrase(BARE_ATTRIBUTION.exec(sentence));
}

/**
 * A document introducing its own quoted text: "The group's statement, as translated by the Forum, read
 * in part:", "The communiqué reads:". The document is the speaker (speakers.ts resolves it to its issuer).
 */
const DOCUMENT_READS = new RegExp(String.raw`^\s*((?:(?:the|a|an|its|their)\s+)?(?:[\p{L}'’-]+['’]s?\s+)?(?:[\p{L}-]+\s+){0,2}?(?:statement|communiqu[eé]|message|post|claim|letter|pamphlet|leaflet|video|audio(?:\s+message)?|note|text|declaration))(?:\s*,[^,:;]{1,80},)?\s+(?:read|reads|ran|runs|said|says|stated|states)(?:\s+in\s+(?:part|full))?\s*:\s*$`, 'iu');

/** A sentence before a quote that introduces it: "The minister told reporters:". */
export function speakerInPrecedingSentence(sentence: string): SpeakerPhrase | null {
  if (!/:\s*$/.test(sentence)) return null;
  return speakerBeforeQuote(sentence) ?? phrase(DOCUMENT_READS.exec(sentence));
}
