/**
 * Relations between groups as claims: what a sentence says about how two known groups relate.
 *
 *   "Jamaat-ul-Ahrar, a faction that rejoined the TTP in 2020"   → jamaat-ul-ahrar rejoined ttp (2020)
 *   "ISIS-K … is a bitter rival of the Taliban"                    → iskp rival-of afghan-taliban
 *   "the TTP splinter group Jamaat-ul-Ahrar"                        → jamaat-ul-ahrar splinter-from ttp
 *   "clashes between the Taliban and ISKP"                          → afghan-taliban rival-of iskp
 *   "The separatist group has no links to the TTP"                  → (the group named before) linked-to ttp, denied
 *
 * Precision first, like the other claims: both sides must be known groups (a subject may be "the
 * group"/"it" standing for one), the words between a group and the trigger must read as one clause
 * (no second subject, no person standing between: "a TTP commander who joined ISKP" is no relation
 * between the groups), and questions, conditionals and intentions ("if", "whether", "plans to",
 * "urged … to join") state nothing. Negations make denials; hedges ("believed to", "reportedly",
 * "allegedly") are kept and marked.
 *
 * Work is linear in the text: only sentences naming two groups (or one and an anaphor) and holding a
 * trigger stem are read, with bounded regular expressions (no nested unbounded quantifiers) over
 * windows of bounded length.
 */
import type { Mention } from '../recognition/groupMatcher';
import type { Span } from '../text/sentences';
import { firstStartingAt } from '../text/positions';
import { byFirstLetter } from '../text/gatedPattern';
import { findAttribution } from './attribution/reported';
import { findDate, resolveDate } from './dates';
import { Claim, Relation, RelationType, SYMMETRIC_RELATIONS } from './model';

/** A group side of a relation: a named mention, or an anaphor ("the group", "it") resolved to one. */
interface Side {
  groupId: string;
  /** Sentence-relative offsets. */
  start: number;
  end: number;
  anaphor: boolean;
}

type Form = 'verb' | 'noun' | 'between';

interface Trigger {
  type: RelationType;
  form: Form;
  re: RegExp;
  /** The sentence's object is the relation's `from` ("Y absorbed X", "X, formerly Y"). */
  reverse?: boolean;
  /** The trigger itself negates ("nothing to do with", "distanced itself from"). */
  negated?: boolean;
}

/** Up to three modifiers before a noun: "bitter", "little-known", "South Asian". */
const ADJ = "(?:[\\p{L}'’-]+ ){0,3}?";
const r = (source: string) => new RegExp(source, 'giu');

/**
 * Triggers, most specific first: a later trigger overlapping an accepted one is ignored ("merged
 * back into" is a rejoining, not a merger; "breakaway faction" a splinter, not a faction).
 */
const TRIGGERS: Trigger[] = [
  // rejoined
  { type: 'rejoined', form: 'verb', re: r('\\bre-?join(?:ed|s|ing)?\\b') },
  { type: 'rejoined', form: 'verb', re: r('\\b(?:merg(?:ed|es|ing|e)|fold(?:ed|s)|came|com(?:es|ing)|return(?:ed|s|ing)|went) back (?:in)?to(?: the (?:fold|ranks) of)?\\b|\\bmerg(?:ed|es|ing|e) back with\\b') },
  { type: 'rejoined', form: 'verb', re: r('\\breturn(?:ed|s|ing)? to the (?:fold|ranks) of\\b|\\bre-?unit(?:ed|es|ing) with\\b') },
  // splinter-from
  { type: 'splinter-from', form: 'verb', re: r('\\b(?:splinter(?:ed|s|ing)?|broke|break(?:s|ing)?|split(?:s|ting)?|spun|spin(?:s|ning)?|defect(?:ed|s|ing)|separat(?:ed|es|ing)|seced(?:ed|es|ing)) (?:(?:away|off|out) )?(?:from|with)\\b') },
  { type: 'splinter-from', form: 'verb', re: r('\\bparted (?:ways|company) with\\b|\\bquit(?:s|ting)?\\b|\\bwalked out of\\b') },
  { type: 'splinter-from', form: 'verb', re: r('\\b(?:founded|formed|set up|created|established|started) by (?:defectors|dissidents|former (?:members|commanders|fighters)) (?:of|from)\\b') },
  { type: 'splinter-from', form: 'noun', re: r('\\b(?:splinter(?:ed)?|breakaway|dissident|renegade)(?: (?:group|faction|outfit|cell|wing|organi[sz]ation)s?)?\\b') },
  // faction-of
  { type: 'faction-of', form: 'noun', re: r('\\b(?:faction|offshoot|wing|branch|affiliate|franchise|chapter|subsidiary|sub-?group|arm|component)(?:e?s)?\\b(?! (?:group|faction|outfit)s?\\b)') },
  { type: 'faction-of', form: 'verb', re: r('\\b(?:(?:an? )?(?:integral |constituent )?part|members?) of\\b|\\baffiliated (?:to|with)\\b|\\bunder the (?:umbrella|banner|command) of\\b') },
  // merged-into
  { type: 'merged-into', form: 'verb', re: r('\\b(?:was|were|been|being|is|are) (?:absorbed|subsumed|folded|incorporated|integrated) (?:in(?:to)?|by)\\b') },
  { type: 'merged-into', form: 'verb', re: r('\\bmerg(?:ed|es|ing|e) (?:in(?:to)?|with)\\b|\\bmerger (?:with|into)\\b|\\bjoin(?:ed|s|ing)?\\b(?! (?:hands|forces|together|in|with)\\b)(?: the ranks of\\b)?') },
  { type: 'merged-into', form: 'verb', re: r('\\b(?:absorb(?:ed|s|ing)|subsum(?:ed|es|ing)|swallow(?:ed|s) up)\\b'), reverse: true },
  // allied-with
  { type: 'allied-with', form: 'verb', re: r('\\ballied (?:itself |themselves )?(?:with|to)\\b|\\balliance with\\b|\\bjoin(?:ed|s|ing)? (?:hands|forces) with\\b') },
  { type: 'allied-with', form: 'verb', re: r('\\b(?:co-?operat|collaborat)(?:ed|es|ing|ion|e) (?:closely |extensively )?with\\b|\\bwork(?:ed|s|ing)? (?:closely |together )?with\\b|\\b(?:fought|fights?|fighting|operat(?:ed|es|ing)) alongside\\b') },
  { type: 'allied-with', form: 'verb', re: r('\\b(?:sheltered|harbou?red|hosted|protected|backed|supported|sponsored) by\\b') },
  { type: 'allied-with', form: 'noun', re: r('\\ball(?:y|ies)\\b') },
  // rival-of
  { type: 'rival-of', form: 'verb', re: r('\\brivalry with\\b|\\b(?:at war|in conflict|in competition) with\\b|\\b(?:declared )?war (?:on|against|with)\\b|\\b(?:hostile|opposed) to\\b|\\boppos(?:es|ed|ing)\\b') },
  { type: 'rival-of', form: 'verb', re: r('\\b(?:fought|fights?|fighting|battl(?:ed|es|ing|e)|clash(?:ed|es|ing)?|feud(?:ed|s|ing)?|compet(?:ed|es|ing|e)|skirmish(?:ed|es|ing)?)(?: (?:with|against))?\\b') },
  { type: 'rival-of', form: 'verb', re: r('\\b(?:offensives?|campaigns?|crackdown|operations|attacks) (?:against|on)\\b') },
  { type: 'rival-of', form: 'noun', re: r('\\b(?:rivals?|enem(?:y|ies)|foes?|adversar(?:y|ies)|opponents?|nemesis)\\b') },
  // pledged-allegiance-to
  { type: 'pledged-allegiance-to', form: 'verb', re: r("\\b(?:pledg(?:ed|es|e|ing)|sw(?:ore|ears?|earing|orn)|renew(?:ed|s|ing)|declar(?:ed|es|ing)|gave|giv(?:es|ing)|offer(?:ed|s|ing)|transferr?(?:ed|ing)?|switch(?:ed|es|ing)?) (?:(?:an|its|their|his|her|a|formal|public|new|renewed) ){0,2}(?:oath of |pledge of )?(?:allegiance|loyalty|bay['’]?ah|bayat|fealty|obedience) (?:to|with)\\b") },
  { type: 'pledged-allegiance-to', form: 'verb', re: r("\\b(?:pledge|oath) of (?:allegiance|loyalty|bay['’]?ah|fealty) to\\b|\\b(?:is|are|was|were|remains?|remained|stay(?:ed|s)?) loyal to\\b") },
  // front-for
  { type: 'front-for', form: 'noun', re: r('\\b(?:front(?: (?:group|organi[sz]ation|outfit))?s?|prox(?:y|ies)|cover(?: (?:organi[sz]ation|group|name))|fa[cç]ade)\\b') },
  // renamed
  { type: 'renamed', form: 'verb', re: r('\\b(?:re-?named|rebranded|reconstituted)(?: (?:itself|themselves))?(?: as)?\\b|\\bchang(?:ed|es|ing) (?:its|their) names? to\\b|\\b(?:now|later|subsequently) (?:known as|called|calling itself|named)\\b|\\b(?:re-?emerged|resurfaced) as\\b|\\b(?:which|that) (?:later |subsequently )?became\\b') },
  { type: 'renamed', form: 'verb', re: r('\\b(?:formerly|previously|originally) (?:known as|called|named)\\b|\\b(?:the )?(?:new|latest) name (?:of|for)\\b'), reverse: true },
  // linked-to
  { type: 'linked-to', form: 'verb', re: r('\\bnothing to do with\\b|\\b(?:distanced|dissociated|disassociated) (?:itself|themselves) from\\b'), negated: true },
  { type: 'linked-to', form: 'verb', re: r('\\b(?:ties|links|connections?|contacts?|associations?|affiliations?|dealings) (?:to|with)\\b|\\b(?:linked|tied|connected|associated) (?:to|with)\\b|\\bclose to\\b|\\b(?:any|no) (?:relations?|relationships?) (?:to|with)\\b') },
  // Hyphenated with the group: "the al-Qaeda-linked group", "an ISIS-affiliated outfit".
  { type: 'linked-to', form: 'noun', re: r('-(?:linked|connected|tied)\\b') },
  { type: 'faction-of', form: 'noun', re: r('-(?:affiliated)\\b') },
  { type: 'allied-with', form: 'noun', re: r('-(?:allied|aligned|backed)\\b') },
  // between-forms: "clashes between X and Y", "an alliance between X and Y"
  { type: 'rival-of', form: 'between', re: r('\\b(?:rivalry|clash(?:es)?|fighting|battles?|infighting|war|conflict|feud|competition|hostilit(?:y|ies)|tensions?) between\\b') },
  { type: 'allied-with', form: 'between', re: r('\\b(?:alliance|co-?operation|collaboration|partnership|coalition|pact) between\\b') },
  { type: 'rejoined', form: 'between', re: r('\\breunification (?:between|of)\\b') },
  { type: 'merged-into', form: 'between', re: r('\\b(?:merger|unification) (?:between|of)\\b') },
  { type: 'linked-to', form: 'between', re: r('\\b(?:ties|links|relations|connections?) between\\b') },
];

/** Cheap pre-filter: a sentence with none of these stems states no relation. */
const STEMS = byFirstLetter(/splinter|breakaway|dissident|renegade|broke|break|split|spun|spin|defect|separat|seced|parted|quit|walked out|founded by|formed by|faction|offshoot|wing|branch|affiliat|franchise|chapter|subsidiar|group|arm|component|part of|member|umbrella|banner|absorb|subsum|fold|incorporat|integrat|merg|join|unit|return|came back|went back|alli|ally|cooperat|co-operat|collaborat|work|alongside|shelter|harbo|host|protect|back|support|sponsor|rival|war|conflict|competi|compet|hostil|oppos|fought|fight|battl|clash|feud|skirmish|offensive|campaign|crackdown|operation|attack|enem|foe|adversar|opponent|nemesis|pledg|swor|swear|renew|declar|gave|giv|offer|transfer|switch|loyal|oath|front|prox|cover|fa[cç]ade|renam|re-nam|rebrand|reconstitut|chang|known as|called|emerged|resurfaced|became|formerly|previously|originally|name|nothing to do|distanc|dissociat|ties|link|connect|relation|contact|associat|dealings|tied|close to|between|reunification|merger|unification|alliance|partnership|coalition|pact|tension/i);

/** Definite phrases and "it" that stand for a group named before. */
const ANAPHOR = /\b(?:the (?:group|faction|outfit|organi[sz]ation|movement|network|(?:militant|separatist|sectarian|jihadist|insurgent|armed|terrorist|extremist) (?:group|organi[sz]ation|outfit))|it)\b/giu;

/** Words that, between a group and a trigger, mean the trigger belongs to something else. */
const BLOCKERS = new Set(['by', 'against', 'on', 'at', 'after', 'before', 'while', 'when', 'because', 'but', 'and', 'or', 'if', 'whether', 'unless', 'than', 'between', 'where', 'whereas', 'although', 'though', 'with', 'for', 'from', 'into', 'over', 'under']);
/** People and parts of a group: "a TTP commander who joined ISKP" relates a person, not the TTP. */
const PERSON_NOUNS = new Set([
  'gunman', 'gunmen', 'bomber', 'bombers', 'attacker', 'attackers', 'assailant', 'assailants', 'suspect', 'suspects', 'man', 'men', 'woman', 'women', 'boy', 'boys',
  'commander', 'commanders', 'leader', 'leaders', 'chief', 'chiefs', 'emir', 'emirs', 'amir', 'spokesman', 'spokesmen', 'spokesperson', 'spokeswoman', 'member', 'members',
  'fighter', 'fighters', 'militant', 'militants', 'cadre', 'cadres', 'operative', 'operatives', 'recruit', 'recruits', 'official', 'officials', 'cleric', 'clerics',
  'founder', 'founders', 'head', 'deputy', 'defector', 'defectors', 'cell', 'cells', 'soldiers', 'insurgents', 'jihadists', 'loyalists', 'supporters', 'sympathisers',
  'sympathizers', 'followers', 'remnants', 'elements', 'sections', 'some', 'many', 'most', 'dozens', 'hundreds', 'thousands', 'several', 'forces', 'units', 'unit',
]);
/** Fighting is done by a group's fighters: "Taliban fighters clashed with ISKP militants" relates the groups. */
const COMBATANTS = new Set(['fighter', 'fighters', 'militant', 'militants', 'gunmen', 'insurgents', 'jihadists', 'soldiers', 'forces', 'units', 'unit', 'cells', 'cell', 'men']);

/** Between the subject and "a/the Y <noun>": a copula or an apposition ("X is a JeM front", "X, an LeT offshoot"). */
const EMBEDDING = /^(?:\s*,\s*|\s+(?:(?:is|was|are|were|remains|remained|became|becomes|has been|had been|is now|was once|is also|is widely seen as|is seen as|is considered)\s+)?)$/iu;
const MAX_GAP_WORDS = 8;
const MAX_PARENTHETICAL_WORDS = 12;
const MAX_OBJECT_GAP_WORDS = 3;
/** Bounds per sentence: a "sentence" of a thousand names is no prose to read relations from. */
const MAX_TRIGGERS = 400;
const MAX_RELATIONS = 60;
/** Longest stretch of text read on either side of a trigger. */
const WINDOW = 300;

const CLAUSE_BOUNDARY = /[;:—–]|\b(?:but|although|though|while|whereas|however|yet)\b/giu;
const NEGATION = /\b(?:no|not|never|nor|without|den(?:y|ies|ied|ying|ial|ials)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:es|ed|ing)|disput(?:es|ed|ing)|rul(?:ed|es|ing) out)\b|n['’]t\b/giu;
const HEDGE = /\b(?:believed|thought|suspected|alleged(?:ly)?|reportedly|reported to|rumou?red|said to|may|might|could|possibly|probably|likely|apparently|purportedly|supposedly|unconfirmed|accus(?:ed|es|ing)|seems?|appears?|understood to|claims? to|claimed to|described as|considered|regard(?:s|ed)? (?:it |them )?as|seen as)\b/iu;
/** Not an assertion: conditions, questions of fact, intentions, requests, refusals. */
const NOT_ASSERTED = /\b(?:if|whether|unless|would|will|shall|wo['’]?n['’]?t|plans? to|planning to|intends? to|intended to|urg(?:e|es|ed|ing)|calls? (?:on|for)|called (?:on|for)|calling (?:on|for)|asked|ask(?:s|ing)?|consider(?:s|ed|ing)? (?:joining|merging)|invit(?:e|es|ed|ing)|wants? to|wanted to|hopes? to|hoped to|seeks? to|sought to|tr(?:y|ies|ied|ying) to|attempt(?:s|ed|ing)? to|refus(?:e|es|ed|ing) to|threaten(?:s|ed|ing)? to|talks?|negotiat\w*|expected to|poised to|set to|about to|in order to)\b/iu;
/** After the object: ", which it denies" / ", a charge the group rejects". */
const TRAILING_DENIAL = /^[^.;]{0,80}?,\s*(?:which|something|an? (?:charge|claim|allegation|accusation|assertion|link)|ties|links)\s+(?:that\s+)?(it|they|both|the (?:group|movement|organi[sz]ation)s?|(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s+(?:has |have |had )?(?:always |repeatedly |strongly |consistently |flatly )?(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refute[sd]?)\b/iu;
const SPEAKING_GROUP = /^\s+(?:has |have |had |also |later |repeatedly |strongly |flatly )?(?:den(?:y|ies|ied)|reject(?:s|ed)|dismiss(?:es|ed)|refute[sd]|said|says|announced|announces|declared|declares|confirmed|confirms|stated|states|claimed|claims)\b/iu;

/** An absolute date introduced as a time: "in 2020", "since August 2014", "on 17 August 2020", "in late 2019". */
const ABSOLUTE_DATE = /\b(?:in|since|on|from|by|during|until|till|around)\s+(?:(?:early|late|mid-?)\s*)?(?:(\d{1,2})\s+)?(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:(\d{1,2}),?\s+)?((?:19|20)\d\d)\b/giu;

/** A line starting a list item or heading: the next line is another statement. */
const LIST_ITEM = /[\r\n][ \t]*(?:[-*+•>#]|\d+[.)])/u;
const isWord = (w: string) => w.length > 0;
const words = (s: string) => s.toLowerCase().split(/[\s,()"“”]+/u).filter(isWord);

/** Removes comma-enclosed parentheticals and brackets from the words between two things. */
function withoutParentheticals(gap: string): string | null {
  const bracketless = gap.replace(/\([^()]{0,120}\)/g, ' ');
  const pieces = bracketless.split(',');
  if (pieces.length <= 2) return bracketless;
  for (const middle of pieces.slice(1, -1)) if (words(middle).length > MAX_PARENTHETICAL_WORDS) return null;
  return pieces[0] + ' ' + pieces[pieces.length - 1];
}

/** Whether the words between a subject and its trigger read as one clause of that subject. */
function subjectGapOk(gap: string, type: RelationType): boolean {
  if (gap.length > WINDOW || /[.;:!?"“”]/.test(gap) || LIST_ITEM.test(gap)) return false;
  const person = (w: string) => PERSON_NOUNS.has(w) && !(type === 'rival-of' && COMBATANTS.has(w));
  // A relative clause still open at the trigger is all about the group before it: "X, which is
  // separate from but allied with Y", "X, which was founded in 2014 and rejoined Y in 2020".
  const relative = /^\s*,\s*(?:which|who|that)\b([^,]*)$/iu.exec(gap);
  if (relative) {
    const list = words(relative[1]);
    return list.length <= MAX_PARENTHETICAL_WORDS && !list.some((w) => person(w) || w === 'if' || w === 'whether' || w === 'unless');
  }
  const kept = withoutParentheticals(gap);
  if (kept === null) return false;
  const list = words(kept);
  if (list.length > MAX_GAP_WORDS) return false;
  return list.every((w) => !BLOCKERS.has(w) && !person(w));
}

/** Words allowed between a trigger and its object: "rival of the Taliban", "allegiance to IS". */
function objectGapOk(gap: string, type: RelationType): boolean {
  if (/[.,;:!?"“”()]/.test(gap) || LIST_ITEM.test(gap)) return false;
  const list = words(gap);
  if (list.length > MAX_OBJECT_GAP_WORDS) return false;
  return list.every((w) => !BLOCKERS.has(w) && (!PERSON_NOUNS.has(w) || (type === 'rival-of' && COMBATANTS.has(w))));
}

/** "members of X", "fighters of X": a part of the group, not the group (except for fighting). */
function partitiveBefore(sentence: string, side: Side, type: RelationType): boolean {
  const before = sentence.slice(Math.max(0, side.start - 40), side.start);
  const m = /\b([\p{L}]+) of (?:the )?$/iu.exec(before);
  if (!m) return false;
  const noun = m[1].toLowerCase();
  return PERSON_NOUNS.has(noun) && !(type === 'rival-of' && COMBATANTS.has(noun));
}

/** The text of the clause that ends at `at`: from the last clause boundary, without parentheticals. */
function clauseBefore(sentence: string, at: number): string {
  const from = Math.max(0, at - WINDOW);
  const text = sentence.slice(from, at);
  let start = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(text); m; m = CLAUSE_BOUNDARY.exec(text)) start = m.index + m[0].length;
  const clause = text.slice(start);
  // A relative clause holding the trigger starts at its comma: ", which has denied any links to".
  const lastComma = clause.lastIndexOf(',');
  if (lastComma >= 0 && /^,\s*(?:which|who|that)\b/iu.test(clause.slice(lastComma))) return clause.slice(lastComma);
  // Parentheticals between commas belong to another clause: ", which denied the attack,".
  return clause.replace(/,[^,]*,/g, ' ');
}

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

interface Built {
  from: Side;
  to: Side;
  type: RelationType;
  negated: boolean;
  /** Sentence-relative span of the trigger words. */
  triggerStart: number;
  triggerEnd: number;
}

/** From the first to the last of a relation's words: "Jamaat-ul-Ahrar, a faction that rejoined the TTP". */
function spanOf(b: Built): [number, number] {
  return [Math.min(b.triggerStart, b.from.start, b.to.start), Math.max(b.triggerEnd, b.from.end, b.to.end)];
}

/** Relations of one sentence. `items` are its group mentions and resolved anaphors, sentence-relative, in order. */
function sentenceRelations(sentence: string, items: Side[]): Built[] {
  const named = items.filter((it) => !it.anaphor);
  /** Index of the first named group starting at or after `at` (named.length when none). */
  const firstFrom = (at: number) => firstStartingAt(named, at);
  const inside = (start: number, end: number) => {
    const k = firstStartingAt(named, start);
    return (k > 0 && named[k - 1].end > start) || (k < named.length && named[k].start < end);
  };
  const out: Built[] = [];
  // Accepted trigger spans, sorted and disjoint: a later trigger overlapping one is ignored.
  const taken: { start: number; end: number }[] = [];
  const overlapsTaken = (start: number, end: number) => {
    const k = firstStartingAt(taken, start);
    return (k > 0 && taken[k - 1].end > start) || (k < taken.length && taken[k].start < end);
  };
  const take = (start: number, end: number) => taken.splice(firstStartingAt(taken, start), 0, { start, end });
  let considered = 0;

  /** Nearest subject before `at` whose gap reads as one clause; with "X and Y" before it, both. */
  const subjectsBefore = (at: number, type: RelationType): Side[] => {
    let i = firstStartingAt(items, at) - 1;
    while (i >= 0 && items[i].end > at) i--;
    if (i < 0) return [];
    let nearest = items[i];
    let gap = sentence.slice(nearest.end, at);
    // "X, a splinter group of Y, rejoined Z": Y sits in an appositive closed before the trigger; the subject is X.
    const close = gap.indexOf(',');
    const open = sentence.lastIndexOf(',', nearest.start);
    if (close >= 0 && open >= 0 && nearest.start - open < WINDOW) {
      let j = i;
      while (j >= 0 && items[j].end > open) j--;
      if (j >= 0 && /^\s*$/u.test(sentence.slice(items[j].end, open)) && words(sentence.slice(open, nearest.start)).length <= MAX_PARENTHETICAL_WORDS) {
        i = j;
        nearest = items[j];
        gap = sentence.slice(open, at).replace(/^,[^,]*,/u, ',');
      }
    }
    // "members of X joined Y" is about members; "a commander of X, a faction that rejoined Y" about X.
    if (!subjectGapOk(gap, type) || (!/^\s*,/.test(gap) && partitiveBefore(sentence, nearest, type))) return [];
    const list = [nearest];
    for (let j = i - 1; j >= 0 && list.length < 4; j--) {
      const gap = sentence.slice(items[j].end, list[list.length - 1].start);
      // Joined by "and"/"or" ("X and Y are rivals", "X, Y and Z rejoined"); a bare comma is an appositive ("Al-Shabaab, the …").
      const joined = list.length === 1 ? /^\s*(?:(?:group|movement|network)\s+)?,?\s*(?:and|or|&)\s+(?:the\s+)?$/iu : /^\s*,\s*(?:the\s+)?$/iu;
      if (!joined.test(gap)) break;
      list.unshift(items[j]);
    }
    return list;
  };

  /** Named groups right after `at` ("of the Taliban"), and any listed with them ("X, Y and Z"). */
  const objectsAfter = (at: number, type: RelationType): Side[] => {
    const f = firstFrom(at);
    const first = named[f];
    if (!first || first.start - at > 60 || !objectGapOk(sentence.slice(at, first.start), type)) return [];
    const list = [first];
    for (let k = f + 1; k < named.length && list.length < 4; k++) {
      const gap = sentence.slice(list[list.length - 1].end, named[k].start);
      if (!/^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|as well as\s+)(?:(?:the|its|to|with)\s+){0,2}$/iu.test(gap)) break;
      list.push(named[k]);
    }
    return list;
  };

  const add = (from: Side, to: Side, trigger: Trigger, start: number, end: number) => {
    if (from.groupId === to.groupId) return;
    const [a, b] = trigger.reverse ? [to, from] : [from, to];
    out.push({ from: a, to: b, type: trigger.type, negated: trigger.negated === true, triggerStart: start, triggerEnd: end });
  };

  for (const trigger of TRIGGERS) {
    trigger.re.lastIndex = 0;
    for (let m = trigger.re.exec(sentence); m; m = trigger.re.exec(sentence)) {
      if (m[0].length === 0) {
        trigger.re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (++considered > MAX_TRIGGERS || out.length >= MAX_RELATIONS) return out;
      if (inside(start, end) || overlapsTaken(start, end)) continue;
      const before = out.length;
      if (trigger.form === 'between') {
        // "clashes between the Taliban and ISKP"
        const f = firstFrom(end);
        const first = named[f];
        const second = named[f + 1];
        if (first && second && /^\s+(?:the\s+)?$/iu.test(sentence.slice(end, first.start)) && /^\s+(?:(?:group|movement|network)\s+)?(?:and|with|&)\s+(?:the\s+)?$/iu.test(sentence.slice(first.end, second.start))) {
          add(first, second, trigger, start, end);
        }
      } else if (trigger.form === 'noun') {
        nounRelations(trigger, start, end);
      } else {
        const objects = objectsAfter(end, trigger.type);
        const subjects = subjectsBefore(start, trigger.type);
        if (objects.length) for (const s of subjects.slice(-1)) for (const o of objects) add(s, o, trigger, start, end);
        // "X and Y are rivals", "the Islamic State group and the Pakistani Taliban compete for recruits"
        else if (subjects.length >= 2 && (SYMMETRIC_RELATIONS.has(trigger.type) || trigger.type === 'merged-into')) add(subjects[0], subjects[1], trigger, start, end);
        // "X and Y have merged into Z": each of the listed subjects.
        if (objects.length && subjects.length >= 2) for (const s of subjects.slice(0, -1)) for (const o of objects) add(s, o, trigger, start, end);
      }
      if (out.length > before) take(start, end);
    }
  }
  return out;

  /** A relation noun: "X, a splinter group of Y", "the TTP splinter group JuA", "X is a JeM front", "LeT's front TRF", "X and Y are rivals". */
  function nounRelations(trigger: Trigger, start: number, end: number): void {
    // A group right before the noun ("the TTP splinter group", "LeT's front", "a JeM front").
    let k = firstFrom(start) - 1;
    while (k >= 0 && named[k].end > start) k--;
    const y: Side | undefined = named[k];
    if (y && /^(?:['’]s\s+(?:[\p{L}-]+\s+){0,2}|\s+|-|)$/u.test(sentence.slice(y.end, start))) {
      // Prenominal or possessive, with the subject after: "the TTP splinter group Jamaat-ul-Ahrar", "al-Qaeda's South Asian affiliate, AQIS".
      const x = named[firstFrom(end)];
      if (x && /^\s*(?:(?:group|outfit|militants|faction|organi[sz]ation|movement)\s+)?,?\s*(?:(?:the|a|an|known as|called|named)\s+)?$|^\s+(?:in|for)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s*(?:the\s+)?$/iu.test(sentence.slice(end, x.start))) {
        add(x, y, trigger, start, end);
        return;
      }
      // Embedded, with the subject before: "PAFF is a JeM front", "TRF, an LeT offshoot,", "Al-Shabaab, the al-Qaeda-linked group".
      const article = /(?:^|\s)(?:an?|the|one)\s+$/iu.exec(sentence.slice(Math.max(0, y.start - 8), y.start));
      if (article) {
        const at = y.start - article[0].length + (article[0].startsWith(' ') ? 1 : 0);
        const subjects = subjectsBefore(at, trigger.type);
        const x = subjects[subjects.length - 1];
        // Only a copula or an apposition joins the two: "X said that the Y front …" says nothing of X.
        if (x && EMBEDDING.test(sentence.slice(x.end, at))) add(x, y, trigger, start, end);
        return;
      }
    }
    // Predicate: "X, a breakaway faction of Y", "X is a front for Y", "X, a bitter rival of the Taliban".
    const connector = /^\s+(?:of|for|to|from|within)\b/iu.exec(sentence.slice(end, end + 12));
    const subjects = subjectsBefore(start, trigger.type);
    if (connector) {
      const objects = objectsAfter(end + connector[0].length, trigger.type);
      if (objects.length && subjects.length) for (const o of objects) add(subjects[subjects.length - 1], o, trigger, start, end + connector[0].length);
      return;
    }
    // "ISKP and the Taliban are bitter rivals (since 2015)"
    if (subjects.length >= 2 && SYMMETRIC_RELATIONS.has(trigger.type) && objectsAfter(end, trigger.type).length === 0) add(subjects[0], subjects[1], trigger, start, end);
  }
}

/** Group mentions and anaphors of a sentence, sentence-relative; anaphors resolve to the last group named before. */
function sentenceItems(sentence: string, base: number, mentions: readonly Mention[], first: number, last: number, previous: Mention | undefined): Side[] {
  const items: Side[] = [];
  for (let i = first; i < last; i++) items.push({ groupId: mentions[i].groupId, start: mentions[i].start - base, end: mentions[i].end - base, anaphor: false });
  const named = items.slice();
  ANAPHOR.lastIndex = 0;
  for (let a = ANAPHOR.exec(sentence); a; a = ANAPHOR.exec(sentence)) {
    const at = a.index;
    const k = firstStartingAt(named, at + 1) - 1;
    if (k >= 0 && named[k].end > at) continue;
    let groupId: string | undefined = k >= 0 ? named[k].groupId : undefined;
    // Outside the sentence: "the group" reaches back to the last group named nearby; "it" only when it opens the sentence.
    const reachesBack = a[0].toLowerCase() !== 'it' || at === 0;
    if (!groupId && reachesBack && previous && base - previous.end < 600) groupId = previous.groupId;
    if (groupId) items.push({ groupId, start: at, end: at + a[0].length, anaphor: true });
  }
  return items.sort((x, y) => x.start - y.start);
}

/** How far after the relation's last group its date may stand: "rejoined the TTP in August 2020". */
const DATE_REACH = 40;

/**
 * The written date of a relation, looked for only in the relation's own words and just after them
 * (a sentence's other dates date other things): an absolute date first ("in August 2020", "since
 * 2015"), else a relative one ("on Monday"), resolved later against the document's date.
 */
function relationDate(sentence: string, from: number, to: number, outside: (at: number) => boolean): string | null {
  const tail = /^,?\s+(?:in|on|since|last|this|during|from|until|by)\b[^,;.]*/iu.exec(sentence.slice(to, to + DATE_REACH));
  const window = sentence.slice(from, to) + (tail ? tail[0] : '');
  ABSOLUTE_DATE.lastIndex = 0;
  for (let m = ABSOLUTE_DATE.exec(window); m; m = ABSOLUTE_DATE.exec(window)) {
    if (!outside(from + m.index)) continue;
    return m[0].replace(/^\S+\s+/u, '');
  }
  return findDate(window);
}

function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s"“”'‘’,]+|[\s"“”'‘’,]+$/g, '');
}

export interface RelationContext {
  /** The document's own date (its dateline), ISO: relative dates are resolved against it. */
  documentDate?: string | null;
  /** The document's other claims: an attributed one covering a relation's sentence gives its speaker. */
  statements?: readonly Claim[];
}

/**
 * Relation claims of a document. `sentences` are sentence spans of the text (at least those holding
 * group mentions), in order; `mentions` the document's group mentions, in order.
 */
export function extractRelations(text: string, sentences: readonly Span[], mentions: readonly Mention[], context: RelationContext = {}): Claim[] {
  const spoken = (context.statements ?? []).filter((c) => c.speaker);
  let si = 0;
  const claims: Claim[] = [];
  let mi = 0;
  for (const span of sentences) {
    while (mi < mentions.length && mentions[mi].start < span.start) mi++;
    let last = mi;
    while (last < mentions.length && mentions[last].start < span.end) last++;
    if (last === mi) continue;
    const sentence = text.slice(span.start, span.end);
    if (/\?["”’)]*\s*$/u.test(sentence) || !STEMS.test(sentence)) continue;
    const items = sentenceItems(sentence, span.start, mentions, mi, last, mi > 0 ? mentions[mi - 1] : undefined);
    if (new Set(items.map((it) => it.groupId)).size < 2) continue;
    const built = sentenceRelations(sentence, items);
    if (built.length === 0) continue;
    const attribution = findAttribution(sentence);
    // The statement covering this sentence, when the document attributes it to a speaker.
    while (si < spoken.length && spoken[si].end <= span.start) si++;
    const statement = spoken[si] && spoken[si].start < span.end ? spoken[si] : undefined;
    const seen = new Set<string>();
    const outsideAttribution = (at: number) => !attribution || at < attribution.start || at >= attribution.end;
    let end = span.end;
    while (end > span.start && /\s/.test(text[end - 1])) end--;
    for (const b of built) {
      const [from, to] = spanOf(b);
      const clause = clauseBefore(sentence, b.triggerStart) + ' ' + sentence.slice(b.triggerStart, b.triggerEnd);
      if (NOT_ASSERTED.test(clause)) continue;
      const negations = countMatches(NEGATION, clause) + (b.negated ? 1 : 0);
      const written = relationDate(sentence, from, to, outsideAttribution);
      const isoDate = resolveDate(written, context.documentDate ?? null);
      const emit = (polarity: 'asserted' | 'denied', hedged: boolean, claimant: string | null, speaker?: Claim['speaker'], form?: Claim['form']) => {
        const key = `${b.type}|${b.from.groupId}|${b.to.groupId}|${polarity}`;
        if (seen.has(key)) return;
        seen.add(key);
        const relation: Relation = { type: b.type, from: b.from.groupId, to: b.to.groupId, directed: !SYMMETRIC_RELATIONS.has(b.type), polarity, hedged };
        claims.push({ kind: 'relation', start: span.start, end, subjects: [b.from.groupId, b.to.groupId], claimant, figures: [], date: written, isoDate, trigger: tidy(sentence.slice(from, to)), relation, ...(speaker ? { speaker, form } : {}) });
      };
      const polarity = negations % 2 === 1 ? 'denied' : 'asserted';
      // The claimant: the speaker of the statement covering the sentence, else the sentence's own attribution or a group speaking for itself.
      const claimant = statement?.speaker ? statement.speaker.name : claimantOf(sentence, attribution?.claimant ?? null, b, polarity);
      emit(polarity, HEDGE.test(clause) || negations >= 2, claimant, statement?.speaker, statement?.form);
      // "Officials say the TTP has links to ISKP, which the group denies": the assertion and a denial by the group.
      const trailing = polarity === 'asserted' ? TRAILING_DENIAL.exec(sentence.slice(to, to + 160)) : null;
      if (trailing) {
        const named = items.find((it) => !it.anaphor && it.groupId === b.from.groupId);
        const denier = /^(?:it|they|both|the (?:group|movement|organi[sz]ation)s?)$/iu.test(trailing[1]) ? (named ? sentence.slice(named.start, named.end) : null) : trailing[1];
        emit('denied', false, denier === null ? null : tidy(denier));
      }
    }
  }
  return claims;
}

/**
 * Who states the relation: the sentence's attribution ("…, analysts say"), else a group speaking
 * for itself ("X denied joining Y", "X said it had merged with Y"), else nobody (the document).
 */
function claimantOf(sentence: string, attributed: string | null, b: Built, polarity: 'asserted' | 'denied'): string | null {
  if (attributed) return tidy(attributed);
  for (const side of [b.from, b.to]) {
    if (side.anaphor) continue;
    if (SPEAKING_GROUP.test(sentence.slice(side.end, side.end + 40)) && (polarity === 'denied' || /\b(?:it|they|its|their)\b/iu.test(sentence.slice(side.end, b.triggerStart)))) return tidy(sentence.slice(side.start, side.end));
  }
  return null;
}

/** Whether two relation claims agree, contradict each other, or are about different things. */
export function compareRelations(a: Relation, b: Relation): 'agrees' | 'differs' | null {
  const samePair = (a.from === b.from && a.to === b.to) || (a.from === b.to && a.to === b.from);
  if (!samePair) return null;
  const sameDirection = a.from === b.from;
  if (a.type === b.type && (!a.directed || sameDirection)) return a.polarity === b.polarity ? 'agrees' : 'differs';
  // "X has no ties to Y" contradicts any stated association between them (rivalry is none).
  const associative = (t: RelationType) => t !== 'rival-of';
  if (a.type === 'linked-to' || b.type === 'linked-to') {
    const [link, other] = a.type === 'linked-to' ? [a, b] : [b, a];
    if (!associative(other.type)) return null;
    if (link.polarity === 'denied' && other.polarity === 'asserted') return 'differs';
    if (link.polarity === 'asserted' && other.polarity === 'asserted') return 'agrees';
  }
  return null;
}

/** Short reading of a relation: "splinter from", "rival of". */
export const RELATION_LABELS: Readonly<Record<RelationType, string>> = {
  'faction-of': 'faction of',
  'splinter-from': 'splinter from',
  'merged-into': 'merged into',
  rejoined: 'rejoined',
  'allied-with': 'allied with',
  'rival-of': 'rival of',
  'pledged-allegiance-to': 'pledged allegiance to',
  'front-for': 'front for',
  renamed: 'renamed',
  'linked-to': 'linked to',
};

/** "Jamaat-ul-Ahrar rejoined Tehrik-e-Taliban Pakistan", "BLA — denied — linked to TTP (hedged)". */
export function describeRelation(relation: Relation, nameOf: (id: string) => string): string {
  const verb = relation.type === 'renamed' ? 'renamed as' : RELATION_LABELS[relation.type];
  const core = `${nameOf(relation.from)} ${relation.polarity === 'denied' ? `not ${verb}` : verb} ${nameOf(relation.to)}`;
  return relation.hedged ? `${core} (hedged)` : core;
}
