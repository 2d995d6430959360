/**
 * One sentence as the claim kinds read it: its text without list markers or digest tags, the
 * groups it names or refers to ("the group", "its" → the group meant) with sentence-relative
 * offsets, where its attribution sits (the speaker phrase, never a subject), its figures, and
 * whether it is background ("has long been", "was founded in", "In 2018, …").
 */
import type { Mention } from '../recognition/groupMatcher';
import type { Attribution } from './attribution/reported';
import { RawFigure, findFigures } from './numbers';
import { byFirstLetter } from '../text/gatedPattern';

export interface GroupItem {
  groupId: string;
  /** Sentence-relative offsets. */
  start: number;
  end: number;
  /** "the group", "its", "It" standing for a group named earlier. */
  anaphor: boolean;
  /** The name says what another group belongs to ("LeT-backed TRF", "an affiliate of al-Qaeda"). */
  parent?: boolean;
  /** A mid-sentence "it" as the subject of a claiming, denying or attack verb ("and in July it claimed a bombing"). */
  subjectPronoun?: boolean;
}

export interface ClaimSentence {
  /** The sentence without leading noise; offsets below are relative to it. */
  text: string;
  /** `text` lower-cased (a slice of the document's lower-cased copy). */
  lower: string;
  /** Document offset of `text`. */
  base: number;
  items: GroupItem[];
  /** Whether the sentence names a group itself (an item that is not an anaphor: "it", "the group", "its"). */
  namesGroup: boolean;
  /** The speaker phrase, sentence-relative; null when the sentence is not attributed. */
  attribution: Attribution | null;
  figures: RawFigure[];
  /** Standing facts ("has long been", "was founded in") or a sentence opening on a past year. */
  background: boolean;
  /** Only the standing-fact phrasing (a past event's toll is still a toll). */
  backgroundPhrase: boolean;
  /** The group the speaker speaks for, when the sentence is a quote or answer of a group's member. */
  speakerGroup: string | null;
  /** The one group an attributed sentence is about when it names none ("The figure I trust is 5,000 fighters", asked about the TTP). */
  statementGroup: string | null;
  /** Cheap keyword checks, so a kind's regexes run only where its words occur. */
  maybe: { responsibility: boolean; casualties: boolean; strength: boolean; announcement: boolean };
  /** The sentence is a headline (or a page title): present tense reports a past event ("Gunmen storm hotel"). */
  headline: boolean;
  /** Sentence-relative starts of its clauses, ascending, the first 0 (clauses.ts). */
  clauses: number[];
  /** For an anaphor item: the name the text last gave its group ("the group" → "ISWAP"). */
  nameOf: (it: GroupItem) => string;
  /** How the text last named a group ("ISWAP"), for a claimant the sentence gives only as "it" or "the statement"; null when never named. */
  groupName: (groupId: string) => string | null;
  /** The group named last in the paragraph before this sentence ("it", "they", "the statement" may stand for it). */
  nearGroup: string | null;
  /**
   * The group the passage is about (subjects.ts), however far back it was named: what a sentence
   * naming no group counts or announces when its subject is a pronoun or a description ("when it
   * probably had around 2,500 fighters", "the number of fighters … is now higher than 8,000").
   */
  topicGroup: string | null;
  /**
   * The groups whose strength the sentence before gave (or the one before that, when nothing between
   * named another group): a sentence naming no group that goes on estimating ("One member state told
   * the monitors the real number was closer to 8,000", "Another gave a figure of about 5,000", "Now
   * the core is small, between 1,500 and 2,000") estimates the same force.
   */
  estimateBefore: readonly string[] | null;
}

/** Anaphors that stand for a group named earlier in the paragraph ("the same network was behind …"). */
const ANAPHOR = /\b(?:the (?:same )?(?:group|militants|militant group|outfit|organi[sz]ation|movement|faction|network|insurgents|jihadists|separatist group|sectarian group|branch|front)|its|their)\b/gi;
/**
 * "it" opening a clause as the subject of a claiming, denying or attack verb ("…, and in July it
 * claimed a roadside bombing", "it fired rockets towards Uzbekistan"); not after a speech verb ("the
 * army said it killed …", whose "it" is the speaker).
 */
const IT_SUBJECT = /(?:^|[,;:]\s+|\b(?:and|but|then|when|after|where|while|as)\s+|\b(?:in|on|last|by|since)\s+\w+\s+)(it)\s+(?:(?:has|had|have|also|then|later|again|first|reportedly|allegedly|apparently)\s+){0,2}(?:claimed|attacked|ambushed|stormed|bombed|raided|fired|struck|targeted|seized|overran|carried out|denied)\b/g;
/** IT_SUBJECT without its clause opening: a cheap test, since "it" with such a verb is rare. */
const IT_VERB = /\bit\s+(?:(?:has|had|have|also|then|later|again|first|reportedly|allegedly|apparently)\s+){0,2}(?:claimed|attacked|ambushed|stormed|bombed|raided|fired|struck|targeted|seized|overran|carried out|denied)\b/;
/** A speaker's "they" (subjects.ts decides whether it stands for a group). */
const THEY = /\bthey\b/gi;
/** "In 2018, a similar attack …": a sentence opening on a past year or decade is background. */
const BACKGROUND_OPENING = /^(?:in|since|by|during|back in) (?:the )?(?:late |early |mid-)?(?:1[89]|20)\d\d(?:s)?\b/i;
/** Background phrasing: standing facts about a group, not claims. */
const BACKGROUND_PHRASE = /\b(?:ha(?:s|ve|d) long been|(?:was|were) (?:founded|formed|established|created) (?:in|by)|emerged in)\b/i;
/** Words of every responsibility family (kinds/responsibility.ts): claim, deny, blame, attack verbs (grouped by first letter: byFirstLetter). */
const RESPONSIBILITY_WORDS = byFirstLetter(/respons|shell|mortar|bombard|their way|its way|credit|claim|owned|owns|attack|ambush|bomb|storm|struck|strike|target|raid|kill|kidnap|abduct|shot|gunned|behead|execut|assassinat|massacr|fired|overr[au]n|seiz|captur|set off|detonat|\bhits?\b|rammed|infiltrat|besieg|hijack|control of|launch|mounted|staged|conducted|carried out|carried (?:it|this|that) out|perpetrat|orchestrat|mastermind|plotted|planned by|done by|behind|blam|accus|suspect|suspicion|point|hallmark|signature|handiwork|imprint|fingerprint|trademark|work of|front|proxy|behalf|name of|instructions|orders from|linked|tied|loyal|affiliat|belong|connected|members? of|den[iy]|distanc|nothing to do|reject|involve|cited|named|implicat|hand in|role in|part in|complicity|traced|assault|burnt|burned|torched|set fire|attribut|blew|blown|looking|focus|planted|did (?:this|that|it)\b|admitted|acknowledged|show(?:s|ed|ing)? (?:its|their)|depicting (?:its|their)/);
/** A sentence opening on an estimate ("“Maybe 3,000, …”", "A few hundred, no more."): numbers.ts decides whether it is one. */
const ESTIMATE_OPENING = /^\s*(?:[\p{L}'’.-]+(?: [\p{L}'’.-]+){0,3}:\s+)?['"“‘]?\s*(?:maybe|perhaps|probably|possibly|roughly|about|around|some|an estimated|at most|no more than|up to|fewer than|more than|a few|several|hundreds|thousands)\b/u;
/** A list item's label and a figure ("**JAS, Mandara:** about 1,000 (MNJTF officers)"): numbers.ts decides whether it is an estimate. */
const LABELLED_FIGURE = /^\s*(?:[-*•]\s*)*(?:\*\*|__)?[^.;:|\n*_]{1,60}(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*['"“‘]?\s*(?:about|around|some|roughly|up to|at most|no more than|an estimated|a few|several|\d)/u;
/** The noun of an estimate ("our working figure was about 4,000", "The honest answer is …"): numbers.ts reads its complement. */
const ESTIMATE_NOUN = /\b(?:figure|estimate|answer|count|total|guess|report)\b/;
/**
 * Words of the dead and wounded, a cheap gate before numbers.ts reads the figures: the plain verbs and
 * the communiqués' idioms that numbers.ts counts as deaths ("embraced shahadat", "were sent to hell",
 * "paid the ultimate sacrifice", "succumbed", "perished").
 */
const CASUALTY_WORD = /\b(?:kill|dead|death|died|die[sd]?|wound|injur|hurt|martyr|lives|toll|slain|massacr|neutrali|eliminat|buried|bodies|supreme price|behead|slaughter|murder|lost\b|shahad|sent to hell|sacrific|succumb|perish)/;
const STRENGTH_WORD = /\b(?:fighters|militants|members|cadres|men|troops|strong|combatants|gunmen|insurgents|operatives|recruits|followers|soldiers|jihadists|volunteers|loyalists|individuals|commanders|terrorists|rebels|militiamen|mujahideen|figures|fugitives|numbered|numbering|number|numbers|ranks|membership|strength|figure at|number at|put (?:it|them)|(?:put|estimated|assessed|reckoned|placed) at|reduced to|dwindled to|of them|estimates|whittled|(?:cut|reduced) (?:it|them|its|their)|(?:has|have|had) (?:perhaps|maybe|probably|possibly|somewhere|more than|fewer than|about|around|some|between|up to|at most|no more than|\d))\b/;
const ANNOUNCEMENT_WORDS = byFirstLetter(/announc|introduced|decree|impos|joined forces|install|issue[sd]|scrap|abandon|revok|withdr|pull|declar|unveil|vow|proclaim|pledg|threaten|name[sd]|naming|appoint|launch|called|calls|ends|ended|extend|identif|confirm|rebrand|renam|changed its name|merged|picked|formed|forms|formation|set up|establish|creat|chos[ea]|select|elect|swor[en]|swear|agreed|dissolved itself|disbanded itself|truce|ceasefire|ordered|ordering|would (?:halt|suspend|cease|stop|observe|respect|abide)|will (?:halt|suspend|cease|stop|observe|respect|abide)|refrain from|decided to|said (?:that )?(?:the |its |their )?[\w'’-]+(?: [\w'’-]+)? (?:would|will) |rejoined|returned to|re-?united with|merged into/);

/** Strips list markers, symbols and, in list items, short tags ("🔴 TTP: …") so rules see the sentence itself. */
const NOISE_PIECE = /[-*+•>#]+\s*|\d+[.)]\s+|[^\p{L}\p{N}"“'‘(]+/uy;
/**
 * A bold digest tag with a place and a date ("**Dikwa, Borno (2 August):**", "**Kunduz (29 July):**")
 * is one piece of noise too; a bare name ("**TTP:**") stays, since it says whose figure follows, and
 * so does a label with no day in it ("**ISWAP (Lake Chad and Borno):**", "**Boko Haram (JAS), Mandara:**").
 */
const NOISE_OR_TAG = /(?:\*\*|__)[^*_\n.!?:,(]{1,40}[,(][^*_\n.!?:\d]{0,40}?(?:\d|\b(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec|[Mm]on|[Tt]ue|[Ww]ed|[Tt]hu|[Ff]ri|[Ss]at|[Ss]un|[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast|[Ee]arly|[Ll]ate)[a-z]*\b)[^*_\n.!?:]{0,40}:(?:\*\*|__)\s*|[-*+•>#]+\s*|\d+[.)]\s+|[A-Z][A-Za-z()-]*(?: [A-Za-z()-]+){0,2}:\s+|[^\p{L}\p{N}"“'‘(]+/uy;
export function leadingNoise(sentence: string, tags = false): number {
  // One piece at a time (sticky regex, no nested quantifiers): linear in the prefix.
  const piece = tags ? NOISE_OR_TAG : NOISE_PIECE;
  let at = 0;
  for (;;) {
    piece.lastIndex = at;
    const m = piece.exec(sentence);
    if (!m || m[0].length === 0) return at;
    at += m[0].length;
  }
}

export interface Antecedents {
  /** The most recent group named in the paragraph (or close before it). */
  near: string | null;
  /** The most recent group named anywhere before. */
  far: string | null;
  /** How the text last named them ("ISWAP"), for claimants written as "the group". */
  nearName?: string | null;
  farName?: string | null;
  /**
   * The group the passage is about (subjects.ts): what "the group" or "the outfit" stands for, even
   * when another group was named since ("ISKP claimed the bombing … the Taliban said … the group has
   * 500 fighters") or none was named nearby; "its" only when a group was named nearby.
   */
  topic?: string | null;
  /** How the text last named a group, for an anaphor that stands for neither of the above. */
  nameFor?: (groupId: string) => string | null;
}

/**
 * True when a possessive at `at` sits in a sentence's opening phrase and means the name that follows
 * it ("In a statement published by its Amaq news agency, ISKP said …"). `next` is where that name
 * starts; offsets are relative to `text`.
 */
export function possessiveOfNextName(text: string, at: number, next: number | undefined): boolean {
  return next !== undefined && next > at && !text.slice(0, at).includes(',') && /^[^,]*,\s*(?:the\s+)?$/i.test(text.slice(at, next));
}

/** How a sentence is read beyond its words. */
export interface SentenceContext {
  /** The group the speaker speaks for, when the sentence is a quote or answer of a group's member. */
  speakerGroup?: string | null;
  /** The one group an attributed sentence is about when it names none. */
  statementGroup?: string | null;
  /** The sentence is a headline. */
  headline?: boolean;
  /** In a quote or answer, the group its "they" stands for (subjects.ts), when one does. */
  pronounGroup?: string | null;
  /** Whether a mention names the group another one belongs to (subjects.ts namesParent). */
  namesParent?: (m: Mention) => boolean;
  /** The group the passage is about (subjects.ts), however far back it was named. */
  passageTopic?: string | null;
  /** The groups of the strength claim just before (ClaimSentence.estimateBefore). */
  estimateBefore?: readonly string[] | null;
}

/**
 * Reads one sentence. `inside` are the group mentions overlapping it; `attribution` the speaker
 * phrase (sentence-relative to `text`).
 */
export function readSentence(text: string, lower: string, base: number, inside: readonly Mention[], antecedents: Antecedents, attribution: Attribution | null, context: SentenceContext = {}): ClaimSentence {
  // Mentions inside stripped leading noise ("BLA: …" digest tags) are labels, not part of the sentence.
  const items: GroupItem[] = inside.filter((m) => m.start >= base).map((m) => ({ groupId: m.groupId, start: m.start - base, end: m.end - base, anaphor: false, ...(context.namesParent?.(m) ? { parent: true } : {}) }));
  // "the group"/"the separatist group" may reach back past the paragraph to the last group named;
  // "its"/"their" only to a nearby one.
  // "Officials blamed the TTP, but a spokesman for the group denied …": a group named earlier in the
  // sentence is an antecedent even when none was named before it.
  if (antecedents.far || items.length) {
    ANAPHOR.lastIndex = 0;
    for (let a = ANAPHOR.exec(text); a; a = ANAPHOR.exec(text)) {
      const possessive = /^(?:its|their)$/i.test(a[0]);
      // "… the Islamic State's new leader, whose appointment the group announced": a group named
      // earlier in the sentence is the most recent one.
      const earlier = possessive ? undefined : items.filter((it) => !it.anaphor && it.end <= a!.index).pop();
      // "The group" may reach back past the paragraph to the passage's topic (a profile that named its group once, paragraphs up);
      // "its"/"their" take the topic only when a group was named nearby.
      const topic = possessive && !antecedents.near ? null : antecedents.topic;
      const groupId = earlier?.groupId ?? topic ?? antecedents.near ?? (possessive ? null : antecedents.far);
      if (!groupId) continue;
      // "its"/"their" right after a group name belongs to that name ("ISKP claimed … its Amaq agency"),
      // and in an opening phrase to the name right after it.
      if (possessive && items.some((it) => !it.anaphor && it.start < a!.index)) continue;
      if (possessive && possessiveOfNextName(text, a.index, items.find((it) => !it.anaphor && it.start > a!.index)?.start)) continue;
      if (items.some((it) => it.start <= a!.index && a!.index < it.end)) continue;
      items.push({ groupId, start: a.index, end: a.index + a[0].length, anaphor: true });
    }
    // "…, and in July it claimed a roadside bombing": a clause's "it" is the group named earlier in
    // the sentence, else the passage's.
    IT_SUBJECT.lastIndex = 0;
    for (let a = IT_VERB.test(lower) ? IT_SUBJECT.exec(lower) : null; a; a = IT_SUBJECT.exec(lower)) {
      const at = a.index + a[0].length - a[0].slice(a[0].search(/\bit\s/)).length;
      if (at === 0 || items.some((it) => it.start <= at && at < it.end)) continue;
      const earlier = items.filter((it) => !it.anaphor && !it.parent && it.end <= at).pop();
      const groupId = earlier?.groupId ?? context.passageTopic ?? antecedents.near;
      if (groupId) items.push({ groupId, start: at, end: at + 2, anaphor: true, subjectPronoun: true });
    }
    // Sentence-initial "It is blamed …" / "It said …" stands for the last group too.
    if (antecedents.near && /^It\b/.test(text) && !items.some((it) => it.start === 0)) items.push({ groupId: antecedents.near, start: 0, end: 2, anaphor: true });
    items.sort((x, y) => x.start - y.start);
  }
  // In a speaker's words, "they" stands for the group the passage is about ("Yes, and they claimed
  // it themselves", "they were almost certainly behind this"), when subjects.ts read it so.
  if (context.pronounGroup) {
    THEY.lastIndex = 0;
    for (let a = THEY.exec(text); a; a = THEY.exec(text)) {
      if (items.some((it) => it.start <= a!.index && a!.index < it.end)) continue;
      items.push({ groupId: context.pronounGroup, start: a.index, end: a.index + a[0].length, anaphor: true });
    }
  }
  items.sort((x, y) => x.start - y.start);
  const maybe = {
    responsibility: RESPONSIBILITY_WORDS.test(lower),
    casualties: CASUALTY_WORD.test(lower),
    // After an estimate, a sentence with a number may go on estimating ("the camps are fuller, perhaps 1,500 in all").
    strength: STRENGTH_WORD.test(lower) || ESTIMATE_OPENING.test(lower) || LABELLED_FIGURE.test(lower) || ESTIMATE_NOUN.test(lower) || (!!context.estimateBefore && /\d|hundred|thousand/.test(lower)),
    announcement: ANNOUNCEMENT_WORDS.test(lower),
  };
  const backgroundPhrase = BACKGROUND_PHRASE.test(text);
  const nameOf = (it: GroupItem): string => {
    if (!it.anaphor) {
      // "The Tehrik-i-Taliban Pakistan (TTP) claimed …": an abbreviation in brackets after the full name is named with it,
      // "Tehrik-i-Taliban Pakistan (TTP)", as the text introduces it.
      const close = /^\s*\)/.exec(text.slice(it.end, it.end + 3));
      if (close) {
        const full = items.find((other) => !other.anaphor && other.groupId === it.groupId && other.end < it.start && /^\s*\(\s*$/.test(text.slice(other.end, it.start)));
        if (full) return text.slice(full.start, it.end + close[0].length);
      }
      return text.slice(it.start, it.end);
    }
    const name = it.groupId === antecedents.near ? antecedents.nearName : it.groupId === antecedents.far ? antecedents.farName : (antecedents.nameFor?.(it.groupId) ?? null);
    return name ?? text.slice(it.start, it.end);
  };
  const groupName = (groupId: string): string | null => {
    const here = items.find((it) => !it.anaphor && it.groupId === groupId);
    if (here) return text.slice(here.start, here.end);
    return groupId === antecedents.near ? (antecedents.nearName ?? null) : groupId === antecedents.far ? (antecedents.farName ?? null) : (antecedents.nameFor?.(groupId) ?? null);
  };
  return {
    text,
    lower,
    base,
    items,
    namesGroup: items.some((it) => !it.anaphor),
    attribution,
    figures: maybe.casualties || maybe.strength ? findFigures(text) : [],
    background: backgroundPhrase || BACKGROUND_OPENING.test(text),
    backgroundPhrase,
    speakerGroup: context.speakerGroup ?? null,
    statementGroup: context.statementGroup ?? null,
    maybe,
    headline: context.headline ?? false,
    clauses: maybe.responsibility || maybe.announcement || maybe.strength || maybe.casualties ? clauseStarts(lower) : [0],
    nameOf,
    groupName,
    nearGroup: antecedents.near,
    topicGroup: context.passageTopic ?? null,
    estimateBefore: context.estimateBefore ?? null,
  };
}

/**
 * Where clauses start: after a semicolon, a colon, a spaced dash, and before a coordinating or
 * concessive conjunction or a relative pronoun after a comma ("…, but a spokesman denied …",
 * "…, although …", "…, which …"). Claims, negations and hedges are read within one clause.
 */
const CLAUSE_BREAK = /[;:]\s|\s[—–-]\s|,\s+(?=(?:but|although|though|while|whereas|and|which|who|whose|as|after|before|saying|adding|yet)\b)|\s(?=(?:but|although|though|whereas|while)\s)/g;
/** The last sentence read for clauses and its starts: the subject tracker and the sentence reader read the same sentence in turn. */
let lastClauses: { lower: string; starts: number[] } | null = null;
/** (The array returned is shared with the next caller for the same text: read it, do not change it.) */
export function clauseStarts(lower: string): number[] {
  if (lastClauses && lastClauses.lower === lower) return lastClauses.starts;
  const starts = [0];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(lower); m; m = CLAUSE_BREAK.exec(lower)) starts.push(m.index + m[0].length);
  lastClauses = { lower, starts };
  return starts;
}

/** The clause holding offset `pos`: [start, end). */
export function clauseAt(s: ClaimSentence, pos: number): [number, number] {
  let start = 0;
  let end = s.text.length;
  for (const c of s.clauses) {
    if (c <= pos) start = c;
    else {
      end = c;
      break;
    }
  }
  return [start, end];
}

/** True when a group item lies outside the speaker phrase. */
export function outsideAttribution(s: ClaimSentence, it: { start: number; end: number }): boolean {
  return !s.attribution || it.end <= s.attribution.start || it.start >= s.attribution.end;
}

export function groupsBefore(s: ClaimSentence, pos: number): GroupItem[] {
  return s.items.filter((it) => it.end <= pos);
}

export function groupsAfter(s: ClaimSentence, pos: number): GroupItem[] {
  return s.items.filter((it) => it.start >= pos);
}

/** What a kind found in a sentence. */
export interface KindFinding {
  subjects: string[];
  /** Who asserts it when the sentence itself says (the claiming group, the accuser); the speaker comes first. */
  claimant: string | null;
  /**
   * The claimant is the group itself (or its spokesman): "X claimed …", "X denied …", "X announced …".
   * It stays the claimant inside someone else's words ("Police said ISKP claimed the attack").
   */
  claimantIsAgent?: boolean;
  /**
   * The claimant is the accuser of a later coordinated clause, not the sentence's speaker ("…, the group
   * said; the army attributed that attack to X" is the army's).
   */
  ownSource?: boolean;
  trigger: string;
  figures: RawFigure[];
}
