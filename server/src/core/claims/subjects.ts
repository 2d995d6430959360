/**
 * What a sentence is about: the groups it names, and the group it refers to without naming —
 * "the group", "the movement", "its fighters", "these people", "the two groups", and in a speaker's
 * own words "they"/"them"/"it" — resolved to the group the passage is about (its *topic*), and
 * "we"/"our" in the words of a group's spokesman or commander to that group. The topic is the group
 * a sentence is about, in subject position: the first group it names that is not a speaker's
 * affiliation ("a Taliban spokesman dismissed the group" keeps the topic), a parent, a group only
 * compared, denied or opposed, or a group that speaks about another; in an interview, the group a
 * question asks about. A sentence that refers to the topic by a pronoun keeps it. A plural pronoun
 * means people instead when people were named more recently than a group (docs/claims.md). Sentences
 * must be visited in order.
 */
import type { Mention } from '../recognition/groupMatcher';
import type { DocumentModel } from '../text/document';
import type { Statement } from './attribution/statements';
import type { EpithetMention } from './epithets';
import { centreBesideProvince, isProvince, readAsProvince } from './branches';
import { kabulGovernment, parentDescription, regionBranches, separatistDescriptions } from './descriptions';
import type { ParentOf } from './epithets';
import { clauseStarts, possessiveOfNextName } from './sentence';

/**
 * "The militants", "the terrorists", "the attackers" name the fighters of one incident, not the
 * organisation: they are not group anaphors ("The terrorists opened heavy fire"). A group's cell
 * ("the cell's leader", "We know these cells") is the group.
 */
const GROUP_ANAPHOR = /\b(?:the (?:(?:banned|proscribed|outlawed|militant|jihadi|jihadist|terror|terrorist|insurgent|extremist|armed|separatist|sectarian|islamist)\s(?:(?:militant|jihadi|jihadist|terror|terrorist|separatist|armed|islamist)\s)?(?:group|outfit|organi[sz]ation|movement|network|faction)|group|movement|outfit|organi[sz]ation|faction|network|branch|front|cell)|(?:this|that) cell|these (?:people|groups|cells)|such people|its|their)\b/g;
/** Two groups at once: "the two groups", "the two jihadist groups", "both factions", "the two share …". */
const TWO_GROUPS = /\b(?:the two (?:[\w-]+ )?(?:groups|organi[sz]ations|factions|movements|outfits)|both (?:groups|factions|organi[sz]ations|movements)|the two(?= (?:(?:sometimes|often|also|still|even|now|never|rarely|usually|already|regularly) )?(?:share|shared|have|had|are|were|compete|competed|fight|fought|cooperate|cooperated|work|worked|operate|operated|use|used|meet|met|trade|traded|hate|hated|tolerate|tolerated|recruit|recruited|rely|relied|draw|drew|clash|clashed)\b))\b/;
/**
 * Words that speak of two parties at once: "each other", "both sides", "both of them", "they were
 * both", "each organisation calls the other", "the groups". They mean the pair of groups the text
 * has just spoken of together.
 */
const RECIPROCAL = /\b(?:each other|one another|(?:they|we) (?:are|were) (?:not |no longer |still |now |never )?(?:allies|enemies|rivals|partners|competitors)\b|both sides|the two sides|both of them|(?:they|we) (?:are|were|have been) both|each (?:organi[sz]ation|group|side|faction|movement)|the groups|between (?:them|the two)|among them)\b/;
/** Words for two sides in a conflict ("both sides", "each side"; not a place, "from the hills on both sides", "both sides of the road", nor "each other", "among them"). */
/**
 * Wording that speaks of two groups at once without "each other": a predicate of sharing, rivalry,
 * sameness or difference whose subject is "they" ("They share the same madrassas", "They compete for
 * money", "They split on paper", "They have different leaders", "They do not recruit the same way").
 * Like a reciprocal, it reads the pair just spoken of.
 */
const PAIR_PREDICATE = /\bthey\s+(?:(?:all|both|still|also|often|sometimes|even|now|do not|don['’]t|did not|never|can|could|may|might|will|would|must|should|have|had|are|were)\s+){0,2}(?:share|shared|compete|competed|split|meet|met|differ|differed|overlap|overlapped)\b|\bthey\s+(?:(?:all|both|still|also|often|do not|don['’]t|did not|never)\s+){0,2}(?:have|had|use|used|recruit|recruited|take|took|draw|drew|buy|bought|follow|followed|want|wanted|train|trained|answer|answered|serve|served)\s+(?:[\w'’-]+\s+){0,6}?(?:the same|different)\b/;
/**
 * Distributive wording for two groups ("Both take fish and both take boys", "Every time one side wins
 * an island, the other comes back", "moved from one group to the other", "which group was which",
 * "among the factions"): the pair just spoken of, else the two groups the document is about.
 */
const PAIR_DISTRIBUTIVE = /^\W*both\s+(?!of\b|the\b|these\b|those\b|are\b|were\b|is\b|was\b|have\b|had\b|men\b|sides?\b|groups?\b|factions?\b|organi[sz]ations?\b|movements?\b)[a-z]+\b|\bone (?:group|side|faction|organi[sz]ation|movement)\b[^.;:]{0,80}?\bthe other\b|\bwhich (?:group|faction|side) (?:was|is) which\b|\b(?:among|between) the factions\b/;
/** A group called a faction after its name: "JAS faction", "Boko Haram faction of …", "Jamaat-ul-Ahrar, the faction that …". */
const FACTION_AFTER = /^(?:['’]s?)?\s+(?:[\w-]+\s+)?faction\b(?!\s+of\s+(?:the\s+)?[a-z-]+\s+(?:group|movement))|^\s*(?:\([^)]*\)\s*)?,\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?faction\b/;
/** A group called a faction before its name: "the faction still known as Boko Haram", "A faction of the TTP, Jamaat-ul-Ahrar,". */
const FACTION_BEFORE = /\b(?:the|a)\s+(?:[\w-]+\s+){0,2}?faction\s+(?:(?:still\s+|now\s+)?(?:known|called)\s+as\s+)?(?:the\s+)?$|\bfaction\b[^.;:]{0,60},\s*$/;
/** A faction or its men by a name word: "the Bakura faction", "Bakura's men", "the Ahrar faction", "the Shekau faction". */
const NAMED_FACTION = /(\p{Lu}[\p{Ll}'’-]{2,})(?:['’]s)?\s+(?:faction|men|people|fighters|loyalists|followers)\b/gu;
/** Words that tie a person to the group beside them: "the Boko Haram faction of Bakura", "the faction formerly led by Shekau". */
const LEADER_TIE = /\b(?:faction|led|loyal|commander|leader|emir|chief|head|followers)\b/;
/** Words of a group's name that never stand for it alone. */
const GENERIC_NAME_WORD = /^(?:islamic|state|army|front|movement|group|party|province|liberation|jihad|islam|al|ul|e|i|the|of|and|wal|lil)$/;
/** A sentence whose subject is a state body: "The Nigerian army gave …", "Nigeria's defence headquarters, in a briefing …, maintained …". */
const STATE_SUBJECT = /^\W*(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:army|military|police|government|ministry|mission|forces|authorities|administration|junta|navy|command|directorate|agency|department|headquarters)\s*(?:,[^,;.]{1,80},\s*)?(?:(?:has|have|had|also|later|then|on\s+\w+|in\s+a\s+\w+)\s+)*(?:[a-z]+ed|said|says|gave|gives|told|put|puts|took|made|sent|denied|issued|released|spoke|wrote)\b/;
/** A partitive before "them": "Some of them", "most of them", "four of them". */
const PARTITIVE_BEFORE = /\b(?:some|most|many|all|none|few|several|half|each|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+$/;
/** A count of people who are no group: "eleven bodies", "14 wounded people", "27 injured soldiers". */
const COUNTED_PEOPLE = /\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|dozens?|scores?|hundreds?)\s+(?:[a-z-]+\s+)?(?:bodies|corpses|wounded|injured|dead|people|civilians|soldiers|policemen|passengers|victims|patients|children|women|villagers|students|worshippers|recruits)\b/;
const SIDES = /(?<!\b(?:on|from|along|at|to|by) )\b(?:both sides|each side|the two sides|either side)\b(?! of\b)/;
/** Two groups named as one subject: "Al-Shabaab and JNIM", "the TTP or its factions" (between the two names). */
const COORDINATED = /^(?:['’]s?)?\s*,?\s*(?:and|or|&)\s+(?:the\s+)?$/;
/** A state body as a speaker ("the army", "a spokesman for the African Union mission", "police"). */
const STATE_BODY = /\b(?:army|police|ministry|government|military|mission|forces|task force|authorities|department|agency|office|administration|command|directorate|council|embassy|commission|navy|troops)\b/;
/** A plural state body as the whole speaker phrase: "Police", "the security forces", "Afghan authorities". */
const STATE_BODIES = /^(?:the\s+)?(?:[\w-]+\s+){0,2}(?:police|authorities|forces|troops|army|military)$/;
/** Between such a speaker and a possessive: the cue and nothing else ("… said its", "… told reporters their"). */
const REPORTED_POSSESSIVE = /^\s*(?:(?:has|have|had)\s+)?(?:said|says|say|told|added|stated|confirmed|announced|claimed|insisted)(?:\s+(?:(?:on|in|last)\s+\w+|reporters|journalists|separately|also|later|\w+\s+news))?\s+(?:that\s+)?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|most|many|several|all|none|each)\s+of\s+)?$/;
/**
 * The Taliban's government named by its standing rather than its name: "the interim Afghan
 * government", "the interim government in Kabul", "Afghanistan's de facto authorities"; a bare
 * "the interim government" only in a document that names the Afghan Taliban.
 */
const INTERIM_AFGHAN = /\b(?:interim|de facto) (?:afghan |taliban )?(?:government|authorities|administration|rulers)(?: (?:in kabul|of afghanistan))?\b|\bafghan (?:interim|de facto) (?:government|authorities|administration)\b/;
const AFGHAN_TALIBAN = 'afghan-taliban';
/**
 * "Khawarij" ("kharji", "khwarij") that the document does not define: the epithet states and rival
 * groups give the group they fight — the Taliban's is ISKP, JNIM's the Islamic State in the Sahel,
 * anyone else's (Pakistan's, Somalia's) the one of the TTP, ISKP and al-Shabaab the document names most.
 */
const KHAWARIJ = /\bkh(?:a?wa?rij|arji)\b/;
const KHAWARIJ_OF_SPEAKER: Record<string, string> = { [AFGHAN_TALIBAN]: 'iskp', 'jamaat-nusrat-al-islam-wal-muslimin': 'islamic-state-in-the-greater-sahara' };
const KHAWARIJ_GROUPS = ['ttp', 'iskp', 'al-shabaab'];
/**
 * "The former" / "the latter" standing for a group: followed by a verb, an auxiliary, a possessive or
 * punctuation ("the former wants", "the latter's fighters", "…, the latter."), not an adjective before
 * a noun ("the former commander", "the latter half"; a plural noun is one when a verb, "of", "who" or
 * a comma follows it: "the former soldiers were", "the former members of").
 */
const FORMER_LATTER = /\bthe (former|latter)(?=['’]s\b|\s*[,.;:)!?”"]|\s+(?:(?:is|was|are|were|has|had|have|can|could|will|would|may|might|must|should|does|did|do|still|also|now|never|always|only|remains|remained|seems|seemed|appears|appeared)\b|[a-z]+(?:s|ed)\b(?!\s*[,;:)]|\s+(?:are|were|is|was|have|has|had|will|would|can|could|may|might|must|should|do|did|who|whom|which|that|of|and|or|in|from)\b)))/g;
/** An inverted question whose subject is a pronoun or a description for the group: "Does it compete with the TTP?", "Are they …". */
const INVERTED_ANAPHOR = /^\W*(?:(?:and|but|so)\s+)?(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would|should|might)\s+(?:it|they|the (?:group|movement|organi[sz]ation|faction|network))\b/;
/** Before a "they" that is its clause's subject: a short opener ("In Kabul they", "At the same time they") or a clause break. */
const THEY_SUBJECT_BEFORE = /^\W*(?:(?:[\w’'-]+\s+){0,4})$|(?:[,;:]|\b(?:and|but|so|because|when|while|if|since|until|although|though|that))\s+$/;
/** Between a later clause's start and its subject: "…, and the Taliban …", "…, but that the organisation …". */
const LATE_SUBJECT_BEFORE = /^\W*(?:(?:and|but|while|whereas|although|though|yet)\s+)?(?:that\s+)?(?:the\s+)?$/;
/** After the people of a comparison's standard: a few words, then a verb of thinking or saying ("than people in Nairobi think"). */
const COMPARISON_STANDARD_AFTER = /^(?:\s+[\w-]+){0,3}?\s+(?:think|thinks|thought|admit|admits|admitted|say|says|said|believe|believes|believed|expect|expects|expected|know|knows|assume|assumes|realise|realises|realize|realizes|imagine|imagines)\b/;
/** Pronouns that stand for the topic only in a speaker's own words (a quote or an answer). */
const SPOKEN_PRONOUN = /\b(?:they|them|these people|those people)\b/g;
/** The affiliations that are the group's own people acting (fighters, members, commanders), not its voice. */
const FIGHTING_AFFILIATION = /(?:commanders?|members?|fighters?)$/i;
/** A speech verb soon after: "TTP commanders told Dawn …", "ISKP members, who spoke …, said". */
const SAYS_AFTER = /^[^.;:]{0,30}?\b(?:said|says|say|told|tell|claimed|claim|claims|added|insisted|denied|deny|denies)\b/;
/** Before a clause's subject: an opening phrase and a determiner at most ("On Monday, suspected …", "Hundreds of …"). */
const CLAUSE_SUBJECT_BEFORE = /^\W*(?:[^,;:]{0,40},\s*)?(?:(?:the|some|several|suspected|armed|heavily armed|dozens of|hundreds of|scores of|about|around|at least|more than|[\d,]+)\s+)*$/;
/** A subordinate clause's opening word: the subject after it is its clause's ("… were killed when al-Shabaab fighters attacked"). */
const SUBORDINATOR = /\b(?:when|as|after|before|while|because|since|until|once|where)\s+/;
/** A state or its capital opening a clause, as its subject: "China should …", "But Islamabad has …" (case-sensitive; not Kabul, which stands for the Taliban's government, descriptions.ts). */
const STATE_NAME_OWNER = /^\W*(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et)\s+)?(?:China|Pakistan|Afghanistan|India|Iran|Kenya|Somalia|Nigeria|Niger|Mali|Chad|Cameroon|Ethiopia|Uganda|Burkina Faso|Mozambique|Yemen|Russia|Turkey|Qatar|Islamabad|Beijing|Delhi|New Delhi|Tehran|Nairobi|Mogadishu|Abuja|Bamako|Niamey|Ouagadougou|Washington|Moscow)\b(?!['’]s)/;
/** A preposition of place before "the front": "at the front", "to the front", "from the front". */
const FRONT_PLACE_BEFORE = /\b(?:at|to|on|from|near|along|behind|towards?|in|up)\s+$/;
/** A speaker phrase that describes a group: "the group", "the movement's statement". */
const GROUP_SPEAKER_WORD = /\b(?:group|movement|organi[sz]ation|outfit|faction|militants)\b/;
/** A cue of reported words: the subject after it is the reported clause's ("The former members said JNIM's commanders answer to …"). */
const REPORTED_THAT = /\b(?:said|says|say|added|noted|believes?|believed|thinks?|thought|argued|argues|insisted|insists|estimated|estimates|warned)\s+(?:that\s+)?/;
const FIRST_PERSON_PLURAL = /\b(?:we|our|us|ours)\b/;
/** A group name that qualifies a person or office: "Taliban spokesman", "TTP commanders", "the Emirate's intelligence directorate". */
const AFFILIATION_AFTER = /^['’]?s?\s+(?:police\s+)?(?:spokes(?:man|woman|person|people)|officials?|commanders?|leaders?|members?|fighters?|representatives?|sources?|chief|emir|media|government|administration|delegation|authorities|(?:(?:intelligence|interior|defence|defense|foreign|information|security|media|health)\s+)?(?:directorate|ministry|department|agency|service|office|commission))\b/i;

/**
 * An elliptical answer that leans on its question: "Both, but not in the same way.", "Less than
 * people think.", "Stronger than the army admits." — a short reply with no subject of its own,
 * opening on "both" / "neither" / "either", or on a comparative set against what others think or
 * say; it is about the groups the question asked about. A bare "Yes." or "No." is not ("Yes, and
 * that tells you something"), nor a comparison with the past ("Stronger than ever.").
 */
const ELLIPTICAL_ANSWER = /^\W*(?:(?:both|neither|either)(?:\s+of\s+them)?\s*[,.;]|(?:far\s+|much\s+)?(?:less|more|stronger|weaker|bigger|smaller|better|worse|fewer|larger|richer|poorer|older|younger)\s+than\s+(?:(?:the|most|many|some|what)\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:think|thinks|thought|admit|admits|admitted|say|says|said|claim|claims|claimed|believe|believes|believed|expect|expects|expected|know|knows|suggest|suggests|assume|assumes|realise|realises|realize|realizes|report|reports|estimate|estimates|imagine|imagines)\b)/;
/**
 * A yes or no restricted to a place, and a bare comparative, as a whole reply: "In Nangarhar, yes.",
 * "In most of central Mali, yes.", "Much stronger.", a comparative restricted to a place with a hedge
 * ("Weaker in the towns, maybe.", "Stronger in the north, yes.") — the question's proposition, held there or to a
 * degree, so about the groups it asked about ("In operational terms, yes." names no place; "Stronger
 * than ever." compares with the past and stays with ELLIPTICAL_ANSWER's rule).
 */
const RESTRICTED_REPLY = /^\W*(?:In\s+(?:(?:most|much|parts|some|all)\s+of\s+)?(?:the\s+)?(?:[a-z]+\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*,\s*(?:yes|no|still)|(?:(?:[Mm]uch|[Ff]ar|[Aa] lot|[Aa] little|[Ss]lightly|[Ss]omewhat|[Ee]ven)\s+)?(?:[Ss]tronger|[Ww]eaker|[Bb]igger|[Ss]maller|[Ll]arger|[Rr]icher|[Pp]oorer|(?:[Mm]ore|[Ll]ess) dangerous)(?:\s+(?:in|on|at|around|outside|inside|across|along|near)\s+[^,.;!?]{1,40}?(?:,\s*(?:maybe|perhaps|probably|certainly|yes|no))?)?)\s*[.!]?\s*$/;
/**
 * A group described by its country: "the Somali group", "the Pakistani movement" (case-sensitive: a
 * capitalised adjective of nationality, not "the rival group" or "the armed group").
 */
/** The cheap test before NATIONAL_DESCRIPTION: one of its nouns after "the" and a word. */
const NATIONAL_NOUN = /\bthe [a-z]+ (?:group|movement|organi[sz]ation|faction|outfit|insurgency)\b/;
const NATIONAL_DESCRIPTION = /\b[Tt]he (?:[A-Z][a-z]+(?:an|ian|ese|ali|i|ish))\s+(?:group|movement|organi[sz]ation|faction|outfit|insurgency)\b/g;
/**
 * A spoken "it" that is a later clause's subject, or the main clause's after an opening phrase and
 * its comma: "Second, it named a new commander", "In the areas it controls …, it preaches", "…, and
 * it pays its fighters" (what follows is checked as for a sentence-initial "it").
 */
const CLAUSE_IT = /^\W*[a-z][\w’'-]*(?:\s+[\w’'-]+){0,11}?,\s+it\s+|[,;]\s+(?:(?:and|but|so|yet)\s+)?it\s+|^\W*(?:in|on|at|across|since|during|outside|inside|throughout|within|beyond|along|around)\s+(?:[^\s,;:.]+\s+){1,6}?it\s+(?=(?:(?:still|already|also|now|often|usually|never|always|only|even|just|mostly|largely|simply|increasingly)\s+)*(?!is\b|was\b)(?:has|does|did|can|will|[a-z]+s)\b)/;
/** A speech verb after "it": the "it" is a speaker ("…, it said"). */
const IT_SAYS = /^(?:said|says|added|told|stated|reported|noted|claimed|announced|wrote)\b/;
/**
 * A spoken "it" as the object of what members do to their group — lead, run, command, join, fund,
 * speak or fight for it, stay with it, care about it: "Shekau ran it like a household", "No single
 * man speaks for it now", "the men who have been with it since 2016".
 */
const OBJECT_IT = /\b(?:leads?|led|leading|runs?|ran|running|commands?|commanded|joins?|joined|joining|funds?|funded|financed?|finances|(?:speaks?|spoke|speaking|fights?|fought|fighting) for|belongs? to|belonged to|(?:been|stay|stays|stayed|remain|remains|remained) with|(?:cares?|cared|caring) about|(?:relies?|relied|rely) on)\s+it\b/;
/** A count of a force: "5,000 fighters", "a few hundred men", "2,000 members". */
const HEAD_COUNT = /\b(?:\d[\d,]*|hundreds?|thousands?|dozens?)\s+(?:(?:[\w-]+|["“”'‘’])\s+){0,2}?(?:fighters|members|men|militants|cadres|recruits|armed men|combatants)\b/;
/**
 * Plural nouns for people (and the few collectives and things a speaker's "they" means) that are
 * not a group: attackers, soldiers, villagers, the wounded, governments ("police" in "police chief"
 * is not such a plural).
 */
const PEOPLE_NOUN = /\b(?:attackers|gunmen|assailants|terrorists|militants|insurgents|jihadists|fighters|bombers|shooters|boys|youths|(?:young |our )men|(?<!\b(?:these|those|such) )people|villagers|residents|locals|soldiers|troops|brigades|policemen|police|officers|families|children|sons|parents|women|students|passengers|workers|recruits|elders|traders|shopkeepers|journalists|prisoners|detainees|hostages|civilians|refugees|migrants|foreigners|colleagues|tajiks|uzbeks|governments|(?:member )?states|authors|(?:the|of the|most of the|some of the) (?:wounded|injured|dead)|martyrs|victims|the enemy)\b(?!\s+(?:chief|spokes\w+|inspector|superintendent|chiefs)\b)/g;
/** The words of PEOPLE_NOUN for an incident's fighters, who are a group's people. */
const FIGHTER_NOUN = /^(?:attackers|gunmen|assailants|terrorists|militants|insurgents|jihadists|fighters|bombers|shooters)$/;
/**
 * After a "they": a verb in the present or the future ("They come back at night", "who they are",
 * "they will be followed", "They stop when the snow comes"), adverbs and "not" skipped — a standing
 * fact about the people, so about their group, not an incident's narrative ("They took everything",
 * "they were shooting", "they would come"). A base form ending in "-eed" is no past ("they need").
 */
const THEY_PRESENT = /^\s*(?:(?:also|still|just|even|never|always|often|usually|only|now|all|both|really|already|simply|sometimes|rarely|again|certainly|probably|not|no longer)\s+)*(?:are|have|do|don['’]t|does|will|won['’]t|can|can['’]t|cannot|may|might|must|should|shall|[’']re|[’']ve|[’']ll|(?!(?:had|were|was|did|could|would|came|went|took|left|fled|made|got|ran|brought|fought|shot|stole|drove|held|knew|saw|told|said|gave|threw|hid|sent|began|broke|blew|stood|sat|struck|kept|lost|met|paid|led|found|heard|thought|wore|rode|burnt|set|put|hit|cut|spent|won|became|rose|fell|tore|swore|stuck|slept|fed|bled|bred|withdrew|drew|grew|flew|overran|overtook|wrote|spoke|chose|woke|shook|hung|dug|bought|caught|taught|sought|crept|swept|dealt|meant|felt|built|lent|bent|bit|slid|arose|forgot|forgave|ate|sold|sang|swam|rang|sank|shut|quit|let|read)\b)(?:[a-z]*eed|[a-z]+(?<!ed)))\b/;
/** Before a negated predicate noun: a copula, a negation and up to two modifiers ("are not professional soldiers", "were never real fighters"). */
const PREDICATE_BEFORE = /\b(?:are|were|is|was|be|been|become|became|remain|remained)\s+(?:not|no longer|never)\s+(?:[a-z][\w-]*\s+){0,2}$/;
/** Between a group's name and a plural noun that is its predicate: "The TTP are religious people", "ISWAP's men were mostly local boys". */
const GROUP_PREDICATE_BETWEEN = /^(?:['’]s?\s+(?:men|fighters|members|ranks|recruits)\s+)?\s*(?:are|were|remain|remained|became|have become|had become)\s+(?:(?:mostly|mainly|largely|all|still|just|simply|only|now|often)\s+)?(?:(?:a|the)\s+)?(?:[a-z][\w-]*\s+){0,2}$/;
/** A plural noun phrase opening a sentence, not a group's name: "The videos are made for …". */
const PLURAL_SUBJECT = /^\W*(?:the|these|those|some|many|most|all|both)\s+(?:of\s+(?:the|these|those)\s+)?(?:[a-z][a-z-]*\s+){0,2}?[a-z][a-z-]*[^s\W]s\s+(?:are|were|have|had|do|did|will|would|can|could|may|might|must|should|tell|say|show|come|came|go|went)\b/;
/**
 * A singular owner that is not a group — a state body, a country, a place, a document: "The army, for
 * its part, …", "the country would keep its contingent", "The Malian Government, in its reply …".
 * An "its" after one (with no group named or referred to between) is that owner's.
 */
const NON_GROUP_OWNER = /\b(?:the|this|that)\s+(?:[a-z][\w-]*\s+){0,2}?(?:army|government|country|state|mission|ministry|military|police|navy|administration|junta|council|panel|court|commission|agency|department|authority|city|town|district|province|village|company|party|report|task force)\b(?!['’])/g;
/** Words for a group between such an owner and "its": the owner is no longer the nearest. */
const GROUP_WORD_BETWEEN = /\b(?:the (?:group|movement|outfit|organi[sz]ation|faction|network|insurgency|militants|fighters|insurgents)|it|they|them|their)\b/;
/** A group's own people: "its fighters", "the group's members". */
const GROUP_POSSESSOR = /\b(?:its|the (?:[\w-]+\s+)?(?:group|movement|organi[sz]ation|outfit|network|faction)['’]s)\s+(?:[\w-]+\s+)?$/;
/** Words that introduce a speaker: "…, officials said they …" ("I would not say they" is no such). */
const SAYER_BEFORE = /\b(?:said|say|says|told|added|believe|believes)\s+$/;
const FIRST_PERSON_SAYER = /\b(?:i|we|you)\s+(?:(?:would|will|do|did|can|could|cannot|can't|won't|wouldn't|don't|didn't|never|not|always)\s+){0,2}(?:say|said|believe|told)\s+$/;
/**
 * "It" that is not a group: an event or a situation ("It means nothing has changed", "It suggests
 * …"), or an expletive ("It is clear that …", "It was in 2015 that …").
 */
const IT_EVENT_WORDS = 'means|meant|suggests|suggested|shows|showed|tells you|tells us|told you|told us|depends|matters|mattered|happens|happened|seems|seemed|appears|appeared|looks|sounds|makes|made|helps|helped|took|takes';
const IT_SITUATION = new RegExp(`^(?:${IT_EVENT_WORDS}|will|would|could|might|may|must|should)\\b`);
/** The part of IT_SITUATION that is an event or a situation whoever speaks ("It means …"); the rest are modals. */
const IT_EVENT = new RegExp(`^(?:${IT_EVENT_WORDS})\\b`);
/**
 * "It is not trying to take Bamako", "it was preparing …": a progressive, an act, not a copula or
 * an expletive ("It is clear that …", "It is something"; "It is going to …" stays a situation).
 */
const IT_PROGRESSIVE = /^(?:is|was)\s+(?:(?:not|still|now|already|also|no longer|clearly|only|just|really|simply)\s+)*(?!(?:some|no|any|every)thing\b|going\b|during\b|morning\b|evening\b|king\b|building\b)[a-z]{2,}ing\b/;
const IT_EXPLETIVE = /^(?:is|was|has been|had been)\s+(?:(?:[\w-]+\s+){0,4}?)(?:that|to|for|whether|if|when|how|why|what|because|who)\b|^(?:is|was)\s+(?:\w+\s+)?(?:clear|true|possible|likely|unlikely|difficult|hard|easy|important|necessary|impossible|time|too early|a pity|a shame)\b/;
/** "It was never a group that …": a predicate that names a group makes "it" the group, whatever follows. */
const IT_GROUP_PREDICATE = /^(?:is|was)\s+(?:not\s+|never\s+|still\s+|now\s+|no longer\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:group|organi[sz]ation|movement|network|force|insurgency|faction|outfit)\b/;
/** A short opener ending in a subordinating word, then "it" and no copula: "Mostly from the fact that it …". */
const SUBORDINATE_IT = /^\W*(?:[a-z]+\s+){0,5}?(?:that|because|since|when|unless|until|while)\s+it\s+(?!is\b|was\b|has been\b|had been\b|seems\b|seemed\b|'s\b|’s\b)/;
/** An opening noun phrase that is not a group ("A roadblock needs …", "The uniform …"; not "The group wants …"): a following "It" is that. */
const THING_SUBJECT = /^\W*(?:(?:[Aa]n?|[Ee]very|[Ee]ach|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*|(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?!(?:group|movement|outfit|organi[sz]ation|faction|network|branch|front|cell)\b)[a-z][\w-]*\s+){0,2}?(?!group\b|movement\b|outfit\b|organi[sz]ation\b|faction\b|network\b|branch\b|front\b|cell\b)[a-z][\w-]*)\s+(?!of\b)[a-z]/;

/**
 * A group named only as what another is compared with, denied to be, or opposed to ("as large as the
 * TTP", "Not the Taliban, the Haqqanis", "no link to the al-Shabaab in Somalia", "claimed not by the
 * Tehreek but by …") is not what the sentence is about.
 */
const NOT_ABOUT_BEFORE = /(?:\b(?:not|no|never|than|like|unlike|against|versus|opposed to|compared (?:with|to)|(?:links?|ties|contacts?|relations?|connections?) (?:to|with))|\bas\s+[\w-]+\s+as)\s+(?:(?:by|from|of|to|for|with|in)\s+)?(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?$/i;
/** Before a group named as what a quote was about: "she said of JNIM", "referring to the TTP". */
const SPOKEN_OF_BEFORE = /\b(?:(?:said|says|added|wrote|speaking|talking)\s+(?:of|about)|referring\s+to|in\s+reference\s+to)\s+(?:the\s+)?$/;
/** Where a clause's subject stands: "the group" after these is a subject, elsewhere an object. */
const SUBJECT_SLOT = /\b(?:that|said|says|say|told|as|whether|if)\s+\W*$/;
/** A group named after these is inside reported or embedded words, not the main clause's subject. */
const EMBEDDED_BEFORE = /\b(?:said|says|say|told|tell|that|believ\w*|think\w*|thought|according|report\w*|added|noted|wrote|writes|estimat\w*|assess\w*|warned|argued|insisted)\b/;
/** "The Taliban say IS-K has been crushed": a group that speaks is not what its words are about. */
const REPORTING_AFTER = /^\s+(?:say|says|said|claim|claims|claimed|insist|insists|insisted|believe|believes|deny|denies|denied)\b/;

/** One reference to people or things that are not a group. */
interface PeopleRef {
  /** Document offset. */
  at: number;
  sentence: number;
  /** Possessed by the speaker ("our soldiers", "my children"): not what the speaker's own "they" means. */
  own: boolean;
  /** The plural noun as written ("traders"), when the reference is one. */
  noun?: string;
  /**
   * A word for an incident's fighters ("the militants", "the attackers"), or a pronoun read as
   * them: what a later "they" in the present or future tense speaks of as the group itself.
   */
  fighters?: boolean;
  /** Inside its own sentence's speaker phrase ("Police said …"): a source, not what a later speaker's "they" means. */
  source?: boolean;
}

/** Whether a plural noun for people ("traders", "residents") names the kind the speaker phrase says the speaker is ("a trader", "the Swat Traders Federation"). */
function ownKind(noun: string, speakerPhrase: string): boolean {
  const stem = noun.replace(/^(?:the|of the|most of the|some of the|our|young)\s+/, '').replace(/(?:ies|es|s)$/, '');
  return stem.length >= 4 && !/^(?:people|men|women|children|famil|state|government)/.test(stem) && new RegExp(`\\b${stem}`).test(speakerPhrase);
}

/** A group named as what another group belongs to: "Islamic State-linked JAD", "al-Qaeda's branch in Yemen". */
const PARENT_AFTER = /^(?:['’]s?\s+|\s*-\s*)(?:linked|affiliated|aligned|allied|inspired|backed|loyal|branch|affiliate|wing|franchise|offshoot|chapter|ally)\b|^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:branch|affiliate|wing|franchise|offshoot|chapter|ally|arm|proxy|front|banner|flag|brand|province|provinces|representatives?)\b/i;
/** "an affiliate of al-Qaeda", "loyal to the Islamic State", "pledged allegiance to ISIS". */
const PARENT_BEFORE = /\b(?:(?:affiliate|branch|wing|franchise|offshoot|ally|arm|province|chapter|splinter(?: group)?|part|member|offspring) of|(?:linked|tied|allied|aligned|loyal|allegiance|close|connected|affiliated) (?:to|with)|inspired by|(?:split|broke away|splintered) from)\s+(?:the\s+)?$/i;

/** A parent's possessive before a branch noun: "the Islamic State's Afghan branch", "al-Qaeda's affiliate,". */
const OWNS_BRANCH = /^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:branch|affiliate|province|wing|franchise|chapter|offshoot)\b(?!\s+(?:of|in)\b)/i;

/** A parent's possessive before a branch noun and a named region: "al-Qaeda's affiliate in the Sahel", "Al-Qaida's branch in Yemen" (not "in the region"). */
const REGIONAL_POSSESSIVE = /^['’]s?\s+(?:[\w-]+\s+)?(?:branch|affiliate|franchise|wing|offshoot|chapter)\s+in\s+(?:the\s+)?\p{Lu}/u;
/**
 * A group's possessive before the state office it runs: "the Taliban's interior ministry", "the
 * Taliban’s provincial police spokesman" (its office, not its spokesman: "the TTP's spokesman").
 */
const OWNS_STATE_OFFICE = /^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:ministry|police|army|military|armed forces|security forces|directorate|department|intelligence service|administration)\b/i;

/**
 * True when `m` owns a branch the sentence identifies: by its region (`branches`, from
 * descriptions.ts) or by the branch's own name in apposition ("…'s local affiliate, Islamic State
 * Khorasan"). Such an owner is not a subject; "the Islamic State's affiliates", "al-Qaeda's branch
 * in Yemen" and a branch left unidentified keep it.
 */
function ownsNamedBranch(doc: DocumentModel, m: Mention, inside: readonly Mention[], branches: readonly { at: number }[], sentenceStart: number): boolean {
  const after = doc.text.slice(m.end, m.end + 40);
  const owns = OWNS_BRANCH.exec(after);
  if (!owns) return false;
  const end = m.end + owns[0].length;
  if (branches.some((b) => sentenceStart + b.at >= m.end && sentenceStart + b.at < end)) return true;
  return inside.some((o) => o !== m && o.groupId !== m.groupId && o.start >= end && /^\s*(?:,|\()\s*(?:the\s+)?$/.test(doc.text.slice(end, o.start)));
}

/** True when mention `m` names the group another one belongs to, not what the sentence is about. */
export function namesParent(doc: DocumentModel, m: Mention): boolean {
  // "the Islamic State's Sahel branch" read as the province (branches.ts) is the branch itself.
  if (readAsProvince(m)) return false;
  return PARENT_AFTER.test(doc.text.slice(m.end, m.end + 32)) || PARENT_BEFORE.test(doc.text.slice(Math.max(0, m.start - 40), m.start));
}

export class SubjectTracker {
  private next = 0;
  private topic: string | null = null;
  /** Paragraph where the topic was last set. */
  private topicParagraph = -1;
  /** The first topic of the document: what an interview or a story is about. */
  private mainTopic: string | null = null;
  private questionTopic: string | null = null;
  /** Within one answer: the group it has got to (it starts at the question's). */
  private turnTopic: string | null = null;
  private turnIndex = -1;
  /** The question turn whose sentence set `questionTopic`. */
  private questionTurn = -1;
  /** The groups the current question turn named (all its sentences), and that turn. */
  private questionGroups: string[] = [];
  private questionGroupsTurn = -1;
  /** Recent references to people or things that are not a group (the last few sentences'). */
  private people: PeopleRef[] = [];
  /** Document offset of the last reference to a group: a name, or an anaphor read as one. */
  private groupAt = -1;
  /** The last sentence that named a group or referred to one. */
  private groupSentence = -1;
  /**
   * Two groups the text has just spoken of together (named side by side, "the two groups", a plural
   * pronoun read as both), the sentence that did, and whether they were one subject ("X and Y"
   * coordinated, or a pronoun or description for both) rather than two groups in one sentence.
   */
  private pair: [string, string] | null = null;
  private pairSentence = -1;
  private pairJoint = false;
  /** The first sentence of the current interview turn, and the question turn that set the pair. */
  private turnFirst = -1;
  private pairTurn = -1;
  /** The group each recent sentence was about (its `about`), newest last: what "the two groups" means first. */
  private recentAbout: { sentence: number; id: string }[] = [];
  /**
   * The last spoken "they" that was its clause's subject and was read as a group: the sentence, its
   * speaker, the group. The next sentence's subject "they" in the same words continues it, whatever
   * people the sentence between named as objects ("They are good at finding people … In Kabul they
   * arrest the wrong men").
   */
  private theyChain: { sentence: number; speaker: string; group: string } | null = null;
  /** The last spoken opening "It" read as a group: the sentence, its speaker, the group (as theyChain). */
  private itChain: { sentence: number; speaker: string; group: string } | null = null;
  /**
   * A group named as the subject of a later clause of the last sentence than its first ("In Kabul
   * they have cells …, and the Taliban intelligence people are not trained"): the sentence and the
   * group. The subject last spoken of is what the next sentence's subject "they" means.
   */
  private lateSubject: { sentence: number; group: string } | null = null;
  /** The last sentence that named a group by name. */
  private namedSentence = -1;
  /** The groups each recent sentence was about (its subjects), newest last. */
  private recentSubjects: { sentence: number; ids: string[] }[] = [];
  /** The speaker of each attributed sentence so far (quoted, answered or reported). */
  private readonly saidBy = new Map<number, string>();
  /** The sentences whose statement's speaker phrase names or describes a group ("The al-Qaeda-linked group said", "the group said"). */
  private readonly saidByGroup = new Set<number>();
  /** The speaker of each quoted or answered sentence so far. */
  private readonly spokenBy = new Map<number, string>();
  /** The group the last visited sentence's passage was about (what its "they" would mean). */
  passageTopic: string | null = null;
  /** The group a spoken "they"/"it" of the last visited sentence was read as; null when none was. */
  pronounGroup: string | null = null;

  constructor(
    private readonly doc: DocumentModel,
    private readonly mentions: readonly Mention[],
    private readonly parentOf?: ParentOf,
  ) {}

  /**
   * The plural nouns for people of sentence `index` ("the attackers", "our soldiers"), and a plural
   * noun phrase that opens it ("The videos are …"). A noun right after a group name ("ISKP
   * fighters", "Taliban intelligence people"), after "its" or "the group's", followed by "of
   * <group>", or counted ("a few hundred people") is not one.
   */
  private peopleOf(index: number, inside: readonly Mention[], spoken: boolean, speakerSpan: { start: number; end: number } | null): PeopleRef[] {
    const { doc } = this;
    const s = doc.sentences[index];
    const lower = doc.lower.slice(s.start, s.end);
    const refs: PeopleRef[] = [];
    // An opening plural noun phrase with no group name in it ("The videos are …", not "The TTP's men are …").
    const opening = PLURAL_SUBJECT.exec(lower);
    if (opening && !inside.some((m) => m.start < s.start + opening[0].length)) {
      refs.push({ at: s.start, sentence: index, own: false });
    }
    PEOPLE_NOUN.lastIndex = 0;
    for (let m = PEOPLE_NOUN.exec(lower); m; m = PEOPLE_NOUN.exec(lower)) {
      const at = s.start + m.index;
      // "ISKP fighters", "Taliban intelligence people": the group's own.
      if (inside.some((g) => g.end <= at && at - g.end <= 24 && /^['’]?s?\s+(?:[a-z][a-z-]*\s+)?$/.test(doc.text.slice(g.end, at)))) continue;
      // "the Khorasan people", "the Khorasan men": ISKP by description (descriptions.ts), not people.
      if (/\bthe (?:khorasan|khurasan) $/.test(lower.slice(Math.max(0, m.index - 14), m.index))) continue;
      // "a few hundred people", "300 men": a head count, not people a pronoun could mean.
      if (/(?:\d|\b(?:hundreds?|thousands?|dozens?|few|several))\s+(?:[\w-]+\s+)?$/.test(lower.slice(Math.max(0, m.index - 24), m.index))) continue;
      if (inside.some((g) => g.start >= at + m![0].length && g.start - (at + m![0].length) <= 9 && /^\s+of\s+(?:the\s+)?$/.test(doc.lower.slice(at + m![0].length, g.start)))) continue;
      if (GROUP_POSSESSOR.test(lower.slice(Math.max(0, m.index - 40), m.index))) continue;
      // "their fighters", "enough fighters", "Tajik fighters": a group's own, a quantity, or fighters
      // described by their people (a separatist group's, descriptions.ts), not an incident's.
      if (m[0] === 'fighters' && (/\b(?:their|his|her|enough|many|more|fewer|most|no)\s+$/.test(lower.slice(Math.max(0, m.index - 10), m.index)) || /[A-Z][\w’'-]*\s+$/.test(doc.text.slice(Math.max(s.start, at - 20), at)))) continue;
      // "Those are not professional soldiers, but they fight": a noun denied after a copula is no antecedent.
      if (PREDICATE_BEFORE.test(lower.slice(Math.max(0, m.index - 40), m.index))) continue;
      // "The TTP are religious people with their own war": a predicate noun of a group named as the
      // copula's subject describes that group; a later "they" means the group, not new people.
      if (inside.some((g) => g.end <= at && at - g.end <= 48 && GROUP_PREDICATE_BETWEEN.test(doc.lower.slice(g.end, at)))) continue;
      // "Stronger than people in Nairobi think": people in a comparison's standard are no antecedent.
      if (/\bthan\s+(?:(?:the|most|many|some)\s+)?$/.test(lower.slice(Math.max(0, m.index - 16), m.index)) && COMPARISON_STANDARD_AFTER.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      refs.push({ at, sentence: index, own: /\b(?:our|my)\s+(?:[\w-]+\s+)?$/.test(lower.slice(Math.max(0, m.index - 20), m.index)) || /^(?:our|my)\b/.test(m[0]), noun: m[0], fighters: !spoken && FIGHTER_NOUN.test(m[0]), source: speakerSpan !== null && at >= speakerSpan.start && at < speakerSpan.end });
    }
    return refs;
  }

  /**
   * True when a plural pronoun at `at` means people rather than a group: the last reference to
   * people or things (in this or the two sentences before) is more recent than the last reference
   * to a group ("the attackers" … "They took everything" … "When they left"). A speaker's own
   * people ("our soldiers") are not what their "they" means, nor people in their own speaker phrase.
   */
  private meansPeople(index: number, at: number, subjectForm: boolean, groupRefs: readonly number[], speakerSpan: { start: number; end: number } | null, speaker: string | null, chained = false): boolean {
    return this.peopleMeant(index, at, subjectForm, groupRefs, speakerSpan, speaker, chained, false) !== null;
  }

  /** The reference to people that a plural pronoun at `at` means (see meansPeople), or null when it means a group. */
  private peopleMeant(index: number, at: number, subjectForm: boolean, groupRefs: readonly number[], speakerSpan: { start: number; end: number } | null, speaker: string | null, chained: boolean, present: boolean): PeopleRef | null {
    let people = -1;
    let ref: PeopleRef | null = null;
    for (const p of this.people) {
      if (p.at >= at || p.sentence < index - 2 || (subjectForm && p.own)) continue;
      // A subject "they" continuing the last sentence's subject "they": people named there as objects do not take it.
      if (chained && p.sentence < index) continue;
      // Two sentences back only within the same speaker's words.
      if (p.sentence === index - 2 && (!speaker || this.spokenBy.get(index - 2) !== speaker || this.spokenBy.get(index - 1) !== speaker)) continue;
      if (speakerSpan && p.at >= speakerSpan.start && p.at < speakerSpan.end) continue;
      // "Police said the statement was a routine denial. “They deny it whenever …,” an officer said":
      // the people who spoke in a sentence before are its source, not what a new quote's "they" in
      // the present means (a standing fact; "They were shooting until midnight" is the night's people).
      if (present && p.source && p.sentence < index) continue;
      // "Traders were not convinced. “They deny …,” said a member of the traders' federation": people
      // of the speaker's own kind are the speaker's side, not what the speaker's "they" means.
      if (subjectForm && speakerSpan && p.noun && ownKind(p.noun, this.doc.lower.slice(speakerSpan.start, speakerSpan.end))) continue;
      if (p.at > people) (people = p.at), (ref = p);
    }
    if (people < 0) return null;
    let group = this.groupAt;
    for (const g of groupRefs) if (g < at) group = Math.max(group, g);
    return people > group ? ref : null;
  }

  /**
   * The pair of groups after sentence `index`: kept (and made joint) when the sentence read a
   * pronoun or description as both; set by "the two groups" read as two named groups, or by a
   * sentence naming exactly two groups (joint when written as one subject, "X and Y"); dropped when
   * the sentence names another group. A sentence naming none leaves it to expire.
   */
  private updatePair(index: number, start: number, lower: string, inside: readonly Mention[], pairRead: boolean, twoRead: string[] | null, two: RegExpExecArray | null, turn: number, question: boolean): void {
    const set = (pair: [string, string], joint: boolean) => {
      this.pair = pair;
      this.pairSentence = index;
      this.pairJoint = joint;
      this.pairTurn = question ? turn : -1;
    };
    if (pairRead) return set(this.pair!, true);
    if (!twoRead && inside.length === 0) return;
    // "The two groups compete …": joint when it is a clause's subject.
    if (twoRead) return set([twoRead[0], twoRead[1]], /^(?:\W*|.*[,;:]\s*|.*\b(?:that|and|but)\s+)$/.test(lower.slice(0, two!.index)));
    const named = inside.filter((m) => !namesParent(this.doc, m));
    const ids = [...new Set(named.map((m) => m.groupId))];
    if (ids.length === 2) {
      const first = named.find((m) => m.groupId === ids[0])!;
      const second = named.find((m) => m.groupId === ids[1])!;
      return set([ids[0], ids[1]], COORDINATED.test(this.doc.lower.slice(first.end, second.start)));
    }
    if (ids.length > 0 && !(this.pair && ids.every((id) => this.pair!.includes(id)))) this.pair = null;
  }

  /** The last group other than `own` named in sentence `index` before `at` or in the sentence before (a parent or the speaker phrase's aside); null when none. */
  private otherNamedJustBefore(index: number, at: number, own: string, speakerSpan: { start: number; end: number } | null): string | null {
    const from = this.doc.sentences[Math.max(0, index - 1)].start;
    let found: string | null = null;
    for (const m of this.mentions) {
      if (m.start >= at) break;
      if (m.start < from || m.groupId === own || namesParent(this.doc, m) || (speakerSpan && m.start >= speakerSpan.start && m.start < speakerSpan.end)) continue;
      found = m.groupId;
    }
    return found;
  }

  /** The two groups the last three sentences were about (subjects, newest first), none of them `own`; null when fewer. */
  private recentTwo(index: number, own: string | null): [string, string] | null {
    const ids: string[] = [];
    for (let k = this.recentSubjects.length - 1; k >= 0 && ids.length < 2 && this.recentSubjects[k].sentence >= index - 3; k--) {
      for (const id of this.recentSubjects[k].ids) if (id !== own && !ids.includes(id) && ids.length < 2) ids.push(id);
    }
    return ids.length === 2 ? [ids[0], ids[1]] : null;
  }

  /**
   * The group the text last called a faction before `at` (the last 40 mentions): "the JAS faction",
   * "the rival Boko Haram faction of Bakura", "Jamaat-ul-Ahrar, the faction that broke away", "the
   * faction still known as Boko Haram", "A faction of the TTP, Jamaat-ul-Ahrar"; not a group a faction
   * is "of" (its parent).
   */
  private lastCalledFaction(at: number): string | null {
    const { doc } = this;
    let k = this.next;
    while (k < this.mentions.length && this.mentions[k].start < at) k++;
    for (let seen = 0; --k >= 0 && seen < 40; seen++) {
      const m = this.mentions[k];
      if (namesParent(doc, m)) continue;
      const after = doc.lower.slice(m.end, m.end + 40);
      const before = doc.lower.slice(Math.max(0, m.start - 80), m.start);
      if (FACTION_AFTER.test(after) || FACTION_BEFORE.test(before)) return m.groupId;
    }
    return null;
  }

  private readonly factionNames = new Map<string, string | null>();
  /**
   * The group a name word stands for in "the <Name> faction", "<Name>'s men" (null when none): the last
   * word of the name of one group the document names ("the Ahrar faction" for Jamaat-ul-Ahrar), else a
   * person the document ties to the group named nearest beside the name ("the rival Boko Haram faction of Bakura
   * Doro", "Boko Haram, the faction formerly led by Abubakar Shekau"), anywhere in the document. A word
   * the document also writes in lower case ("The") is neither.
   */
  private factionOf(word: string): string | null {
    const cached = this.factionNames.get(word);
    if (cached !== undefined) return cached;
    const { doc } = this;
    const key = word.toLowerCase().replace(/['’]s$/, '');
    let found: string | null = null;
    if (!GENERIC_NAME_WORD.test(key) && !new RegExp(`(?<![\\p{L}])${key}(?![\\p{L}])`, 'u').test(doc.text)) {
      const byName = new Set(this.mentions.filter((m) => doc.lower.slice(m.start, m.end).split(/[\s-]+/).pop() === key).map((m) => m.groupId));
      if (byName.size === 1) found = [...byName][0];
      else if (byName.size === 0) {
        const at = new RegExp(`(?<![\\p{L}])${word.replace(/['’]s$/, '')}(?![\\p{L}])`, 'gu');
        for (let w = at.exec(doc.text); w && !found; w = at.exec(doc.text)) {
          const sentence = doc.sentences.find((x) => x.start <= w!.index && w!.index < x.end);
          if (!sentence) continue;
          const distance = (m: Mention) => (m.end <= w!.index ? w!.index - m.end : m.start - w!.index);
          const near = this.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && !namesParent(doc, m) && distance(m) <= 40).sort((x, y) => distance(x) - distance(y))[0];
          if (!near) continue;
          const between = doc.lower.slice(Math.min(near.end, w.index), Math.max(near.start, w.index));
          if (LEADER_TIE.test(between)) found = near.groupId;
        }
      }
    }
    this.factionNames.set(word, found);
    return found;
  }

  private khawarij: string | null | undefined;
  /** The one of the TTP, ISKP and al-Shabaab the document names most (none named: null). */
  private khawarijGroup(): string | null {
    if (this.khawarij !== undefined) return this.khawarij;
    const counts = KHAWARIJ_GROUPS.map((id) => this.mentions.filter((m) => m.groupId === id).length);
    const most = Math.max(...counts);
    return (this.khawarij = most > 0 && counts.filter((n) => n === most).length === 1 ? KHAWARIJ_GROUPS[counts.indexOf(most)] : null);
  }

  private mainPair: [string, string] | null | undefined;
  /**
   * The two groups a document is about: the two it names most, each three times or more, when every
   * other group is named less than half as often as the second (else none). What "both sides", "each
   * side" and "the two factions" mean where no pair is in reach.
   */
  private documentPair(): [string, string] | null {
    if (this.mainPair !== undefined) return this.mainPair;
    const counts = new Map<string, number>();
    for (const m of this.mentions) counts.set(m.groupId, (counts.get(m.groupId) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const [first, second, third] = ranked;
    return (this.mainPair = first && second && second[1] >= 3 && (!third || third[1] * 2 < second[1]) ? [first[0], second[0]] : null);
  }

  private namedIds: Set<string> | undefined;
  /** Whether the document names the group (by any of its names). */
  private names(groupId: string): boolean {
    return (this.namedIds ??= new Set(this.mentions.map((m) => m.groupId))).has(groupId);
  }

  /** Subjects of sentence `index` (visit every sentence, in order, or the topic goes stale). */
  subjectsOf(index: number, statement: Statement | undefined, exclude?: { start: number; end: number }): string[] {
    const { doc } = this;
    const s = doc.sentences[index];
    while (this.next < this.mentions.length && this.mentions[this.next].start < s.start) this.next++;
    const inside: Mention[] = [];
    for (let k = this.next; k < this.mentions.length && this.mentions[k].start < s.end; k++) inside.push(this.mentions[k]);
    const lower = doc.lower.slice(s.start, s.end);
    const subjects: string[] = [];
    const add = (id: string | null) => {
      if (id && !subjects.includes(id)) subjects.push(id);
    };
    const turn = doc.sentenceTurn[index];
    const question = turn >= 0 && doc.interview!.turns[turn].question;
    if (turn >= 0 && turn !== this.turnIndex) {
      this.turnIndex = turn;
      this.turnFirst = index;
      this.turnTopic = question ? null : this.questionTopic;
    }
    const spoken = statement && (statement.form === 'quote' || statement.form === 'answer');
    const speakerSpan = statement?.speakerSpan ?? null;
    const speaker = spoken ? statement.speaker.name : null;
    if (speaker) this.spokenBy.set(index, speaker);
    if (statement) this.saidBy.set(index, statement.speaker.name);
    if (speakerSpan && (inside.some((m) => m.start >= speakerSpan.start && m.end <= speakerSpan.end) || GROUP_SPEAKER_WORD.test(doc.lower.slice(speakerSpan.start, speakerSpan.end)))) this.saidByGroup.add(index);
    /** Groups read from a description as a later clause's subject ("…, but that the organisation had adapted"), where. */
    const lateAnaphors: { rel: number; id: string }[] = [];
    // People named in this sentence, and where groups are (names, then anaphors as they are read).
    this.people = this.people.filter((p) => p.sentence >= index - 2);
    // An incident's fighters named in a quote or an answer are the speaker's people (“The foreign
    // terrorists are the challenge, and they are highly trained”); only narration's stand for a group.
    this.people.push(...this.peopleOf(index, inside, !!spoken, speakerSpan));
    const groupRefs: number[] = inside.map((m) => m.start);
    /** The groups this sentence refers to without naming them: a sentence that refers to the topic keeps it. */
    const realised = new Set<string>();
    const previousGroupAt = this.groupAt;
    // An answer is about what its question asked; "the group" far from any named group is the story's.
    const recent = this.topicParagraph >= s.paragraph - 1 ? this.topic : null;
    // "“They did not want this fight,” she said of JNIM": the group the speaker was speaking of is
    // what the quote's pronouns mean, and the passage's group from here on.
    const spokenOf = spoken ? inside.find((m) => SPOKEN_OF_BEFORE.test(lower.slice(Math.max(0, m.start - s.start - 30), m.start - s.start))) : undefined;
    const topicHere = spokenOf ? spokenOf.groupId : statement?.form === 'answer' ? (this.turnTopic ?? this.questionTopic ?? this.mainTopic) : (recent ?? this.mainTopic);
    this.passageTopic = topicHere;
    this.pronounGroup = null;
    const branches = regionBranches(lower, (rel) => inside.filter((m) => m.start < s.start + rel).pop()?.groupId === 'isis').filter((b) => this.names(b.groupId));
    for (const m of inside) {
      if (exclude && m.end > exclude.start && m.start < exclude.end) continue;
      // "the Islamic State's Afghan branch", "the Islamic State's local affiliate, ISKP": the branch,
      // named by its region or in apposition, is what the sentence speaks of, not its owner.
      if (ownsNamedBranch(doc, m, inside, branches, s.start)) continue;
      // "ISWAP said in a statement carried by the Islamic State’s Amaq news agency": a generic name
      // read as the document's province, owning or holding the province named beside it, is the centre.
      if (centreBesideProvince(doc, m, inside)) {
        add('isis');
        continue;
      }
      // "…, the Taliban's provincial police spokesman said": a group named only as the owner of the
      // state office that speaks is the state speaking, not what the statement is about.
      if (speakerSpan && m.start >= speakerSpan.start && m.end <= speakerSpan.end && OWNS_STATE_OFFICE.test(doc.text.slice(m.end, m.end + 48))) continue;
      add(m.groupId);
      // "a faction of the Pakistani Taliban": the sentence is about the faction and names the TTP;
      // "al-Qaeda's affiliate in the Sahel" is the affiliate by its region, as the Islamic State's
      // regional branches are (ownsNamedBranch), and does not name the parent.
      const parent = (m as EpithetMention).epithetOf;
      if (parent && !REGIONAL_POSSESSIVE.test(doc.text.slice(m.end, m.end + 48))) add(parent);
    }
    if (statement && (lower.includes('interim') || lower.includes('de facto'))) {
      const interim = INTERIM_AFGHAN.exec(lower);
      if (interim && !(speakerSpan && s.start + interim.index >= speakerSpan.start && s.start + interim.index < speakerSpan.end) && (/afghan|kabul|taliban/.test(interim[0]) || this.names(AFGHAN_TALIBAN))) add(AFGHAN_TALIBAN);
    }
    // The Taliban's government by its seat ("the Emirate", "Kabul's ministers"), an Islamic State
    // province by its region ("the Khorasan branch"), a parent by its standing ("the parent
    // movement"): descriptions.ts.
    const inName = (rel: number) => inside.some((m) => m.start <= s.start + rel && s.start + rel < m.end);
    /** Groups this sentence names by a description ("the Kabul government", "the Khorasan people"), where. */
    const described: { at: number; id: string }[] = [];
    if (statement) {
      const kabul = kabulGovernment(lower, doc.date, () => this.names(AFGHAN_TALIBAN));
      if (kabul && !inName(kabul.at) && !(speakerSpan && s.start + kabul.at >= speakerSpan.start && s.start + kabul.at < speakerSpan.end)) add(kabul.groupId), groupRefs.push(s.start + kabul.at), described.push({ at: kabul.at, id: kabul.groupId });
    }
    // Only groups the document names (by any name): a statement's subjects stay among them, as the
    // index finds claims through the groups each document names.
    for (const b of branches) {
      if (!inName(b.at) && this.names(b.groupId)) add(b.groupId), groupRefs.push(s.start + b.at), described.push({ at: b.at, id: b.groupId });
    }
    // "The separatists always inflate their numbers", "the Baloch fighters withdrew": a separatist
    // group by its cause (a label before its name, "the separatist group BLA", names the same
    // group), not in a speaker phrase.
    if (statement) {
      for (const d of separatistDescriptions(lower, (id) => this.names(id), topicHere)) {
        const at = s.start + d.at;
        if (inName(d.at) || (speakerSpan && at >= speakerSpan.start && at < speakerSpan.end)) continue;
        add(d.groupId), groupRefs.push(at), realised.add(d.groupId);
      }
    }
    const parentAt = this.parentOf ? parentDescription(lower) : -1;
    if (parentAt >= 0 && !inName(parentAt)) {
      // The parent of the group named last before it in the sentence, else of the passage's group.
      const child = inside.filter((m) => m.start < s.start + parentAt && (this.parentOf!(m.groupId) || isProvince(m.groupId))).pop()?.groupId ?? topicHere;
      const parent = child ? (this.parentOf!(child) ?? (isProvince(child) ? 'isis' : null)) : null;
      if (parent && this.names(parent)) add(parent), groupRefs.push(s.start + parentAt);
    }
    if (statement && lower.includes('kh')) {
      const epithet = KHAWARIJ.exec(lower);
      // "the khawarij of Daesh": the epithet of the group named after it, which is already a subject.
      const ofNamed = epithet && inside.some((m) => /^\s+of\s+(?:the\s+)?$/.test(doc.lower.slice(s.start + epithet.index + epithet[0].length, m.start)));
      if (epithet && !ofNamed && !inside.some((m) => m.start <= s.start + epithet.index && s.start + epithet.index < m.end)) add((statement.speakerGroup && KHAWARIJ_OF_SPEAKER[statement.speakerGroup]) || this.khawarijGroup());
    }
    // "JNIM and the Islamic State used to divide the map. Now the former wants …, and the latter …":
    // of the last two groups named before it (this sentence or the three before), the earlier named
    // is the former, the later the latter.
    if (lower.includes('the former') || lower.includes('the latter')) {
      FORMER_LATTER.lastIndex = 0;
      const from = doc.sentences[Math.max(0, index - 3)].start;
      for (let f = FORMER_LATTER.exec(lower); f; f = FORMER_LATTER.exec(lower)) {
        const at = s.start + f.index;
        if (speakerSpan && at >= speakerSpan.start && at < speakerSpan.end) continue;
        const last = new Map<string, number>();
        for (let k = this.next + inside.length - 1; k >= 0 && last.size < 2 && this.mentions[k].start >= from; k--) {
          const m = this.mentions[k];
          if (m.start >= at || last.has(m.groupId) || namesParent(doc, m) || (speakerSpan && m.start >= speakerSpan.start && m.start < speakerSpan.end)) continue;
          last.set(m.groupId, m.start);
        }
        if (last.size < 2) continue;
        const [later, earlier] = [...last.keys()];
        const id = f[1] === 'former' ? earlier : later;
        add(id), groupRefs.push(at), described.push({ at: f.index, id });
      }
    }
    // Anaphors: a definite description anywhere; "its"/"their" only before any group named in the sentence.
    const clauses = clauseStarts(lower);
    const clauseOf = (rel: number) => clauses.filter((c) => c <= rel).pop() ?? 0;
    /** Whether a mention can be what the sentence is about (not a speaker's affiliation, a parent, a group compared or denied). */
    const eligible = (m: Mention) => {
      if (namesParent(doc, m)) return false;
      const affiliation = AFFILIATION_AFTER.exec(doc.text.slice(m.end, m.end + 30));
      // "Al-Shabaab fighters stormed the village", "ISWAP commanders now collect the tax": the
      // group's own people acting are the group; a speaking role ("a TTP spokesman", "Taliban
      // officials"), a speaker phrase or people who go on to speak ("TTP commanders told …") are not.
      const rel = m.start - s.start;
      if (affiliation && (!FIGHTING_AFFILIATION.test(affiliation[0]) || !CLAUSE_SUBJECT_BEFORE.test(lower.slice(clauseOf(rel), rel).split(SUBORDINATOR).pop()!.split(REPORTED_THAT).pop()!) || (speakerSpan && m.start >= speakerSpan.start && m.start < speakerSpan.end) || SAYS_AFTER.test(doc.lower.slice(m.end + affiliation[0].length, m.end + affiliation[0].length + 40)))) return false;
      return !NOT_ABOUT_BEFORE.test(lower.slice(clauseOf(rel), rel).split(/[,;:]/).pop()!);
    };
    /** The group a description or pronoun at `rel` means when `earlier` is named before it in the sentence. */
    const inSentence = (rel: number, earlier: Mention | undefined, objectForm: boolean): string | null | undefined => {
      if (!earlier) return undefined;
      // "JAS, the faction led by …", "the Islamic Emirate, as the movement calls …", "On the TTP, the
      // monitors wrote that the group …": the group named before it, in apposition or as the subject
      // of reported words.
      if (!objectForm && (SUBJECT_SLOT.test(lower.slice(0, rel)) || /^\s*(?:\([^)]*\)\s*)?,\s*$/.test(doc.text.slice(earlier.end, s.start + rel)))) return earlier.groupId;
      // "The Haqqanis hate them", "the Taliban underestimate the group": an object is not its own
      // clause's subject; it is the passage's group, or the story's.
      if (clauseOf(earlier.start - s.start) === clauseOf(rel)) return [topicHere, this.mainTopic].find((g) => g && g !== earlier.groupId) ?? null;
      // "Jamaat-ul-Ahrar rejoined the TTP in 2020, but … reflects the faction's wish": the sentence's
      // own subject, in a later clause.
      if (objectForm) return undefined;
      const subject = inside.find((m) => m.start < s.start + rel && eligible(m));
      return subject && clauseOf(subject.start - s.start) !== clauseOf(rel) ? subject.groupId : undefined;
    };
    // "the Bakura faction", "the Ahrar faction", "Bakura's men": a faction or its men by a name word.
    if (statement && /faction|men\b|people|fighters|loyalists|followers/.test(lower)) {
      const text = doc.text.slice(s.start, s.end);
      NAMED_FACTION.lastIndex = 0;
      for (let f = NAMED_FACTION.exec(text); f; f = NAMED_FACTION.exec(text)) {
        const at = s.start + f.index;
        if (inName(f.index) || (speakerSpan && at >= speakerSpan.start && at < speakerSpan.end)) continue;
        const id = this.factionOf(f[1]);
        if (id) add(id), groupRefs.push(at), realised.add(id);
      }
    }
    // "They are a handful of criminals", "We have broken their networks" in the words of a group's
    // spokesman: his own group is "we", so a plural pronoun is another group — the last one named
    // before it (this sentence or the last few), else none.
    const own = spoken ? (statement?.speakerGroup ?? null) : null;
    const notOwn = (meant: string | null, at: number): string | null => {
      if (!own || meant !== own) return meant;
      for (let k = this.next + inside.length - 1, seen = 0; k >= 0 && seen < 40; k--, seen++) {
        const m = this.mentions[k];
        if (m.start < at && m.groupId !== own && !namesParent(doc, m) && !(speakerSpan && m.start >= speakerSpan.start && m.start < speakerSpan.end)) return m.groupId;
      }
      return null;
    };
    // The pair of groups spoken of together just before: what "they" (after two groups named as one
    // subject, or a pronoun for both) and "each other", "both sides", "the groups" mean. An answer's
    // first sentence reads the pair its question named ("fighters of JNIM and ISGS fought … Who
    // started it?" / "Both sides say …"). A speaker's own group is never half of his "they".
    const distributive = lower.includes('both') || lower.includes('one ') || lower.includes('which') || lower.includes('factions') ? PAIR_DISTRIBUTIVE.exec(lower) : null;
    const predicate = spoken && lower.includes('they') ? PAIR_PREDICATE.exec(lower) : null;
    const reciprocal = RECIPROCAL.exec(lower) ?? distributive ?? predicate;
    // Also across one sentence of the same speaker's words that names no group ("Jaish and Lashkar
    // had long divided the valley … “They are not allies …” … “They watch each other.”").
    const pairJustBefore = this.pair !== null && (this.pairSentence === index - 1 || (statement?.form === 'answer' && index === this.turnFirst && this.pairTurn === turn - 1) || (this.pairSentence === index - 2 && speaker !== null && this.namedSentence < index - 1 && this.spokenBy.get(index - 1) === speaker));
    const pairForPronoun = pairJustBefore && !spokenOf && (this.pairJoint || reciprocal !== null) && !(own && this.pair!.includes(own)) ? this.pair : null;
    let pairRead = false;
    const readPair = (at: number) => {
      for (const g of this.pair!) add(g), realised.add(g);
      groupRefs.push(at);
      pairRead = true;
    };
    // Descriptions and possessives everywhere, a speaker's own "they"/"them" in a quote or an answer,
    // read in the order they are written (a "their" after a "they" goes the same way).
    const found: { index: number; word: string; spokenForm: boolean }[] = [];
    GROUP_ANAPHOR.lastIndex = 0;
    for (let a = GROUP_ANAPHOR.exec(lower); a; a = GROUP_ANAPHOR.exec(lower)) found.push({ index: a.index, word: a[0], spokenForm: false });
    if (statement && NATIONAL_NOUN.test(lower)) {
      const text = doc.text.slice(s.start, s.end);
      NATIONAL_DESCRIPTION.lastIndex = 0;
      for (let a = NATIONAL_DESCRIPTION.exec(text); a; a = NATIONAL_DESCRIPTION.exec(text)) {
        // "the Taliban movement" is the name itself.
        if (!inside.some((m) => m.start < s.start + a!.index + a![0].length && m.end > s.start + a!.index)) found.push({ index: a.index, word: a[0].toLowerCase(), spokenForm: false });
      }
    }
    if (spoken) {
      SPOKEN_PRONOUN.lastIndex = 0;
      for (let p = SPOKEN_PRONOUN.exec(lower); p; p = SPOKEN_PRONOUN.exec(lower)) found.push({ index: p.index, word: p[0], spokenForm: true });
    }
    found.sort((x, y) => x.index - y.index);
    let spokenRead = false;
    /** Whether a spoken plural pronoun here was read as people (an incident's fighters, the wounded …). */
    let pronounPeople = false;
    /** The spoken pronoun that decided, where, and the group it was read as. */
    let firstSpoken: { word: string; rel: number; group: string | null } | null = null;
    /**
     * "They will not fight them for us": an object "them" in the clause of a subject "they" is not
     * the same group (a group does not fight itself) — it is the other of the pair just spoken of,
     * else the other group the last sentences were about, else the passage's or the story's group.
     */
    const otherThan = (g: string): string | null => {
      if (this.pair && this.pairSentence >= index - 2 && this.pair.includes(g)) return this.pair[0] === g ? this.pair[1] : this.pair[0];
      for (const id of subjects) if (id !== g) return id;
      for (let k = this.recentSubjects.length - 1; k >= 0 && this.recentSubjects[k].sentence >= index - 3; k--) {
        const other = this.recentSubjects[k].ids.find((id) => id !== g);
        if (other) return other;
      }
      return [topicHere, this.mainTopic].find((t) => t && t !== g) ?? null;
    };
    for (const { index: rel, word, spokenForm } of found) {
      const at = s.start + rel;
      if (inside.some((m) => m.start <= at && at < m.end)) continue;
      // "the Cell said" after "Iraq's Security Media Cell": a body's short name, not a group's cell.
      if (/cells?$/.test(word) && /C/.test(doc.text.slice(at, at + word.length))) continue;
      // "while we were still fighting at the front", "sent to the front line": a place, not a group's front.
      if (word === 'the front' && (FRONT_PLACE_BEFORE.test(lower.slice(Math.max(0, rel - 12), rel)) || /^\s*lines?\b/.test(lower.slice(rel + word.length, rel + word.length + 7)))) continue;
      if (spokenForm) {
        // One spoken pronoun decides; "…, officials said they …" is the speaker ("I would not say they …" is not).
        if (spokenRead) {
          if (word === 'them' && firstSpoken?.word === 'they' && firstSpoken.group && clauseOf(firstSpoken.rel) === clauseOf(rel) && !inside.some((m) => m.start > s.start + firstSpoken!.rel && m.start < at) && !/\b(?:that|which|who|whom|what|where|when|if|because|while|whether|until|unless)\b/.test(lower.slice(firstSpoken.rel, rel)) && !/^\s+(?:all|both|selves)\b/.test(lower.slice(rel + 4, rel + 10))) {
            const other = otherThan(firstSpoken.group);
            if (other) add(other), groupRefs.push(at), realised.add(other);
          }
          continue;
        }
        const before = lower.slice(0, rel);
        if (SAYER_BEFORE.test(before) && !FIRST_PERSON_SAYER.test(before)) continue;
        // "The attackers … They took everything": people named since the last group are what "they" means.
        const theySubject = word === 'they' && speaker !== null && THEY_SUBJECT_BEFORE.test(before);
        const chained = theySubject && this.theyChain !== null && this.theyChain.sentence === index - 1 && this.theyChain.speaker === speaker;
        const present = word === 'they' && THEY_PRESENT.test(lower.slice(rel + 4, rel + 60));
        // "he counted eleven bodies … “Some of them were young boys”": a partitive "them" after a count
        // of people who are no group, in the sentence or the one before, is those people.
        if (word === 'them' && PARTITIVE_BEFORE.test(before) && COUNTED_PEOPLE.test(doc.lower.slice(doc.sentences[Math.max(0, index - 1)].start, at))) {
          this.people.push({ at, sentence: index, own: false });
          pronounPeople = true;
          continue;
        }
        const peopleRef = word !== 'these people' && word !== 'those people' ? this.peopleMeant(index, at, word === 'they', groupRefs, speakerSpan, speaker, chained, present) : null;
        // "Residents said the militants had set up checkpoints. “Everyone knows who they are”": a
        // "they" for an incident's fighters that speaks in the present or the future speaks of the
        // group they fight for (the passage's), not of the incident ("They took everything").
        const fightersAsGroup = peopleRef?.fighters === true && present && topicHere !== null;
        if (peopleRef && !fightersAsGroup) {
          this.people.push({ at, sentence: index, own: false, fighters: peopleRef.fighters });
          pronounPeople = true;
          continue;
        }
        const last = inside.filter((m) => m.start < at).pop();
        // "Al-Shabaab and JNIM do not need Kabul. They have their own money": both.
        if (!last && pairForPronoun && (word === 'they' || word === 'them')) {
          readPair(at);
          spokenRead = true;
          continue;
        }
        // "They split on paper, but on the ground they share men": a predicate of sharing, rivalry or
        // difference with no pair just spoken of reads the two groups the last sentences were about.
        if (!last && word === 'they' && predicate !== null) {
          const both = this.recentTwo(index, own);
          if (both) {
            for (const g of both) add(g), realised.add(g);
            groupRefs.push(at);
            this.pronounGroup = both[0];
            spokenRead = true;
            continue;
          }
        }
        const bound = word === 'them' ? inSentence(rel, last, true) : undefined;
        const late = theySubject && !last && this.lateSubject !== null && this.lateSubject.sentence === index - 1 && this.saidBy.get(index - 1) === speaker ? this.lateSubject.group : null;
        const read = bound !== undefined ? bound : last ? last.groupId : (late ?? topicHere);
        // "four of them were martyred": a partitive "them" counts the speaker's own men. "We have never
        // fought beside them": an object "them" after the spokesman's own "we" is not his group but
        // the other one named in this sentence or the last, else no group.
        const meant = word === 'they' ? notOwn(read, at) : read === own && own !== null && /\bwe\b/.test(before) && !PARTITIVE_BEFORE.test(before) ? this.otherNamedJustBefore(index, at, own, speakerSpan) : read;
        add(meant);
        if (meant) groupRefs.push(at), realised.add(meant);
        if (word === 'they' || word === 'them') this.pronounGroup = meant;
        if (theySubject && meant) this.theyChain = { sentence: index, speaker: speaker!, group: meant };
        firstSpoken = { word, rel, group: meant };
        spokenRead = true;
        continue;
      }
      const possessive = word === 'its' || word === 'their';
      if (possessive && inside.some((m) => m.end <= at)) continue;
      // "The army said ISKP fighters attacked … In a statement, its spokesman said": an "its" in a
      // speaker phrase whose speaker the attribution found to speak for no group is a state body's.
      if (word === 'its' && speakerSpan && at >= speakerSpan.start && at < speakerSpan.end && !statement?.speakerGroup && STATE_SUBJECT.test(doc.lower.slice(doc.sentences[Math.max(0, index - 1)].start, doc.sentences[Math.max(0, index - 1)].end))) continue;
      // "The army, for its part, now says …", "said the country would keep its contingent": the
      // nearest singular owner before "its" is a state body, a country or a place, not a group.
      if (word === 'its' && rel > 0) {
        let owner: RegExpExecArray | null = null;
        NON_GROUP_OWNER.lastIndex = 0;
        for (let o = NON_GROUP_OWNER.exec(lower); o && o.index < rel; o = NON_GROUP_OWNER.exec(lower)) if (!inName(o.index) && !inName(o.index + o[0].length - 1)) owner = o;
        if (owner && !GROUP_WORD_BETWEEN.test(lower.slice(owner.index + owner[0].length, rel))) continue;
      }
      // "China should take its engineers and leave", "Kenya will keep its troops in Gedo": a state named
      // as its clause's subject owns the "its" of that clause (no group named or referred to between).
      if (word === 'its' && rel > 0) {
        const clause = doc.text.slice(s.start + clauseOf(rel), at);
        const state = STATE_NAME_OWNER.exec(clause);
        if (state && !inside.some((m) => m.start >= s.start + clauseOf(rel) && m.start < at) && !GROUP_WORD_BETWEEN.test(clause.slice(state[0].length).toLowerCase())) continue;
      }
      // "The Nigerian army gave a more cautious account. Its spokesman said …": an "Its" opening the
      // sentence after one whose subject is a state body (no group named before it) is that body's.
      if (word === 'its' && /^\W*$/.test(lower.slice(0, rel)) && index > 0 && doc.sentences[index - 1].paragraph >= s.paragraph - 1) {
        const previous = doc.sentences[index - 1];
        const opening = STATE_SUBJECT.exec(doc.lower.slice(previous.start, previous.end));
        if (opening && !this.mentions.some((m) => m.start >= previous.start && m.start < previous.start + opening[0].length)) continue;
      }
      // "the proscribed organisation Lashkar-e-Taiba", "the militant group, ISWAP,": a label for the name after it.
      if (!possessive && inside.some((m) => m.start >= at + word.length && /^\s*,?\s*$/.test(doc.text.slice(at + word.length, m.start)))) continue;
      const next = inside.find((m) => m.start > at);
      if (possessive && next && possessiveOfNextName(lower, rel, next.start - s.start)) continue;
      if (possessive && !spoken && !statement) continue;
      // "A spokesman for the African Union mission said its troops …", "Police said their officers …":
      // the possessive right after a state body's speaker phrase is that body's ("its" is never a
      // person's; "their" only when the body is the whole phrase, not "the police chief said their …").
      if (possessive && speakerSpan && speakerSpan.end <= at && at - speakerSpan.end <= 40 && (word === 'its' ? STATE_BODY : STATE_BODIES).test(doc.lower.slice(speakerSpan.start, speakerSpan.end)) && !inside.some((m) => m.start >= speakerSpan.start && m.end <= speakerSpan.end) && REPORTED_POSSESSIVE.test(doc.lower.slice(speakerSpan.end, at))) continue;
      // "persuade parents to bring their children home", "the troops held their ground": "their"
      // after people named since the last group is theirs.
      if (word === 'their' && this.meansPeople(index, at, false, groupRefs, speakerSpan, speaker)) {
        this.people.push({ at, sentence: index, own: false });
        continue;
      }
      // "Their leaders see each other as enemies": the pair's.
      if (word === 'their' && (pairRead || pairForPronoun) && !inside.some((m) => m.start < at)) {
        if (!pairRead && pairForPronoun) readPair(at);
        continue;
      }
      const earlier = possessive ? undefined : inside.filter((m) => m.end <= at && !namesParent(doc, m)).pop();
      const fromSentence = inSentence(rel, earlier, false);
      // "the JAS faction …, he said. … the faction had declared": "the faction" is the group the text
      // last called a faction, before the passage's group.
      const passage = fromSentence === undefined && word.endsWith(' faction') ? (this.lastCalledFaction(at) ?? topicHere) : topicHere;
      const meant = word === 'their' && spoken ? notOwn(fromSentence === undefined ? topicHere : fromSentence, at) : fromSentence === undefined ? passage : fromSentence;
      add(meant);
      if (meant) groupRefs.push(at);
      // "The statement also said the movement's Urdu magazine, Mujallah Taliban, …": a description
      // read as the passage's group refers to it, and keeps it, like a pronoun.
      if (meant && meant === topicHere && fromSentence === undefined && !possessive) realised.add(meant);
      const clause = clauseOf(rel);
      if (meant && !possessive && clause > 0 && LATE_SUBJECT_BEFORE.test(lower.slice(clause, rel))) lateAnaphors.push({ rel, id: meant });
    }
    // "The two groups compete …", "Some members move between the two groups": the last two groups
    // named, in this sentence or the three before (not in a speaker phrase: "…, who has met members of both groups").
    const two = TWO_GROUPS.exec(lower);
    const inSpeakerPhrase = (rel: number) => (speakerSpan !== null && s.start + rel >= speakerSpan.start && s.start + rel < speakerSpan.end) || /[,.!?]["”’]\s+(?:said|says|told|added)\b/.test(lower.slice(0, rel));
    let twoRead: string[] | null = null;
    // "Each organisation calls the other khawarij", "the groups bury their own": the pair just spoken of.
    // "Both … were arrested": people named since the pair are what a bare "both" means ("one group …
    // the other" names its groups).
    const distributivePeople = reciprocal !== null && reciprocal === distributive && /^\W*both\b/.test(reciprocal[0]) && this.peopleMeant(index, s.start + reciprocal.index, false, groupRefs, speakerSpan, speaker, false, true) !== null;
    if (!pairRead && !two && reciprocal && !distributivePeople && !inSpeakerPhrase(reciprocal.index) && pairJustBefore && !(own && this.pair!.includes(own))) readPair(s.start + reciprocal.index + (reciprocal === distributive ? reciprocal[0].length : 0));
    else if (!pairRead && !two && reciprocal && !distributivePeople && !pairJustBefore && inside.length === 0 && (SIDES.test(lower) || reciprocal === distributive) && !inSpeakerPhrase(reciprocal.index)) {
      // "How many fighters does each side have?", "Both sides lost hundreds": with no pair just
      // spoken of and no group named here, the two groups the document is about.
      const main = this.documentPair();
      if (main && !(own && main.includes(own))) {
        this.pair = [main[0], main[1]];
        readPair(s.start + reciprocal.index);
      }
    }
    if (two && !inSpeakerPhrase(two.index) && pairJustBefore && !inside.some((m) => m.start < s.start + two.index)) {
      readPair(s.start + two.index);
    } else if (two && !inSpeakerPhrase(two.index)) {
      const from = doc.sentences[Math.max(0, index - 3)].start;
      // The two groups the last sentences were about ("JNIM was formed out of Ansar Dine and
      // al-Mourabitoun … The Islamic State's branch … The two organisations" are JNIM and the
      // branch), else the last two named.
      let named: string[] = [];
      let topical = true;
      const here = inside.find((m) => m.start < s.start + two.index && eligible(m));
      if (here) named.push(here.groupId);
      for (let k = this.recentAbout.length - 1; k >= 0 && named.length < 2 && this.recentAbout[k].sentence >= index - 3; k--) {
        if (!named.includes(this.recentAbout[k].id)) named.push(this.recentAbout[k].id);
      }
      if (named.length < 2) {
        named = [];
        topical = false;
        for (let k = this.next + inside.length - 1; k >= 0 && named.length < 2 && this.mentions[k].start >= from; k--) {
          const m = this.mentions[k];
          if (m.start < s.start + two.index && !named.includes(m.groupId) && !namesParent(doc, m)) named.push(m.groupId);
        }
      }
      // One named: the other is the group the passage is about ("Is there contact with the TTP? … between the two groups").
      if (named.length === 1 && topicHere && topicHere !== named[0]) named.push(topicHere);
      // Else the other of the two groups the document is about ("The TTP took a different line … both groups draw on …").
      if (named.length === 1 && this.documentPair()?.includes(named[0])) named.push(this.documentPair()!.find((g) => g !== named[0])!);
      // None in reach: the two groups the document is about ("Stop treating the two factions as one
      // enemy" late in an interview about ISWAP and JAS).
      if (named.length === 0 && this.documentPair()) named = [...this.documentPair()!];
      if (named.length === 2) {
        named.reverse().forEach(add);
        // Later pronouns read the pair only when no third group was named there ("Jaish … the
        // Lashkar … through the TRF. The two groups compete" leaves "they" to the topic).
        let third = false;
        for (let k = this.next + inside.length - 1; k >= 0 && !third && this.mentions[k].start >= from; k--) third = !named.includes(this.mentions[k].groupId) && !namesParent(doc, this.mentions[k]);
        if (!third || topical) twoRead = named;
      }
    }
    // "In its statement, the group said … It said the operation had been carried out to avenge …": a
    // group whose statement goes on as "it" (the sentence before reported the words of a speaker
    // phrase that names or describes a group) is what the sentence refers to, as "the group said" is.
    if (statement?.form === 'reported' && statement.speakerGroup && speakerSpan && /^\W*it\W*$/i.test(doc.text.slice(speakerSpan.start, speakerSpan.end)) && this.saidByGroup.has(index - 1)) {
      add(statement.speakerGroup);
      realised.add(statement.speakerGroup);
      groupRefs.push(speakerSpan.start);
    }
    if (spoken) {
      // "It works in small cells", "But it was never a group …", "It attacks the Taliban": a group
      // spoken of as "it" is the topic; not an event ("It means …"), an expletive ("It is clear
      // that …") or the thing the sentence before opened on ("A roadblock needs … It does not …").
      const it = /^\W*(?:(?:but|and|so|because|yet)\s+)?it\s+/.exec(lower);
      let itRead: string | null = null;
      let clauseItRead = false;
      if (it && !inside.some((m) => m.start < s.start + it[0].length)) {
        const rest = lower.slice(it[0].length);
        const previous = index > 0 ? doc.sentences[index - 1] : null;
        const thing = previous !== null && previous.paragraph >= s.paragraph - 1 && THING_SUBJECT.test(doc.text.slice(previous.start, previous.end));
        // "Is the figure final? It is final": a copula reads as the group only right after the group was spoken of.
        const progressive = IT_PROGRESSIVE.test(rest);
        const copula = /^(?:is|was)\b/.test(rest) && !progressive;
        // "“They want to show that the road is theirs … It is not.”": an elliptical copula repeats
        // the sentence before's predicate of a thing, never a group's.
        const elliptical = /^(?:is|was)(?:\s+(?:not|too|also))?\s*(?:[.!?;”"]|$)/.test(rest);
        // "“It learned in Burkina Faso …,” he said. “It will do it again”": the same speaker's
        // opening "It" that continues one read as a group in the sentence before is that group,
        // also before a modal or a copula (never an event or an expletive).
        const chainedIt = this.itChain !== null && this.itChain.sentence === index - 1 && this.itChain.speaker === speaker ? this.itChain.group : null;
        const situation = chainedIt !== null ? IT_EVENT.test(rest) : IT_SITUATION.test(rest);
        if (!thing && !situation && !elliptical && !/^['’]s\b/.test(rest) && (IT_GROUP_PREDICATE.test(rest) || progressive || (!IT_EXPLETIVE.test(rest) && (!copula || chainedIt !== null || this.groupSentence === index - 1)))) {
          // "…, but that the organisation had adapted." / "It lost the valleys": the group the same
          // speaker's last sentence ended on as a later clause's subject.
          const late = this.lateSubject !== null && this.lateSubject.sentence === index - 1 && this.saidBy.get(index - 1) === speaker ? this.lateSubject.group : null;
          const meant = late ?? chainedIt ?? topicHere;
          add(meant);
          this.pronounGroup = meant;
          if (meant) realised.add(meant), (itRead = meant);
        }
      } else if (!it && inside.length === 0 && topicHere && / it\b/.test(lower) && (CLAUSE_IT.test(lower) || OBJECT_IT.test(lower))) {
        clauseItRead = true;
        // "Second, it named a new commander", "Shekau ran it like a household": a group's "it" in a
        // later clause or as the object of what its members do, in a sentence that names no group
        // and does not follow one that opened on a thing.
        const previous = index > 0 ? doc.sentences[index - 1] : null;
        const thing = previous !== null && previous.paragraph >= s.paragraph - 1 && THING_SUBJECT.test(doc.text.slice(previous.start, previous.end));
        const clause = CLAUSE_IT.exec(lower);
        const rest = clause ? lower.slice(clause.index + clause[0].length) : '';
        // "The vehicle did not stop …, and it exploded", "There was a short pause …; it just happened":
        // a later clause's "it" is the thing the sentence opened on.
        const opensOnThing = THING_SUBJECT.test(doc.text.slice(s.start, s.end)) || /^\W*there\s+(?:is|was|are|were|has|had)\b/.test(lower);
        const clauseRead = clause !== null && !opensOnThing && (IT_PROGRESSIVE.test(rest) || (!/^(?:is|was|has been|had been|seems|seemed|['’]s)\b/.test(rest) && !IT_SITUATION.test(rest) && !IT_EXPLETIVE.test(rest))) && !IT_SAYS.test(rest);
        if (!thing && (clauseRead || OBJECT_IT.test(lower))) {
          add(topicHere);
          realised.add(topicHere);
        } else clauseItRead = false;
      }
      // "When it says a road is closed, it is closed": a later clause's copula reads nothing, but the
      // "it" opening the subordinate clause still may.
      if (!it && !clauseItRead && inside.length === 0 && lower.includes(' it ')) {
        // "Mostly from the fact that it no longer has to hide": an "it" opening a short subordinate
        // clause, in a sentence that names no group and does not open on a thing, is the topic too;
        // not a copula ("because it is hard to say") or an event ("that it means …").
        const sub = SUBORDINATE_IT.exec(lower);
        if (sub && !THING_SUBJECT.test(doc.text.slice(s.start, s.end)) && !IT_SITUATION.test(lower.slice(sub[0].length))) {
          add(topicHere);
          if (topicHere) realised.add(topicHere);
        }
      }
      if (itRead && speaker) this.itChain = { sentence: index, speaker, group: itRead };
      if (statement?.speakerGroup && FIRST_PERSON_PLURAL.test(lower.replace(/\blet us\b/g, ''))) add(statement.speakerGroup);
      // "The figure I trust is between 5,000 and 6,000 fighters": a head count naming no group counts the topic's.
      // Not where a "they" of the sentence is people ("They came in their numbers, maybe 300 men": the night's attackers).
      if (!subjects.length && !pronounPeople && HEAD_COUNT.test(lower) && /\d|hundred|thousand|dozen/.test(lower)) add(topicHere);
    }
    if (question) {
      if (this.questionGroupsTurn !== turn) (this.questionGroups = []), (this.questionGroupsTurn = turn);
      for (const g of subjects) if (!this.questionGroups.includes(g)) this.questionGroups.push(g);
    } else if (statement?.form === 'answer' && index === this.turnFirst && subjects.length === 0 && this.questionGroupsTurn === turn - 1 && lower.length <= 60 && (ELLIPTICAL_ANSWER.test(lower) || RESTRICTED_REPLY.test(doc.text.slice(s.start, s.end)))) {
      // "Is JNIM winning that war?" / "In most of central Mali, yes.": the question's groups.
      for (const g of this.questionGroups) add(g), realised.add(g);
      // The groups are spoken of here: a copula "It is bigger" right after reads them.
      if (this.questionGroups.length) groupRefs.push(s.start);
    }
    this.updatePair(index, s.start, lower, inside, pairRead, twoRead, two, turn, question);
    if (inside.length) this.namedSentence = index;
    this.groupAt = Math.max(previousGroupAt, ...groupRefs);
    if (groupRefs.length) this.groupSentence = index;
    // The topic moves to the first group this sentence is about (a speaker's affiliation is not).
    // A sentence whose subject is "the group"/"it" stays on the same topic ("The group has no link to ISKP").
    const anaphoricSubject = /^\W*(?:the (?:group|movement|outfit|organi[sz]ation|faction|network|militants)|it|its|they)\b/.test(lower) || (question && INVERTED_ANAPHOR.test(lower));
    const candidates = anaphoricSubject ? [] : inside.filter(eligible);
    const named = candidates.find((m, i) => i === candidates.length - 1 || !REPORTING_AFTER.test(doc.lower.slice(m.end, m.end + 12)));
    // The subject of a later clause, when a group: "…, and the Taliban intelligence people are not trained".
    this.lateSubject = null;
    let lateAt = -1;
    for (const m of candidates) {
      const c = clauseOf(m.start - s.start);
      if (c === 0 || realised.has(m.groupId)) continue;
      if (LATE_SUBJECT_BEFORE.test(lower.slice(c, m.start - s.start))) (this.lateSubject = { sentence: index, group: m.groupId }), (lateAt = m.start - s.start);
    }
    for (const a of lateAnaphors) if (a.rel > lateAt) (this.lateSubject = { sentence: index, group: a.id }), (lateAt = a.rel);
    // "The Khorasan people want the bazaar afraid. Their war is …", "The Kabul government denies …":
    // a group named by a description as the sentence's subject, with no group named before it, is
    // what the sentence is about.
    const subjectDescription = anaphoricSubject || named ? undefined : described.find((d) => !inside.some((m) => m.start < s.start + d.at) && CLAUSE_SUBJECT_BEFORE.test(lower.slice(0, d.at)));
    const about: { start: number; end: number; groupId: string } | undefined = named ?? (subjectDescription ? { start: s.start + subjectDescription.at, end: s.start + subjectDescription.at, groupId: subjectDescription.id } : undefined);
    // A sentence that still refers to the group the passage is about by a pronoun keeps it ("The
    // Haqqanis hate them"), and so does one that names the story's group where the new group is only
    // inside reported words ("… said that the Islamic Emirate had asked TTP leaders …").
    const embedded = about !== undefined && EMBEDDED_BEFORE.test(lower.slice(0, about.start - s.start));
    const keeps = (topic: string | null) => topic !== null && (realised.has(topic) || (embedded && topic === this.mainTopic && inside.some((m) => m.groupId === topic)));
    if (spokenOf && !question) {
      if (statement?.form === 'answer') this.turnTopic = spokenOf.groupId;
      else (this.topic = spokenOf.groupId), (this.topicParagraph = s.paragraph);
    } else if (question) {
      // A question of several sentences is about what its first one named ("What about the
      // Pakistani Taliban? There are reports that thousands of them …").
      if (about) {
        this.questionTopic = about.groupId;
        this.questionTurn = turn;
      } else if (this.questionTurn !== turn) this.questionTopic = this.mainTopic ?? this.topic;
    } else if (statement?.form === 'answer') {
      // "Has ISWAP become harsher? — Yes, since the fighting with JAS. Now they …": a yes or no that
      // opens the answer affirms the question about its group; a group named after it does not
      // take the answer's pronouns.
      const reply = index === this.turnFirst && /^\W*(?:yes|no|of course|certainly|indeed)\b\s*[,;:—–-]/.test(lower) && topicHere !== null;
      if (about && !keeps(topicHere) && !reply) this.turnTopic = about.groupId;
    } else if (about && !keeps(recent)) {
      this.topic = about.groupId;
      this.topicParagraph = s.paragraph;
    } else if ((anaphoricSubject || keeps(recent)) && this.topic) this.topicParagraph = s.paragraph;
    if (about && this.mainTopic === null) this.mainTopic = about.groupId;
    if (subjects.length) {
      this.recentSubjects.push({ sentence: index, ids: [...subjects] });
      if (this.recentSubjects.length > 4) this.recentSubjects.shift();
    }
    if (about) {
      this.recentAbout.push({ sentence: index, id: about.groupId });
      if (this.recentAbout.length > 4) this.recentAbout.shift();
    }
    return subjects;
  }
}
