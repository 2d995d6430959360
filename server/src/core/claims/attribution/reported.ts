/**
 * Who a sentence attributes its content to: "according to a UN monitoring report", "…, a police
 * spokesman told reporters", "X said in an interview", "\"…,\" the provincial police chief said",
 * "Officials blamed …". Returns the claimant as written (trimmed of articles at the edges) and
 * where the attribution sits, so the claim's own figures and subjects can be told apart from it.
 *
 * Families, as real copy writes them (each pattern is anchored and bounded, so the cost is linear):
 * - the speaker opening a clause: "Police said …", "The TTP, which had distanced itself …, repeated
 *   that …", "His widow, Bibi Amina, said …", "Residents, however, told …", after an opener
 *   ("In a post on its Telegram channel, the group said …", "Asked whether …, Satti said …",
 *   "Meanwhile, …") or a clause boundary ("…, and the Taliban said …");
 * - a speaker doing something and saying so: "… announced compensation and said …", "… agreed, but
 *   added …", "… welcomed the report, saying …", "… gave a higher toll", "… gave a different account";
 * - the attribution after the content: "…, the army said.", "…, doctors said on Monday, which …",
 *   "…, residents told Somali media, days after …"; inverted ("said an analyst at …");
 * - the speaker as an agent: "is believed by several governments to …", "once described by a US
 *   military chief as …", "which Indian security agencies regard as …", "X was quoted as saying";
 * - whose view it is: "In Karimi's view, …", "according to …".
 */
import { CUE_VERBS, SPEAKER_NOUNS } from './cues';
import { byFirstLetter } from '../../text/gatedPattern';

export interface Attribution {
  claimant: string;
  /** Sentence-relative span of the claimant text. */
  start: number;
  end: number;
}

const VERBS = CUE_VERBS;
/** Abbreviated titles and ranks with their period ("Dr. ", "Maj. Gen. ", "Prof. "): they do not end a speaker phrase. */
const TITLE_DOT = String.raw`(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Maj|Capt|Brig|Sgt|Gov|Sen|Insp|Supt|Cmdr|Comr|Sr|Snr|Hon|Rev|Adm|Cdr|Engr)\.\s)`;
const REPORTING_VERB = new RegExp(`\\b(?:${VERBS})\\b`, 'g');
const ACCORDING = new RegExp(String.raw`\baccording to ((?:an? |the )?(?:${TITLE_DOT}|[^,.;:"“”]){2,120}?)(?=[,.;:"“”]|\s+(?:on|in|at|which|that|who|circulated|released|published|seen|sent|obtained)\b|$)`, 'i');
/** Adverbs a speaker may put before the verb ("also told", "have repeatedly denied"); never part of the speaker. */
const SPEAKING_ADVERBS = 'also|later|earlier|reportedly|repeatedly|previously|again|publicly|privately|already|consistently|often|further|then|now|separately|subsequently|recently|initially|twice|once|openly|formally|officially';
/** Words between a speaker and the cue: auxiliaries and adverbs ("have repeatedly denied", "also told"). */
const AUX = String.raw`(?:(?:have|has|had|${SPEAKING_ADVERBS}|long|since|first|last\s+week|on\s+\p{Lu}\p{Ll}+day)\s+){0,3}`;
/** "…, the Indian army said." / "\"…,\" one young man said." at the end of a sentence. */
const TRAILING = new RegExp(`(?:[,"”]|’(?![A-Za-z]))\\s*((?:[A-Za-z'’.()-]+\\s+){0,9}?[A-Za-z'’.()-]+)\\s+(?:${VERBS})\\b[^,;"“”]*[.!?]?["”’]?\\s*$`);
/** "Security officials said …", "He told Dawn …", "A former commander of X who … says the group …" */
const LEADING = new RegExp(`^\\s*(?:\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)?:\\s+)?((?:[\\p{L}\\p{N}'’.()-]+\\s+){0,13}?[\\p{L}\\p{N}'’.()-]+)\\s+${AUX}(?:${VERBS})\\b`, 'u');
/** "\"…,\" said an analyst at a Delhi think tank." */
const ABBREVIATED = String.raw`(?:[A-Z]|Dr|Mr|Mrs|Ms|Prof|Gen|Lt|Col|Maj|Capt|Brig|Sgt|Gov|Sen|Insp|Supt|Cmdr|Comr|Sr|Snr|Hon|Rev|Adm|Cdr|Engr)`;
const INVERTED = new RegExp(`[,"”’]\\s*(?:${VERBS})\\s+((?:an?|the|one)\\s+[^,;"“”.]{2,80}?|[A-Z](?:[^,;"“”.]|(?<=\\b${ABBREVIATED})\\.(?=\\s))*?)\\s*(?:[,!?]|(?<!\\b${ABBREVIATED})\\.|$)`);
const SPEAKER_OPENER = new RegExp(`^\\s*((?:an?|the|one|[\\p{Lu}][\\p{L}-]*)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:spokes(?:man|woman|person)|officials|officers?|ministers?|analysts|diplomats|authorities|police|government|ministry|army|military))\\s+(?:[\\p{L}'’-]+\\s+){1,6}?and\\s+(?:${VERBS})\\b`, 'u');
/** ", analysts say, although …", ", the Khyber Pakhtunkhwa health department said on Monday, which …", ", residents told Somali media, days after …". */
const PARENTHETICAL = new RegExp(`,\\s+((?:[\\p{L}\\p{N}'’().-]+\\s+){0,7}?[\\p{L}\\p{N}'’().-]+)\\s+(?:also\\s+)?(?:${VERBS})(?:\\s+[^,;"“”.]{1,40})?\\s*,`, 'u');
/** Speaker phrases that are really clauses: "a condition that officials". */
const NOT_SPEAKER = /\b(?:that|which|who|whom|whose|where)\b|^(?:an?|the)\s+(?:figure|claim|number|toll|account|version|estimate)\b/i;
/** A speaker phrase holds no finite verb or negation: "Al Qaeda's core leadership has not publicly" is a clause. */
const NOT_SPEAKER_WORDS = /\b(?:not|never|has|have|had|is|are|was|were|will|would|could|can|did|does|do|been|being)\b/i;
/**
 * A speaker followed by an apposition or a parenthetical, then the cue: "The commander, who gave his
 * name as Qari Hamid, said …", "His widow, Bibi Amina, said …", "Muhammad Iqbal, 52, said …",
 * "Residents, however, told …", "A spokesman for the TTP, in a short message shared with
 * journalists, said …", "The Islamic Emirate, as the movement calls its government, had warned …".
 */
const APPOSITION = new RegExp(`^\\s*((?:[\\p{L}\\p{N}'’.()-]+\\s+){0,10}?[\\p{L}\\p{N}'’.()-]+),\\s+([^,;"“”]{1,140}?),\\s+${AUX}(?:${VERBS})\\b`, 'u');
/**
 * Two appositions, one of them a relative clause: "The Borno State Governor, Professor Babagana
 * Umara Zulum, who visited Konduga on Wednesday, said …", "A shopkeeper …, who gave only his first
 * name, Nasir, said …".
 */
const APPOSITION_TWO = new RegExp(`^\\s*((?:[\\p{L}\\p{N}'’.()-]+\\s+){0,10}?[\\p{L}\\p{N}'’.()-]+),\\s+([^,;"“”]{1,140}?),\\s+([^,;"“”]{1,100}?),\\s+${AUX}(?:${VERBS})\\b`, 'u');
/** "A waiter who escaped through a kitchen window described …", "A shopkeeper who asked not to be named said …": a speaker with a relative clause (which may hold a negation). */
const WHO_SPEAKER = new RegExp(`^\\s*((?:[Aa]n?|[Tt]he|[Oo]ne|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${SPEAKER_NOUNS}))\\s+who\\s+[^,;"“”]{1,90}?\\s+${AUX}(?:${VERBS})\\b`, 'u');
/** After the subject's own verb phrase: "… and said …", "…, but added …", "…, saying …", "… and warning that …". */
const THEN_SAYS = new RegExp(`^[^;]{0,140}?(?:(?:,\\s*)?\\s(?:and|but)\\s+${AUX}(?:said|added|told|says|adds|warned|insisted|stressed|explained|noted|denied|confirmed|called\\s+on|urged|appealed|acknowledged|admitted|argued|estimated|(?:warning|saying|adding|insisting|claiming|stressing)\\s+that)\\b|,\\s+(?:saying|adding|insisting|warning|claiming|calling on|arguing|stressing|noting|explaining)\\b)`, 'u');
/**
 * A document put out with its content in a participle: "issued a second statement on Sunday naming
 * the bomber as … and warning that …", "published a claim saying that …", "released a video
 * threatening …". Only after a verb of putting out ({@link PUTTING_OUT}).
 */
const DOCUMENT_SAYING = /^\s*(?:an?|the|its|their|another)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|claim|message|communiqu[eé]|video|audio|letter|post|notice|pamphlet)\b[^.;,"“”]{0,50}?\s(?:saying|stating|denying|warning|naming|claiming|insisting|accusing|blaming|threatening|confirming|rejecting|vowing)\b/u;
const PUTTING_OUT = /^(?:issued|published|released|posted|sent|circulated|distributed)$/;
/** Giving no figure attributes nothing ("Malian officials gave no toll."). "ISWAP gave a very different account.", "Officials have given lower figures.", "… gave a higher toll than the police.", "put the outfit's strength at", "put JNIM's fighters at between …" (people only before a number). */
const GAVE_OBJECT = /^(?!no\s)(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:(?:account|toll|figure|figures|version|estimate|estimates|number|numbers|count|details|breakdown|explanation|assessment|strength|size|losses|dead|casualties)\b|(?:fighters|members|cadres|ranks|men)\s+at\s+(?:[\p{L}]+\s+){0,2}\d)/u;
const GIVING = /^(?:gave|give|gives|given|offered|provided|put|puts|placed|places)$/;
/** Past and finite forms that end a subject noun phrase without "-ed": the verbs speakers do before they say. */
const IRREGULAR = new Set('gave give gives given took made held sent put puts went came met told said wrote spoke rose fell began ran left won lost brought kept led read saw heard found gets got became issued says has have had is are was were will would could can did does do'.split(' '));

/** The subject of the clause at the start of `rest`: the words before its first verb-like word (a few words), and where that verb is. */
function subjectOf(rest: string): { np: string; verb: string; after: number } | null {
  const tokens = rest.slice(0, 160).split(/(\s+)/);
  let np = '';
  let offset = 0;
  for (let i = 0, count = 0; i < tokens.length && count <= 9; i += 2, count++) {
    const w = tokens[i];
    const gap = tokens[i + 1] ?? '';
    const bare = w.replace(/[,.;:]+$/, '');
    if (count > 0 && /^\p{Ll}/u.test(bare) && ((bare.length > 4 && /ed$/.test(bare)) || IRREGULAR.has(bare))) {
      if (!np.trim()) return null;
      // "have given", "has issued": the verb after the auxiliary.
      const next = tokens[i + 2]?.replace(/[,.;:]+$/, '');
      if (/^(?:have|has|had)$/.test(bare) && next && /^\p{Ll}/u.test(next)) return { np: np.trim(), verb: next, after: offset + w.length + gap.length + tokens[i + 2].length };
      return { np: np.trim(), verb: bare, after: offset + w.length };
    }
    if (/[,;:"“”]/.test(w)) return null;
    np += w + gap;
    offset += w.length + gap.length;
  }
  return null;
}

/** "is believed by several governments to …", "once described by a US military chief as …", "is shared by Sadia Qureshi, …", "The Panel was informed by two former fighters, interviewed in Bamako, that …". */
const AGENT = /\b(?:believed|described|seen|regarded|considered|viewed|thought|shared|called|quoted|informed|told|assured|briefed) by ((?:an?|the|one|some|several|many|two|three|[\p{Lu}][\p{L}'’-]*)\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)(?=\s+(?:to|as|in|of|on|that)\b|\s*[,.;])/u;
/** Verbs of saying and judging in a relative clause ("which aid agencies say left …", "that local sources say killed …"); not "insists on calling", a habit of naming. */
const RELATIVE_VERB = String.raw`(?:(?:have|has|had|also|later|earlier)\s+)?(?:say|says|said|believe|believes|believed|estimate|estimates|estimated|allege|alleges|alleged|insist|insists|insisted|claim|claims|reported|reports|report)\b(?!\s+on\b)`;
/** "…, which they say exploit …", "…, where officials said six soldiers were killed", "in which it said 30 were killed". */
const RELATIVE = new RegExp(String.raw`\b(?:which|that|where|whom)\s+((?:[\p{L}\p{N}'’-]+\s+){0,5}?[\p{L}\p{N}'’-]+)\s+${RELATIVE_VERB}`, 'u');
/** "weapons it said were taken from the base": a relative clause without its pronoun. */
const ZERO_RELATIVE = /\b(it)\s+(?:said|says|claimed|claims)\s+(?=(?:were|was|had|have|has|would|will|is|are)\b)/i;
/** "the estimate of UN monitors, who said last year that …", "HTS, which has since said …": the relative clause. */
const WHO_SAID = /,\s+(?:who|which)\s+(?:(?:have|has|had|also|since|later|earlier|repeatedly|last\s+(?:year|month|week))\s+){0,3}(?:said|says|told|warned|estimated|insisted|argued|reported)\b/gu;
/** The antecedent before it: the last one to six words, right before the comma. */
const ANTECEDENT = /(?:[\p{L}\p{N}'’-]+\s+){0,5}[\p{L}\p{N}'’-]+$/u;

/**
 * The first ", who said" / ", which has since said" clause with words right before its comma, and
 * those words (at most six). Found from the comma, so a sentence without one costs a single scan.
 */
function whoSaid(sentence: string): { text: string; start: number } | null {
  WHO_SAID.lastIndex = 0;
  for (let m = WHO_SAID.exec(sentence); m; m = WHO_SAID.exec(sentence)) {
    // Six words fit in a few hundred characters.
    const from = Math.max(0, m.index - 400);
    const words = ANTECEDENT.exec(sentence.slice(from, m.index));
    if (words) return { text: words[0], start: from + words.index };
  }
  return null;
}
/** "which Indian security agencies regard as a proxy", "what officials describe as": whose view a label is. */
const STANCE = /\b(?:which|whom|what|who|that)\s+((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+(?:regard|regards|regarded|consider|considers|considered|describe|describes|described|view|views|viewed|label|labels|labelled|labeled|brand|brands|branded|call|calls|called|see|sees)\s+as\b/u;
/** "…, the governor was quoted as saying", "X was quoted by Y as saying". */
const QUOTED_AS = new RegExp(`^\\s*((?:[\\p{L}\\p{N}'’.()-]+\\s+){0,9}?[\\p{L}\\p{N}'’.()-]+),?\\s+(?:was|were|is|has been)\\s+quoted\\s+(?:by\\s+[^,;"“”]{1,60}?\\s+)?as\\s+saying\\b`, 'u');
/** "Reuters quoted the NDS as saying …": the one quoted is the speaker. */
const QUOTING = /\bquoted\s+((?:an?|the|one|[\p{Lu}][\p{L}'’-]*)\s+(?:[\p{L}'’().-]+\s+){0,6}?[\p{L}'’().-]+)\s+as\s+saying\b/u;
/** An opener before the speaker (a statement's own participle phrase with its time may follow: "In a second statement, issued late on Friday, "; not "In its claims, published through Amaq, ", a habit): "In a statement on Monday, ", "Asked whether …, ", "Meanwhile, ", "Since taking power in August, ". */
const OPENER = /^\s*(?:(?:(?:In|On|At|During|After|Before|Since|Despite|Following|Under|Through|Throughout|Amid|Among|Within|Without|For|From|With|By|Like|Unlike|Asked|Speaking|Talking|Writing|Addressing|Reacting|Responding|Commenting|Referring|Briefing|Testifying|Quoting|Citing|Meanwhile|However|Separately|Similarly|Likewise|Elsewhere|Earlier|Later|Last|Yesterday|Today|Overall|Instead|Still|Moreover|Furthermore|Nevertheless|Nonetheless|Publicly|Privately|Officially|Again|Then|When|While|Although|Though|As|If|Once|Until|Because|Whatever|Whether|But|And|So|Yet|Hours|Days|Weeks|Minutes|Moments|Shortly)\b[^,;"“”]{0,140}?|(?:issued|released|published|posted|broadcast|carried|circulated|sent|dated|signed)\s+(?:late\s+|early\s+)?(?:on|at|last|this|overnight|hours|days|minutes|shortly)\b[^,;"“”]{0,80}?),\s+){1,2}/u;
/** A speaker phrase that is the medium a statement came in: "In a message to journalists", "In a brief statement", "Through its audio channel". */
const PREPOSITIONAL_SPEAKER = /^(?:In|On|Through|Via|With)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:message|statement|video|audio|recording|interview|communiqu[eé]|post|letter|broadcast|speech|press release|note|channel)s?\b/u;
/** A clause boundary after which a new speaker may open a clause: "…, and the Taliban said …", "…; police said …". */
const CLAUSE = /(?:,\s+(?:and|but|while|whereas|although|though)\s+|;\s+)/g;
const NOT_SPEAKER_END = /(?:^|\s)(?:our|my|their|its|your|it|which|that|this|there|what|and|but|or|as|when|if|to|the|a|an|of|in|on|for|with|was|were|is|are)$/i;
// A word boundary that knows letters beyond ASCII ("communiqué" ends in one).
const SPEAKER_NOUN = byFirstLetter(new RegExp(`\\b(?:${SPEAKER_NOUNS}|prime)(?![\\p{L}\\p{N}_])`, 'iu'));
const PROPER_SPEAKER = /\b(?:UN|United Nations|Dawn|Reuters|AP|AFP|BBC|Al Jazeera|Islamabad|Kabul|Beijing|Washington|Delhi|New Delhi|Tehran|Moscow|[A-Z][a-z]+ [A-Z][a-z]+)\b/;
const SPEAKER_HINT = { test: (s: string) => SPEAKER_NOUN.test(s) || PROPER_SPEAKER.test(s) };
/** A present-tense teaser verb before an indirect question. */
const TEASER = /^\s+(?:explains|discusses|describes|examines|analyses|analyzes|looks at|talks about|asks|considers)\s+(?:why|how|whether|what|who|when|where)\b/i;
/** A habitual adverb ends no speaker phrase: "The group routinely gives …" describes, it does not report. */
const HABITUAL_END = /\b(?:routinely|often|usually|typically|always|frequently|sometimes|regularly|generally|traditionally|rarely|seldom|never|tends?)$/i;
/** "…denied responsibility", "…denies any involvement": a responsibility claim, not reported speech, unless the sentence also reports speech. */
const DENIAL_ONLY = /\b(?:denied|denies|deny|denying|rejected|rejects)\s+(?:any\s+|all\s+)?(?:responsibility|involvement|a role|any role|role)\b/i;
/** "…confirmed the death of its deputy leader": a group's own succession is an announcement, not reported speech, unless the sentence also reports speech ("The army confirmed the death of a TTP commander" reports). */
const CONFIRMED_LOSS = /\bconfirm(?:ed|s)\s+the\s+(?:death|killing|martyrdom)\s+of\s+(?:its|their)\b/i;
const OTHER_SPEECH = /\b(?:said|says|say|saying|told|tells|added|adding|stated|insisted|statement said|according to|blamed|blames|accused|accuses|described|describes|acknowledged|warned|estimated|(?:issued|published|released) (?:an?|its|their) (?:[a-z-]+ )?statement denying)\b|[“"]/i;
/** A name, an acronym or a capitalised institution ("Satti", "The Islamic Emirate", "ISPR", "the Cell"), Arabic articles included ("al-Shabaab", "Jaish al-Adl"), with its abbreviation in brackets after it ("Jama’at Nusrat al-Islam wal-Muslimin (JNIM)"). */
const CAPITALISED_SPEAKER = /^(?:[Tt]he\s+)?(?:(?:al|el|ad|an|ar|as|ash|at|az|ul)-)?[\p{Lu}][\p{L}\p{N}'’.()-]*(?:\s+(?:(?:(?:al|el|ad|an|ar|as|ash|at|az|ul|wal|wa)-)?[\p{Lu}\p{N}][\p{L}\p{N}'’.()-]*|of|for|al|bin|ul|ud|and|the|-))*(?:\s+\([\p{Lu}\p{N}][\p{L}\p{N}-]*\))?$/u;

/** An adverb between the speaker and the verb ("the group also declared", "The team now puts") is not part of the speaker. */
const TRAILING_ADVERB = new RegExp(`\\s+(?:${SPEAKING_ADVERBS})$`, 'i');

function clean(s: string): string {
  return s.replace(/^[\s"“”'‘’,—–-]+|[\s"“”'‘’,—–-]+$/g, '').replace(/^(?:but|and|while|although|though|as)\s+/i, '').replace(TRAILING_ADVERB, '');
}

export function findAttribution(sentence: string): Attribution | null {
  if ((DENIAL_ONLY.test(sentence) || CONFIRMED_LOSS.test(sentence)) && !OTHER_SPEECH.test(sentence)) return null;
  const found = findAttributionIn(sentence);
  // "Researcher Lina Haidari explains why …": a teaser names a topic, it reports nothing.
  if (found && TEASER.test(sentence.slice(found.end))) return null;
  // "we"/"I" name nobody outside the transcript or letter they come from.
  // "Since January this year we …": an opener before "we" is no speaker either.
  return found && /(?:^|\s)(?:we|i|you|our|us)$/i.test(found.claimant) ? null : found;
}

/** "In Karimi’s view, …", "In the ministry's assessment, …": whose view the sentence gives. */
const IN_VIEW = /^\s*In ((?:the )?[\p{L}-]+(?: [\p{L}-]+){0,3})['’]s? (?:view|opinion|words|assessment|estimation|estimate|telling)\b/u;
/** "In her estimate, …", "In his view, …": the person the pronoun stands for. */
const IN_OWN_VIEW = /^\s*In (his|her) (?:view|opinion|words|assessment|estimation|estimate|judg(?:e)?ment|reading|experience)\b/;

/** A phrase that can be a speaker: no clause inside, and a speaker noun, a name or a capitalised institution. */
function plausibleSpeaker(phrase: string, strict = true): boolean {
  if (HABITUAL_END.test(phrase) || NOT_SPEAKER.test(phrase) || NOT_SPEAKER_END.test(phrase) || NOT_SPEAKER_WORDS.test(phrase) || /[,;:"“”]/.test(phrase)) return false;
  return !strict || SPEAKER_HINT.test(phrase) || CAPITALISED_SPEAKER.test(phrase);
}

function at(m: RegExpExecArray, group: string, offset: number): Attribution {
  const start = offset + m.index + m[0].indexOf(group);
  return { claimant: clean(group), start, end: start + group.length };
}

function findAttributionIn(sentence: string): Attribution | null {
  const own = IN_OWN_VIEW.exec(sentence);
  if (own) {
    const start = own.index + own[0].indexOf(own[1], 3);
    return { claimant: own[1], start, end: start + own[1].length };
  }
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
  const opener = OPENER.exec(sentence);
  const starts = opener ? [0, opener[0].length] : [0];
  // An opener is an adverbial ("In a message to journalists, its spokesman, who …, said"): the
  // medium of a statement found as the speaker inside it ("In a message to journalists") is the
  // phrase before the real speaker's apposition, not a speaker.
  const inOpener = (found: Attribution) => opener !== null && found.end <= opener[0].length && PREPOSITIONAL_SPEAKER.test(found.claimant);
  for (const from of starts) {
    const found = appositionAt(sentence, from);
    if (found && !inOpener(found)) return found;
  }
  // ", but a spokesman denied involvement": a coordinated denial is a responsibility claim of its own, not an attribution of what precedes.
  const coordinated = /^(?:but|and|although|though|while|whereas)\s/i;
  const trailingFound = TRAILING.exec(sentence);
  const trailing = trailingFound && !(coordinated.test(trailingFound[1]) && /^\s*(?:denied|denies|deny|rejected|rejects)\b/i.test(sentence.slice(trailingFound.index + trailingFound[0].indexOf(trailingFound[1]) + trailingFound[1].length))) ? trailingFound : null;
  // After a closing quote the phrase before the verb is the speaker whatever it looks like ("Hekmatyar said").
  const afterQuote = trailing ? /["”’]\s*$/.test(sentence.slice(0, trailing.index + 1)) || /^[,]?\s*["”’]/.test(trailing[0]) : false;
  if (trailing && !NOT_SPEAKER_END.test(trailing[1]) && !NOT_SPEAKER.test(trailing[1]) && (afterQuote || ((SPEAKER_HINT.test(trailing[1]) || CAPITALISED_SPEAKER.test(trailing[1])) && !NOT_SPEAKER_WORDS.test(trailing[1]) && !/^(?:even|though|although|while|whereas|because|since|if|unless|when|after|before)\b/i.test(trailing[1])))) return at(trailing, trailing[1], 0);
  // ", analysts say, although …": a parenthetical attribution mid-sentence.
  const parenthetical = PARENTHETICAL.exec(sentence);
  if (parenthetical && !NOT_SPEAKER.test(parenthetical[1]) && !NOT_SPEAKER_WORDS.test(parenthetical[1]) && (SPEAKER_HINT.test(parenthetical[1]) || CAPITALISED_SPEAKER.test(parenthetical[1]))) return at(parenthetical, parenthetical[1], 0);
  const inverted = INVERTED.exec(sentence);
  // "…, said the blast shattered windows": what follows "said" is its content, not a speaker.
  if (inverted && !NOT_SPEAKER_WORDS.test(inverted[1]) && !/^(?:an?|the|one)\s+\S+\s+\p{Ll}+ed\b/u.test(inverted[1])) return at(inverted, inverted[1], 0);
  // The speaker opening the sentence, after an opener, or opening a later clause.
  CLAUSE.lastIndex = 0;
  for (let c = CLAUSE.exec(sentence), n = 0; c && n < 6; c = CLAUSE.exec(sentence), n++) starts.push(c.index + c[0].length);
  for (const from of starts) {
    const found = clauseSpeaker(sentence, from);
    if (found && !inOpener(found)) return found;
  }
  const quoted = QUOTING.exec(sentence);
  if (quoted && plausibleSpeaker(quoted[1], false)) return at(quoted, quoted[1], 0);
  const agent = AGENT.exec(sentence);
  if (agent && plausibleSpeaker(agent[1], false)) return at(agent, agent[1], 0);
  // "which it said would …", "weapons it said were taken": "it" in a relative clause is the main clause's subject when that is a speaker ("The group also published …").
  const relative = RELATIVE.exec(sentence);
  if (relative && /^it$/i.test(relative[1])) return mainSubject(sentence, starts) ?? at(relative, relative[1], 0);
  // "which aid agencies say", "where officials said" ("they" there names no one the resolver can find).
  if (relative && (/^(?:he|she)$/i.test(relative[1]) || (plausibleSpeaker(relative[1]) && !/^they$/i.test(relative[1])))) return at(relative, relative[1], 0);
  const zero = ZERO_RELATIVE.exec(sentence);
  if (zero) return mainSubject(sentence, starts) ?? at(zero, zero[1], 0);
  const antecedent = whoSaid(sentence);
  if (antecedent) {
    // "the estimate of UN monitors, who said …": the speaker is the noun phrase after the last preposition.
    const np = antecedent.text.replace(/^.*\b(?:of|by|from|for|with|to|in|on|at)\s+/i, '');
    if (plausibleSpeaker(np)) {
      const start = antecedent.start + antecedent.text.length - np.length;
      return { claimant: clean(np), start, end: start + np.length };
    }
  }
  const stance = STANCE.exec(sentence);
  if (stance && plausibleSpeaker(stance[1]) && !/^(?:it|they|we|he|she|i|you)$/i.test(stance[1])) return at(stance, stance[1], 0);
  return null;
}

/** The subject of the main clause (at the start or after an opener), when it is a speaker and not a pronoun. */
function mainSubject(sentence: string, starts: readonly number[]): Attribution | null {
  for (const from of starts.slice(0, 2)) {
    const subject = subjectOf(sentence.slice(from));
    if (!subject || !plausibleSpeaker(clean(subject.np)) || /^(?:it|they|he|she|we|i)$/i.test(clean(subject.np))) continue;
    const start = from + sentence.slice(from).indexOf(subject.np);
    return { claimant: clean(subject.np), start, end: start + subject.np.length };
  }
  return null;
}

/** "A former officer … who now lives in Europe, Sayed Jawad Hashimi, estimated …": a long description with a relative clause, then the name. */
const DESCRIBED_THEN_NAMED = new RegExp(`^\\s*(?:an?|the|one)\\s+[^,;"“”]{3,120}?\\bwho\\s[^,;"“”]{1,80},\\s+(\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]+|al|bin|ul|ud)){1,4}),\\s+${AUX}(?:${VERBS})\\b`, 'iu');
function described(rest: string, from: number): Attribution | null {
  // Cheap gate: the pattern needs " who " within its first 200 characters.
  if (!rest.slice(0, 200).includes(' who ')) return null;
  const m = DESCRIBED_THEN_NAMED.exec(rest);
  return m ? at(m, m[1], from) : null;
}

/** A name or an age in apposition: "Bibi Amina", "Professor Babagana Umara Zulum", "52". */
const NAME_OR_AGE = /^(?:\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|al|bin|ul|ud)){0,4}|\d{1,3})$/u;

/** How many commas `text` has, counting no further than `limit`. */
function commasUpTo(text: string, limit: number): number {
  let n = 0;
  for (let at = text.indexOf(','); at >= 0 && n < limit; at = text.indexOf(',', at + 1)) n++;
  return n;
}

/** "X, <apposition or parenthetical>, said …" at `from`; the speaker includes a name or age in apposition. */
function appositionAt(sentence: string, from: number): Attribution | null {
  const rest = sentence.slice(from);
  // Two commas at least for one apposition, three for two: most sentences are ruled out by counting.
  const commas = commasUpTo(rest, 3);
  const one = commas >= 2 ? APPOSITION.exec(rest) : null;
  const two = one === null && commas >= 3 ? APPOSITION_TWO.exec(rest) : null;
  const m = one ?? (two && (/^(?:who|whose)\b/.test(two[2]) || /^(?:who|whose)\b/.test(two[3])) ? two : null) ?? appositionDoing(rest);
  if (!m) return described(rest, from);
  if (!plausibleSpeaker(m[1], false) || NOT_SPEAKER_WORDS.test(m[1])) return null;
  if (!(SPEAKER_HINT.test(m[1]) || CAPITALISED_SPEAKER.test(m[1]) || /^(?:who|a|an|the|one|whose|however|for|in|as|which|\p{Lu})/u.test(m[2]))) return null;
  // "A shopkeeper …, who gave only his first name, Nasir, said": the name in the second apposition belongs to the speaker phrase.
  if (m[3] !== undefined && NAME_OR_AGE.test(m[3]) && !NAME_OR_AGE.test(m[2])) {
    const start = from + m.index + m[0].indexOf(m[1]);
    const end = from + m.index + m[0].lastIndexOf(m[3]) + m[3].length;
    return { claimant: clean(sentence.slice(start, end)), start, end };
  }
  // "His widow, Bibi Amina, said": the name (or age) in apposition belongs to the speaker phrase.
  if (NAME_OR_AGE.test(m[2])) {
    const start = from + m.index + m[0].indexOf(m[1]);
    const end = from + m.index + m[0].indexOf(m[2]) + m[2].length;
    return { claimant: clean(sentence.slice(start, end)), start, end };
  }
  return at(m, m[1], from);
}

/**
 * "X, <apposition>, gave a higher toll", "X, which first claimed the attack, issued a statement …
 * and warning that …": an apposition, then the speaker's own verb phrase and what they say.
 */
const APPOSED = /^\s*((?:[\p{L}\p{N}'’.()-]+\s+){0,7}?[\p{L}\p{N}'’.()-]+),\s+([^,;"“”]{1,140}?),\s+/u;
function appositionDoing(rest: string): RegExpExecArray | null {
  const m = APPOSED.exec(rest);
  if (!m) return null;
  const after = rest.slice(m[0].length);
  const verb = /^(?:(?:have|has|had|also)\s+)?([\p{Ll}]+)\s+/u.exec(after);
  if (!verb) return null;
  const object = after.slice(verb[0].length);
  return (GIVING.test(verb[1]) && GAVE_OBJECT.test(object)) || ((/ed$/.test(verb[1]) || IRREGULAR.has(verb[1])) && THEN_SAYS.test(object)) || (PUTTING_OUT.test(verb[1]) && DOCUMENT_SAYING.test(object)) ? m : null;
}

/** The speaker opening the clause at `from`: leading, with a relative clause, doing and saying, giving an account. */
function clauseSpeaker(sentence: string, from: number): Attribution | null {
  const rest = sentence.slice(from);
  if (from === 0) {
    // "A Taliban spokesman condemned the attack and said …": a speaker noun phrase opening the sentence.
    const opener = SPEAKER_OPENER.exec(rest);
    if (opener) return at(opener, opener[1], from);
  }
  const leading = LEADING.exec(rest);
  // "It added that …", "In a statement, it said …": the document or group just named (resolved by the speaker resolver).
  if (leading && /^it$/i.test(leading[1].trim())) return at(leading, leading[1], from);
  if (leading && !/[,;:"“”]/.test(leading[1]) && !HABITUAL_END.test(leading[1]) && !NOT_SPEAKER_END.test(leading[1]) && !NOT_SPEAKER_WORDS.test(leading[1]) && (SPEAKER_HINT.test(leading[1]) || CAPITALISED_SPEAKER.test(leading[1]))) return at(leading, leading[1], from);
  const who = WHO_SPEAKER.exec(rest);
  if (who) return at(who, who[1], from);
  const quotedAs = QUOTED_AS.exec(rest);
  if (quotedAs && plausibleSpeaker(quotedAs[1])) return at(quotedAs, quotedAs[1], from);
  // A speaker doing something and saying so, or giving an account.
  const subject = subjectOf(rest);
  if (subject && plausibleSpeaker(subject.np)) {
    const after = rest.slice(subject.after);
    if (THEN_SAYS.test(after) || (GIVING.test(subject.verb) && GAVE_OBJECT.test(after.trimStart())) || (PUTTING_OUT.test(subject.verb) && DOCUMENT_SAYING.test(after))) {
      const start = from + rest.indexOf(subject.np);
      return { claimant: clean(subject.np), start, end: start + subject.np.length };
    }
  }
  return null;
}

/** Reporting verbs anywhere: cheap pre-filter for statements. */
export function hasReportingVerb(lower: string): boolean {
  REPORTING_VERB.lastIndex = 0;
  return REPORTING_VERB.test(lower);
}
