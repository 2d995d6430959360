/**
 * Responsibility: who carried out an attack, as the text claims, attributes, denies or reports
 * it. Phrase families, each a lexicon and the slot its group takes (lexicon.ts for the shared words):
 *
 * - **self-claim** — the group before the verb: "claimed responsibility/credit (for)", "took/accepted
 *   responsibility", "claimed the bombing", "claimed it (through Amaq, themselves …)", "claimed to have killed", "in its claim of
 *   responsibility", "X said it carried out / was behind …", "X said its fighters stormed …". The
 *   claimant is the group (or its spokesman, commander, statement) as written, even inside someone
 *   else's words ("Police said ISKP claimed the attack"). A group the gazetteer does not know still
 *   makes a claim, about no known group ("A little-known group calling itself the … Front claimed").
 *   Also an attack and the group in a relative clause ("an attack that ISWAP later claimed"), the
 *   claim itself as the subject ("The claim of responsibility, broadcast …, came …"), and a
 *   spokesman's own "we are behind" / "we claim responsibility".
 * - **denial** — the group before the verb: "denied involvement/responsibility/any link/carrying
 *   out", "distanced itself from", "said it had nothing to do with", "was not involved", "disowns",
 *   "disavowed", "retracted its claim", "played no part in". A group before an apposition set off by
 *   commas is the subject of the verb after it ("X, a faction that …, owned the attack").
 * - **attribution** — someone else ties the attack to a group, after the verb ("blamed X", "blamed
 *   the attack on X", "accused X", "suspicion fell on X", "point to X", "claimed/carried
 *   out/perpetrated by X", "bore the hallmarks of X" (or "bore all their hallmarks"), "a front for X", "a gunman linked to X", "the
 *   attacker belonged to X") or before it ("X was blamed for", "X is suspected", "X was behind",
 *   "X was responsible for", "X was initially cited"). The accuser is the claimant.
 * - **agent** — the group or its fighters as the subject of an attack verb, past or perfect ("Islamic
 *   State militants ambushed a patrol", "Fighters of ISWAP attacked a base", "gunmen from
 *   al-Shabaab stormed", "ISKP, which has attacked …"); in headlines the present too ("Al-Shabaab
 *   gunmen storm Mogadishu hotel", "Islamic State attack kills soldiers"); an attack a group reports
 *   ("Militants attacked a convoy, the BLA said"); a group's spokesman saying "we attacked".
 *
 * Families are read clause by clause, so a sentence may make several claims ("Officials blamed
 * the TTP, although a spokesman for the group denied involvement"); a clause that negates ("no
 * group has claimed", "has not claimed"), supposes ("if", "would") or generalises ("often claims",
 * a present tense outside headlines) makes none.
 */
import { GatedPattern } from '../../text/gatedPattern';
import { ClaimSentence, GroupItem, KindFinding, clauseAt } from '../sentence';
import { ATTACKER_NOUN, ATTACK_NOUN, ATTACK_VERB_PAST, ATTACK_VERB_PRESENT, agentBefore, agentPhrase, asserted, groupsRightAfter, outside } from './lexicon';

type Family = 'self' | 'denial' | 'attribution' | 'agent';

interface Hit {
  at: number;
  end: number;
  family: Family;
  subjects: string[];
  claimant: string | null;
  claimantIsAgent: boolean;
  ownSource?: boolean;
}

const DET = String.raw`(?:the|a|an|this|that|these|those|last|its|their|[\w-]+['’]s|sunday['’]s|monday['’]s|tuesday['’]s|wednesday['’]s|thursday['’]s|friday['’]s|saturday['’]s)`;

/** Self-claims: the group before the verb (run through SELF_MATCHES). */
const SELF = new RegExp(
  [
    String.raw`\bclaim(?:ed|s)?\s+(?:the\s+|full\s+)?(?:responsibility|credit)\b`,
    String.raw`\bclaiming\s+(?:the\s+|full\s+)?(?:responsibility|credit)\b`,
    String.raw`\b(?:took|taken|taking|accepted|accepting|owned|assumed)\s+(?:up\s+)?(?:the\s+|full\s+)?(?:responsibility|credit)\b`,
    String.raw`\b(?:takes|accepts|owns|assumes)\s+(?:the\s+|full\s+)?(?:responsibility|credit)\b`,
    String.raw`\bowned\s+up\s+to\b`,
    // "JNIM confirmed its responsibility for the ambush", "announced its responsibility for …": the group's own
    // responsibility as the object of a verb of saying.
    String.raw`\b(?:confirmed|confirms|announced|announces|acknowledged|acknowledges|declared|declares|proclaimed|reaffirmed|asserted)\s+(?:its|their)\s+(?:full\s+|sole\s+)?responsibility\b`,
    // "ISWAP posted photographs on Telegram that it said showed its fighters inside the base", "released footage
    // showing its fighters storming the camp": pictures of its own fighters at the attack (not training, not parading).
    String.raw`\b(?:posted|released|published|circulated|shared|issued|aired|put\s+out)\s+(?:[\w'’-]+\s+){0,3}?(?:photographs|photos|pictures|images|footage|videos?)\b[^.;"“”]{0,60}?\b(?:showing|shows|showed|show|depicting|of)\s+(?:what\s+it\s+said\s+(?:were|was)\s+)?(?:its|their)\s+(?:[\w-]+\s+)?${ATTACKER_NOUN}\s+(?:storming|attacking|overrunning|raiding|ambushing|inside|entering|occupying|seizing|capturing|looting|burning|firing|in\s+control\s+of)\b`,
    String.raw`\b(?:claim(?:ed|s)?|claiming|owned)\s+(?:${DET}\s+)?(?:[\w'’-]+\s+){0,4}?${ATTACK_NOUN}\b`,
    String.raw`\b(?:claim(?:ed|s)?|claiming)\s+(?:that\s+)?(?:it|they|its\s+[\w-]+|their\s+[\w-]+)\s+(?:had\s+|have\s+|has\s+)?(?:carried out|${ATTACK_VERB_PAST})\b`,
    String.raw`\bclaim(?:ed|s)?\s+to\s+have\s+(?:carried out|${ATTACK_VERB_PAST})\b`,
    // "The Islamic State claimed it through Amaq", "they claimed it themselves the same evening": the
    // attack of the sentence before, as its object pronoun (not "claimed it had killed …").
    String.raw`\b(?:claimed|admitted|acknowledged|owned)\s+(?:it|them)(?=\s*(?:[,.;!?"”’]|$)|\s+(?:themselves|itself|through|via|on|in|within|the\s+same|soon|later|hours|shortly|quickly|immediately|late|too|as\s+well)\b)`,
    String.raw`\bclaims?\s+of\s+responsibility\b`,
    // "the Islamic State issued a competing claim the next day", "posted a claim on Telegram": the claim as
    // the object of its issue (only with an attack in the sentence; not "a claim that it killed …", a toll).
    String.raw`\b(?:issued|issues|released|published|posted|put\s+out|sent\s+out|circulated)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?claim(?:\s+of\s+responsibility)?(?!\s+(?:that|to)\b|[\w-])`,
    // "the Islamic State followed with its own claim a day later", "al-Naba repeated the claim on Thursday": a claim
    // made again or after another's (with an attack in the sentence, as above).
    String.raw`\b(?:followed(?:\s+up)?\s+with|came\s+out\s+with|repeated|repeats|reiterated|reiterates|renewed|restated)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?claim(?:\s+of\s+responsibility)?(?!\s+(?:that|to)\b|[\w-])`,
    // "Its spokesman telephoned reporters in Quetta to take responsibility", "called a news agency to claim
    // credit": a call whose purpose is the claim (not "called on the TTP to take responsibility", a demand).
    String.raw`\b(?:telephoned|phoned|rang|called(?!\s+(?:on|upon)\b)|contacted|emailed|e-mailed|messaged|texted|wrote\s+to)\s+(?:[^,.;]{1,60}?\s)?to\s+(?:claim|take|accept|assume)\s+(?:full\s+)?(?:responsibility|credit)\b`,
    // "ISKP admitted carrying out the attack", "acknowledged that its fighters had attacked the checkpoint".
    String.raw`\b(?:admitted|admits|acknowledged|acknowledges|conceded|concedes)\s+(?:to\s+)?(?:carrying\s+out|staging|mounting|being\s+behind|responsibility)\b`,
    String.raw`\b(?:admitted|admits|acknowledged|acknowledges|conceded|concedes)\s+(?:that\s+)?(?:it|they|its\s+(?:[\w-]+\s+)?${ATTACKER_NOUN})\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:carried\s+out|behind|responsible\s+for|${ATTACK_VERB_PAST})\b`,
    String.raw`\b(?:said|says|announced|confirmed|stated|added)\s+(?:(?:in\s+a\s+(?:statement|message|post|video)|the\s+next\s+day|later|on\s+\w+|last\s+\w+)\s+){0,2}(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:carried out|conducted|staged|was\s+behind|were\s+behind|(?:was|were)\s+responsible\s+for|${ATTACK_VERB_PAST})\b`,
    // "The Houthis said on Wednesday that they had used a new hypersonic missile in the assault on the tanker": the
    // group's weapon in one attack, as the group tells it.
    String.raw`\b(?:said|says|saying|claimed|claiming|announced|stated)\s+(?:(?:on|late\s+on)\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+)?used\s+[^.;"“”]{1,60}?\s+(?:in|for)\s+(?:the|its|their|an?|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,2}?${ATTACK_NOUN}\b`,
    // "Amaq said the bomber was one of its fighters", "said the attackers were "soldiers of the caliphate"".
    String.raw`\b(?:said|says|saying|announced|stated|claimed|claiming)\s+(?:that\s+)?the\s+(?:suicide\s+)?(?:bomber|attacker|gunman|assailant|bombers|attackers|gunmen|assailants)\s+(?:was|were)\s+(?:(?:one|two|three|some)\s+of\s+)?(?:its|their)\s+(?:[\w-]+\s+)?${ATTACKER_NOUN}\b`,
    String.raw`\b(?:said|says|saying|announced|confirmed|stated|added|claimed|claiming)\s+(?:(?:in\s+a\s+(?:statement|message|post|video)|on\s+\w+|later|last\s+\w+)\s+){0,2}(?:that\s+)?(?:(?:one|two|three|four|five|some|several|a\s+few)\s+of\s+)?(?:its|their)\s+(?:[\w-]+\s+)?${ATTACKER_NOUN}\s+(?:had\s+|have\s+|has\s+)?(?:carried out|(?:taken|took) control of|(?:were|was)\s+(?:behind|responsible\s+for)|${ATTACK_VERB_PAST})\b`,
    // "published a claim saying its “soldiers” had attacked a village", "said a suicide bomber from its ranks had targeted
    // the convoy": the group's people in its own quoted word, or one of them taken from its ranks.
    String.raw`\b(?:said|says|saying|announced|stated|added|claimed|claiming)\s+(?:[^.;"“”]{1,80}?\bthat\s+|that\s+)?(?:(?:its|their)\s+["“‘']\s*(?:[\w-]+\s+)?(?:${ATTACKER_NOUN}|soldiers?|lions|knights|heroes|brothers)\s*["”’']|(?:an?|one|two|three|several)\s+(?:[\w-]+\s+)?(?:bombers?|attackers?|fighters?|militants?|gunm[ae]n|members?|mujahids?)\s+(?:from|of)\s+(?:its|their)\s+(?:ranks|fighters|members|men|mujahideen))\s+(?:had\s+|have\s+|has\s+)?(?:carried out|${ATTACK_VERB_PAST})\b`,
    // "said in a statement that fighters of its Bannu chapter had attacked the police station": the fighters of a
    // part of the group, named by its possessive.
    String.raw`\b(?:said|says|saying|announced|confirmed|stated|added|claimed|claiming)\s+(?:[^.;"“”]{1,80}?\bthat\s+|that\s+)?${ATTACKER_NOUN}\s+(?:of|from)\s+(?:its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:had\s+|have\s+|has\s+)?(?:carried out|${ATTACK_VERB_PAST})\b`,
    // "said the attack was carried out by "a soldier of the caliphate"": the Islamic State's wording, in the passive.
    String.raw`\bcarried\s+out\s+by\s+["“‘']?(?:(?:an?|one|two|three|several)\s+)?(?:of\s+(?:the|its)\s+)?(?:soldiers?|fighters?|knights?|lions?|martyrdom[- ]seekers?)\s+of\s+(?:the\s+)?(?:caliphate|islamic\s+state)\b`,
    // "said in a statement sent to journalists late on Friday that one of its fighters had carried out the bombing".
    // Also the device its men planted: "said in a Pashto-language post that its men had planted the device".
    String.raw`\b(?:said|says|announced|stated|claimed)\s+[^.;"“”]{1,80}?\bthat\s+(?:(?:one|two|three|four|five|some|several|a\s+few)\s+of\s+)?(?:its|their)\s+(?:[\w-]+\s+)?${ATTACKER_NOUN}\s+(?:had\s+|have\s+|has\s+)?(?:carried out|planted|placed|laid|set\s+off|triggered|${ATTACK_VERB_PAST})\b`,
    // "said in comments carried by its radio that a "martyrdom-seeker" had driven a car bomb into the checkpoint":
    // a group's own word for its attacker (martyrdom-seeker, istishhadi, inghimasi, mujahid) and the act.
    String.raw`\b(?:said|says|saying|stated|claimed|claiming|announced)\s+(?:[^.;"“”]{1,80}?\bthat\s+|that\s+)?(?:an?|one|two|three|four|five|several|its|their)\s+["“‘']?(?:martyrdom[- ]seekers?|istishhadis?|inghimasis?|mujahids?|heroic\s+martyrs?)["”’']?\s+(?:had\s+|has\s+|have\s+)?(?:driven|drove|rammed|detonated|blown|blew|carried out|${ATTACK_VERB_PAST})\b`,
    // "said a 'soldier of the caliphate' carried out the attack": the Islamic State's own wording of a claim.
    // "saying that "soldiers of the caliphate" had ambushed a convoy", with or without a number.
    // The quote may open before the article: saying that "a martyrdom-seeker of the Islamic State" had struck ….
    String.raw`\b(?:said|says|saying|announced|stated|claimed|claiming)\s+(?:that\s+)?["“‘']?(?:(?:an?|one|two|three|several)\s+)?["“‘']?(?:soldiers?|fighters?|knights?|martyrdom[- ]seekers?|mujahid(?:een)?)\s+of\s+(?:the\s+)?(?:caliphate|islamic\s+state)["”’']?\s+(?:(?:wearing|armed\s+with|driving|carrying|riding)\s+[^,.;"“”]{1,40}?\s+)?(?:had\s+|has\s+)?(?:carried out|${ATTACK_VERB_PAST})\b`,
    // "told a Quetta newspaper by telephone that "our brother" had carried out the attack", "said our fighters stormed
    // the post": a spokesman's first person for the group's attackers, reported by whoever heard it.
    String.raw`\b(?:said|says|saying|stated|told|telling|informed)\s+(?:[^.;"“”]{1,80}?\bthat\s+|that\s+)?["“‘']?(?:(?:one|two|three|some|several)\s+of\s+)?our\s+(?:[\w-]+\s+)?(?:brothers?|${ATTACKER_NOUN}|martyrs?|lions|heroes|comrades)["”’']?\s+(?:had\s+|has\s+|have\s+)?(?:carried out|${ATTACK_VERB_PAST})\b`,
  ].join('|'),
  'g',
);

/** Before "claimed" as an adjective: a possessive or a determiner ("Shabaab’s claimed attacks", "of its claimed operations"). */
const CLAIMED_ADJECTIVE = /(?:['’]s|\b(?:its|their|his|her|the|of|only|all|these|those|such|whose|our|many|most|some))\s+$/;

/** A group's own text as the subject of a claiming verb: "The statement said …", "Its claim added that …". */
const STATEMENT_SUBJECT = /^(?:the|its|their|that|this|a|the\s+group['’]s)\s+(?:[\w-]+\s+)?(?:statement|claim|message|communiqu[eé]|post|video|audio(?:\s+message)?|notice|newsletter)\s+(?:(?:also|later|then|further)\s+)?$/;

/** Denials: the group before the verb (run through DENIAL_MATCHES). */
const DENIAL = new RegExp(
  [
    String.raw`\bden(?:ied|ies|y|ying)\s+(?:any\s+|all\s+|its\s+|their\s+|having\s+any\s+)?(?:responsibility|involvement|role|hand|part|links?|connection|complicity)\b`,
    String.raw`\bden(?:ied|ies|y|ying)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|was\s+|were\s+)?(?:carried out|behind|involved|responsible|${ATTACK_VERB_PAST})\b`,
    String.raw`\bden(?:ied|ies|y|ying)\s+(?:carrying out|attacking|detonating|targeting|killing|being behind|planting|staging|any involvement)\b`,
    String.raw`\bdistanc(?:ed|es|ing)\s+(?:itself|themselves|himself|the\s+group|the\s+faction|the\s+organi[sz]ation|the\s+movement|the\s+outfit)\s+from\b`,
    String.raw`\b(?:said|says|saying|insisted|maintained|stated)\s+(?:that\s+)?(?:it|they|the\s+group)\s+(?:had|has|have)\s+(?:had\s+)?(?:["“]\s*)?nothing\s+to\s+do\s+with\b`,
    String.raw`\brejected\s+(?:any\s+)?(?:responsibility|involvement|the\s+claim|claims\s+of\s+(?:responsibility|involvement))\b`,
    // "dismissed the reports", "rejected the allegations": a denial of reports tying the group to an attack.
    // "rejected the accusation", "denied the charge", "refuted the police claims": an accusation, either number
    // ("rejected the report" is a document, not an accusation).
    String.raw`\b(?:dismissed|rejected|dismisses|rejects|denied|denies|refuted|refutes)\s+(?:the\s+|those\s+|these\s+|such\s+|that\s+|this\s+|an?\s+|any\s+)?(?:[\w-]+\s+)?(?:reports|allegations?|accusations?|claims|charges?)\b`,
    // "denied that its men had killed 17 herders": the group's fighters, not the group, as the subject denied.
    String.raw`\bden(?:ied|ies|y|ying)\s+(?:that\s+)?(?:its|their)\s+(?:[\w-]+\s+)?${ATTACKER_NOUN}\s+(?:had\s+|have\s+|has\s+|were\s+|was\s+)?(?:carried out|behind|involved|responsible|${ATTACK_VERB_PAST})\b`,
    String.raw`\b(?:is|was|were|are)\s+not\s+(?:involved\s+in|behind|responsible\s+for)\b`,
    // "told journalists his men "were not involved"": nothing after, the attack left to the sentence (the subject a
    // group's own people or a stand-in for it: NOT_INVOLVED_SUBJECT).
    String.raw`\b(?:is|was|were|are)\s+not\s+involved(?=["”’]?\s*(?:[,.;!]|$))`,
    // "saying it had "no connection" to the bombing", "that the Tehreek had no connection with the attack",
    // "insisted they had no role in the killings": the group had nothing to do with it, however worded.
    String.raw`\b(?:had|has|have)\s+(?:had\s+)?["“]?(?:no|nothing\s+but)\s+(?:[\w-]+\s+)?(?:connection|connections|links?|involvement|role|hand|part|relation|ties)(?:\s+(?:whatsoever|at\s+all|of\s+any\s+kind))?["”]?(?:\s+(?:whatsoever|at\s+all))?\s+(?:with|to|in)\b`,
    // "issued a rare denial", "put out a swift denial": a denial as a noun, of the attack in the sentence.
    String.raw`\b(?:issued|issues|put\s+out|released|published|sent)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?denial\b`,
    // "TTP disowns Lakki Marwat blast", "disavowed the attack", "repudiated any role": a denial by another verb.
    String.raw`\b(?:disown(?:ed|s|ing)?|disavow(?:ed|s|ing)?|repudiat(?:ed|es|ing))\s+(?:it|them|(?:(?:${DET}|any|all)\s+)?(?:[\w'’-]+\s+){0,4}?(?:${ATTACK_NOUN}|role|involvement|responsibility|claims?|links?))\b`,
    // "retracted the claim two days later", "withdrew its earlier claim", "backtracked on its claim": a claim taken back.
    String.raw`\b(?:retract(?:ed|s|ing)?|withdr(?:ew|awn|aws|awing)|withdraw|recant(?:ed|s|ing)?|backtrack(?:ed|s|ing)?\s+(?:on|from)|walk(?:ed|s|ing)?\s+back)\s+(?:the|its|their|an?|that)\s+(?:[\w-]+\s+){0,2}?claim(?:\s+of\s+responsibility)?\b`,
    // "said the movement "had nothing to do with" the blast": whoever the subject, of an attack named next (ATTACK_NEAR).
    String.raw`\b(?:had|has|have)\s+(?:had\s+)?["“]?nothing\s+to\s+do\s+with\b`,
    // "played no part in the bombing", "had played no role in it".
    String.raw`\bplay(?:ed|s)?\s+no\s+(?:[\w-]+\s+)?(?:role|part)\s+(?:whatsoever\s+)?in\b`,
  ].join('|'),
  'g',
);

/** SELF and DENIAL tried only where their first words are: the same matches in about half the time. */
const SELF_MATCHES = new GatedPattern(SELF);
const DENIAL_MATCHES = new GatedPattern(DENIAL);

/** Who inquires into an attack: "investigators", "police", "officials", "security agencies" … */
const INQUIRY = /\b(?:investigat\w*|inquiry|probe|police|detectives?|officials?|authorities|security\s+(?:agencies|forces|services|officials)|intelligence|counter-terrorism|ctd|nia)\b/;

const ATTACK_NEAR = new RegExp(String.raw`\b(?:${ATTACK_NOUN}|it|the\s+(?:bomber|blast|attackers?))\b`);

/** Attribution with the group after the verb. Group 1: the group is its own claimant ("claimed by X"). */
const ACCUSE_AFTER = new RegExp(
  [
    String.raw`\b(?:was\s+|were\s+|been\s+|is\s+|are\s+)?(claimed)\s+by\b`,
    // "was claimed on Saturday morning not by the Tehreek but by Jamaat-ul-Ahrar", "was claimed late on Friday by X",
    // "was claimed first by X", "was claimed the next day by X": a time or an adverb between the verb and "by",
    // and a contrast whose second "by" names the claimant.
    String.raw`\b(?:was|were|been|is|are)\s+(claimed)\s+(?:(?:on|late\s+on|early\s+on|in|within|hours\s+later|days\s+later|a\s+day\s+later|later|shortly\s+after(?:wards)?|the\s+same\s+(?:day|evening|night)|the\s+(?:next|following)\s+(?:day|morning|evening|night)|overnight|first|initially|quickly|swiftly|promptly|immediately|jointly|separately|subsequently|eventually|both)\s+(?:[\w-]+\s+){0,2}?)?(?:,\s*)?(?:not\s+by\s+[^,.;]{1,50}?\s+but\s+)?by\b`,
    // "Responsibility for the ambush was later accepted by the TTP", "credit … was taken by X": the claim as the subject.
    String.raw`\b(?:responsibility|credit)\s+(?:for\s+[^,.;]{1,60}?\s+)?(?:was|has\s+been|had\s+been)\s+(?:[\w-]+\s+){0,2}?(accepted|taken|assumed|acknowledged)\s+(?:[\w-]+\s+){0,3}?by\b`,
    String.raw`\b(?:on\s+behalf|in\s+the\s+name)\s+of\b`,
    // "Responsibility for the massacre rests with Boko Haram", "the responsibility lies squarely with X": the
    // accused as the one responsibility sits with.
    String.raw`\bresponsibility\s+(?:for\s+[^,.;]{1,60}?\s+)?(?:rests|rested|lies|lay|sits|sat)\s+(?:squarely\s+|firmly\s+|solely\s+|entirely\s+|clearly\s+)?with\b`,
    // "Officials pinned the blame on the TTP", "laid the blame for the bombing squarely on X": blame as a noun.
    String.raw`\b(?:pinned|pinning|pins|pin|laid|laying|lays|placed|placing|put|puts|putting)\s+(?:the\s+)?blame\s+(?:for\s+[^,.;]{1,50}?\s+)?(?:squarely\s+|firmly\s+)?on\b`,
    // "Police suspect the hand of LeT in the attack", "officials saw the involvement of X": the accused behind a noun.
    String.raw`\b(?:suspect(?:ed|s)?|see|sees|saw|seen|detect(?:ed|s)?)\s+(?:the\s+|a\s+)?(?:hand|involvement|role|complicity)\s+of\b`,
    // "was blamed by residents on fighters loyal to …", "was attributed by investigators to a TTP cell": the accuser
    // between "by" and "on" or "to".
    String.raw`\bblamed\s+by\s+[^,.;"“”]{1,40}?\s+on\b`,
    String.raw`\battributed\s+by\s+[^,.;"“”]{1,40}?\s+to\b`,
    // "blamed the bombing on X" (the attack, then "on"); not "blamed the TTP for the attack on the checkpoint", whose
    // "on" is the attack's target: the words before the attack noun never cross a "for".
    String.raw`\bblam(?:ed|es|e|ing)\s+(?:${DET}\s+(?:(?!for\s)[\w-]+\s+){0,4}?${ATTACK_NOUN}\s+on\s+|it\s+on\s+)?`,
    String.raw`\bblamed\s+on\b`,
    String.raw`\baccus(?:ed|es|e|ing)\b`,
    String.raw`\bsuspicion\s+(?:fell|falls|has\s+fallen|had\s+fallen|fall)\s+on\b`,
    // "investigators were looking first at the TTP", "police are focusing on the possible role of X": an
    // inquiry's suspect (only with investigators, police or officials in the clause: INQUIRY).
    String.raw`\b(?:looking|looked|look|focus(?:s?ed|s?ing)?|zeroing\s+in)\s+(?:first\s+|closely\s+|primarily\s+|mainly\s+|chiefly\s+)?(?:at|on|into)\s+(?:the\s+)?(?:possible\s+)?(?:(?:role|involvement|hand)\s+of\s+)?`,
    String.raw`\bsuspect(?:ed|s)?\b`,
    // "held a TTP commander from the Marwat area responsible for planning the attack", "holds the group accountable".
    String.raw`\bh(?:eld|olds?|olding)\s+(?=(?:[^\s,.;]+\s+){0,8}(?:responsible|accountable)\b)`,
    // "Police named Lashkar-e-Jhangvi as the prime suspect".
    String.raw`\bnam(?:ed|es|ing|e)\s+(?=\S+(?:\s+\S+){0,5}\s+as\s+(?:the\s+|a\s+)?(?:(?:prime|main|chief|principal|key|leading)\s+suspects?|(?:the\s+)?(?:mastermind|planner|architect|organi[sz]er|handler)s?)\b)`,
    String.raw`\bpoint(?:ed|s|ing)?\s+(?:the\s+finger\s+)?(?:to|at|towards)\s+(?:the\s+)?(?:involvement\s+of\s+|hand\s+of\s+)?`,
    String.raw`\battribut(?:ed|es|ing|e)\s+(?:${DET}\s+(?:[\w-]+\s+){0,4}?${ATTACK_NOUN}\s+|it\s+)?to\b`,
    // "Investigators traced the Kerman bombing to ISKP", "an attack … that officials traced to ISKP cells": the trail of
    // one attack followed back to its group (only an attack is traced here: ATTRIBUTED_ATTACK, as for "attributed").
    String.raw`\btrac(?:ed|es|ing|e)\s+(?:${DET}\s+(?:[\w-]+\s+){0,4}?${ATTACK_NOUN}\s+|it\s+)?(?:back\s+)?to\b`,
    // "attributed an ambush that killed seven soldiers near Damboa to 'Boko Haram terrorists'": the
    // attack described at length, up to the "to" of the accused.
    String.raw`\battribut(?:ed|es|ing|e)\s+${DET}\s+(?:[\w-]+\s+){0,4}?${ATTACK_NOUN}\s+(?:that|which|in|on|at|near)\s+[^.;:"“”]{0,90}?\sto(?=\s+["“]?(?:the\s+)?[a-z])`,
    String.raw`\b(?:carried\s+out|perpetrated|conducted|orchestrated|masterminded|executed|staged|planned|committed|organi[sz]ed|plotted|directed|ordered|done)\s+by\b`,
    // "the device was assembled and planted by members of X", "rockets fired by X": the means of an attack, passive.
    String.raw`\b(?:planted|placed|detonated|triggered|set\s+off|thrown|hurled|fired)\s+by\b`,
    // "the bomber was dispatched by the Islamic State", "the gunmen had been trained and armed by X": the attacker
    // sent, trained or armed by the group (the attacker as the subject: "a letter sent by the TTP" is none).
    String.raw`\b(?:bombers?|attackers?|assailants?|gunm[ae]n|perpetrators?|shooters?)\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:(?:probably|likely|allegedly|reportedly|apparently|most\s+likely)\s+)?(?:(?:trained|recruited|armed|equipped)\s+and\s+)?(?:dispatched|sent|trained|recruited|armed|equipped|handled|directed|deployed|briefed)\s+by\b`,
    // "the convoy was ambushed by ISWAP fighters", "a post that had been overrun by X": an attack verb in the passive.
    String.raw`\b(?:was|were|been|being)\s+(?:(?:also|reportedly|allegedly|apparently|later|first|then)\s+)?(?:attacked|ambushed|stormed|raided|targeted|bombed|shelled|overrun|besieged)\s+by\b`,
    String.raw`\b(?:hallmarks?|signature|handiwork|imprint|fingerprints|trademark|marks|stamp)\s+of\b`,
    String.raw`\bthe\s+work\s+of\b`,
    // "began with an attack on police stations in Mocímboa da Praia by fighters known locally as …": one attack,
    // its target between the noun and its agent (no verb between: "A raid … was blamed by residents on …" is blame).
    String.raw`\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|assault|ambush|raid|massacre)\s+(?:on|against|at)\s+(?:(?!(?:was|were|is|are|been|being|has|have|had)\s)[^,.;:"“”\s]+\s+){1,10}?by\b`,
    // "a coordinated attack by ISWAP fighters", "41 attacks by al-Shabaab inside Kenya".
    String.raw`\b(?:attacks?|bombings?|assaults?|ambush(?:es)?|raids?|massacres?|sieges?|incursions?|killings?)\s+by\b`,
    String.raw`\b(?:a\s+)?front\s+(?:organi[sz]ation\s+|group\s+)?for\b`,
    String.raw`\bproxy\s+(?:of|for)\b`,
    String.raw`\b(?:instructions|orders)\s+from\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:commander|leader|handler)s?\s+of\b`,
    // "acting on the instructions of a Pakistan-based LeT handler", "at the behest of the TTP".
    String.raw`\b(?:on|at|under)\s+the\s+(?:instructions|orders|behest|direction|directions)\s+of\b`,
    String.raw`\b(?:gunm[ae]n|attackers?|assailants?|bombers?|suicide\s+bombers?|shooters?|perpetrators?|facilitators?|the\s+attacker|the\s+bomber|the\s+gunman)\s+(?:[\w-]+\s+){0,2}?(?:linked|tied|affiliated|belonging|belonged|belongs|loyal|connected)\s+(?:to|with)\b`,
    String.raw`\b(?:attackers?|assailants?|bombers?|the\s+attacker|the\s+bomber|gunm[ae]n|perpetrators?)\s+(?:was|were)\s+(?:a\s+)?members?\s+of\b`,
    // "the insurgents were fighters loyal to ISIS-Mozambique", "the gunmen were militants from the TTP": the
    // people of the incident identified as a group's.
    String.raw`\b(?:the\s+)?(?:attackers?|assailants?|bombers?|gunm[ae]n|perpetrators?|insurgents|raiders|militants)\s+(?:was|were)\s+(?:all\s+|probably\s+|likely\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?:fighters?|militants?|members?|cadres?|operatives?|gunm[ae]n)\s+(?:loyal\s+to|from|belonging\s+to|linked\s+to|affiliated\s+with)\b`,
    // "linked the Kiunga attack to the same cell", "tied the bombing to ISKP": the attack as the object.
    String.raw`\b(?:linked|links|link|linking|tied|ties|tying|connected|connects)\s+(?:${DET}\s+)?(?:[\w'’-]+\s+){0,3}?${ATTACK_NOUN}\s+(?:[^.;:]{0,40}?\s)?to\b`,
  ].join('|'),
  'g',
);

/** A passive auxiliary (and an adverb) right before a participle: "was later attributed to", "have been traced to". */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being)\s+(?:(?:later|since|also|first|initially|quickly|widely|subsequently|eventually|officially|largely|partly|now)\s+){0,2}$/;
/**
 * Where the subject of the clause at `at` begins: the sentence's start, or the last clause boundary before it that
 * is no comma (an apposition or a relative clause set off by commas belongs to the subject).
 */
function clauseSubjectStart(s: ClaimSentence, at: number): number {
  const head = s.lower.slice(0, at);
  const cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf(':'), head.search(/\b(?:and|but|while|although|whereas)\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:was|were|is|are|been|has|have|had)\s+(?:[\w-]+\s+){0,2}$/));
  return cut < 0 ? 0 : cut;
}
/** A relative clause whose object is the attack named before it: "an attack on a copper camp in Logar that Taliban officials traced to …". */
const RELATIVE_ACCUSER = /\b(?:that|which)\s+(?:[^\s,.;:"“”]+\s+){1,4}$/;
/**
 * "Khawarij", the word Pakistan's military, Somalia's government and the Taliban use for the group they fight, as the
 * accused: the group the passage is about, when that is one of the groups so called (subjects.ts reads the word in
 * statements the same way).
 */
const KHAWARIJ_NEXT = /^\s*["“‘']?\s*(?:the\s+)?(?:fitna\s+al[- ])?kh(?:a?wa?rij|arji)\b/;
const KHAWARIJ_BEFORE = /(?:^|[\s"“‘'])(?:the\s+)?(?:fitna\s+al[- ])?kh(?:a?wa?rij|arji)(?:\s+terrorists)?["”’']?\s+$/;
const GLOSS = /,\s+(?:the|a|an)\s+(?:phrase|term|word|name|label|epithet)\b/;
const KHAWARIJ_GROUPS = new Set(['ttp', 'iskp', 'al-shabaab', 'jamaat-ul-ahrar']);
function khawarijFor(s: ClaimSentence): string | null {
  const group = s.speakerGroup === 'afghan-taliban' ? 'iskp' : (s.topicGroup ?? s.nearGroup);
  return group && KHAWARIJ_GROUPS.has(group) ? group : null;
}
/** Between a group and a nominal role: its possessive and an adjective at most ("ISKP’s central role"). */
const NOMINAL_ROLE = /^(?:..)?['’]s?\s+(?:[\w-]+\s+)?$/;

/** Attribution with the group before the verb ("X was blamed for", "X was behind"). */
const ACCUSE_BEFORE = new RegExp(
  [
    String.raw`\b(?:is|was|were|are|has\s+been|have\s+been|had\s+been|been|being)\s+(?:also\s+|widely\s+|initially\s+|previously\s+|first\s+|now\s+|later\s+|repeatedly\s+)?(?:blamed|suspected|accused|held\s+responsible|cited\s+(?:by|as)|implicated)\b`,
    String.raw`\b(?:is|was|were|are)\s+(?:(?:also|most|likely|probably|possibly|almost|certainly|apparently|allegedly|reportedly)\s+|believed\s+to\s+be\s+|thought\s+to\s+be\s+){0,2}(?:behind|responsible\s+for|to\s+blame\s+for)\b`,
    // "said that "Boko Haram terrorists" were responsible, while …", "the TTP was to blame.": the attack left implicit.
    String.raw`\b(?:is|was|were|are)\s+(?:(?:also|most|likely|probably|possibly|almost|certainly|clearly|apparently|allegedly|reportedly)\s+){0,2}(?:responsible|to\s+blame)(?=\s*(?:[,.;]|$|\s(?:while|whereas|but|and|although)\b))`,
    // "X is the prime suspect", "X was the main suspect in the bombing".
    String.raw`\b(?:is|was|were|are)\s+(?:the\s+|a\s+)?(?:prime|main|chief|principal|key|leading|most\s+likely)\s+suspects?\b`,
    String.raw`\b(?:is|was|were|are)\s+(?:believed|thought|suspected|said)\s+to\s+(?:have\s+been\s+behind|be\s+behind|have\s+carried\s+out|be\s+responsible)\b`,
    String.raw`\bhad\s+a\s+hand\s+in\b`,
    // "ISKP had been behind the twin bombing in Kerman", "the TTP has been behind …": the perfect of "was behind".
    String.raw`\b(?:has|have|had)\s+been\s+(?:(?:also|most|likely|probably|almost|certainly|apparently|allegedly|reportedly)\s+){0,2}(?:behind|responsible\s+for)\b`,
    // "ISKP’s central role in the March 2024 assault on a concert hall", "the TTP’s hand in the Peshawar mosque
    // bombing": the group's part in one attack as a noun (the group a possessive right before it: NOMINAL_ROLE).
    String.raw`\b(?:role|hand|involvement|part|complicity)\s+in\s+${DET}\s+(?:[\w'’-]+\s+){0,6}?${ATTACK_NOUN}\b`,
  ].join('|'),
  'g',
);
/**
 * The hallmarks as the group's own: "The attack bore all their hallmarks", "This has their
 * signature", "bore the TTP's hallmarks" — the owner is the group ("their" in a speaker's words: the
 * group the passage is about).
 */
const OWN_HALLMARKS = /\b(?:bore|bears?|has|had|have|carried|carries|showed|shows|had\s+all)\s+(?:all\s+)?(?:the\s+)?(?:(its|their)|(\S+?)['’]s?)\s+(?:[\w-]+\s+)?(?:hallmarks?|signature|trademark|fingerprints|imprint)\b/g;
/** Headline shorthand: "Lashkar behind Amarnath attack", "LeT linked to cricket team attack". */
const HEADLINE_BEHIND = new RegExp(String.raw`\b(?:behind|linked\s+to|blamed\s+for|suspected\s+in)\s+(?:${DET}\s+)?(?:[\w'’-]+\s+){0,4}?${ATTACK_NOUN}\b`, 'g');
/** ACCUSE_AFTER and ACCUSE_BEFORE tried only where their first words are (an optional first word included: "was claimed by"). */
const ACCUSE_AFTER_MATCHES = new GatedPattern(ACCUSE_AFTER);
const ACCUSE_BEFORE_MATCHES = new GatedPattern(ACCUSE_BEFORE);

/** For the tests: the gated runs must find what the plain patterns find. */
export const GATED_PATTERNS = { SELF, SELF_MATCHES, DENIAL, DENIAL_MATCHES, ACCUSE_AFTER, ACCUSE_AFTER_MATCHES, ACCUSE_BEFORE, ACCUSE_BEFORE_MATCHES } as const;

/** Right after a group: its fighters (of a leader they are loyal to: "JAS fighters loyal to Bakura Doro") and an attack verb ("Islamic State militants ambushed"). */
const AGENT_TAIL = new RegExp(
  String.raw`^(?:['’]s?)?(?:\s*\([^)]{1,30}\))?(?:\s+(?:group|outfit|organi[sz]ation|movement|faction|network|branch|affiliate))?(?:\s+${ATTACKER_NOUN}(?:\s+(?:loyal|allied)\s+to\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?)?["”’]?(?:\s*,\s*(?:which|who|(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:group|outfit|organi[sz]ation|movement|faction|network)\s+(?:that|which|who))|(?<=(?:group|outfit|organi[sz]ation|movement|faction|network|module|cell|militants|fighters|terrorists|gunm[ae]n|insurgents|jihadists|rebels|operatives|cadres)["”’]?)\s+(?:that|which|who))?(?:\s+(?:has|have|had|then|also|reportedly|allegedly|apparently|later|again|first|previously|earlier|on\s+\w+|last\s+\w+)){0,3}\s+(${ATTACK_VERB_PAST})\b`,
);
const AGENT_TAIL_PRESENT = new RegExp(String.raw`^(?:['’]s?)?(?:\s+(?:[\w-]+\s+){0,2}?)?(?:\s*${ATTACKER_NOUN}|\s+(?:${ATTACK_NOUN}|(?:suicide\s+)?bomber|car\s+bomb|bomb))?\s+(${ATTACK_VERB_PRESENT}|kills|kill|leaves|wounds|injures)\b`);
/** After a group: one attack it made, "ISKP attack on", "Boko Haram raid in" (a singular noun: "ISKP attacks on Shias" is a record). */
const AGENT_NOUN_TAIL = /^(?:['’]s)?\s+(?:(?:suicide|gun|bomb|rocket|drone|twin|deadly|latest|overnight)\s+)?(?:attack|raid|ambush|bombing|assault|siege|massacre|incursion)\s+(?:on|in|at|against)\s/;
/** Before a group: "Fighters of", "gunmen from", "militants belonging to", "suspected". */
const AGENT_HEAD = new RegExp(String.raw`\b${ATTACKER_NOUN}\s+(?:of|from|belonging\s+to|loyal\s+to|linked\s+to|affiliated\s+with|allied\s+to|aligned\s+with)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?$`);
/** An active verb has an object; "TTP militants killed in Kurram" is passive. */
const NO_OBJECT = /^\s*(?:$|[,.;:!?)]|(?:in|at|on|by|during|near|after|before|as|while|when|and|with|for|from|over|under|inside|outside|across|amid|following|since|during|overnight|yesterday|today)\b)/;

const HAS_ATTACKER = new RegExp(String.raw`\b${ATTACKER_NOUN}\b`);

/** A one-word verb (or "shot dead") could be a passive participle; longer phrases hold their object. */
function bareVerb(verb: string): boolean {
  return !/\s/.test(verb) || /^(?:shot dead|gunned down)$/.test(verb);
}

/**
 * The object or the clause says "a pattern": "similar attacks", "repeatedly", "for years", "since the
 * 2000s", a bare plural of operations ("carried out raids in Kunduz"), a perfect tense over a bare
 * plural of people ("Al-Shabaab has killed Islamic State defectors").
 */
const GENERIC_OBJECT = /^\s*(?:similar|such|comparable|these\s+kinds?\s+of|this\s+kind\s+of|that\s+kind\s+of|many|numerous|frequent|regular|repeated|countless|most)\b/;
const HABIT = /\b(?:repeatedly|regularly|routinely|frequently|often|for\s+years|for\s+decades|over\s+the\s+years|since\s+the\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d0s)\b/;
/** A bare plural of operations ("carried out raids in Kunduz"): a record, not one attack. */
const BARE_OPERATIONS = /^(?:carried out|mounted|staged|conducted|launched)\s+(?:raids|operations|attacks|strikes|bombings|ambushes|assaults|killings)$/;
/** A perfect tense with a bare plural of people ("has killed Islamic State defectors"): a record. */
const PERFECT_BARE_PEOPLE = /^\s+(?:[\p{Lu}][\w-]*\s+){0,3}?(?:[\w-]+\s+)?(?:defectors|civilians|soldiers|policemen|officials|elders|clerics|journalists|teachers|workers|rivals|members|commanders|spies|informants|fighters)\b/u;
/**
 * A perfect tense over any bare plural ("has attacked Taliban targets across Afghanistan this year",
 * "they have attacked religious gatherings there", "has targeted clerics … before"): the group's
 * record, not one attack, unless the clause fixes a day ("have attacked police posts in Bannu
 * overnight" reports one night's attacks).
 */
const PERFECT_BARE_PLURAL = /^\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|one|two|three|four|five|six|seven|eight|nine|ten|several|some|both|all)\b|\d|[\p{L}-]+['’]s?\s)(?:[\p{L}'’-]+\s+){0,3}?[\p{Ll}-]+s\b(?!['’])/u;
/** A day the clause fixes: "on Sunday", "overnight", "yesterday", "on 9 February", "March 3". */
const SPECIFIC_DAY = /\b(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|overnight|yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening)|on\s+\d{1,2}\s|\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|(?:january|february|march|april|june|july|august|september|october|november|december)\s+\d{1,2}\b)/;
/**
 * A record that names one attack of its own ("has targeted clerics …, including a suicide bombing at a
 * party convention in July 2023", "claimed 11 attacks …, among them the 26 February ambush near …"):
 * a claim about that attack.
 */
const NAMED_INSTANCE = /\b(?:including|among\s+them|among\s+which|notably|most\s+recently|such\s+as)\s+(?:the|a|an|last\s+\w+['’]s|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,5}?(?:attack|bombing|blast|ambush|raid|assault|massacre|siege|killing|shooting|explosion|strike)\b(?!s)/;
function namesOneAttack(s: ClaimSentence, from: number): boolean {
  return NAMED_INSTANCE.test(s.lower.slice(from));
}
const PERFECT_BEFORE = /\b(?:has|have)\s+(?:[\w-]+\s+)?$/;
/** A perfect tense just before the verb at `at`, inside its clause from `start`: "has claimed", "have repeatedly attacked". */
function perfectBefore(s: ClaimSentence, start: number, at: number): boolean {
  return PERFECT_BEFORE.test(s.lower.slice(Math.max(start, at - 24), at));
}
/** The attacks an operation verb counts ("carried out at least 14 attacks", "mounted more attacks"): a tally or a comparison. */
const OPERATION_OBJECT = /^(?:carried out|mounted|staged|conducted|launched)\s+(.+)$/;
function generic(s: ClaimSentence, verbAt: number, verbEnd: number): boolean {
  const [start, end] = clauseAt(s, verbAt);
  const object = s.text.slice(verbEnd, verbEnd + 60);
  const verb = s.lower.slice(verbAt, verbEnd);
  if (BARE_OPERATIONS.test(verb)) return true;
  // "ISKP has carried out at least 14 attacks in Bajaur since January" (a tally in the perfect), "carried out
  // more attacks last year than …" (a comparison): the group's record, not one attack. A tally over a closed
  // period in the past tense ("carried out more than 600 attacks in 2025") is a count, and a claim.
  const operation = OPERATION_OBJECT.exec(verb);
  if (operation && ((tally(operation[1]) && perfectBefore(s, start, verbAt)) || /^(?:(?:more|fewer)\s+(?!than\b)|(?:the\s+)?most\s)/.test(operation[1]))) return true;
  const perfect = perfectBefore(s, start, verbAt);
  if (perfect && PERFECT_BARE_PEOPLE.test(object)) return true;
  if (perfect && PERFECT_BARE_PLURAL.test(object) && !SPECIFIC_DAY.test(s.lower.slice(start, end))) return true;
  return GENERIC_OBJECT.test(s.lower.slice(verbEnd, verbEnd + 30)) || /\b(?:similar|such)\s+(?:attacks|bombings|raids|operations)\b/.test(s.lower.slice(verbAt, Math.min(end, verbEnd + 10))) || HABIT.test(s.lower.slice(start, end));
}

/**
 * An attack verb: "Militants attacked a convoy on Sunday, the BLA said" (a group reporting an attack
 * claims it); "accused the group of having attacked …" (an accusation of an attack).
 */
const ATTACK_VERB_WORD = new RegExp(String.raw`\b(?:${ATTACK_VERB_PAST})\b`);
/** "We attacked a checkpoint", said by a group's commander or spokesman: the group claims it. */
/**
 * Also the group's own words for its fighters in a statement: "two martyrdom-seekers of the mujahideen
 * stormed …", "the mujahideen attacked …", "the lions of the caliphate raided …".
 */
/** "We are behind the operation", "we claim responsibility for", "we carried out": a group's spokesman claims it, in its own words. */
const WE_RESPONSIBLE = /\bwe\s+(?:are|were)\s+(?:the\s+ones\s+)?(?:behind|responsible\s+for)\b|\bwe\s+(?:(?:have|had|hereby|proudly|officially)\s+)?(?:claim(?:ed)?|take|took|accept(?:ed)?|bear)\s+(?:the\s+|full\s+){0,2}(?:responsibility|credit)\b|\bwe\s+(?:have\s+|had\s+)?carried\s+out\s+(?:this|the|that|these|today['’]s|yesterday['’]s)\b|\bit\s+was\s+our\s+(?:fighters|men|mujahideen|brothers|martyrs?)\s+who\b/;
const WE_ATTACKED = new RegExp(String.raw`\b(?:we|our\s+(?:fighters|men|mujahideen|brothers|martyrs?|suicide\s+bombers?|commandos)|(?:the|two|three|four|five|six|several|a\s+group\s+of|a\s+unit\s+of)\s+(?:[\w-]+\s+)?(?:mujahideen|mujahidin|martyrdom[- ]seekers?|istishhadis?|inghimasis?|lions|knights|heroes)(?:\s+of\s+(?:the\s+)?[\w-]+)?)\s+(?:have\s+|had\s+|also\s+|then\s+){0,2}(?:${ATTACK_VERB_PAST}|carried out)\b`);

/** A group the gazetteer does not know, named as the agent: "a little-known group calling itself the …". */
const UNKNOWN_GROUP_AGENT = /\b(?:(?:group|outfit|organi[sz]ation|faction|front)\s+(?:calling\s+itself|known\s+as|named)\s+(?:the\s+)?['"“‘]?((?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,5}?)['"”’]?|((?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,4}\s+(?:Front|Army|Brigades?|Movement|Group|Organi[sz]ation|Force|Tigers|Mujahideen|Battalion|Council|Jamaat|Lashkar|Tehreek|Tehrik)))\s*$/u;

/** The accusing verb at `at` opens a coordinated clause after the speaker's ("…, the group said; the army attributed …", "…, but officials blamed …"). */
function laterClauseOwnSource(s: ClaimSentence, at: number): boolean {
  const [start] = clauseAt(s, at);
  if (start === 0 || !s.attribution || s.attribution.end > start) return false;
  return /;\s*$/.test(s.lower.slice(Math.max(0, start - 3), start)) || /^(?:but|while|whereas|although|though|yet)\b/.test(s.lower.slice(start, start + 9));
}

function accuserBefore(s: ClaimSentence, at: number): string | null {
  const [start] = clauseAt(s, at);
  const who = s.text
    .slice(start, at)
    .replace(/\b(?:have|has|had|also|repeatedly|initially|later|quickly|swiftly|immediately|publicly|now|today|yesterday|(?:on|last)\s+\p{Lu}\w+day)\s*$/giu, '')
    .replace(/^(?:but|although|though|while|and)\s+/i, '')
    .trim();
  if (!who || who.split(/\s+/).length > 6 || /[,;"“”]/.test(who)) return null;
  if (outside(s).some((it) => it.start >= start && it.end <= at)) return null;
  // "Two attacks attributed to JNIM killed 30 soldiers": the attack before a participle is what is accused, not who accuses.
  if (ATTACK_LAST.test(who.toLowerCase())) return null;
  return who;
}

const ATTACK_LAST = new RegExp(String.raw`\b${ATTACK_NOUN}$`);
/** Quantities that make an object a record of attacks rather than one. */
const MANY = /^(?:several|some\s+of|many|numerous|most\s+of|a\s+number\s+of|dozens\s+of|scores\s+of|hundreds\s+of|a\s+(?:string|series|spate|wave)\s+of|countless)\b/;
/**
 * A tally of attacks: a plural counted with a bound ("more than 40 attacks", "at least a dozen
 * bombings") or a count of ten or more ("claimed 56 attacks since October") is a record, not one
 * claim; "claimed two attacks on Monday" names two attacks and stays a claim.
 */
const TALLY = new RegExp(String.raw`^(?:(?:responsibility|credit)\s+for\s+)?(?:(more\s+than|over|at\s+least|nearly|almost|some|about|around|close\s+to|upwards\s+of|no\s+fewer\s+than)\s+)?["“]?([\d,]+|a\s+dozen|dozens|scores|hundreds|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)["”]?\s+(?:[\w-]+\s+){0,2}?(?:attacks|bombings|raids|ambushes|assaults|operations|killings|strikes|suicide\s+bombings)\b`);
function tally(after: string): boolean {
  const m = TALLY.exec(after);
  if (!m) return false;
  if (m[1]) return true;
  const n = Number(m[2].replace(/,/g, ''));
  return Number.isNaN(n) || n >= 10;
}
/**
 * Attacks claimed as a bare plural: always a record after "similar", "previous", "other" …; after a perfect
 * tense ("has claimed attacks in Kunduz … in recent months") unless the clause fixes a day.
 */
const RECORD_ADJECTIVE = /^(?:responsibility\s+for\s+|credit\s+for\s+)?(?:similar|previous|earlier|past|prior|other|comparable)\s+(?:[\w-]+\s+)?(?:attacks|bombings|raids|ambushes|assaults|killings|operations|strikes|massacres|kidnappings|abductions)\b/;
const BARE_ATTACKS = /^(?:responsibility\s+for\s+|credit\s+for\s+)?(?:(?:recent|deadly|major|suicide|bomb|gun|rocket|drone|small|large)\s+){0,2}(?:attacks|bombings|raids|ambushes|assaults|killings|strikes|massacres|kidnappings|abductions)\b/;
function bareRecord(s: ClaimSentence, at: number, object: string): boolean {
  if (RECORD_ADJECTIVE.test(object)) return true;
  if (!BARE_ATTACKS.test(object)) return false;
  const [start, end] = clauseAt(s, at);
  return perfectBefore(s, start, at) && !SPECIFIC_DAY.test(s.lower.slice(start, end));
}
/**
 * A small count of attacks in the perfect over a period ("has claimed four attacks in the district since 2023",
 * "have claimed three bombings in Kurram since January"): the group's record, not one claim ("claimed two attacks
 * on Monday" stays one).
 */
const COUNTED_ATTACKS = /^(?:responsibility\s+for\s+|credit\s+for\s+)?(?:\d{1,3}|two|three|four|five|six|seven|eight|nine)\s+(?:[\w-]+\s+)?(?:attacks|bombings|raids|ambushes|assaults|killings|strikes|operations)\b/;
function countedSince(s: ClaimSentence, at: number, object: string): boolean {
  if (!COUNTED_ATTACKS.test(object)) return false;
  const [start, end] = clauseAt(s, at);
  return perfectBefore(s, start, at) && /\bsince\b/.test(s.lower.slice(at, end));
}
/** A verb of saying or reporting: "said", "saying that", "reported that", "claimed". */
const REPORTING = /\b(?:said|says|saying|claimed|claiming|claims|added|adding|announced|stated|insisted|insisting|boasted|boasting|reported|reporting|told|wrote)\b/;
/**
 * Whether the words about a group's fighters are reported, the group's account as far as the
 * sentence goes: the speaker speaks for the group, or a verb of saying comes before them in their
 * clause ("the group said its fighters …", "a spokesman said the group's fighters …", "…, saying its
 * fighters …"). A toll told so is the group's toll (a casualties claim); told by the text itself or
 * with the source after it ("Its fighters killed more than 40 soldiers in an ambush near …, an
 * analyst said") it also says who attacked.
 */
function groupReports(s: ClaimSentence, it: { start: number }): boolean {
  if (s.speakerGroup) return true;
  const [start] = clauseAt(s, it.start);
  return REPORTING.test(s.lower.slice(Math.max(start, it.start - 160), it.start));
}
/** The reported act is a killing whose figure follows: the group reports a toll ("said it killed 12 soldiers"). */
function tollOnly(s: ClaimSentence, verbEnd: number, phrase: string): boolean {
  if (!/(?:killed|shot(?: dead)?|wounded|injured)$/.test(phrase)) return false;
  // Quote marks around the group's own words do not change the count: killed “dozens” of soldiers.
  const object = s.lower.slice(verbEnd, verbEnd + 90).replace(/["“”]/g, '');
  // "killed or wounded 23 of what it called …": a counted object is a toll whatever it is called.
  // Or the figure finder counted the object as a toll ("killed “more than 30 apostate officials”").
  return TOLL_OBJECT.test(object) || TOLL_COUNT.test(object) || s.figures.some((f) => f.measure !== 'strength' && f.start >= verbEnd && f.start - verbEnd <= 40);
}
const TOLL_COUNT = /^\s+(?:or\s+(?:wounded|injured)\s+)?["“]?(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|up\s+to)\s+)?[\d,]+\s+of\b/;
const TOLL_OBJECT = /^\s+(?:or\s+(?:wounded|injured)\s+)?["“]?(?:(?:at\s+least|more\s+than|over|some|about|around|nearly|up\s+to|dozens\s+of|scores\s+of|hundreds\s+of|several|many)\s+)?(?:[\d,]+\s+|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a\s+hundred|dozens|scores|hundreds)\s+)?(?:[\w-]+\s+){0,2}?(?:soldiers|troops|policemen|police(?:\s+officers)?|officers|personnel|civilians|people|members|guards|militiamen|apostates|crusaders|infidels|disbelievers)\b/;
/**
 * What someone is accused "of": an attack ("of the massacre", "of staging the killings", "of
 * involvement in the bombing") makes a responsibility claim; anything else ("accused the BLA of using
 * safe havens", "accused Pakistan of sheltering the group", "of links to al-Qaeda") is no claim about
 * an attack.
 */
const ACCUSED_OF = /^[^.;:]{0,60}?\bof\s+/;
const ACCUSED_ATTACK_GERUND = /^(?:attacking|ambushing|storming|bombing|raiding|shelling|targeting|killing|murdering|massacring|kidnapping|abducting|beheading|executing|assassinating|detonating|planting|firing|carrying\s+out|staging|mounting|conducting|launching|orchestrating|masterminding|planning|plotting|perpetrating|committing|organi[sz]ing|sending|directing|ordering|being\s+(?:behind|involved|responsible))\b/;
const ACCUSED_ATTACK_NOUN = new RegExp(String.raw`^(?:[\w'’-]+\s+){0,4}?(?:${ATTACK_NOUN}|involvement|complicity|role|hand|responsibility)\b`);
/**
 * What a group is blamed "for": an attack, a death or what the sentence already named ("for Monday's
 * bombing", "for the deaths of 12 soldiers", "for it", "for killing two policemen") makes a claim;
 * anything else ("for a rise in crime", "for the insecurity in the district") does not. No "for" at all
 * ("Officials blamed the TTP.") leaves the claim as it is.
 */
const BLAMED_FOR = /^\s*(?:,\s*)?for\s+/;
/** "for a wave of bombings", "for dozens of attacks", "for most attacks": blame for a record (as after "blamed X"). */
const RECORD_FOR = new RegExp(String.raw`^\s+for\s+(?:most|many|several|numerous|dozens\s+of|scores\s+of|hundreds\s+of|a\s+(?:string|series|spate|wave|number)\s+of)\s`);
const BLAMED_FOR_ATTACK = new RegExp(String.raw`^(?:[\w'’-]+\s+){0,4}?(?:${ATTACK_NOUN}|involvement|role|hand|responsibility|deaths?|casualties|bloodshed|losses|toll|destruction|burning|torching|sabotage|demolition|blowing\s+up)\b|^(?:it|this|that|them|these|those)\b`);
function blamedForOther(s: ClaimSentence, from: number): boolean {
  const [, clauseEnd] = clauseAt(s, from);
  const rest = s.lower.slice(from, clauseEnd);
  const m = BLAMED_FOR.exec(rest);
  if (!m) return false;
  const what = rest.slice(m[0].length);
  if (/^\w+ing\b/.test(what)) return !ACCUSED_ATTACK_GERUND.test(what) && !ATTACK_VERB_WORD.test(what);
  return !BLAMED_FOR_ATTACK.test(what);
}

function accusedOfOther(s: ClaimSentence, from: number): boolean {
  const [, clauseEnd] = clauseAt(s, from);
  let rest = s.lower.slice(from, clauseEnd);
  // A group's own "of" ("the Islamic State of Iraq and Syria") is not what it is accused of.
  for (const it of s.items) {
    if (it.start >= from && it.end <= clauseEnd) rest = rest.slice(0, it.start - from) + 'x'.repeat(it.end - it.start) + rest.slice(it.end - from);
  }
  const of = ACCUSED_OF.exec(rest);
  if (!of) return false;
  const what = rest.slice(of[0].length);
  // "of using the same network that carried out a bombing": an attack told in the clause still ties the group to it.
  if (/^\w+ing\b/.test(what)) return !ACCUSED_ATTACK_GERUND.test(what) && !ATTACK_VERB_WORD.test(what);
  return !ACCUSED_ATTACK_NOUN.test(what);
}

/** The passive attack families of ACCUSE_AFTER ("planted by", "was ambushed by"). */
const PASSIVE_ATTACK = /^(?:planted|placed|detonated|triggered|set\s+off|thrown|hurled|fired|was|were|been|being)\s/;
/** "a front for", "a proxy of", "the work of" tie a group to an attack only when one is in the sentence. */
const RELATION_ONLY = /^(?:(?:a\s+)?front|proxy|the\s+work)\b/;
/** "attributed the ambush to", "attributed it to": the attack is the object. */
const ATTRIBUTED_ATTACK = new RegExp(String.raw`\s(?:it|${ATTACK_NOUN})\s`);
const ANY_ATTACK = new RegExp(String.raw`\b(?:${ATTACK_NOUN}|bomb|grenade|it|this)\b`);

/**
 * A person who speaks for a group without naming it, as the subject of a claiming or denying verb: "a
 * commander named Umar Mansoor took credit for the assault", "Its spokesman at the time telephoned
 * reporters to take responsibility". The group is the one the possessive stands for, else (in a
 * sentence naming no group) the passage's; the claimant is the person as written, a possessive given
 * its group's name ("Lashkar-e-Jhangvi spokesman"). Officials of a state are never such a person.
 */
const ROLE_PERSON = /(?:^|[\s,])((?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Oo]ne|[Aa]nother)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:commander|spokes(?:man|woman|person)|leader|chief|emir|ameer|amir|deputy)(?:\s+(?:named|called|known\s+as|identified\s+as)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?)(?:\s*,[^,;]{1,60},)?\s+(?:(?:also|later|then|quickly|briefly|initially|first|swiftly|promptly|has|had|have|at\s+the\s+time)\s+){0,3}$/u;
const STATE_ROLE = /\b(?:police|army|military|government|security|provincial|district|federal|ministry|minister|defen[cs]e|interior|intelligence|state|army['’]s|police['’]s)\b/i;
function rolePersonSubject(s: ClaimSentence, at: number): { groupId: string; claimant: string } | null {
  const [start] = clauseAt(s, at);
  const m = ROLE_PERSON.exec(s.text.slice(start, at));
  if (!m || STATE_ROLE.test(m[1])) return null;
  const from = start + m.index + m[0].indexOf(m[1]);
  const to = from + m[1].length;
  const own = s.items.find((it) => it.start >= from && it.end <= to);
  if (own && !own.anaphor) return null;
  const groupId = own?.groupId ?? (s.namesGroup ? null : (s.topicGroup ?? s.nearGroup));
  if (!groupId) return null;
  const possessive = /^(?:its|their)\s+/i.exec(m[1]);
  const name = s.groupName(groupId);
  return { groupId, claimant: possessive && name ? `${name} ${m[1].slice(possessive[0].length)}` : m[1] };
}

/**
 * A claim in the passive with no agent, only its medium: "The Bajaur rally bombing … was claimed through
 * Amaq a day later", "was claimed on the group's Telegram channel". The group is one named inside the
 * medium phrase ("through ISKP's Amaq agency"), else, in a sentence naming no group, the passage's.
 */
const PASSIVE_MEDIUM = /\b(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:quickly|swiftly|promptly|later|also|subsequently|since|duly|only|first)\s+)?claimed\s+(?:(?:within\s+(?:hours|minutes|the\s+hour|a\s+day)|hours\s+later|a\s+day\s+later|days\s+later|the\s+(?:same|next|following)\s+(?:day|evening|night|morning)|late\s+on\s+\w+|on\s+\w+day)\s+)?(?:through|via|on|in)\s+(?:(?:an?|the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:amaq|telegram|statement|message|post|video|channel|website|newsletter|agency|outlet|radio|media|twitter|facebook|al-naba|naba|communiqu[eé]|audio|recording)\b/g;
function passiveMediumHits(s: ClaimSentence, hits: Hit[]): void {
  if (!s.lower.includes('claimed')) return;
  PASSIVE_MEDIUM.lastIndex = 0;
  for (let m = PASSIVE_MEDIUM.exec(s.lower); m; m = PASSIVE_MEDIUM.exec(s.lower)) {
    if (!asserted(s, m.index)) continue;
    const end = m.index + m[0].length;
    const inMedium = s.items.find((it) => it.start >= m!.index && it.start < end && !/^(?:its|their)$/i.test(s.text.slice(it.start, it.end)));
    const groupId = inMedium?.groupId ?? (s.namesGroup ? null : (s.topicGroup ?? s.nearGroup));
    if (!groupId) continue;
    hits.push({ at: m.index, end, family: 'self', subjects: [groupId], claimant: s.groupName(groupId), claimantIsAgent: true });
  }
}

/**
 * An accusation in a relative clause whose object is the group it hangs on: "The TTP, which provincial
 * police had initially held responsible, said …", "ISKP, which officials blamed for the attack, …". The
 * accuser is the relative clause's subject and the claimant of this claim, whoever speaks in the sentence.
 */
const RELATIVE_ACCUSED = /,\s*(?:which|whom|who)\s+([^,;]{2,50}?)\s+(?:(?:had|has|have|also|initially|first|long|quickly|immediately|swiftly|later|previously)\s+){0,3}(?:blamed|suspected|suspect|accused|held\s+(?:it\s+|them\s+)?(?:responsible|accountable))(?=\s*(?:[,;.]|$)|\s+(?:for|of|in)\s)/g;
function relativeAccusationHits(s: ClaimSentence, hits: Hit[]): void {
  if (!/\b(?:which|whom|who)\b/.test(s.lower)) return;
  RELATIVE_ACCUSED.lastIndex = 0;
  for (let m = RELATIVE_ACCUSED.exec(s.lower); m; m = RELATIVE_ACCUSED.exec(s.lower)) {
    const antecedent = s.items.find((it) => it.end <= m!.index && /^\s*(?:\([^)]{1,20}\))?\s*$/.test(s.lower.slice(it.end, m!.index)));
    if (!antecedent) continue;
    const verbAt = m.index + m[0].length;
    if (!asserted(s, verbAt - 1)) continue;
    // "which police blamed for a rise in crime", "accused of using safe havens": not an attack.
    if (/blamed$/.test(m[0]) && blamedForOther(s, verbAt)) continue;
    if (/accused$/.test(m[0]) && accusedOfOther(s, verbAt)) continue;
    const accuserAt = m.index + m[0].indexOf(m[1]);
    const accuser = s.text.slice(accuserAt, accuserAt + m[1].length);
    hits.push({ at: accuserAt, end: verbAt, family: 'attribution', subjects: [antecedent.groupId], claimant: accuser, claimantIsAgent: false, ownSource: true });
  }
}

/**
 * An attack and, in a relative clause whose object is that attack, the group that claimed or denied it,
 * with or without "that"/"which": "an attack the TTP denied", "the bombing, which the group claimed
 * through its Amaq agency". Nothing may follow the verb but a medium, a time or the clause's end, so
 * "the attack the army claimed to have foiled" or "… claimed three lives" is not one.
 */
const GAPPED_RELATIVE = new RegExp(String.raw`\b${ATTACK_NOUN}(?:\s+(?:on|in|at|of|near|against|outside)\s+(?:the\s+)?[^\s,.;:"“”]+(?:\s+[^\s,.;:"“”]+){0,8}?(?=\s*,\s*(?:that|which)\s))?\s*,?\s+(?:(?:that|which)\s+)?((?:the\s+)?[^\s,.;:"“”][^,.;:"“”]{0,50}?)\s+(?:(?:later|subsequently|quickly|swiftly|promptly|also|has|had|have|itself|themselves|immediately|publicly|flatly|strongly)\s+){0,2}(claimed|denied|disowned)(?=\s*(?:[,.;:)]|$)|\s+(?:through|via|on|in|within|hours|days|the\s+same|later|at\s+the\s+time|and|but|while|although|shortly|soon|almost|immediately)\b)`, 'g');
function gappedRelativeHits(s: ClaimSentence, hits: Hit[]): void {
  if (!/claimed|denied|disowned/.test(s.lower)) return;
  GAPPED_RELATIVE.lastIndex = 0;
  for (let m = GAPPED_RELATIVE.exec(s.lower); m; m = GAPPED_RELATIVE.exec(s.lower)) {
    const from = m.index + m[0].lastIndexOf(m[1], m[0].length - m[2].length);
    const to = from + m[1].length;
    // The whole subject is the group ("the TTP", "the group"): not a clause of its own ("… the army said it claimed").
    const group = s.items.find((it) => it.end === to && /^(?:the\s+)?$/.test(s.lower.slice(from, it.start)) && !/^(?:its|their|it|they)$/i.test(s.text.slice(it.start, it.end)));
    const at = m.index + m[0].length - m[2].length;
    // "in the raid on Marte, which it claimed on Telegram", "The attack on the base, which they claimed the same
    // evening, …": a pronoun as the clause's subject is the group named earlier in the sentence, else the passage's.
    const pronoun = !group && /^(?:it|they)$/.test(m[1]) && /\b(?:which|that)\s+$/.test(s.lower.slice(m.index, from));
    const earlier = pronoun ? [...s.items].reverse().find((it) => !it.anaphor && it.end <= m!.index) : undefined;
    const pronounGroup = pronoun ? (earlier?.groupId ?? (s.namesGroup ? null : (s.speakerGroup ?? s.topicGroup ?? s.nearGroup))) : null;
    if ((!group && !pronounGroup) || !asserted(s, at, { negationAllowed: m[2] !== 'claimed' })) continue;
    const denial = m[2] !== 'claimed';
    if (!group) {
      const name = earlier ? s.nameOf(earlier) : s.groupName(pronounGroup!);
      hits.push({ at, end: at + m[2].length, family: denial ? 'denial' : 'self', subjects: [pronounGroup!], claimant: name, claimantIsAgent: !!name });
      continue;
    }
    // "the group" is named as the text last named the group it stands for.
    hits.push({ at, end: at + m[2].length, family: denial ? 'denial' : 'self', subjects: [group.groupId], claimant: (group.anaphor ? s.groupName(group.groupId) : null) ?? s.nameOf(group), claimantIsAgent: true });
  }
}

/**
 * A denial in a relative or appositive clause that closes the sentence, whose object is what the
 * clause before it said: "Officials blamed JNIM for the killing of 20 villagers near Djibo, which the
 * group denied", "The army blamed the TTP for the bombing, a charge the group rejected". The group is
 * the whole subject of the clause; the sentence before it must blame, accuse or tell of an attack.
 */
const CLAUSE_DENIAL = /,\s+(?:which\s+|(?:a|an)\s+(?:charge|accusation|allegation|claim)\s+(?:that\s+|which\s+)?)((?:the\s+)?[^\s,.;:"“”][^,.;:"“”]{0,40}?)\s+(?:(?:later|quickly|promptly|swiftly|flatly|strongly|publicly|has|had|have|also|itself|immediately)\s+){0,2}(denied|rejected|dismissed|disputed)(?=\s*(?:[.;:)]|$)|\s+(?:through|via|on|in|within|the\s+same|later|at\s+the\s+time|hours|days)\b)/g;
const BLAME_OR_ATTACK = new RegExp(String.raw`\b(?:blam|accus|attribut|suspect|held\s+\w+\s+responsible|${ATTACK_NOUN}\b)`);
function clauseDenialHits(s: ClaimSentence, hits: Hit[]): void {
  if (!/,\s+(?:which|an?\s+(?:charge|accusation|allegation|claim))\b/.test(s.lower)) return;
  CLAUSE_DENIAL.lastIndex = 0;
  for (let m = CLAUSE_DENIAL.exec(s.lower); m; m = CLAUSE_DENIAL.exec(s.lower)) {
    if (!BLAME_OR_ATTACK.test(s.lower.slice(0, m.index))) continue;
    const from = m.index + m[0].lastIndexOf(m[1], m[0].length - m[2].length);
    const to = from + m[1].length;
    const group = s.items.find((it) => it.end === to && /^(?:the\s+)?$/.test(s.lower.slice(from, it.start)) && !/^(?:its|their|it|they)$/i.test(s.text.slice(it.start, it.end)));
    const at = m.index + m[0].length - m[2].length;
    if (!group || !asserted(s, at, { negationAllowed: true })) continue;
    hits.push({ at, end: at + m[2].length, family: 'denial', subjects: [group.groupId], claimant: s.groupName(group.groupId) ?? s.nameOf(group), claimantIsAgent: true });
  }
}

/** A habit as the verb of a claim written as a noun: "its claims … often exaggerate", "claims that usually come late". */
const CLAIM_HABIT = /\b(?:often|usually|routinely|typically|frequently|generally|always|sometimes|rarely|tend\s+to|tends\s+to)\b/;

/**
 * A group set off by commas with a description that names it as the attack's author: "Al-Shabaab, the group
 * behind Sunday's bombing, has vowed …", "The group behind the attack, the TTP, has said …", "ISKP, the
 * militants responsible for the massacre, …". The text (or its speaker) attributes the attack.
 */
const BEHIND_DESCRIPTION = new RegExp(String.raw`\b(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:group|outfit|faction|organi[sz]ation|militants|network|movement|affiliate|insurgents)\s+(?:(?:that\s+was|believed\s+to\s+be|thought\s+to\s+be|widely\s+blamed\s+as\s+being)\s+)?(?:behind|responsible\s+for)\s+(?:${DET}\s+)?(?:[\w'’-]+\s+){0,4}?${ATTACK_NOUN}\b`, 'g');
function behindDescriptionHits(s: ClaimSentence, hits: Hit[]): void {
  if (!/\b(?:behind|responsible\s+for)\b/.test(s.lower)) return;
  BEHIND_DESCRIPTION.lastIndex = 0;
  for (let m = BEHIND_DESCRIPTION.exec(s.lower); m; m = BEHIND_DESCRIPTION.exec(s.lower)) {
    const end = m.index + m[0].length;
    // The group right before, the description its apposition ("X, the group behind …,"), or right after it
    // ("The group behind the attack, X, …").
    const before = s.items.find((it) => !it.anaphor && /^\s*(?:\([^)]{1,20}\))?\s*,\s*$/.test(s.lower.slice(it.end, m!.index)));
    const after = s.items.find((it) => !it.anaphor && it.start >= end && /^\s*,\s*(?:the\s+)?$/.test(s.lower.slice(end, it.start)));
    const group = before ?? after;
    if (!group || !asserted(s, m.index)) continue;
    hits.push({ at: m.index, end, family: 'attribution', subjects: [group.groupId], claimant: null, claimantIsAgent: false });
  }
}

/**
 * A participle opening that claims, its subject the group after the comma: "In claiming the attack, al-Shabaab
 * said …", "Claiming responsibility for the blast, the TTP said …", "After claiming the ambush, JNIM …".
 */
const OPENING_CLAIMING = new RegExp(String.raw`^(?:(?:in|by|after|while|when|on)\s+)?claiming\s+(?:(?:full\s+)?(?:responsibility|credit)(?:\s+for\s+[^,;]{1,60}?)?|(?:${DET}\s+)?(?:[\w'’-]+\s+){0,4}?${ATTACK_NOUN}\b[^,;]{0,60}?|it)\s*,\s*(?:the\s+)?$`);
function openingClaimingHits(s: ClaimSentence, hits: Hit[]): void {
  if (!/^(?:(?:in|by|after|while|when|on)\s+)?claiming\b/.test(s.lower)) return;
  const group = s.items.find((it) => !it.anaphor && OPENING_CLAIMING.test(s.lower.slice(0, it.start)));
  if (!group || !asserted(s, 0)) return;
  hits.push({ at: 0, end: group.start, family: 'self', subjects: [group.groupId], claimant: s.nameOf(group), claimantIsAgent: true });
}

function selfHits(s: ClaimSentence, hits: Hit[]): void {
  for (const m of SELF_MATCHES.matches(s.lower)) {
    // "claims", "takes", a bare "claim": a present tense (a habit outside headlines); "claims of" is a noun, and so
    // is a claim after a possessive or a determiner ("The Islamic State's claim for the bombing", "its claim").
    const nominal = /^claims?\s/.test(m[0]) && /(?:['’]s?|\b(?:its|their|the|a|an|this|that|whose))\s+$/.test(s.lower.slice(Math.max(0, m.index - 12), m.index));
    const present = !nominal && /^(?:claims|takes|accepts|owns|assumes|claim|confirms|announces|acknowledges|declares)\s(?!of\b)/.test(m[0]);
    if (!asserted(s, m.index, { present })) continue;
    // "Four percent of Shabaab’s claimed attacks took place in Kenya", "its claimed operations", "counts only claimed
    // attacks": "claimed" as an adjective before a plural of attacks after a possessive or a determiner, a record.
    if (/^claimed\s/.test(m[0]) && /s$/.test(m[0]) && CLAIMED_ADJECTIVE.test(s.lower.slice(Math.max(0, m.index - 14), m.index))) continue;
    // "its claims of responsibility often exaggerate the toll": the claim as a noun, with a habit for its verb.
    if ((nominal || /^claims?\s+of\b/.test(m[0])) && CLAIM_HABIT.test(s.lower.slice(m.index + m[0].length, clauseAt(s, m.index)[1]))) continue;
    const object = s.lower.slice(m.index).replace(/^\S+\s+/, '');
    // "The TTP-claimed attacks in the province rose by a third": a compound over a bare plural counts a record.
    if (s.lower[m.index - 1] === '-' && BARE_ATTACKS.test(object)) continue;
    // "has claimed several attacks", "claimed some of the deadliest bombings": a record, not one attack;
    // "has claimed more than 40 attacks since October", "claimed responsibility for at least a dozen bombings": a tally;
    // "has claimed similar attacks in the north this year", "has claimed attacks in Kunduz and Kabul in recent
    // months": a bare plural. Each a record, unless it names one attack of its own ("…, among them the 26
    // February ambush near Nioro").
    if (/^claim/.test(m[0]) && (MANY.test(object) || tally(object) || bareRecord(s, m.index, object) || countedSince(s, m.index, object)) && !namesOneAttack(s, m.index + m[0].length)) continue;
    // "ISWAP said its fighters had killed 40 soldiers": a toll the group reports, a casualties claim.
    if (tollOnly(s, m.index + m[0].length, m[0])) continue;
    // "issued a competing claim": of an attack the sentence names.
    if (/claim(?:\s+of\s+responsibility)?$/.test(m[0]) && !/^claim/.test(m[0]) && !ANY_ATTACK.test(s.lower)) continue;
    const agent = openingOverApposition(s, m.index, agentBefore(s, m.index, 110, true));
    if (agent) {
      hits.push({ at: m.index, end: m.index + m[0].length, family: 'self', subjects: [agent.groupId], claimant: agentPhrase(s, agent, m.index), claimantIsAgent: true });
      continue;
    }
    const [start] = clauseAt(s, m.index);
    // "The statement said a "soldier of the caliphate" … had blown himself up": the group's own statement
    // (or claim, message, video) as the subject, in a sentence naming no group, speaks for the group it
    // was attributed to, else the passage's.
    const standIn = STATEMENT_SUBJECT.test(s.lower.slice(start, m.index)) ? (s.speakerGroup ?? s.topicGroup ?? s.nearGroup) : null;
    if (standIn && !s.namesGroup) {
      // A statement is the group's that issued it: the group is the claimant.
      const name = s.groupName(standIn);
      hits.push({ at: m.index, end: m.index + m[0].length, family: 'self', subjects: [standIn], claimant: name, claimantIsAgent: !!name });
      continue;
    }
    // A group the gazetteer does not know: a claim about no known group, its name the claimant.
    // Also the antecedent of a relative clause that makes the claim: "… from an outfit calling itself the X Front, which
    // posted a statement accepting responsibility".
    const relative = /\s*,\s*(?:which|who)\s+[^,;"“”]{0,80}$/i.exec(s.text.slice(Math.max(0, m.index - 90), m.index));
    const unknown =
      UNKNOWN_GROUP_AGENT.exec(s.text.slice(start, m.index).replace(/\s+(?:has|have|had|also|later|on\s+\w+)\s*$/i, '')) ??
      (relative ? UNKNOWN_GROUP_AGENT.exec(s.text.slice(0, Math.max(0, m.index - 90) + relative.index)) : null);
    if (unknown) {
      hits.push({ at: m.index, end: m.index + m[0].length, family: 'self', subjects: [], claimant: (unknown[1] ?? unknown[2]).replace(/^the\s+/i, ''), claimantIsAgent: true });
      continue;
    }
    const person = rolePersonSubject(s, m.index);
    if (person) hits.push({ at: m.index, end: m.index + m[0].length, family: 'self', subjects: [person.groupId], claimant: person.claimant, claimantIsAgent: true });
  }
}

/**
 * An attack and, in a relative clause, the group that claimed it: "in an attack that ISWAP later claimed
 * through its Amaq agency", "the bombing, which the TTP claimed hours later", "the ambush which JNIM
 * claimed on Telegram". Not "claimed to have …", "claimed that …" (what follows is the claim).
 */
const RELATIVE_CLAIMED = new RegExp(String.raw`\b${ATTACK_NOUN}\s*,?\s+(?:that|which)\s+([^,.;:"“”]{2,60}?)\s+(?:(?:later|subsequently|quickly|swiftly|promptly|also|has|had|have|itself|themselves)\s+){0,2}claimed\b(?!\s+(?:to|that|it|they|responsibility|credit)\b)`, 'g');
function relativeClaimHits(s: ClaimSentence, hits: Hit[]): void {
  if (!s.lower.includes('claimed')) return;
  RELATIVE_CLAIMED.lastIndex = 0;
  for (let m = RELATIVE_CLAIMED.exec(s.lower); m; m = RELATIVE_CLAIMED.exec(s.lower)) {
    const at = m.index + m[0].length - 'claimed'.length;
    const from = at - m[0].length + m[0].lastIndexOf(m[1], m[0].length - 'claimed'.length);
    const group = s.items.find((it) => !it.anaphor && it.start >= from && it.end <= at);
    if (!group || !asserted(s, at)) continue;
    hits.push({ at, end: at + 'claimed'.length, family: 'self', subjects: [group.groupId], claimant: s.nameOf(group), claimantIsAgent: true });
  }
}

/**
 * The claim itself as the subject, its group left to the passage: "The claim of responsibility, broadcast
 * about 14 hours after the blast, ended …", "Amaq's claim for Kolofata came more than 48 hours after …",
 * "The claim, relayed by SITE, said ISWAP fighters had …". Only with a verb of its issue or of what it said
 * ("came", "was posted", "said", "named"), not of its doubt ("The claim could not be verified").
 */
const NOMINAL_CLAIM = /^(?:the|its|their|this|that|[\p{L}-]+['’]s?|(?:the\s+)?(?:[\p{L}-]+\s+){1,3}?[\p{L}-]+['’]s)\s+(?:(?:first|latest|official|formal|online|initial|delayed|swift|brief|later|new)\s+)?claim(?:\s+of\s+responsibility)?(?:\s+for\s+[^,;.]{1,70}?)?(?:\s*,[^,;]{1,90},)?\s+(?:(?:also|later|then|only)\s+)?(?:came|was\s+(?:made|issued|posted|published|broadcast|carried|released|relayed|circulated|shared)|appeared|followed|arrived|ended|said|stated|named|added|described|identified)\b/u;
function nominalClaimHits(s: ClaimSentence, hits: Hit[]): void {
  if (!/claim/.test(s.lower.slice(0, 40))) return;
  const m = NOMINAL_CLAIM.exec(s.lower);
  if (!m || !asserted(s, m[0].length - 1)) return;
  // Its group: a group as the possessive ("ISWAP's claim"), else the one group named in what the claim
  // says ("The claim … said ISWAP fighters had …"), else the group the passage is about.
  const own = s.items.find((it) => !it.anaphor && (it.start === 0 || (/^the\s+$/.test(s.lower.slice(0, it.start)) && /^['’]s?\s/.test(s.lower.slice(it.end, it.end + 3)))));
  const named = s.items.filter((it) => !it.anaphor && it.start >= m[0].length);
  const group = own?.groupId ?? (named.length === 1 ? named[0].groupId : named.length === 0 ? (s.speakerGroup ?? s.topicGroup ?? s.nearGroup) : null);
  if (!group) return;
  // The claim is its group's, whoever relays it: the group, as the text last named it, is the claimant (not a group
  // named later in another clause: "The claim came a day after police named the TTP as the main suspects").
  const saying = /(?:said|stated|named|added|described|identified)$/.test(m[0]);
  const name = own || named.length === 0 || saying ? s.groupName(group) : null;
  hits.push({ at: 0, end: m[0].length, family: 'self', subjects: [group], claimant: name, claimantIsAgent: !!name });
}

/** Before a bare "were not involved": the group's people ("his men", "our fighters") or a stand-in ("we", "the group"). */
const NOT_INVOLVED_SUBJECT = new RegExp(String.raw`(?:\b(?:its|his|their|our)\s+(?:[\w-]+\s+)?(?:${ATTACKER_NOUN}|brothers|people)|\b(?:we|it|they|the\s+(?:group|movement|organi[sz]ation|outfit|faction)))\s*["“]?\s*$`);

function denialHits(s: ClaimSentence, hits: Hit[]): void {
  for (const m of DENIAL_MATCHES.matches(s.lower)) {
    // "denied any links" is about an attack only when one is near ("… to the attack").
    // "said it had nothing to do with the talks": only of an attack named next.
    const hadNo = /^(?:ha[sdv]e?|play(?:ed|s)?)\s/.test(m[0]) || /nothing\s+to\s+do\s+with$/.test(m[0]);
    if ((hadNo || /links?|connection|part|hand$/.test(m[0])) && !ATTACK_NEAR.test(s.lower.slice(m.index + m[0].length, m.index + m[0].length + 50))) continue;
    // "issued a rare denial": of an attack the sentence names.
    if (/denial$/.test(m[0]) && !ANY_ATTACK.test(s.lower)) continue;
    if (!asserted(s, m.index, { negationAllowed: /\bnot\b/.test(m[0]) || hadNo })) continue;
    if (/\b(?:did|does|do|has|have|had)\s+not\s+$/.test(s.lower.slice(Math.max(0, m.index - 16), m.index))) continue;
    // A bare "were not involved" denies for a group only with the group's people or a stand-in as its subject.
    if (/involved$/.test(m[0]) && !NOT_INVOLVED_SUBJECT.test(s.lower.slice(Math.max(0, m.index - 40), m.index)) && !s.items.some((it) => /^\s*["“]?\s*$/.test(s.lower.slice(it.end, m.index)))) continue;
    const agent = openingOverApposition(s, m.index, agentBefore(s, m.index, 110, true)) ?? participleSubject(s, m.index) ?? coordinatedSubject(s, m.index, hits);
    if (!agent) {
      const person = rolePersonSubject(s, m.index);
      if (person) hits.push({ at: m.index, end: m.index + m[0].length, family: 'denial', subjects: [person.groupId], claimant: person.claimant, claimantIsAgent: true });
      continue;
    }
    hits.push({ at: m.index, end: m.index + m[0].length, family: 'denial', subjects: [agent.groupId], claimant: agentPhrase(s, agent, m.index), claimantIsAgent: true });
  }
}

/**
 * The subject of a verb after an apposition or a relative clause set off by commas: "Jamaat-ul-Ahrar,
 * a faction that rejoined the TTP in 2020 but has since acted alone, owned the attack", "ISGS, which
 * had said on 16 June that its men carried out the raid, retracted the claim". The group opens the
 * sentence (after an opening phrase such as "Hours later,"), the verb follows the apposition's closing
 * comma, and the apposition names no verb of the subject's own clause.
 */
const APPOSITION_OPEN = /^\s*(?:\([^)]{1,30}\)\s*)?,\s*(?:a|an|the|which|who|whose|one|its|long|once|formerly|itself)\b/;
const APPOSITION_CLOSE = /,\s*(?:(?:has|have|had|also|later|then|quickly|swiftly|promptly|soon|on\s+\w+|in\s+turn)\s+){0,2}$/;
function appositiveSubject(s: ClaimSentence, at: number): GroupItem | null {
  if (!APPOSITION_CLOSE.test(s.lower.slice(Math.max(0, at - 40), at))) return null;
  const subject = s.items.find((it) => !it.anaphor && it.end < at && at - it.end <= 220);
  if (!subject || !APPOSITION_OPEN.test(s.lower.slice(subject.end, subject.end + 20))) return null;
  // Only an opening phrase before the group: "Hours later, X, …", "On Monday X, …".
  const lead = s.lower.slice(0, subject.start);
  if (lead.length > 40 || /[;:]/.test(lead) || (lead.trim() && !/,\s*(?:the\s+)?$/.test(lead) && !/^(?:the\s+)?$/.test(lead.trim()))) return null;
  return subject;
}

/** Whether `at` lies inside the apposition (or comma-set relative clause) after the group that opens the sentence. */
function inOpeningApposition(s: ClaimSentence, at: number): boolean {
  const opening = s.items.find((it) => !it.anaphor);
  if (!opening || opening.end > at || s.lower.slice(0, opening.start).length > 40) return false;
  if (!APPOSITION_OPEN.test(s.lower.slice(opening.end, opening.end + 20))) return false;
  return /^\s*(?:\([^)]{1,30}\)\s*)?,[^,;]*$/.test(s.lower.slice(opening.end, at));
}

/**
 * The verb's subject when the nearest group before it sits inside an apposition: "The Resistance Front, a
 * front for Lashkar-e-Taiba, claimed the attack" is TRF's claim, not LeT's.
 */
function openingOverApposition(s: ClaimSentence, at: number, nearest: GroupItem | null): GroupItem | null {
  const opening = appositiveSubject(s, at);
  if (!opening) return nearest;
  return !nearest || nearest.start > opening.end ? opening : nearest;
}

/**
 * A second verb joined by "and" or "but" shares the subject of the claim before it: "TRF claimed the
 * attack but later withdrew the claim", "ISKP claimed the bombing and then retracted it".
 */
function coordinatedSubject(s: ClaimSentence, at: number, hits: Hit[]): GroupItem | null {
  const [start] = clauseAt(s, at);
  if (!/^(?:and|but|yet)\s+(?:(?:later|then|subsequently|quickly|swiftly|also|has|had|have)\s+){0,2}$/.test(s.lower.slice(start, at))) return null;
  const prior = hits.filter((h) => h.family === 'self' && h.at < start && h.subjects.length === 1).pop();
  if (!prior) return null;
  return s.items.find((it) => it.groupId === prior.subjects[0] && it.start < start) ?? null;
}

/**
 * "The group issued a rare denial, saying it had no connection to the bombing": in a participle clause
 * ("saying", "adding", "insisting") whose subject is "it" or "they", the group is the subject of the
 * clause before.
 */
function participleSubject(s: ClaimSentence, at: number): GroupItem | null {
  const [start] = clauseAt(s, at);
  if (start < 2 || !/^(?:saying|adding|insisting|stressing|claiming|arguing)\s+(?:that\s+)?(?:it|they)\s+$/.test(s.lower.slice(start, at))) return null;
  return agentBefore(s, start - 2, 200, true);
}

/** "blamed LeT-backed TRF": the accused is the group the parent's name qualifies, right after it. */
function childAfterParent(s: ClaimSentence, after: GroupItem[]): GroupItem[] {
  if (after.length !== 1 || !after[0].parent) return after;
  const child = s.items.find((it) => !it.anaphor && !it.parent && it.start >= after[0].end && /^[\s\w'’-]{0,30}$/.test(s.lower.slice(after[0].end, it.start)) && s.lower.slice(after[0].end, it.start).split(/\s+/).filter(Boolean).length <= 3);
  return child ? [child] : after;
}

/** Before a plural of attacks: a determiner or a count, with at most one adjective ("the recent", "41", "two deadly"). */
const COUNTED_OR_DEFINITE = /\b(?:the|those|these|both|its|their|his|her|this|that|such|all|[\w-]+['’]s|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens\s+of|scores\s+of|hundreds\s+of)\s+(?:[\w-]+\s+)?$/;
/** A plural of attacks with no determiner, right before "claimed by": "Attacks claimed by ISKP …" counts a record. */
const BARE_PLURAL_ATTACKS = /(?:^|[,;:]\s*|\b(?:of|in|on|that|and|with)\s+)(?:(?!(?:the|those|these|both|such|its|their|his|her|this|that|all|two|three|four|five)\b)[\w-]+\s+)?(?:attacks|bombings|raids|operations|assaults|killings|ambushes)\s+(?:(?:were|have been|had been|being)\s+)?$/;

/**
 * The agent of a passive, "by" and a few words up to the clause's end: "by provincial officials", "by police
 * in Bannu"; not a group, a date or an attack ("by the TTP", "by Monday", "by a suicide bomber"). With
 * `skipObject`, a "for …" phrase may come first ("blamed for the attack by the army").
 */
const PASSIVE_AGENT = /^\s+by\s+((?:the\s+|a\s+|an\s+|some\s+|several\s+|two\s+|three\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:officials?|police|authorities|army|military|government|investigators|officers?|residents|villagers|witnesses|analysts|sources|spokes(?:man|woman|person)|ministry|agencies|prosecutors|ministers?|governor|commanders?|chief))(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|after|as|within|for|who|which|and|but)\b)/u;
function agentAfter(s: ClaimSentence, from: number, skipObject = false): string | null {
  let rest = s.text.slice(from, from + 120);
  if (skipObject) {
    const object = /^\s+for\s+[^,.;]{1,60}?(?=\s+by\s)/.exec(rest);
    if (object) rest = rest.slice(object[0].length);
  }
  const m = PASSIVE_AGENT.exec(rest);
  return m ? m[1] : null;
}

/** Before "suspected" used as an adjective: a count, an article or a determiner. */
const SUSPECTED_ADJECTIVE = /(?:\b(?:a|an|the|some|several|many|dozens\s+of|hundreds\s+of|thousands\s+of|of|two|three|four|five|six|seven|eight|nine|ten)|\d)\s+$/;
const ATTACK_IN_CLAUSE = new RegExp(String.raw`\b(?:${ATTACK_NOUN}|${ATTACK_VERB_PAST})\b`);

function accuseHits(s: ClaimSentence, hits: Hit[]): void {
  for (const m of ACCUSE_AFTER_MATCHES.matches(s.lower)) {
    if (!asserted(s, m.index)) continue;
    if (RELATION_ONLY.test(m[0]) && !ANY_ATTACK.test(s.lower)) continue;
    // "The Resistance Front (TRF), which agencies regard as a proxy of LeT, claimed the attack": the
    // apposition describes the claimant; it accuses nobody of the attack.
    if (/^(?:(?:a\s+)?front|proxy)\b/.test(m[0]) && inOpeningApposition(s, m.index)) continue;
    // "see the hand of the TTP behind the talks": a hand or a role in an attack only.
    if (/^(?:suspect|see|saw|seen|detect)\w*\s+(?:the\s+|a\s+)?(?:hand|involvement|role|complicity)\s/.test(m[0]) && !ANY_ATTACK.test(s.lower.slice(m.index + m[0].length))) continue;
    // "a statement attributed to the Islamic State": only an attack is attributed here.
    // In the passive the attack is the subject, however long its description: "The bombing at the Bajaur rally,
    // which killed 63 people, was later attributed to ISKP", "Both ambushes, on the convoys near …, have been
    // attributed to JNIM".
    if (/^(?:attribut|trac)/.test(m[0]) && !ATTRIBUTED_ATTACK.test(m[0]) && !ANY_ATTACK.test(s.lower.slice(Math.max(0, m.index - 40), m.index)) && !(PASSIVE_BEFORE.test(s.lower.slice(Math.max(0, m.index - 30), m.index)) && ANY_ATTACK.test(s.lower.slice(clauseSubjectStart(s, m.index), m.index))) && !(RELATIVE_ACCUSER.test(s.lower.slice(Math.max(0, m.index - 60), m.index)) && ANY_ATTACK.test(s.lower.slice(Math.max(0, m.index - 150), m.index)))) continue;
    // "Attacks claimed by ISKP inside Afghanistan fell by half": a bare plural of attacks is a record.
    if ((m[1] ?? m[2] ?? m[3]) && BARE_PLURAL_ATTACKS.test(s.lower.slice(Math.max(0, m.index - 40), m.index))) continue;
    const end = m.index + m[0].length;
    // "looking at the TTP" is a suspect only in an inquiry ("investigators were looking first at …").
    if (/^(?:look|focus|zeroing)/.test(m[0]) && !INQUIRY.test(s.lower.slice(clauseAt(s, m.index)[0], m.index))) continue;
    if (/^accus/.test(m[0]) && accusedOfOther(s, end)) continue;
    // "villages that have repeatedly been attacked by X": a pattern, not one attack.
    if (PASSIVE_ATTACK.test(m[0]) && HABIT.test(s.lower.slice(...clauseAt(s, m.index)))) continue;
    // "Attacks by TTP fighters … increased", "a rise in bombings by ISKP": a bare plural is a record;
    // "the attacks by", "41 attacks by" count attacks the text names.
    if (/^(?:attacks|bombings|assaults|ambushes|raids|massacres|sieges|incursions|killings)\s/.test(m[0]) && !COUNTED_OR_DEFINITE.test(s.lower.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "11,000 suspected Islamic State fighters remain in detention": "suspected" as an adjective accuses only of
    // an attack its clause tells ("a suspected ISWAP raid", "suspected JNIM fighters ambushed …").
    if (/^suspect(?:ed|s)?$/.test(m[0]) && SUSPECTED_ADJECTIVE.test(s.lower.slice(Math.max(0, m.index - 20), m.index)) && !ATTACK_IN_CLAUSE.test(s.lower.slice(...clauseAt(s, m.index)))) continue;
    // "…, the phrase the Taliban use for …": who uses a word is no accused (a gloss set off by a comma).
    let after = childAfterParent(s, groupsRightAfter(s, end, /suspect/.test(m[0]) ? 1 : 6)).filter((it) => !GLOSS.test(s.lower.slice(end, it.start)));
    // "blamed Monday's attack on a police station in Bannu on the TTP": the first "on" was the attack's target; the
    // accused follows the second.
    if (!after.length && /^blam\w*\s+\S[^]*\son\s+$/.test(m[0])) {
      const second = outside(s).find((it) => !it.anaphor && it.start >= end && /^[^,.;:"“”]{1,60}?\son\s+(?:the\s+)?$/.test(s.lower.slice(end, it.start)));
      if (second) after = [second];
    }
    const self = !!(m[1] ?? m[2] ?? m[3]) || /behalf|name of/.test(m[0]);
    // "attributed the bombing to “khawarij”", "the work of the khawarij", "an attack by Khawarij terrorists": the
    // states' word for the group they fight, the passage's group (khawarijFor).
    if (!after.length && KHAWARIJ_NEXT.test(s.lower.slice(end, end + 30))) {
      const group = khawarijFor(s);
      if (group) after = [{ groupId: group, start: end, end, anaphor: true }];
    }
    if (!after.length) {
      // "Those ambushes were claimed by the People's Anti-Fascist Front": a group the gazetteer does not know.
      const name = self ? /^\s*((?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){1,5})/u.exec(s.text.slice(end)) : null;
      if (name && /(?:Front|Army|Brigades?|Movement|Group|Organi[sz]ation|Force|Tigers|Mujahideen|Battalion)$/.test(name[1])) {
        hits.push({ at: m.index, end, family: 'attribution', subjects: [], claimant: name[1].replace(/^the\s+/i, ''), claimantIsAgent: true });
      }
      continue;
    }
    // "blamed the TTP for attacks" in general, or "accused Pakistan of …", is no claim about an attack.
    const rest = s.lower.slice(after[after.length - 1].end, after[after.length - 1].end + 40);
    if (/^\s+(?:for|of)\s+(?:most|many|several|numerous|dozens\s+of|hundreds\s+of|a\s+(?:string|series|spate|wave)\s+of)\s/.test(rest) && !/\bthe\b/.test(rest.slice(0, 12))) continue;
    // "blamed the TTP for a rise in crime", "blames the group for the insecurity": blame for something other than an attack.
    if (/^blam/.test(m[0]) && blamedForOther(s, after[after.length - 1].end)) continue;
    // "was blamed on the TTP by provincial officials": a passive's agent after the accused is the accuser.
    const passiveBy = /^blam/.test(m[0]) && /\b(?:was|were|been|is|are|being)\s+(?:(?:also|initially|first|later|widely|quickly)\s+)?$/.test(s.lower.slice(Math.max(0, m.index - 24), m.index)) ? agentAfter(s, after[after.length - 1].end) : null;
    hits.push({
      at: m.index,
      end,
      family: 'attribution',
      subjects: [...new Set(after.map((it) => it.groupId))],
      claimant: self ? s.nameOf(after[0]) : passiveBy ? passiveBy : /^(?:blamed|attributed)\s+by\s/.test(m[0]) ? s.text.slice(m.index, end).replace(/^(?:blamed|attributed)\s+by\s+|\s+(?:on|to)$/gi, '') : /\sby$/.test(m[0]) && !/^(?:carried|perpetrated|conducted|orchestrated|masterminded|executed|staged|planned|committed|organi|plotted|directed|ordered|done)/.test(m[0]) ? null : accuserBefore(s, m.index),
      claimantIsAgent: self,
      ownSource: !self && laterClauseOwnSource(s, m.index),
    });
  }
  for (const m of ACCUSE_BEFORE_MATCHES.matches(s.lower)) {
    if (!asserted(s, m.index)) continue;
    // "Khawarij were behind it": the states' word as the subject stands for the passage's group.
    const khawarij = KHAWARIJ_BEFORE.test(s.lower.slice(clauseAt(s, m.index)[0], m.index)) ? khawarijFor(s) : null;
    const agent = agentBefore(s, m.index, 70) ?? (khawarij ? { groupId: khawarij, start: m.index, end: m.index, anaphor: true } : null);
    if (!agent) continue;
    // "The TTP has been behind numerous attacks on the security forces", "was behind attacks in Kabul": a record.
    if (/(?:behind|responsible\s+for)$/.test(m[0])) {
      const object = s.lower.slice(m.index + m[0].length).replace(/^\s+/, '');
      if (MANY.test(object) || BARE_ATTACKS.test(object) || tally(object)) continue;
    }
    // "ISKP’s central role in the March 2024 assault": the group a possessive right before the noun, of one attack
    // (a plural, "its role in attacks across the north", is a record).
    if (/^(?:role|hand|involvement|part|complicity)\s/.test(m[0]) && (!NOMINAL_ROLE.test(s.lower.slice(agent.end - 2, m.index)) || /s$/.test(m[0]))) continue;
    // The group is the subject: only small words between it and the verb ("Jamaat-ul-Ahrar (JuA), was").
    const between = s.lower.slice(agent.end, m.index);
    if (between.split(/\s+/).filter(Boolean).length > 5) continue;
    if (/accused$/.test(m[0]) && /^\s+of\b/.test(s.lower.slice(m.index + m[0].length)) && accusedOfOther(s, m.index + m[0].length)) continue;
    // "has been blamed for a wave of bombings", "is blamed for dozens of attacks": a record.
    if (RECORD_FOR.test(s.lower.slice(m.index + m[0].length, m.index + m[0].length + 50))) continue;
    if (/blamed$/.test(m[0]) && blamedForOther(s, m.index + m[0].length)) continue;
    // "Jamaat-ul-Ahrar was initially cited by officials", "X was blamed for the attack by the army": the passive's agent accuses.
    const by = /\bby$/.test(m[0]) ? agentAfter(s, m.index + m[0].length - 3) : /blamed$|suspected$|accused$|held\s+responsible$/.test(m[0]) ? agentAfter(s, m.index + m[0].length, true) : null;
    hits.push({ at: m.index, end: m.index + m[0].length, family: 'attribution', subjects: [agent.groupId], claimant: by, claimantIsAgent: false, ...(by ? { ownSource: true } : {}) });
  }
  OWN_HALLMARKS.lastIndex = 0;
  for (let m = OWN_HALLMARKS.exec(s.lower); m; m = OWN_HALLMARKS.exec(s.lower)) {
    if (!asserted(s, m.index)) continue;
    const ownerAt = m.index + m[0].indexOf(m[1] ?? m[2]);
    const owner = s.items.find((it) => it.start <= ownerAt && ownerAt < it.end)?.groupId ?? (m[1] ? (s.statementGroup ?? null) : null);
    if (!owner) continue;
    hits.push({ at: m.index, end: m.index + m[0].length, family: 'attribution', subjects: [owner], claimant: null, claimantIsAgent: false });
  }
  if (s.headline) {
    HEADLINE_BEHIND.lastIndex = 0;
    for (let m = HEADLINE_BEHIND.exec(s.lower); m; m = HEADLINE_BEHIND.exec(s.lower)) {
      const agent = agentBefore(s, m.index, 40);
      if (agent && asserted(s, m.index)) hits.push({ at: m.index, end: m.index + m[0].length, family: 'attribution', subjects: [agent.groupId], claimant: null, claimantIsAgent: false });
    }
  }
}

function agentHits(s: ClaimSentence, hits: Hit[]): void {
  for (const it of outside(s)) {
    const text = s.text.slice(it.start, it.end);
    if (it.anaphor && !it.subjectPronoun && !/^(?:its|their|they|the group|the militants|the outfit|the organi[sz]ation|the faction)$/i.test(text)) continue;
    const tail = s.lower.slice(it.end, it.end + 140);
    let m = AGENT_TAIL.exec(tail);
    let present = false;
    if (!m && s.headline && !it.anaphor) {
      m = AGENT_TAIL_PRESENT.exec(tail);
      // "What ISKP’s attacks of the past two years say": a possessive right before the word makes it a noun.
      if (m && /^['’]s?\s+[a-z]+$/.test(m[0])) m = null;
      present = !!m;
    }
    if (!m) continue;
    // "its fighters attacked" needs the fighters; "ISKP attacked" is the group itself (and so is a
    // speaker's "they", when it stands for a group: "they have attacked religious gatherings").
    if (/^(?:its|their)$/i.test(text) && !HAS_ATTACKER.test(m[0])) continue;
    const verbAt = it.end + m.index + m[0].length - m[1].length;
    const verbEnd = it.end + m.index + m[0].length;
    // Active verbs take an object; "TTP militants killed in Kurram" were killed.
    if (bareVerb(m[1]) && !/\b(?:has|have|had)\s+[\w ]*$/.test(s.lower.slice(it.end, verbAt)) && NO_OBJECT.test(s.lower.slice(verbEnd, verbEnd + 14))) continue;
    // "… has carried out similar attacks", "has targeted the Hazara community repeatedly": a pattern, not an attack
    // (unless it names one of them: "…, including a suicide bombing at a party convention in July 2023").
    if (generic(s, verbAt, verbEnd) && !namesOneAttack(s, verbEnd)) continue;
    if (!asserted(s, verbAt, { present })) continue;
    // "the group said its fighters had killed 40 soldiers": the group's toll, a casualties claim.
    // Only the group's own report: "Its fighters killed more than 40 soldiers in an ambush", told by an
    // analyst or a reporter, says who attacked as well as how many died (a claim of each kind).
    if ((/^(?:its|their|the group['’]s)$/i.test(text) || (it.anaphor && /^['’]s\s/.test(tail))) && tollOnly(s, verbEnd, m[1]) && groupReports(s, it)) continue;
    hits.push({ at: it.start, end: verbEnd, family: 'agent', subjects: [it.groupId], claimant: null, claimantIsAgent: false });
  }
  // "the ISKP attack on the airport", "a Boko Haram raid on Mozogo": the group names the attack.
  for (const it of outside(s)) {
    if (it.anaphor) continue;
    const n = AGENT_NOUN_TAIL.exec(s.lower.slice(it.end, it.end + 60));
    if (!n || !asserted(s, it.start)) continue;
    hits.push({ at: it.start, end: it.end + n[0].length, family: 'agent', subjects: [it.groupId], claimant: null, claimantIsAgent: false });
  }
  // "Fighters of the Islamic State West Africa Province (ISWAP) attacked …", "gunmen from al-Shabaab stormed …".
  for (const it of outside(s)) {
    if (it.anaphor) continue;
    const from = Math.max(0, it.start - 60);
    const head = AGENT_HEAD.exec(s.lower.slice(from, it.start));
    if (!head) continue;
    const tail = s.lower.slice(it.end, it.end + 140);
    const m = AGENT_TAIL.exec(tail) ?? (s.headline ? AGENT_TAIL_PRESENT.exec(tail) : null);
    if (!m) continue;
    const verbEnd = it.end + m.index + m[0].length;
    const at = from + head.index;
    if (bareVerb(m[1]) && NO_OBJECT.test(s.lower.slice(verbEnd, verbEnd + 14))) continue;
    if (generic(s, verbEnd - m[1].length, verbEnd)) continue;
    if (!asserted(s, at) || !asserted(s, verbEnd - m[1].length)) continue;
    hits.push({ at, end: verbEnd, family: 'agent', subjects: [it.groupId], claimant: null, claimantIsAgent: false });
  }
  // "Militants attacked a convoy on Sunday morning, the Balochistan Liberation Army said."
  const attack = ATTACK_VERB_WORD.exec(s.lower);
  if (attack && asserted(s, attack.index)) {
    const speaker = s.items.find((it) => !it.anaphor && it.start > attack.index && /^\s+(?:said|says|claimed|announced)\b/.test(s.lower.slice(it.end)));
    if (speaker) hits.push({ at: attack.index, end: attack.index + attack[0].length, family: 'self', subjects: [speaker.groupId], claimant: s.text.slice(speaker.start, speaker.end), claimantIsAgent: true });
  }
  if (s.speakerGroup) {
    const we = WE_ATTACKED.exec(s.lower);
    // "We killed more than 50 soldiers": a group's own toll is a casualties claim, not a claim of the attack.
    const toll = we !== null && /\bkilled$/.test(we[0]) && /^\s+(?:(?:more than|at least|over|some|about|around|nearly|almost|dozens|scores|hundreds)\b|\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred)\b)/.test(s.lower.slice(we.index + we[0].length, we.index + we[0].length + 14));
    // "Since March we have carried out more than 60 operations": a tally in the perfect is the group's record, not one attack, in its own words too.
    const opAt = we ? we.index + we[0].search(/\b(?:carried out|mounted|staged|conducted|launched)\b/) : -1;
    const record = we !== null && opAt >= we.index && tally(s.lower.slice(opAt).replace(/^(?:carried out|mounted|staged|conducted|launched)\s+/, '')) && perfectBefore(s, clauseAt(s, opAt)[0], opAt);
    if (we && !toll && !record && asserted(s, we.index)) hits.push({ at: we.index, end: we.index + we[0].length, family: 'agent', subjects: [s.speakerGroup], claimant: null, claimantIsAgent: false });
    const own = WE_RESPONSIBLE.exec(s.lower);
    if (own && asserted(s, own.index)) hits.push({ at: own.index, end: own.index + own[0].length, family: 'self', subjects: [s.speakerGroup], claimant: null, claimantIsAgent: false });
  }
}

/**
 * One claim per clause and per party: a self-claim, an attribution and an attack report about the
 * same group in one sentence are one claim ("ISKP claimed the attack, saying its fighters stormed
 * the hotel"); a denial next to an accusation, or claims about different groups, are several. A
 * coordinated clause with its own subject reports another attack ("In May, the group said it was
 * behind a shooting …, and in July it claimed a roadside bombing …" are two claims).
 */
function merge(s: ClaimSentence, hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.at - b.at);
  const kept: Hit[] = [];
  for (const h of hits) {
    const same = kept.find((k) => (k.family === 'denial') === (h.family === 'denial') && k.subjects.join() === h.subjects.join() && !newClause(s, k, h));
    if (same) {
      // A self-claim or denial names the claimant better than a bare attack report.
      if (same.family === 'agent' && h.family !== 'agent') Object.assign(same, { ...h, at: same.at });
      continue;
    }
    kept.push(h);
  }
  return kept;
}

/** `h` is in a later clause coordinated with `k`'s ("…, and in July it claimed …", "…; it also …"), not a participle or relative that elaborates it. */
function newClause(s: ClaimSentence, k: Hit, h: Hit): boolean {
  if (k.family === 'agent' || h.family === 'agent') return false;
  const [kStart] = clauseAt(s, k.at);
  const [hStart] = clauseAt(s, h.at);
  if (hStart <= kStart) return false;
  return /^(?:and|but|while|whereas|yet)\b/.test(s.lower.slice(hStart, hStart + 8)) || /;\s*$/.test(s.lower.slice(Math.max(0, hStart - 3), hStart));
}

/** Those who monitor and relay groups' claims: "the SITE Intelligence Group", "a monitoring group", "researchers who track jihadist media". */
const MONITOR = /\b(?:SITE|monitor(?:s|ing)?|Long War Journal|Flashpoint|track(?:s|ing)?\s+(?:jihadist|militant|extremist))\b/i;

export function findResponsibility(s: ClaimSentence): KindFinding[] {
  if (!s.maybe.responsibility) return [];
  const hits: Hit[] = [];
  selfHits(s, hits);
  relativeClaimHits(s, hits);
  gappedRelativeHits(s, hits);
  behindDescriptionHits(s, hits);
  openingClaimingHits(s, hits);
  clauseDenialHits(s, hits);
  passiveMediumHits(s, hits);
  nominalClaimHits(s, hits);
  relativeAccusationHits(s, hits);
  denialHits(s, hits);
  accuseHits(s, hits);
  agentHits(s, hits);
  if (!hits.length) return [];
  // "ISKP also claimed …, the SITE Intelligence Group reported": a monitor relaying a claim is its claimant (second-hand).
  if (s.attribution && MONITOR.test(s.attribution.claimant)) for (const h of hits) if (h.family === 'self') h.claimantIsAgent = false;
  return merge(s, hits).map((h) => ({ subjects: h.subjects, claimant: h.claimant, claimantIsAgent: h.claimantIsAgent, ...(h.ownSource && h.claimant ? { ownSource: true } : {}), trigger: s.text.slice(h.at, h.end), figures: [] }));
}

export type { GroupItem };
