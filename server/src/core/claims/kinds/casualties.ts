/**
 * Casualties: a counted figure tied to killed / dead / died / wounded / injured ("At least 59
 * people were killed and 157 injured", "killing dozens of worshippers", "the toll rose to 101").
 * No named group is needed ("a suicide bomber killed 40"); the subject is the group in the counted
 * phrase ("four Taliban fighters died", "two fighters of LeT"), else the nearest group before the
 * figure ("ISKP, which killed at least 14"), else the attacker of a when-clause after it ("… were
 * killed when Islamic State militants attacked an army post"), never the speaker — except a group's own toll: "ISWAP
 * said its fighters had killed 20 soldiers" counts for the group the fighters belong to, the speaker
 * included.
 *
 * A death toll in a later clause, after a clause that already gave one, is another claim when that
 * clause has its own source or its own attack ("… has risen to 27, while police put the number of
 * dead at 26"; "… that killed seven worshippers, and in July it claimed a bombing that killed two";
 * "…, which said four attackers were also killed"). Otherwise the clauses tell one toll ("troops
 * neutralised 17, while seven soldiers paid the supreme price"), and the wounded of a clause belong
 * to the toll before them ("40 were killed, and 63 wounded").
 */
import type { RawFigure } from '../numbers';
import { ClaimSentence, KindFinding, clauseAt, outsideAttribution } from '../sentence';
import { ATTACK_NOUN, ATTACK_VERB_PAST } from './lexicon';

/** A clause with its own source ("police put …", "which said …", "locals count …") or its own attack ("claimed a bombing that killed …"). */
const OWN_TOLL = new RegExp(String.raw`\b(?:said|says|say|told|put|puts|reported|according|claimed|claims|count|counts|counted|gave|give|${ATTACK_NOUN})\b`);

/**
 * "… were killed when Islamic State militants attacked an army post", "… when fighters of ISWAP
 * ambushed a convoy": the attacker of a when-clause after the toll is whose toll it is.
 */
const WHEN_BEFORE_ATTACKER = /\bwhen\s+(?:(?:the|a|an)\s+)?(?:suspected\s+)?(?:(?:militants|fighters|gunmen|insurgents|attackers|jihadists|members)\s+(?:of|from|belonging\s+to)\s+(?:the\s+)?)?$/;
const ATTACKER_VERB_AFTER = new RegExp(String.raw`^(?:['’]s)?(?:\s*\([^)]{1,20}\))?(?:\s+(?:militants|fighters|gunmen|insurgents|attackers|jihadists))?\s+(?:${ATTACK_VERB_PAST})\b`);

/** "its fighters had killed …", "their men killed …": the toll is the group's own (no sentence end between). */
const OWN_FIGHTERS = /\b(?:its|their)\s+(?:own\s+)?(?:fighters|men|mujahideen|militants)\b(?=[^.;]*$)/;

/** A verb of saying or claiming between a group and "its fighters …": the toll is the group's own word. */
const GROUP_SAYS = /\b(?:said|says|saying|claimed|claims|claiming|announced|boasted|stated|added|posted|published|wrote|alleged)\b/;

/**
 * A group saying it killed: "the TTP claimed the attack and said it had killed 12", "the group itself
 * claimed to have killed “more than 60 apostate troops”": the group before the verb of saying is the
 * toll's subject and source.
 */
const SAYS_IT_KILLED = /\b(?:said|says|saying|claimed|claims|claiming|added|insisted|boasted)\s+(?:(?:that\s+)?it\s+(?:had\s+|has\s+)?|to\s+have\s+)(?:killed|wounded|injured)(?:\s+(?:or|and)\s+(?:wounded|injured))?\s*['"“‘]?\s*$/;

/** A group's first person as the agent or loser of a toll: "we killed", "our mujahideen … killed", "we lost". */
const FIRST_PERSON_AGENT = /\b(?:we|our\s+(?:fighters|men|mujahideen|brothers|forces))\b/;

/**
 * A group after a toll but in a new clause is no part of the counted phrase: "… death toll rises to
 * 63; IS-K claims attack", "… reaches 16 as BLA denies role", "Blast … kills 11 paramilitary troops;
 * BLA claims attack" (not "kills five as Taliban staff collect salaries", whose staff are the dead).
 */
const NEW_CLAUSE_BETWEEN = /;|:\s|\s[—–]\s/;
const AS_BEFORE = /\bas\s+(?:the\s+)?$/;
const CLAIMING_AFTER = /^\s*(?:claims?|claimed|denies|denied|disowns|disowned|says|said|owns|admits|blamed|is blamed)\b/;

/**
 * A toll cited as someone's figure in a noun phrase, the object of doubt or rejection: "rejected the
 * group's figure of 11 dead as propaganda", "the government's figure of 34 dead attackers was likely
 * exaggerated", "Asked about the TTP's figure of 16 dead soldiers, …". The claim is the owner's, made
 * elsewhere; the sentence argues about it.
 */
const CITED_FIGURE = /(?:['’]s|\bits|\btheir)\s+(?:own\s+|earlier\s+|official\s+|initial\s+|latest\s+)?(?:figure|tally|count)\s+of\s*['"“‘]?\s*$/;

export function findCasualties(s: ClaimSentence): KindFinding[] {
  if (s.backgroundPhrase) return [];
  const figures = s.figures.filter((f) => f.measure !== 'strength' && !CITED_FIGURE.test(s.lower.slice(Math.max(0, f.start - 50), f.start)));
  if (!figures.length) return [];
  const tolls: RawFigure[][] = [];
  let clause = -1;
  for (const f of figures) {
    const [start] = clauseAt(s, f.start);
    const current = tolls[tolls.length - 1];
    const own = start !== clause && f.measure === 'killed' && current?.some((g) => g.measure === 'killed') && OWN_TOLL.test(s.lower.slice(start, f.start));
    if (!current || own) tolls.push([f]);
    else current.push(f);
    clause = start;
  }
  const candidates = s.items.filter((it) => outsideAttribution(s, it));
  return tolls.map((fs) => {
    const f = fs[0];
    const inPhrase = candidates.filter((it) => it.start >= f.end && it.start - f.end <= 30 && !NEW_CLAUSE_BETWEEN.test(s.text.slice(f.end, it.start)) && !(AS_BEFORE.test(s.lower.slice(f.end, it.start)) && CLAIMING_AFTER.test(s.lower.slice(it.end, it.end + 16))));
    // A headline's clauses are separate reports ("ISWAP fighters attack army base in Borno; army says
    // 11 soldiers killed", "… says it overran Malian army camp; army puts toll at nine"): a toll's
    // group is one its own clause names.
    const tollClause = s.headline ? clauseAt(s, f.start)[0] : 0;
    const earlier = candidates.filter((it) => it.end <= f.start && it.start >= tollClause);
    const own = inPhrase.length ? null : (SAYS_IT_KILLED.exec(s.lower.slice(0, f.start)) ?? OWN_FIGHTERS.exec(s.lower.slice(0, f.start)));
    const owner = own ? s.items.filter((it) => it.start <= own.index).pop() : undefined;
    const attacker = inPhrase.length || owner || earlier.length ? undefined : candidates.find((it) => !it.anaphor && it.start >= f.end && WHEN_BEFORE_ATTACKER.test(s.lower.slice(f.end, it.start)) && ATTACKER_VERB_AFTER.test(s.lower.slice(it.end, it.end + 60)));
    // "We killed more than 50 soldiers", "Our mujahideen … killed", "We lost three brothers" in a
    // group spokesman's words: the group's own toll.
    const spoken = inPhrase.length || owner || earlier.length || attacker || !s.speakerGroup ? null : FIRST_PERSON_AGENT.exec(s.lower.slice(clauseAt(s, f.start)[0], f.start));
    const subjects = inPhrase.length ? [inPhrase[0].groupId] : owner ? [owner.groupId] : earlier.length ? [earlier[earlier.length - 1].groupId] : attacker ? [attacker.groupId] : spoken ? [s.speakerGroup!] : [];
    // "The TTP claimed the attack …, saying its fighters had killed …", "ISWAP claimed its fighters killed 15 soldiers":
    // the group that says so is the toll's source when nobody else is quoted.
    const saysItKilled = !!own && SAYS_IT_KILLED.test(own[0]);
    const says = owner && own && (!owner.anaphor || saysItKilled) && (saysItKilled || GROUP_SAYS.test(s.lower.slice(owner.end, own.index))) ? s.nameOf(owner) : null;
    // "…, the monitors noted, while the group itself claimed to have killed …": the group's word, whoever reports it.
    return { subjects, claimant: says, ...(says && saysItKilled ? { claimantIsAgent: true } : {}), trigger: s.text.slice(f.start, f.end), figures: fs };
  });
}
