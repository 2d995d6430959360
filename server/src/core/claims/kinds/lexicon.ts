/**
 * The words the claim kinds share: attack nouns and verbs, the nouns for a group's fighters, the
 * roles that speak for a group, and the clause-level checks that turn a phrase into no claim —
 * negation ("no group has claimed", "has not claimed"), hypothesis and habit ("if", "would",
 * "often", "increasingly"). Derived from how wire and newspaper reporting words these claims; every
 * pattern is a bounded alternation, so matching stays linear.
 */
import { ClaimSentence, GroupItem, clauseAt } from '../sentence';

/** Nouns for an attack ("the attack", "Friday's bombing", "a roadside IED blast"). */
export const ATTACK_NOUN = String.raw`(?:attacks?|bombings?|blasts?|assaults?|ambush(?:es)?|killings?|murders?|explosions?|raids?|strikes?|massacres?|shootings?|kidnappings?|abductions?|beheadings?|sieges?|incursions?|operations?|incidents?|ied|car[- ]bombs?|suicide (?:attacks?|bombings?)|carnage|violence|hijacking|barrages?|shellings?|arson)`;

/** Past-tense and participle forms of attack verbs, as reported of a past event. */
export const ATTACK_VERB_PAST = String.raw`(?:attacked|ambushed|stormed|bombed|raided|struck|shelled|mortared|bombarded|(?:blasted|fought|shot|forced) (?:their|its|his|her) way (?:into|inside|through)|targeted|targetted|killed|kidnapped|abducted|shot(?: dead)?|gunned down|beheaded|executed|assassinated|massacred|fired (?:on|at|upon|shots|(?:[\w-]+ ){0,4}?(?:rockets?|missiles?|mortars?|mortar (?:rounds|shells)|shells|drones|projectiles|rounds|salvos|barrages))|overran|overrun|seized|captured|set off|detonated|blew up|bl(?:ew|own) (?:himself|herself|themselves) up|hit|assaulted|rammed|infiltrated(?= (?:the|a|an|its|their|his|her) )|besieged|hijacked|(?:burnt|burned|torched) (?=(?:the|a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several) )|set fire to|launched (?:an? |the |its |their )?(?:[\w-]+ ){0,3}?(?:attacks?|assaults?|raids?|offensive|strikes?|operations?|rockets|missiles|drones)|carried out (?:an? |the |this |that |its |their |[\w-]+['’]s )?(?:[\w-]+ ){0,3}?${ATTACK_NOUN}|carried (?:it|this|that) out|did (?:this|that|it)(?=\s*(?:[,.;:!?"”’]|$))|(?:mounted|staged|conducted) (?:an? |the |this |its )?(?:[\w-]+ ){0,2}?${ATTACK_NOUN})`;

/** Present forms, which report a past event only in headlines ("Gunmen storm hotel in Mogadishu"). */
export const ATTACK_VERB_PRESENT = String.raw`(?:attacks?|ambush(?:es)?|storms?|bombs?|raids?|strikes?|targets?|kills?|kidnaps?|abducts?|behead(?:s)?|executes?|overruns?|seizes?|captures?|hits?|assaults?|rams?|besieges?|hijacks?|blasts?|takes? control of)`;

/** The people of a group who carry out an attack ("Islamic State militants", "gunmen from …"). */
export const ATTACKER_NOUN = String.raw`(?:militants?|fighters?|gunm[ae]n|insurgents?|militiam[ae]n|members?|terrorists?|jihadists?|rebels?|(?:suicide )?bombers?|attackers?|assailants?|cells?|commandos?|operatives?|men|cadres?|squads?|units?|modules?|hit ?squads?|suicide (?:squad|infantry|attackers?)|mujahideen|loyalists|elements)`;

const OWNS_ATTACKERS = new RegExp(String.raw`^\s+(?:[\w-]+\s+)?${ATTACKER_NOUN}\b`);

/** Roles that speak for a group ("a spokesman for the group", "TTP commander Sarbakaf Mohmand"). */
export const ROLE_NOUN = String.raw`(?:spokes(?:man|woman|person|people)|commanders?|leaders?|chief|emir|ameer|amir|officials?|statement|media (?:wing|arm|office)|news agency|channel|propaganda arm|deputy)`;

/** A frequency or habit adverb, or a modal: the sentence generalises or supposes, it reports nothing. */
const HEDGE = /\b(?:if|unless|whenever|would|could|might|can|cannot|can't|should|must|usually|often|frequently|routinely|regularly|typically|generally|increasingly|sometimes|rarely|always|tends? to|likely to|capable of|able to|ability to|plans? to|planning to|threat(?:en(?:s|ed)?)? to|wants? to|aims? to|tries to|trying to|in order to|designed to|ready to|willing to|whether|(?:a|its|their)\s+(?:long\s+)?(?:history|habit|record|practice|tradition)\s+of|known\s+for)\b/;
const PARENTHETICAL_RELATIVE = /(?:^|,\s*)(?:who|whom|whose|which)\b[^,;]{1,80},/g;
/** A verb of leave or permission before the trigger's infinitive: "allowing the TTP to deny", "enables it to claim". */
const LEAVE_TO = /\b(?:allow(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|permit(?:s|ted|ting)?|let(?:s|ting)?|leav(?:e|es|ing)|free|freeing)\b[^.;,]{0,50}?\bto\s+$/;
/** "when" and "once" suppose only before a present-tense verb ("when the TRF claims an attack"). */
const WHEN = /\b(?:when|once|whenever)\b/;
/** Negation before the verb, close to it, in its clause. */
const NEGATION = /\b(?:no|not|never|nobody|none|neither|nor|n['’]t|without|yet to|no one|no-one|failed to|refused to)\b/;
/** Certainty written with a negative word: "no doubt", "little doubt", "no question that". */
const NO_DOUBT = /\b(?:no|little|not any|not the slightest)\s+(?:doubt|question)\b|\b(?:not|never)\s+(?:(?:seriously|really|once)\s+)?(?:doubted|disputed|questioned)\b/g;
/** "no group has (yet) claimed", "nobody has come forward": no claim anywhere in the clause. */
export const NO_CLAIM = /\b(?:no (?:\w+ )?(?:group|one|organi[sz]ation|faction|outfit|militant group)s?|nobody|no-one|none of the groups)\b|\bno (?:immediate )?claim\b|\bunclear (?:who|which|whether)\b|\bnot (?:yet )?(?:been )?(?:immediately )?(?:clear|known) (?:who|which|whether)\b/;

/**
 * Whether the phrase at [at, end) is asserted: not negated in its clause ("has not claimed"),
 * not supposed ("would", "if"), not a habit ("often claims"); `present` marks a present-tense verb,
 * which outside a headline is a habit ("It claims attacks that the TTP denies").
 */
export function asserted(s: ClaimSentence, at: number, options: { present?: boolean; negationAllowed?: boolean } = {}): boolean {
  const [start] = clauseAt(s, at);
  // A relative clause set off by commas belongs to its noun: "An official, who asked not to be named,
  // said the insurgents were fighters loyal to …" negates nothing of the claim.
  const before = s.lower.slice(start, at).replace(PARENTHETICAL_RELATIVE, ',');
  // "they had no doubt the attackers belonged to …" asserts; "no doubt" negates nothing.
  // The window starts at a word: a word cut in two is no negation ("gover|nor", "mi|nor").
  const cut = Math.max(0, before.length - 40);
  const near = (cut > 0 && /\S/.test(before[cut - 1]) ? before.slice(cut).replace(/^\S+/, '') : before.slice(cut)).replace(NO_DOUBT, '');
  if (!options.negationAllowed && (NEGATION.test(near) || NO_CLAIM.test(before))) return false;
  if (HEDGE.test(before) || /\bmay\b/.test(s.text.slice(start, at))) return false;
  // "allowing the larger group to deny involvement", "leaves it free to claim": what a group could do, not what it did.
  if (LEAVE_TO.test(before)) return false;
  if (options.present && !s.headline) return false;
  if (options.present && WHEN.test(before)) return false;
  return true;
}

/** The group items outside the speaker phrase. */
export function outside(s: ClaimSentence): GroupItem[] {
  return s.items.filter((it) => !s.attribution || it.end <= s.attribution.start || it.start >= s.attribution.end);
}

/**
 * The group that does what the verb at `at` says: the nearest group before it in its clause (or,
 * for a relative clause, right before "which"), within `reach` characters; `speakerToo` lets it be
 * the speaker phrase's group (a group claiming or denying is its own speaker).
 */
export function agentBefore(s: ClaimSentence, at: number, reach = 110, speakerToo = false): GroupItem | null {
  const [start] = clauseAt(s, at);
  // A relative clause ("ISKP, which has attacked …", "LeJ, whose spokesman told a newspaper …") belongs to the group it hangs on.
  const relative = /^(?:which|who|whose|that)\b/.test(s.lower.slice(start, start + 6));
  const from = relative ? Math.max(0, start - 90) : start;
  let best: GroupItem | null = null;
  // A group that claims or denies is often the sentence's speaker too ("The group has denied …").
  for (const it of speakerToo ? s.items : outside(s)) {
    if (it.start < from || it.end > at) continue;
    if (at - it.end > reach) continue;
    // "its"/"their" only as the owner of fighters ("its fighters stormed").
    if (it.anaphor && /^(?:its|their)$/i.test(s.text.slice(it.start, it.end)) && !OWNS_ATTACKERS.test(s.lower.slice(it.end, it.end + 40))) continue;
    best = it;
  }
  return best;
}

/**
 * The group a verb points at ("blamed the TTP", "claimed by Lashkar-e-Jhangvi", "point to JeM"): the
 * first named group (or "the group") after it, within a few words, in its clause; a second one
 * joined by "and"/"or" is also meant.
 */
export function groupsRightAfter(s: ClaimSentence, end: number, words = 6): GroupItem[] {
  // "belonged to the group of a local commander of the TTP": a chain of "the group/faction/commander
  // of" phrases leads to the group, however many words it takes.
  const [, clauseEnd] = clauseAt(s, end);
  const found: GroupItem[] = [];
  for (const it of outside(s)) {
    if (it.start < end || it.start > clauseEnd) continue;
    if (it.anaphor && /^(?:its|their|it)$/i.test(s.text.slice(it.start, it.end))) continue;
    const gap = s.lower.slice(found.length ? found[found.length - 1].end : end, it.start);
    const gapWords = gap.split(/\s+/).filter(Boolean).length;
    if (found.length === 0) {
      if ((gapWords > words && !OF_CHAIN.test(gap)) || /[.;:!?]/.test(gap)) break;
      found.push(it);
    } else {
      if (/^\s*(?:,\s*)?(?:and|or|as well as|,)\s+(?:the\s+)?$/.test(gap)) found.push(it);
      break;
    }
  }
  return found;
}

/** People and parts of a group, each "of" the next: "the group of a local commander of the". */
const OF_CHAIN = /^\s*(?:(?:the|a|an|one)\s+(?:[\w'’-]+\s+){0,2}?(?:group|faction|network|cell|module|men|fighters|wing|unit|commander|leader|chief|handler|emir|members?)\s+of\s+){1,3}(?:the\s+)?$/;

/** "a spokesman for the group", "TTP commander Sarbakaf Mohmand", "the group's statement": the agent as written. */
export function agentPhrase(s: ClaimSentence, it: GroupItem, at: number): string {
  const [start] = clauseAt(s, at);
  const before = s.lower.slice(Math.max(start, it.start - 50), it.start);
  const role = new RegExp(String.raw`(?:^|\s)((?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?${ROLE_NOUN}\s+(?:for|of|from)\s+(?:the\s+)?)$`).exec(before);
  const after = s.lower.slice(it.end, at);
  const roleAfter = new RegExp(String.raw`^((?:['’]s)?\s+(?:[\w-]+\s+)?${ROLE_NOUN})\b`).exec(after);
  let phraseStart = it.start;
  let phraseEnd = it.end;
  if (role) phraseStart = it.start - role[1].length;
  if (roleAfter) {
    phraseEnd = it.end + roleAfter[1].length;
    // "a JuA spokesman": the article before the group belongs to the phrase.
    const article = /(?:^|\s)(an?|the)\s+$/.exec(s.lower.slice(Math.max(0, phraseStart - 5), phraseStart));
    if (article) phraseStart -= article[0].length - (article[0].startsWith(' ') ? 1 : 0);
  }
  if (!role && !roleAfter) return s.nameOf(it);
  return s.text.slice(phraseStart, phraseEnd).replace(/\s+/g, ' ').trim();
}
