/**
 * Figures in claim sentences: numbers in digits or words, ranges and bounds, each tied to what it
 * counts. A number only becomes a figure when its context says what is counted (a casualty verb,
 * a counted noun after a "has"/"number" verb): years, dates, phone and reference numbers, ages and
 * ordinals never have that context, which is how they are kept out.
 */

export type MeasureClass = 'killed' | 'injured' | 'strength';

export interface RawFigure {
  measure: MeasureClass;
  /** What is counted as written ("fighters", "people"); null when only a verb says it. */
  noun: string | null;
  low: number;
  high: number;
  /** Sentence-relative offsets of the figure as written (bound word included). */
  start: number;
  end: number;
  /**
   * A bare figure after "has" / "have" / "had" ("The Islamic State has perhaps 2,000 to 3,000"):
   * the offset where the verb's subject ends, so the kind can require that subject to be a group.
   */
  hasSubjectEnd?: number;
  /**
   * A bare estimate with no verb that counts: a verbless answer ("“Maybe 3,000, maybe a little
   * more,” he said", "A few hundred, no more.") or a list item's value ("**JAS, Mandara:** about 1,000
   * (MNJTF officers)"); the kind decides whose force it is (a quote's group, the item's label). A
   * `continued` estimate counts only after another: an elliptical figure set off by a comma ("Now the
   * core is small, between 1,500 and 2,000"); strength.ts gives it the group of the estimate just
   * before, and nothing without one.
   */
  bare?: 'answer' | 'item' | 'continued';
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Vague quantities as ranges: "dozens" is at least 24, "hundreds" 200 and more, and so on. */
const VAGUE: Record<string, [number, number]> = {
  dozen: [12, 12], 'a dozen': [12, 12], 'half a dozen': [6, 6], dozens: [24, 99], 'a few dozen': [24, 60], 'several dozen': [24, 99], 'a few hundred': [200, 500], 'several hundred': [200, 900], 'a few thousand': [2000, 5000], 'several thousand': [2000, 9000], scores: [40, 199], hundreds: [200, 999], thousands: [2000, 9999], 'tens of thousands': [20000, 99999],
  // "reduced to a handful of members", "a handful of men": a few, under ten.
  'a handful': [2, 9],
  // "to number in the low thousands": the lower or upper part of the hundreds or thousands.
  'the low thousands': [1000, 3000], 'the low hundreds': [100, 300], 'the high hundreds': [700, 999],
};

const UNIT_WORDS = Object.keys(UNITS).join('|');
// One number: digits with thousands separators, or number words ("five hundred", "twenty-five"), or a vague quantity.
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+(?!\\d|,\\d)|\\d+(?:\\.\\d+)?|(?:${UNIT_WORDS})(?:[- ](?:${UNIT_WORDS}))?(?: (?:hundred|thousand|dozen))?|a (?:hundred|thousand)|hundred|thousand|half a dozen|a dozen|a few dozen|several dozen|a few hundred|a few thousand|several hundred|several thousand|a handful|dozens|scores|hundreds|thousands|tens of thousands|the (?:low|high) hundreds|the low thousands)`;
const BOUND = '(?:at least|more than|over|nearly|almost|about|around|some|an estimated|estimated|up to|fewer than|not less than|no less than|less than|as many as|roughly|approximately|at most|between|no fewer than|not fewer than|no more than|higher than|close to|closer to)';
/**
 * bound? number (range-joiner hedge? number)? — single-level quantifiers only, so matching stays
 * linear. "1,500 or 2,000" is a range too, and so is "from 300 to about 1,000" (the second number's
 * own hedge does not widen the range).
 */
const FIGURE = new RegExp(`(?<![\\w/\\-.])(?:(${BOUND}) )?(${NUMBER})(?:( ?(?:to|-|–|—|and|or) ?)(?:(?:about|around|roughly|approximately|perhaps|maybe|some|nearly|almost) )?(${NUMBER}))?(?![\\w/]|-\\d)`, 'gi');

export function parseNumber(raw: string): number | null {
  const s = raw.toLowerCase().trim();
  if (/^\d/.test(s)) {
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  if (s in VAGUE) return VAGUE[s][0];
  let total = 0;
  let current = 0;
  for (const word of s.split(/[- ]/)) {
    if (word === 'a') current = 1;
    else if (word in UNITS) current += UNITS[word];
    else if (word === 'hundred') current = (current || 1) * 100;
    // "two dozen", "three dozen": twelve each.
    else if (word === 'dozen') current = (current || 1) * 12;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
  }
  return total + current;
}

function numberRange(raw: string): [number, number] | null {
  const s = raw.toLowerCase();
  if (s in VAGUE) return VAGUE[s];
  const n = parseNumber(s);
  return n === null ? null : [n, n];
}

const CASUALTY_NOUNS = new Set(['people', 'persons', 'civilians', 'soldiers', 'policemen', 'police', 'officers', 'troops', 'worshippers', 'students', 'children', 'women', 'girls', 'men', 'fighters', 'militants', 'attackers', 'guards', 'members', 'personnel', 'pilgrims', 'passengers', 'villagers', 'workers', 'engineers', 'nationals', 'tourists', 'insurgents', 'gunmen', 'bodies', 'others', 'them', 'labourers', 'laborers', 'protesters', 'recruits', 'commanders', 'terrorists', 'assailants', 'apostates', 'jawans', 'martyrs', 'militiamen', 'auxiliaries', 'residents', 'officials', 'worshipers', 'bombers',
  // Wire, army-communiqué and local-press words for the dead: "14 khawarij were sent to hell", "six brave sons of the soil … paid the ultimate sacrifice".
  'khawarij', 'jihadists', 'extremists', 'rebels', 'sons', 'troopers', 'constables', 'sepoys', 'cadres', 'miscreants', 'victims', 'herders', 'farmers', 'fishermen', 'traders', 'hostages', 'infiltrators', 'intruders', 'hunters', 'vigilantes', 'peacekeepers', 'marines', 'paramilitaries', 'rangers', 'shoppers', 'mourners', 'guests', 'employees', 'teachers', 'doctors', 'journalists', 'bystanders', 'patients', 'relatives', 'boys', 'elders', 'clerics', 'kidnappers',
  // People a group says it punished, and people of a trade: "killed the two informers", "the killing of two shopkeepers".
  'informers', 'informants', 'spies', 'collaborators', 'shopkeepers', 'drivers', 'contractors', 'porters',
  // "One soldier was killed", "one body": the singular after "one".
  'soldier', 'policeman', 'civilian',
  // A group's own dead in its words: "We lost three brothers", "lost two of our mujahideen".
  'brothers', 'comrades', 'mujahideen', 'mujahidin', 'companions', 'officer', 'person', 'child', 'woman', 'girl', 'boy', 'worshipper', 'student', 'guard', 'passenger', 'villager', 'worker', 'pilgrim', 'jawan', 'resident', 'body', 'member', 'fighter', 'militant', 'attacker']);
const STRENGTH_NOUNS = new Set(['fighters', 'militants', 'members', 'cadres', 'men', 'troops', 'combatants', 'gunmen', 'insurgents', 'operatives', 'recruits', 'followers', 'soldiers', 'jihadists', 'volunteers', 'loyalists', 'strong', 'individuals', 'commanders', 'terrorists', 'rebels', 'militiamen', 'mujahideen', 'figures', 'fugitives']);
// "two fighters of Lashkar-e-Toiba had been killed": an "of …" complement may sit between noun and verb.
const OF_COMPLEMENT = '(?:(?:of|from|belonging to|linked to|affiliated with|loyal to) [^,;.]{1,40}?(?: |(?=,)))?';
/** "…, including a Pakistani national, were killed": an apposition between the counted noun and its verb. */
const APPOSITION = '(?:\\([a-z]{2,8}\\))?(?:,? ?(?:(?:including|among them|most of them|having|who had) |an? |the )[^,;.]{1,80}, )?';
// Official and wire wordings for a death: "neutralised" (army communiqués), "paid the supreme price"
// (Nigerian and Indian army statements), "were among the dead", "bodies", "21 soldiers were buried".
/**
 * A second counted noun joined to the first shares its verb: "14 security personnel and nine
 * civilians have been killed", "12 troops, vigilantes killed", "seven soldiers and a member of the
 * CJTF were killed". One noun phrase for people of up to four words (and an "of" complement), then the
 * verb; not a participle before a noun ("eight bodies and four wounded men") nor a new clause (", while …").
 */
const COORDINATED = '(?:(?:, ?and|,|and) (?:an? |one |the )?(?:(?!(?:while|but|whereas|when|after|as|who|which|that|and|wounded|injured|dead|killed|with|left|leaving|wounding|injuring|killing|including|said|says|say|told|added)\\b)[\\w-]+ ){0,3}?(?:[\\w-]+s|[\\w-]*men|women|children|people|police|personnel|member|soldier|civilian|officer|porter|guard|man|woman|child|boy|girl|militant|fighter|attacker|policeman) (?:of [^,;.]{1,40}? )?(?:\\([a-z]{2,8}\\) ?)?(?:, (?:an? |the )[^,;.]{1,50}, )?)?';
/** "2 LeT militants including Pakistani killed": a short "including …" without commas, as headlines write it. */
const INCLUDING = String.raw`(?:including (?:an? |one |two |the )?[\w-]+(?: [\w-]+)? )?`;
const KILL_AFTER = new RegExp(String.raw`^${OF_COMPLEMENT}${APPOSITION}${INCLUDING}${COORDINATED}(?:(?:were|was|have been|had been|are|got|being|reportedly|all|also|now|confirmed|had|have|has|later|who|still) ){0,3}['"“‘]?(?:killed|dead|died|slain|martyred|massacred|executed|perished|lost their lives|lost his life|shot dead|gunned down|neutrali[sz]ed|eliminated|paid the (?:supreme|ultimate|highest) (?:price|sacrifice)|made the (?:supreme|ultimate) sacrifice|embraced (?:martyrdom|shahadat|shahadah|shahada)|(?:laid|lay) down (?:their|his|her) li(?:ves|fe)|sacrificed (?:their|his|her) li(?:ves|fe)|succumbed|sent to hell|among (?:those|the people) (?:killed|dead)|lost lives|among the dead|bodies|buried)\b`);
/** An adverb of degree between the auxiliary and the participle: "one soldier was lightly wounded", "three were seriously injured". */
const DEGREE = '(?:lightly|slightly|seriously|critically|severely|gravely|badly|mildly|moderately|grievously)';
const INJURE_AFTER = new RegExp(String.raw`^${OF_COMPLEMENT}${APPOSITION}${COORDINATED}(?:(?:were|was|have been|had been|are|got|being|reportedly|all|also|others|more|who|still|brought in|admitted) ){0,3}(?:${DEGREE} )?(?:injured|wounded|hurt|sustained (?:[\w-]+ ){0,4}?injur(?:y|ies)|suffered (?:[\w-]+ ){0,3}?(?:injuries|wounds)|fled with (?:gunshot )?wounds|treated for (?:\w+ )?(?:wounds|injuries))\b`);
/** Before a figure that counts the dead only with a counted noun: "neutralised around forty assailants", "we buried 26 people". */
const KILL_BEFORE_NOUN = /(?:\bneutrali[sz](?:ed|ing)|\beliminat(?:ed|ing)|\bburied|\b(?:bodies|remains) of|\bcounted|\b(?:we|they|troops|forces|the army|the police|the unit|the battalion)\s+(?:have\s+|had\s+|has\s+)?lost|(?<!\b(?:which|who)\s+(?:had\s+|has\s+|have\s+)?)\b(?:lost|losing)(?:\s+(?:only|just|another|a\s+further))?|\b(?:dead|fatalities|those killed|people killed)\s+(?:included|include|includes)(?:\s+(?:at\s+least|some|about))?|\bamong\s+(?:the|those)\s+(?:dead|killed)\s+(?:were|was|are))(?:\s*['"“‘”’])?\s*$/;
/** A band or party counted, and what it did after the figure: an attack. */
const PARTY_OF = /\b(?:band|party|column|squad|detachment)\s+of\s*$/;
const PARTY_ATTACKS = /^[^.;]{0,60}?\b(?:raided|attacked|stormed|ambushed|struck|overran|assaulted)\b/;
/** A unit described by the attack it carries out: "a JNIM unit that attacks a gendarmerie post may be". */
const UNIT_THAT_ATTACKS = /\b(?:unit|band|party|column|squad|detachment)\s+(?:that|which)\s+(?:attacks|attacked|raids|raided|storms|stormed|ambushes|ambushed)\b[^.;]{0,60}$/;
/** A party that came or attacked "with" its men: the people of one incident. */
const INCIDENT_WITH = /\b(?:came|come|comes|arrived|attacked|stormed|raided|rode|drove|struck|entered|returned|descended|swept in|moved in)\s+(?:[\w-]+\s+){0,3}?with\s*$/;
/** "the deaths of eight soldiers", "put the number of dead at 26", "the number of dead was at least nine", "toll climbs past 20". */
const KILL_BEFORE_MORE = /(?:\bdeaths of|\bnumber of (?:the )?(?:[\w-]+ ){0,3}?(?:dead|killed|fatalities|deaths|bodies)(?: [\w-]+){0,3}? (?:at|to|(?:is|was|stood at|stands at|(?:has |had )?(?:reached|climbed to|risen to|rose to))(?: now)?)|\bclimb(?:s|ed)? past)\s*['"“‘]?\s*$/;
/**
 * A killing named as a noun ("the killing of two migrant labourers", "the massacre of 34 villagers") or a killing verb with an
 * article before the count ("killed the two informers"): a toll only with a noun for the people counted ("the killing of two birds" is none).
 */
const KILL_NOMINAL_BEFORE = /(?:\b(?:killings?|massacre|murders?|executions?|slaughter|beheadings?) of(?: the| all)?|\b(?:killed|killing|massacred|murdered|executed|beheaded|slaughtered)\s+(?:the|all(?: the)?))\s*['"“‘]?\s*$/;
/** A toll that rises over a long subject: "the death toll from Sunday's twin bombings in … has risen to 26". */
const TOLL_RISEN = /\b(?:toll|number of (?:people |those )?(?:killed|dead))\b[^.;]{0,160}?\b(?:risen|rose|rises|climbed|climbs|jumped|increased|reached|reaches|stands|stood|now stands)(?: from [\w,]+)?(?: to| at)?\s*$/;
const KILL_BEFORE = /(?:\bkill(?:ed|ing|s)?|\bbehead(?:ed|ing|s)?|\bslaughter(?:ed|ing|s)?|\bmurder(?:ed|ing|s)?|\btoll (?:\w+ ){0,3}?(?:is|was)(?: now)?|\bshot dead|\bgunned down|\b(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|took|taking|takes|taken) the lives of|\bdeath of|\bleft|\bleaving|\bmassacred|\bexecuted|\btoll (?:\w+ ){0,4}?(?:to|at|of|passe[sd]|reache[sd]|exceed(?:ed|s)?|tops|topped)|\btoll (?:of|at|to)|\bdeath toll (?:\w+ )?(?:to|at)|\bdead (?:numbered|rose to|stood at)|\bkilled (?:at least|more than|over|some|about|around|nearly)?|\bkilled (?:or|and) (?:wounded|injured)|\b(?:put|puts|putting|gave|gives|giving|placed)\s+(?:its|their|his|her|our)\s+(?:own\s+)?(?:losses|dead)\s+at)(?:\s*['"“‘”’])?\s*$/;
const INJURE_BEFORE = /(?:\bwound(?:ed|ing|s)?|\binjur(?:ed|ing|es)|\bhurt|\bleft)(?:\s*['"“‘])?\s*$/;
/** "the number of wounded had climbed to 87", "put the number of injured at 40": the wounded counted as a number that rises or is put. */
const INJURE_BEFORE_MORE = /\bnumber of (?:the )?(?:wounded|injured)(?: [\w-]+){0,3}? (?:at|to|(?:is|was|stood at|stands at|(?:has |had )?(?:reached|climbed to|risen to|rose to))(?: now)?)\s*['"“‘]?\s*$/;
/** "N of the gunmen", "scores of the terrorists": a figure that counts people named after "of the" ("two of the dead were children" is a part of a toll, not one). */
const OF_THE_PEOPLE = /^\s*of (?:the|its|their|our) (?:[\w-]+ ){0,2}?(?:soldiers|troops|policemen|police|officers|attackers|gunmen|militants|fighters|terrorists|insurgents|assailants|civilians|passengers|worshippers|villagers|guards|members|personnel|people)\b/;
/** "there are …", "has …", "count …" before "N of them". */
const THERE_ARE_OR_HAS = /\b(?:there (?:are|were|is|was)(?: still| now)?|ha[sd]|have|numbered|number|count|counted)(?:\s*['"“‘])?(?:\s+(?:perhaps|maybe|probably|possibly|still|now|only|about|around|roughly|some))?\s*$/;
/** Hedges between a counting verb and its figure: "has perhaps 1,500 men", "still has about 6,000". */
const HEDGE = String.raw`(?:(?:\s*['"“‘]\s*|\s+|(?<=['"“‘]))(?:perhaps|maybe|probably|possibly|likely|only|just|still|now|currently|reportedly|already|somewhere|anywhere))`;
/**
 * Putting a force at a figure, however the force is named and wherever: "put ISKP's strength in Pakistan
 * at", "put their numbers in the valley at", and an estimate set against another's: "puts the figure
 * higher, at", "put it considerably lower, at".
 */
const PUT_FORCE_AT = String.raw`\b(?:put(?:s|ting)?|estimated|estimates?|assess(?:ed|es)?|reckon(?:ed|s)?|place[sd]?)\s+(?:[\w'’-]+\s+){0,4}?(?:strength|numbers|membership|size|fighters|militants|members|cadres|combatants|force|ranks|manpower)\s+(?:(?:of|in|across|inside|within|along|throughout|for)\s+(?:[\w'’-]+\s+){1,4}?)?at(?:\s+between)?`;
const PUT_FORCE_FAR = new RegExp(String.raw`${PUT_FORCE_AT}\s*['"“‘]?\s*$`);
/** Only before a counted noun ("at close to 12,000 including part-time cadres"): a bare figure set higher may be a toll's. */
const PUT_HIGHER_AT = String.raw`\bput(?:s|ting)?\s+(?:the\s+figure|the\s+number|the\s+estimate|the\s+total|it|them|its\s+strength|their\s+strength)\s+(?:(?:much|far|considerably|significantly|slightly|rather|even)\s+)?(?:higher|lower)\s*,?\s*at(?:\s+between)?`;
/**
 * A force cut (or brought) down to a figure, with its object: "has reduced it to “a few hundred men at
 * most”", "cut its ranks to", "whittled the group down to", "brought their numbers down to".
 */
const CUT_TO = String.raw`\b(?:reduced|cut|whittled|brought|shrunk|halved)\s+(?:it|them|its\s+ranks|their\s+ranks|its\s+numbers|their\s+numbers|its\s+strength|their\s+strength|the\s+(?:group|faction|outfit|movement|network|insurgency|organi[sz]ation))\s+(?:down\s+)?to`;
/** "puts the Somali group at up to 12,000 fighters", "put ISKP at 2,000 men": a group put at a counted force (the noun is required). */
const PUT_GROUP_AT = String.raw`\bput(?:s|ting)?\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?at(?:\s+between)?`;
/** A force compared, then its figure after a dash or colon: "It is smaller — between 1,500 and 2,500 men", "The branch is much weaker: perhaps 800 fighters". */
const COMPARED_DASH = String.raw`\b(?:is|are|was|were)\s+(?:now\s+)?(?:(?:much|far|considerably|slightly)\s+)?(?:smaller|larger|bigger|weaker|stronger)\s*[:—–]`;
const STRENGTH_BEFORE = new RegExp(String.raw`(?:\bha[sd]|\bhave|\bhaving|\bnumbers?|\bnumbering|\bnumbered|\bcommand(?:s|ed)?|\bcontrols?|\bfield(?:s|ed)?|\bboast(?:s|ed)?|\bmuster(?:s|ed|ing)?|\b(?:range|ranges|ranged|ranging) from|\b(?:made up|consists?|consisted|consisting|composed) of|\bretains?|\bretained|\bcounts?|\b(?:force|strength|army|total|estimate|ranks|network|core|band|contingent|command|wing|militia|following|presence|pool|reservoir) of|\bmaintain(?:s|ed|ing)?|\bpossess(?:es|ed|ing)?|\b(?:call|calls|called|calling|count|counted|counting|draw|draws|drew|drawing|rely|relies|relied) (?:on|upon)|\bto be|\b(?:figure|number|estimate|total|count)\s+(?:is|was|may\s+be|might\s+be)\s+(?:much\s+|far\s+|considerably\s+|probably\s+)?(?:lower|higher|smaller|larger|greater|bigger)\s*[,:]?|\b(?:strength|numbers?) at(?: between)?|\bestimated (?:by [^,.;:]{1,40}? )?(?:\w+ ){0,2}at|\bcomprises?|\bcomprising|\bestimated at|\b(?:is|are|was|were|been)\s+(?:(?:now|usually|variously|generally|commonly)\s+)?(?:put|placed|reckoned|assessed)\s+at(?: between)?|\bestimates?|\bput(?:s|ting)? (?:the figure|it|them|its strength|their strength|its numbers|their numbers|the number|their number) at|\bcapable of (?:fielding|mustering|deploying)|\b(?:can|could|is able to|are able to)\s+(?:still\s+)?(?:deploy|field|muster|mobili[sz]e|call up)|\bfielding|${CUT_TO}|\b(?:reduced|dwindled|shrunk|shrank|grown|grew|swelled|swollen|risen|rose|expanded|increased|fallen|fell|dropped|declined|thinned|down|up) (?:to|from)|${PUT_FORCE_AT}|${PUT_HIGHER_AT}|${PUT_GROUP_AT}|${COMPARED_DASH}|\bis|\bare|\bwith)(?:\s*['"“‘])?${HEDGE}{0,2}\s*['"“‘]?\s*$`);
/** A bare figure after a figure put higher or lower than another's: "put the figure considerably lower, at no more than 1,200". */
const PUT_HIGHER_BARE = new RegExp(String.raw`${PUT_HIGHER_AT}\s*['"“‘]?\s*$`);
/** "put it at", "put them “closer to": a pronoun's force put at a figure. */
const PUT_IT = /\bput(?:s|ting)?\s+(?:it|them)(?:\s+at(?:\s+between)?)?\s*['"“‘]?\s*$/;
/** A group's people moved from one place to another: "had moved “at least 500” fighters", "shifted several hundred militants". */
const MOVED_BEFORE = /\b(?:moved|shifted|transferred|redeployed|relocated)\s*['"“‘]?\s*$/;
/** Without a counted noun, only a verb that counts a force makes a figure strength: "numbered a few hundred", "put the figure at around 400". */
const STRENGTH_BEFORE_BARE = new RegExp(String.raw`(?:\b(?:to number|numbers?|numbered|numbering) in|\bnumbered|\bnumbering|\bto number|\b(?:is|are|was|were|been|now)\s+down to|\b(?:strength|numbers?) at(?: between)?|\bput(?:s|ting)? (?:the figure|them|its strength|their strength|its numbers|their numbers|the number|their number) at|\b(?:force|strength) of|\b(?:reduced|dwindled|shrunk|shrank|swelled|swollen|grown|grew|expanded) to|\b(?:numbers|ranks|strength|membership|cadre base)\s+(?:had\s+|has\s+|have\s+)?(?:fallen|fell|dropped|declined|risen|rose|increased|thinned|shrunk|shrank|dwindled|grown|grew|swelled|swollen|climbed|plummeted|plunged) to|${PUT_FORCE_AT}|${CUT_TO}|\b(?:is|was) now)${HEDGE}{0,2}\s*['"“‘]?\s*$`);
/**
 * The force named before the figure, with its verb: "the outfit's strength in Kashmir stood at 250",
 * "whose strength Member States put at between 2,000 and 3,000", "its membership is around 800",
 * "estimated al-Shabaab's strength to be about 5,000 fighters", "their numbers fall between …".
 */
const STRENGTH_STANDS = /\b(?:strength|membership|numbers|ranks|manpower)\b[^.;:]{0,60}?\b(?:(?:is|are|was|were)\s+(?:usually\s+|often\s+|commonly\s+|generally\s+|variously\s+)?given\s+as|stood|stands|stand|is|was|remains|remained|falls?|fell|to be|(?:put|puts|placed|places|estimated|estimates|assessed) (?:it |them )?(?:by [^,.;:]{1,40}? )?)\s*(?:now\s+|still\s+|currently\s+|roughly\s+|perhaps\s+|probably\s+)?(?:at(?: between)?\s*)?['"“‘]?\s*$/;
/**
 * Fighters counted with "number" as the verb: "Its fighters in the border provinces number some
 * 6,000", "TTP militants active in Khyber Pakhtunkhwa number roughly 4,000". The words between noun
 * and verb must not make them a toll or a haul ("fighters killed this year number 40").
 */
const NOUN_NUMBER = /\b(?:fighters|militants|members|cadres|men|combatants|insurgents|operatives|jihadists|terrorists|loyalists|gunmen|rebels|militiamen|recruits)\b([^.;:]{0,70}?)\s(?<!\bthe )(?<!\ba )number(?:s)?(?:\s+(?:only|just|perhaps|probably|roughly|now|still|currently|somewhere))?\s*['"“‘]?\s*$/;
const NOT_A_FORCE = /\b(?:killed|dead|died|wounded|injured|arrested|detained|surrendered|captured|held|jailed|deported|bodies|neutrali[sz]ed|eliminated)\b/;
/** "the number of fighters … is closer to 6,000": the counted noun comes before the figure. */
const NUMBER_OF_BEFORE = /\b(?:number|total|strength) of (?:[\w-]+ ){0,2}?(?:fighters|militants|members|cadres|men|combatants|insurgents|operatives|jihadists)\b[^.;:]{0,50}?\b(?:is|was|stands at|stood at|at|are|were|has been|remains?|to be)(?: now| still| probably| perhaps| likely){0,2}\s*['"“‘]?\s*$/;
/** Before a verbless estimate: nothing but a quote mark and a hedge ("“Maybe 3,000", "Perhaps a few hundred"). */
const ANSWER_OPENING = /^\s*(?:[\p{L}'’.-]+(?: [\p{L}'’.-]+){0,3}:\s+)?['"“‘]?\s*(?:(?:maybe|perhaps|probably|possibly|roughly)\s*,?\s*)?$/u;
/**
 * The noun of an estimate and its copula right before a bare figure ("our working figure was", "the
 * figure I hear from people in the region is closer to", "The honest answer is somewhere"), or a report
 * that gives it ("Their last report said"). Not a count "of" something ("the number of attacks was
 * about 200"): the words between the noun and the verb may not include "of". Bounded repetitions only.
 */
const ESTIMATE_COMPLEMENT = /\b(?:figure|number|estimate|answer|count|total|guess)(?:\s+(?!of\b)[\p{L}'’-]+){0,8}?\s+(?:is|was|would be|will be|must be|may be|might be|could be|stands at|stood at|remains|remained)\s*(?:(?:now|still|probably|perhaps|maybe|somewhere|likely|really|actually)\s+){0,2}['"“‘]?\s*$|\b(?:report|assessment|study|survey)\s+(?:said|says|put it at|puts it at|gave|gives)\s*(?:(?:perhaps|maybe|somewhere)\s+)?['"“‘]?\s*$|\b(?:i|we)(?:\s+would|\s+should|['’]d)\s+(?:say|guess|estimate|put it at|put them at|put the figure at)\s*(?:(?:perhaps|maybe|somewhere)\s+)?['"“‘]?\s*$|\b(?:gave|give|gives|giving|cited|cites|offered|offers|used|uses|quoted|quotes)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:figure|estimate|number|total)\s+of\s*['"“‘]?\s*$|\b(?:gave|give|gives|giving|offered|offers|cited|cites)\s+(?:us|me|them|reporters|the\s+\p{L}+)?\s*(?:a|an)\s+(?:(?:much|far|slightly|considerably)\s+)?(?:higher|lower|smaller|larger|bigger|different)\s+(?:figure|estimate|number|total)\s*[,:—–]\s*['"“‘]?\s*(?:(?:perhaps|maybe|probably|somewhere)\s+)?$|\b(?:figure|number|estimate|total|count)(?!\s+of\b)(?:\s+[\p{L}'’-]+){0,8}?\s+(?:is|was|would be|may be|might be)\s+(?:(?:much|far|slightly|considerably|probably)\s+)?(?:higher|lower|smaller|larger|bigger)\s*[,:—–]\s*['"“‘]?\s*(?:(?:perhaps|maybe|probably|possibly|somewhere)\s+)?$/u;
/** Counts that are not a force: money, distances, shares, the displaced, incidents. */
const NOT_A_FORCE_CONTEXT = /\b(?:displaced|refugees|dollars|rupees|shillings|naira|budget|attacks|incidents|operations|arrests|votes|kilomet(?:re|er)s?|km|miles|per ?cent|percent|households|families)\b|\$/;
/** Words of the dead: a bare figure in their sentence may be a toll. */
const DEATH_WORD = /\b(?:kill|dead|death|died|wound|injur|hurt|martyr|toll|bodies|lives|casualt|slain)/;
/** A list item's label about one incident: its bare figure is a toll or a haul, not a force. */
const INCIDENT_LABEL = /\b(?:attack|raid|bomb|blast|ambush|clash|toll|casualt|arrest|seiz|recover)/;
/** A possessor right before the figure (the bound, "estimated", "some", is matched with the figure): "ISKP’s estimated 2,000 members", "its 1,200 cadres", "the group's 5,000-odd fighters". */
const POSSESSED_BEFORE = /(?:\p{L}['’]s|\bits|\btheir)\s*$/u;
/** An estimating verb and "at" right before a counted force: "that some officers estimate at", "which Member States assess at", "put at". */
const ESTIMATE_AT_BEFORE = /\b(?:estimate|estimates|estimated|assess|assesses|assessed|reckon|reckons|reckoned|put|puts|place|places|placed)\s+(?:it\s+|them\s+)?at(?:\s+between)?(?:\s+(?:perhaps|maybe|probably|possibly|somewhere))?\s*['"“‘]?\s*$/;
/** "puts the strength of the Islamic State West Africa Province (ISWAP) at around 5,000": the group between the noun and "at". */
const PUT_STRENGTH_OF = /\bput(?:s|ting)?\s+(?:the\s+|its\s+|their\s+)?(?:(?:combined|joint|total|overall|fighting|current|present)\s+)?(?:strength|number|size|total)\s+of\s+(?![^.;:]{0,40}?\b(?:dead|killed|deaths|fatalities|casualties|victims|wounded|injured|bodies)\b)[^.;:]{1,80}?\s+at(?:\s+between)?\s*['"“‘]?\s*$/;
/**
 * "put the number of armed combatants closer to 1,000": with an approximating bound the figure needs
 * no "at"; the people counted are a force, not the dead ("put the number of dead closer to 30").
 */
const PUT_NUMBER_NEAR = /\bput(?:s|ting)?\s+(?:the\s+|its\s+|their\s+)?(?:strength|number|size|total|figure)\s+(?:of\s+(?![^.;:]{0,40}?\b(?:dead|killed|deaths|fatalities|casualties|victims|wounded|injured)\b)[^.;:]{1,80}?\s+)?$/;
/** After the noun: "30 militants are active in the district", "some 200 fighters remain". */
/**
 * After the noun: "30 militants are active in the district", "some 200 fighters remain", "60 foreign
 * terrorists, most of them belonging to LeT and JeM, continue to operate", "as many as 30,000 militants
 * still roam Iraq and Syria", "60 to 80 militants are left in South Waziristan", "the approximately 4,000
 * militants active in the region".
 */
const STRENGTH_AFTER = /^(?:(?:into|in) the field\b|under arms\b|(?:in|on) (?:its|their) (?:ranks|books|payroll|rolls)\b)|^(?:(?:of|from|(?:mostly |mainly |largely |chiefly |all )?(?:belonging to|loyal to|linked to|affiliated (?:with|to)|aligned with|associated with)) [^,;.]{1,40}? )?(?:,?\s*(?:most|many|all|some|several|the majority|half) of (?:them|whom) [^,;.]{1,80},\s*)?(?:(?:are|were|remain|remained|is|was)\s+(?:still\s+|now\s+|currently\s+|believed to be\s+|thought to be\s+)?(?:active|operating|present|based|hiding|deployed|at large|left|stationed|located|sheltering|living|holed up|entrenched|concentrated)|(?:are|were|is|was)\s+(?:also\s+|now\s+|still\s+)?(?:believed|thought|said|estimated|reported|understood|known)\s+to\s+(?:be\s+)?(?:based|active|operating|present|hiding|deployed|stationed|located|fighting|operate|move|remain|hide|roam|fight|live|shelter)\b|(?:have|had|has)\s+(?:found|taken|sought)\s+(?:safe\s+)?(?:havens?|refuge|shelter|sanctuary)|(?:remain|remained|remaining|still)\s+(?:in|inside|across)\s|(?:still\s+)?(?:continue|continued) to (?:operate|be active|hide)|(?:still\s+)?(?:roam|roamed|operate|operated)\s|(?:active|operating|present|hiding)\s+(?:in|inside|across|along|on)\s)/;
const ADJECTIVE_SKIP = 3;
/** What may follow a figure that counts nothing named: the sentence ends, a clause or a place follows. */
const BARE_END = /^(?:['"”’]\s*)?(?:$|[,.;:)]|(?:in|inside|across|at|for|plus|and|but|while|as|by|on|down|up|according|after|since|following|during|last|this|when|under|once|if|excluding|including|counting)\b|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+) (?:years?|months?|weeks?) (?:ago|earlier|before|previously)\b)/;

/**
 * A gapped clause: a boundary, a short noun phrase with no verb (the source or the group of the elided
 * estimate), then a comma or "at" before the figure: ", and a third at perhaps", "; the Islamic State
 * Sahel Province, perhaps", ", and the Islamic State Sahel Province at".
 */
const GAPPED = /[;,]\s+(?:(?:and|while|whereas|but)\s+)?((?:[\p{L}\p{N}'’-]+\s+){0,6}?[\p{L}\p{N}'’-]+)(?:\s*,\s*|\s+at\s+)(?:between\s+)?(?:(?:perhaps|maybe|probably|possibly)\s+)?$/u;
const VERB_IN_GAP = /\b(?:is|are|was|were|has|have|had|be|been|said|says|say|told|tells|put|puts|kill|killed|killing|died|wounded|injured|claimed|claims|lost|attacked|reported|estimated|estimates|left|leaving|numbered|counted|including|among|of|from|according|to)\b/;
export function gapped(before: string): boolean {
  const m = GAPPED.exec(before);
  return !!m && !VERB_IN_GAP.test(m[1]);
}
/** The noun phrase of a gapped clause before `at` (sentence-relative end given), or null. */
export function gappedPhrase(before: string): string | null {
  const m = GAPPED.exec(before);
  return m && !VERB_IN_GAP.test(m[1]) ? m[1] : null;
}

/**
 * A possessing verb right before a bare figure, after its subject (a capitalised word or "they" /
 * "it"), with a hedge or modal: "State has perhaps", "JAS may have", "they had". Group 1 is the
 * subject's last word; group 2 a hedge (a bare figure needs a hedge, a range or a bound).
 */
const BARE_HAS = /(?<![\p{L}\p{N}'’-])(they|it|\p{Lu}[\p{L}'’-]*)\s+(?:(?:still|now|probably|may|might|could|only|already|also)\s+){0,2}(?:has|have|had)(?:\s+(perhaps|maybe|probably|possibly|somewhere))?\s*['"“‘]?\s*$/u;

/**
 * A copula right before a bare figure, after a name or a pronoun, with a comparing word ("ISWAP is
 * well above", "it is more like", "they are nearer"): group 1 the subject, group 2 the comparison or
 * hedge (else the figure needs a bound or a range).
 */
const BARE_IS = /(?<![\p{L}\p{N}'’-])(they|it|\p{Lu}[\p{L}'’-]*)\s+(?:is|are|was|were)\s+(?:(?:now|still|probably|likely|already)\s+){0,2}((?:(?:well|far|much|somewhat|slightly)\s+)?(?:above|below|more\s+like|nearer(?:\s+to)?)|perhaps|maybe|probably|somewhere)?\s*['"“‘]?\s*$/u;

/** A force put at a figure in the passive after its subject: "(AQIS) was put at between", "it is estimated at". Group 1 is the subject's last word. */
const BARE_PUT = /(?<![\p{L}\p{N}'’-])(they|it|\p{Lu}[\p{L}'’-]*)\)?\s+(?:is|are|was|were|has been|have been)\s+(?:(?:now|usually|variously|generally|commonly|still)\s+)?(?:put|estimated|assessed|reckoned|placed)\s+at(?:\s+between)?\s*['"“‘]?\s*$/u;

/** "estimates shared at the United Nations ranged from":  estimates or figures of a force that range (not of the dead). */
const ESTIMATES_RANGE = /\b(?:estimates|figures|assessments)\b([^.;:]{0,80}?)\b(?:range|ranges|ranged|ranging|vary|varies|varied)\s+(?:widely\s+)?from\s*$/;
function estimatesRange(before: string): boolean {
  const m = ESTIMATES_RANGE.exec(before);
  return !!m && !NOT_A_FORCE.test(m[1]) && !/\b(?:toll|casualt|victims|deaths|fatalit)/.test(m[1]);
}

/** "Its fighters in the valley number": a force counted by the verb "number", not a toll or a haul. */
function nounNumbers(before: string): boolean {
  const m = NOUN_NUMBER.exec(before);
  return !!m && !NOT_A_FORCE.test(m[1]);
}

/** The dead and the wounded counted together: "killed or wounded 15", "had killed and wounded “25 apostates”", "N … were killed or injured". */
const KILLED_OR_WOUNDED_BEFORE = /\bkill(?:ed|ing|s)? (?:or|and) (?:wound|injur)(?:ed|ing|es|s)?\s*['"“‘]?\s*$/;
const KILLED_OR_WOUNDED_AFTER = /^(?:of (?:them|the \w+) )?(?:(?:had|have|has|were|was|are|been|being|all)\s+){0,2}(?:killed|dead) (?:or|and) (?:wounded|injured)\b/;

/** "claimed almost 70 lives", "cost 12 lives": the dead counted as lives. */
const LIVES_AFTER = /^(?:[\w-]+\s+)?lives\b/;
const LIVES_BEFORE = /\b(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|took|taking|takes|taken|lost|losing)\s*$/;
/** Capitalised words right after a figure, as written: a group's name used for its fighters ("15 Boko Haram were killed"). */
const NAMED_PEOPLE = /^\s+(?:(?:al-|Al-|el-)?\p{Lu}[\p{L}'’-]*\s+){1,4}/u;
/** The nouns for a group's members; a row's label does not make "men" or "soldiers" a group's. */
const MEMBER_NOUNS = new Set(['fighters', 'militants', 'members', 'cadres', 'combatants', 'operatives', 'jihadists', 'mujahideen', 'loyalists', 'followers', 'insurgents', 'rebels', 'militiamen', 'recruits', 'gunmen']);
/** A short label and a colon or a table cell before the figure, at the start of the line: a list item or a row. */
const LABEL_BEFORE = /^\s*(?:[-*•|]\s*)*(?:\*\*|__)?[^.;:|\n]{1,50}?(?:\*\*|__)?\s*[:|]\s*(?:\*\*|__)?\s*(?:(?:strength|fighters|members|estimate[ds]?|size)\s*[:|]?\s*)?$/;
/** "of its fighters", "of their members": the group's own people after a figure. */
const OWN_PEOPLE_AFTER = /^of (?:its|their|the group['’]s|the outfit['’]s|the organi[sz]ation['’]s) (?:[\w-]+ )?(fighters|members|cadres|militants|combatants|operatives|men)\b/;

/** Words after offset `i`: up to `count`, lower case, with their end offsets. */
function wordsAfter(lower: string, i: number, count: number): { word: string; end: number }[] {
  const out: { word: string; end: number }[] = [];
  // Letters of any script: "30 Burkinabè personnel", "12 Malian soldiers" (an accented adjective is a word, not a stop).
  const re = /\p{Ll}[\p{Ll}\p{M}'’-]*|\S/gu;
  re.lastIndex = i;
  for (let m = re.exec(lower); m && out.length < count; m = re.exec(lower)) {
    const word = m[0].replace(/['’-]+$/, '');
    out.push({ word: word || m[0], end: m.index + (word || m[0]).length });
  }
  return out;
}

/** Finds the figures of one sentence. `sentence` is the sentence text; offsets are relative to it. */
export function findFigures(sentence: string): RawFigure[] {
  const figures: RawFigure[] = [];
  FIGURE.lastIndex = 0;
  let m = FIGURE.exec(sentence);
  // Most sentences hold no number: the lower-cased copy is made for those that do.
  if (!m) return figures;
  const lower = sentence.toLowerCase();
  for (; m; m = FIGURE.exec(sentence)) {
    const bound = m[1]?.toLowerCase() ?? '';
    const first = numberRange(m[2]);
    const second = m[4] ? numberRange(m[4]) : null;
    if (!first) continue;
    // "between X and Y" is the only "and"-range; elsewhere "40 killed and 30 injured" are two figures.
    const joiner = m[4] ? m[3] : '';
    let matchEnd = m.index + m[0].length;
    let low = first[0];
    let high = first[1];
    if (second) {
      // "the toll rose from 11 to 16": a change, not a range; the second number is the figure.
      const change = /to ?$/i.test(joiner) && !bound && /\b(?:risen|rose|rises|climbed|climbs|jumped|increased|grown|grew|swelled|fallen|fell|dropped|declined|reduced|dwindled|revised|raised|shrunk|shrank)\s+(?:\w+\s+)?from\s*$/i.test(sentence.slice(Math.max(0, m.index - 40), m.index));
      if ((/and ?$/i.test(joiner) && bound !== 'between') || change) {
        matchEnd = m.index + (m[1] ? m[1].length + 1 : 0) + m[2].length;
        FIGURE.lastIndex = matchEnd; // the second number is matched on its own
      } else if (second[1] >= low) {
        high = second[1];
        // "between eight and ten thousand", "seven to nine hundred": a bare unit word shares the second number's multiplier.
        const shared = /^[a-z]+(?:-[a-z]+)?$/i.test(m[2]) && first[0] < 100 ? / (hundred|thousand)$/i.exec(m[4]) : null;
        if (shared) {
          const scaled = first[0] * (shared[1].toLowerCase() === 'thousand' ? 1000 : 100);
          if (scaled <= high) low = scaled;
        }
      }
      else {
        // "091-9212345"-like pairs or descending numbers are not ranges; leave them.
        continue;
      }
    }
    const text = m[0].slice(0, matchEnd - m.index);
    const digits = /^\d/.test(m[2]) ? m[2].replace(/,/g, '') : '';
    // Leading zeros (phone numbers), long digit runs without separators (phone, reference), years.
    if (digits && (/^0\d/.test(digits) || (digits.length >= 6 && !m[2].includes(',')))) continue;
    const before = lower.slice(Math.max(0, m.index - 40), m.index);
    const after = lower.slice(matchEnd, matchEnd + 60);
    // Years, dates and ordinals: "in 2018", "3 March", "No. 42", "aged 25", "25-year-old", "number 3".
    // Clock times: "at around 5:30 in the morning", "11:45 pm" count nothing (either half).
    if (digits && (/^:\d\d\b/.test(after) || /\d:$/.test(before))) continue;
    if (/^\s*(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b/.test(after)) continue;
    // "number 3" is a label, but "to number up to 400" / "numbering 300" count.
    if (!bound && /(?<!\bto )\bnumber\s*$/.test(before)) continue;
    if (/(?:\bno\.|\baged?|\bparagraph|\bpage|\bsection|\barticle|\bresolution|\bbrief|#)\s*$/.test(before)) continue;
    if (/^(?:-year|\s*years? old|\s*(?:st|nd|rd|th)\b|\s*(?:%|per ?cent|percent))/.test(after)) continue;
    // "one of the deadliest" counts nothing; "five of the gunmen were killed", "31 of the attackers" count people.
    if (/^\s*of the\b/.test(after) && !/\bkill|\btoll/.test(before) && !OF_THE_PEOPLE.test(after)) continue;
    let lo = low;
    let hi = high;
    // "toll passes 100": more than the number.
    if (!bound && /\b(?:passe[sd]|past|exceed(?:ed|s)?|tops|topped)\s*$/.test(before)) {
      lo = low + 1;
      hi = Infinity;
    }
    // "perhaps 1,500", "maybe 2,000": a hedged figure is an approximate one.
    const hedged = !bound && /\b(?:perhaps|maybe|probably|possibly|roughly|somewhere)\s*['"“‘]?\s*$/.test(before);
    switch (hedged ? 'about' : bound) {
      case 'at least': case 'more than': case 'over': case 'no fewer than': case 'not fewer than': case 'not less than': case 'no less than': case 'higher than':
        hi = Infinity;
        if (bound === 'more than' || bound === 'over' || bound === 'higher than') lo = low + 1;
        break;
      case 'up to': case 'at most': case 'no more than':
        lo = 0;
        break;
      case 'fewer than': case 'less than':
        lo = 0;
        hi = Math.max(0, high - 1);
        break;
      case 'nearly': case 'almost':
        lo = Math.floor(low * 0.9);
        hi = Math.max(low - 1, lo);
        break;
      case 'about': case 'around': case 'some': case 'close to': case 'closer to': case 'an estimated': case 'estimated': case 'roughly': case 'approximately':
        // Approximate figures: ±10 %, so "about 4,000" and "3,800" do not count as a conflict.
        lo = Math.floor(low * 0.9);
        hi = Math.ceil(high * 1.1);
        break;
    }
    if (/^\d/.test(m[2]) && !m[2].includes(',') && !m[4] && !bound && /^(?:1[89]|20)\d\d$/.test(digits) && !/\bkill|\btoll/.test(before)) {
      // A bare four-digit number from 1800 to 2099 is a year unless something counted follows; "2,000"
      // with its thousands separator is never a year ("2,000 armed men").
      const next = wordsAfter(lower, matchEnd, 1)[0]?.word ?? '';
      if (!CASUALTY_NOUNS.has(next) && !STRENGTH_NOUNS.has(next)) continue;
    }
    // "800-plus militants": more than the number.
    if (/^-plus\b/.test(lower.slice(matchEnd))) {
      hi = Infinity;
      matchEnd += 5;
    }
    // The counted noun: skip a few adjectives ("13 US service members", "750 trained cadres", "thousands of fighters").
    const words = wordsAfter(lower, matchEnd, ADJECTIVE_SKIP + 2);
    let noun: string | null = null;
    let nounEnd = matchEnd;
    for (let i = 0; i < words.length && i <= ADJECTIVE_SKIP; i++) {
      const w = words[i].word;
      if (CASUALTY_NOUNS.has(w) || STRENGTH_NOUNS.has(w)) {
        noun = w;
        nounEnd = words[i].end;
        break;
      }
      // A closing quote may sit between figure and noun: has “no more than 1,500 or 2,000” fighters.
      if (!/^\p{Ll}/u.test(w) && !/^['’"”“‘]$/.test(w)) break;
      // Two adjectives joined by "and"/"or" still qualify the noun: "fewer than 40 local and foreign cadres".
      if ((w === 'and' || w === 'or') && i > 0 && /^\p{Ll}/u.test(words[i + 1]?.word ?? '') && !/^(?:were|was|are|is|had|have|has|killed|injured|wounded|dead|died|the|a|an)$/.test(words[i + 1].word)) continue;
      // A conjunction opens a clause of its own: "closer to 8,000 once local auxiliaries were counted" counts no auxiliaries.
      if (/^(?:were|was|are|is|had|have|has|and|or|but|in|on|at|to|from|by|with|when|after|before|who|which|that|killed|injured|wounded|dead|died|once|if|unless|until|because|since)$/.test(w)) break;
    }
    // "a 7,000-strong force": the hyphenated form counts as strength.
    if (!noun && /^-strong\b/.test(lower.slice(matchEnd))) {
      noun = 'strong';
      nounEnd = matchEnd + 7;
    }
    const rest = lower.slice(nounEnd).replace(/^[\s,'"’”]+/, '');
    const restAfterNumber = lower.slice(matchEnd).replace(/^\s+/, '');
    const beforeFigure = before;
    let measure: MeasureClass | null = null;
    // "12 troops, vigilantes killed": the comma that `rest` drops joins a second noun.
    const listed = noun !== null && /^,\s*[a-z]/.test(lower.slice(nounEnd)) ? lower.slice(nounEnd) : null;
    // "Two of the policemen who were injured at the gate died": a relative clause of a part names who they were, not the toll.
    const partOf = /^who\b/.test(rest) && /^of\b/.test(restAfterNumber);
    if (LIVES_AFTER.test(restAfterNumber) && LIVES_BEFORE.test(beforeFigure)) measure = 'killed';
    else if ((!partOf && KILL_AFTER.test(rest)) || (!noun && KILL_AFTER.test(restAfterNumber)) || (listed !== null && KILL_AFTER.test(listed))) measure = 'killed';
    else if ((!partOf && INJURE_AFTER.test(rest)) || (!noun && INJURE_AFTER.test(restAfterNumber)) || (listed !== null && INJURE_AFTER.test(listed))) measure = 'injured';
    else if ((KILL_BEFORE_MORE.test(lower.slice(Math.max(0, m.index - 80), m.index)) || TOLL_RISEN.test(lower.slice(Math.max(0, m.index - 200), m.index))) && (noun === null || CASUALTY_NOUNS.has(noun))) measure = 'killed';
    else if ((KILL_BEFORE_NOUN.test(beforeFigure) || KILL_NOMINAL_BEFORE.test(beforeFigure)) && noun !== null && CASUALTY_NOUNS.has(noun)) measure = 'killed';
    else if (KILL_BEFORE.test(beforeFigure) && (noun === null || CASUALTY_NOUNS.has(noun))) measure = /\bleft\s*$/.test(beforeFigure) ? (/^(?:dead|killed)/.test(rest) ? 'killed' : INJURE_AFTER.test(rest) ? 'injured' : null) : 'killed';
    else if (INJURE_BEFORE.test(beforeFigure) && !/\bleft\s*$/.test(beforeFigure)) measure = 'injured';
    else if (INJURE_BEFORE_MORE.test(lower.slice(Math.max(0, m.index - 80), m.index)) && (noun === null || CASUALTY_NOUNS.has(noun))) measure = 'injured';
    else if (noun && STRENGTH_NOUNS.has(noun) && (STRENGTH_BEFORE.test(beforeFigure) || noun === 'strong' || /^\s*strong\b/.test(rest) || STRENGTH_AFTER.test(rest))) measure = 'strength';
    // "ISKP’s estimated 2,000 members", "its roughly 1,200 cadres": the figure counts a group's own people, named as its possession
    // (an estimate or a force of a hundred or more: "its 20 fighters stormed the post" is a raiding party; not a toll or a haul after it).
    else if (noun && MEMBER_NOUNS.has(noun) && POSSESSED_BEFORE.test(beforeFigure) && (bound !== '' || hedged || high >= 100) && !NOT_A_FORCE.test(rest.slice(0, 40))) measure = 'strength';
    // "a reserve of fighters that some officers estimate at 1,500 men", "which Member States assess at 2,000 fighters": an estimating verb and "at" before a counted force.
    else if (noun && STRENGTH_NOUNS.has(noun) && ESTIMATE_AT_BEFORE.test(beforeFigure) && !NOT_A_FORCE.test(rest.slice(0, 40))) measure = 'strength';
    else if (NUMBER_OF_BEFORE.test(lower.slice(Math.max(0, m.index - 120), m.index)) && !noun) measure = 'strength';
    // "put the group's strength across the tribal districts at": the force named further back than the usual window.
    else if ((!noun || STRENGTH_NOUNS.has(noun)) && (noun || BARE_END.test(restAfterNumber)) && PUT_FORCE_FAR.test(lower.slice(Math.max(0, m.index - 120), m.index))) measure = 'strength';
    else if (PUT_STRENGTH_OF.test(lower.slice(Math.max(0, m.index - 140), m.index)) && (!noun || STRENGTH_NOUNS.has(noun))) measure = 'strength';
    else if (/^(?:closer to|close to|about|around|roughly|approximately|some|nearly|almost|more than|fewer than|over)$/.test(bound) && PUT_NUMBER_NEAR.test(lower.slice(Math.max(0, m.index - 140), m.index)) && (noun === null || STRENGTH_NOUNS.has(noun))) measure = 'strength';
    else if ((!noun || STRENGTH_NOUNS.has(noun)) && (noun || BARE_END.test(restAfterNumber)) && STRENGTH_STANDS.test(lower.slice(Math.max(0, m.index - 120), m.index))) measure = 'strength';
    else if ((!noun || STRENGTH_NOUNS.has(noun)) && (noun || BARE_END.test(restAfterNumber)) && nounNumbers(lower.slice(Math.max(0, m.index - 120), m.index))) measure = 'strength';
    // No counted noun: a force-counting verb, and nothing counted after the figure ("numbered a few hundred in 2019").
    else if (!noun && BARE_END.test(restAfterNumber) && (STRENGTH_BEFORE_BARE.test(beforeFigure) || (/^(?:at most|no more than|fewer than|less than|up to)$/.test(bound) && /\bha(?:s|d|ve)(?:\s*['"“‘])?\s*$/.test(beforeFigure)))) measure = 'strength';
    // "One Member State put the figure considerably higher, at close to 10,000": an estimate set against the one before, a hundred or more,
    // in a sentence of no dead ("Residents put the figure higher, at 40" is a toll's).
    else if (!noun && high >= 100 && BARE_END.test(restAfterNumber) && !DEATH_WORD.test(lower) && PUT_HIGHER_BARE.test(lower.slice(Math.max(0, m.index - 100), m.index))) measure = 'strength';
    // "One Western official put it at 3,000", "the Somali government put it “closer to 15,000”": an estimate of the force just spoken of
    // (a hundred or more, "at" or an approximating bound, in a sentence of no dead and no money or places counted).
    else if (!noun && high >= 100 && BARE_END.test(restAfterNumber) && !DEATH_WORD.test(lower) && !NOT_A_FORCE_CONTEXT.test(lower) && PUT_IT.test(beforeFigure) && (/\bat(?:\s+between)?\s*['"“‘]?\s*$/.test(beforeFigure) || /^(?:closer to|close to|about|around|roughly|approximately|some|nearly|almost|more than|fewer than|no more than|at most|up to|as many as)$/.test(bound)) && !/^(?:1[89]|20)\d\d$/.test(m[2])) measure = 'strength';
    // "the group had moved at least 200 fighters into the southern districts": a group's own people moved about (not a state's troops).
    else if (noun && MEMBER_NOUNS.has(noun) && MOVED_BEFORE.test(beforeFigure) && !NOT_A_FORCE.test(rest.slice(0, 40))) measure = 'strength';
    // "more than 15 Boko Haram were killed", "30 Shabaab died": a group's name standing for its fighters.
    if (!measure && !noun) {
      const named = NAMED_PEOPLE.exec(sentence.slice(matchEnd));
      if (named) {
        const after = lower.slice(matchEnd + named[0].length);
        if (KILL_AFTER.test(after)) measure = 'killed';
        else if (INJURE_AFTER.test(after)) measure = 'injured';
      }
    }
    // A list or table row: "**TTP:** 6,000–6,500 fighters (UN Monitoring Team, July 2025)", "| ISKP | 2,000 members |".
    if (!measure && noun && MEMBER_NOUNS.has(noun) && LABEL_BEFORE.test(lower.slice(0, m.index)) && !NOT_A_FORCE.test(lower.slice(0, m.index)) && !NOT_A_FORCE.test(restAfterNumber)) measure = 'strength';
    // "60 to 70 of its fighters remain active", "some 500 of their members are based in …": a part counted of the group's own people.
    if (!measure && (!noun || noun === 'them')) {
      const own = OWN_PEOPLE_AFTER.exec(restAfterNumber);
      if (own && (STRENGTH_AFTER.test(restAfterNumber.slice(own[0].length).replace(/^[\s,]+/, '')) || STRENGTH_BEFORE.test(beforeFigure))) {
        measure = 'strength';
        noun = own[1];
      }
    }
    // After a strength figure, an elliptical one counts the same: "1,000 to 1,500 fighters, against perhaps 1,000 for the rival faction".
    if (!measure && !noun && figures.some((f) => f.measure === 'strength') && (/^(?:['"”’]\s*)?(?:for|in|among) /.test(restAfterNumber) || (STRENGTH_BEFORE.test(beforeFigure) && BARE_END.test(restAfterNumber)))) measure = 'strength';
    // "has grown from roughly 3,000 fighters in 2019 to as many as 5,500 today": the end of a change from a strength figure.
    const last = figures[figures.length - 1];
    if (!measure && !noun && last?.measure === 'strength' && /\bfrom\s*['"“‘]?\s*$/.test(lower.slice(Math.max(0, last.start - 30), last.start)) && /^[^.;:]{0,40}?\bto\s*['"“‘]?\s*$/.test(lower.slice(last.end, m.index))) measure = 'strength';
    // A gapped clause after a strength figure repeats its verb: "another put its strength at 5,000, and a
    // third at perhaps 4,000", "JNIM fielded some 6,000 combatants; the Islamic State Sahel Province,
    // perhaps 2,000 to 3,000", "put JNIM's fighters at …, and the Islamic State Sahel Province at no more than 2,000".
    if (!measure && !noun && BARE_END.test(restAfterNumber) && figures.some((f) => f.measure === 'strength') && gapped(lower.slice(Math.max(0, m.index - 90), m.index))) measure = 'strength';
    // "The men are the same, perhaps 300 of them in Tirah and Bara": a hedged count in apposition, of the people just named.
    if (!measure && (!noun || noun === 'them') && /^of them\b/.test(restAfterNumber) && BARE_END.test(restAfterNumber.slice(7).replace(/^\s+/, '')) && (hedged || /^(?:some|about|around|roughly|approximately|an estimated)$/.test(bound)) && /[,—–]\s*(?:(?:perhaps|maybe|probably|possibly)\s*)?$/.test(beforeFigure) && !figures.some((f) => f.measure !== 'strength')) {
      measure = 'strength';
      noun = null;
    }
    // "Member States' estimates … ranged from 1,500 to 6,000": estimates of a force that range.
    if (!measure && (!noun || STRENGTH_NOUNS.has(noun)) && (noun || BARE_END.test(restAfterNumber)) && estimatesRange(lower.slice(Math.max(0, m.index - 120), m.index))) measure = 'strength';
    let bare: RawFigure['bare'];
    // An estimate and nothing else: a hedged, bounded or vague figure of a hundred or more, counting nothing named and nobody dead.
    const estimateOnly = !measure && !noun && (hedged || bound !== '' || m[2].toLowerCase() in VAGUE) && high >= 100 && !DEATH_WORD.test(lower);
    // "“Maybe 3,000, maybe a little more,” he said": a verbless sentence opening on the estimate.
    if (estimateOnly && ANSWER_OPENING.test(lower.slice(0, m.index)) && /^(?:['"”’]\s*)?(?:[,.;:!?—–]|$)/.test(restAfterNumber)) {
      measure = 'strength';
      bare = 'answer';
    }
    // "our working figure was about 4,000", "The honest answer is somewhere between 5,000 and 10,000", "Their last report said
    // between 6,000 and 6,500": an estimate as the complement of an estimate's noun, in a speaker's words (strength.ts gives it
    // the group the quote or answer is about, and only when the sentence names none).
    if (!measure && !noun && (hedged || bound !== '' || !!m[4] || m[2].toLowerCase() in VAGUE) && high >= 100 && !DEATH_WORD.test(lower) && !NOT_A_FORCE_CONTEXT.test(lower) && ESTIMATE_COMPLEMENT.test(lower.slice(Math.max(0, m.index - 100), m.index)) && BARE_END.test(restAfterNumber)) {
      measure = 'strength';
      bare = 'answer';
    }
    // "Now the core is small, between 1,500 and 2,000", "the numbers are smaller, perhaps a few hundred in each district": an
    // elliptical estimate set off by a comma, a dash or a colon, hedged, bounded, a range or vague, in a sentence of no dead.
    if (!measure && !noun && (hedged || (bound !== '' && bound !== 'over') || !!m[4] || m[2].toLowerCase() in VAGUE) && !DEATH_WORD.test(lower) && !NOT_A_FORCE_CONTEXT.test(lower) && /[,:—–]\s*(?:(?:perhaps|maybe|probably|possibly|roughly|somewhere)\s*)?['"“‘]?\s*$/.test(beforeFigure) && BARE_END.test(restAfterNumber)) {
      measure = 'strength';
      bare = 'continued';
    }
    // "**Boko Haram (JAS), Mandara:** about 1,000 (MNJTF officers, 2026)": a list item whose value is the estimate, with its source.
    if (estimateOnly && !measure && LABEL_BEFORE.test(lower.slice(0, m.index).replace(/['"“‘]\s*$/, '')) && !NOT_A_FORCE.test(lower.slice(0, m.index)) && !INCIDENT_LABEL.test(lower.slice(0, m.index)) && /^(?:['"”’]\s*)?(?:\([^()]{1,80}\))?\s*[.;]?\s*$/.test(restAfterNumber)) {
      measure = 'strength';
      bare = 'item';
    }
    // "The Islamic State has perhaps 2,000 to 3,000", "JAS may have 1,500 to 2,000 on the lake", "they had more than 200":
    // a bare figure after a possessing verb whose subject is a name or a pronoun (strength.ts requires a group there).
    let hasSubjectEnd: number | undefined;
    if (!measure && !noun && BARE_END.test(restAfterNumber) && !figures.some((f) => f.measure !== 'strength')) {
      const has = BARE_HAS.exec(sentence.slice(Math.max(0, m.index - 60), m.index));
      if (has && (has[2] || m[4] || bound)) {
        measure = 'strength';
        hasSubjectEnd = Math.max(0, m.index - 60) + has.index + has[0].length - has[0].replace(/^\S+/, '').length;
      }
      // "ISWAP is well above 8,000", "it is more like 4,000": a name or a pronoun set equal to an estimate, in a speaker's
      // comparison (a comparing word, a bound, a hedge or a range is required; strength.ts requires a group as the subject).
      const is = !measure && high >= 100 && !DEATH_WORD.test(lower) && !NOT_A_FORCE_CONTEXT.test(lower) ? BARE_IS.exec(sentence.slice(Math.max(0, m.index - 60), m.index)) : null;
      if (is && (is[2] || m[4] || bound) && !/^(?:1[89]|20)\d\d$/.test(m[2])) {
        measure = 'strength';
        // "well above 8,000" is more than the number, "below 500" at most it.
        if (is[2] && /above$/.test(is[2]) && !m[4]) (lo = low + 1), (hi = Infinity);
        else if (is[2] && /below$/.test(is[2]) && !m[4]) (lo = 0), (hi = high);
        hasSubjectEnd = Math.max(0, m.index - 60) + is.index + is[1].length + (is[0].length - is[0].replace(/^[^\p{L}]*/u, '').length);
      }
      // "Al-Qaida in the Indian Subcontinent (AQIS) was put at between 150 and 200", "it is estimated at 2,000": a force put at
      // a figure in the passive, its subject a name (an abbreviation in brackets may close it) or a pronoun; not in a sentence of the dead.
      const put = !measure && !DEATH_WORD.test(lower) && !NOT_A_FORCE_CONTEXT.test(lower) ? BARE_PUT.exec(sentence.slice(Math.max(0, m.index - 60), m.index)) : null;
      if (put && !/^(?:1[89]|20)\d\d$/.test(m[2])) {
        measure = 'strength';
        hasSubjectEnd = Math.max(0, m.index - 60) + put.index + put[1].length;
      }
    }
    // "there were 1,500 to 2,000 of them", "it has perhaps 300 of them": a count of the people a pronoun stands for.
    if (!measure && (!noun || noun === 'them') && /^of them\b/.test(restAfterNumber) && THERE_ARE_OR_HAS.test(beforeFigure)) {
      measure = 'strength';
      noun = null;
    }
    // "some 300 of them are concentrated in Badakhshan": a hedged or bounded part of the people just named, placed somewhere (strength.ts
    // gives it the group of the estimate before, a quote's or the passage's).
    if (!measure && (!noun || noun === 'them') && (hedged || bound !== '') && !DEATH_WORD.test(lower) && /^of them\b/.test(restAfterNumber) && STRENGTH_AFTER.test(restAfterNumber.slice(7).replace(/^\s+/, ''))) {
      measure = 'strength';
      noun = null;
    }
    // "more than forty bodies": bodies are the dead.
    if (!measure && (noun === 'bodies' || noun === 'body')) measure = 'killed';
    if (!measure) continue;
    // "five terrorists, including two suicide bombers, were sent to hell": a part named inside an apposition is the toll's, not another.
    if (measure !== 'strength' && /,\s*(?:including|among them|among whom)\s*$/.test(beforeFigure) && /^[^,;.]{0,60},/.test(restAfterNumber) && figures.some((g) => g.measure === measure)) continue;
    // "fighters of X had been killed": "of" after the noun is fine; but "with 37 former members" is a source count, not strength.
    if (measure === 'strength' && /\bwith\s*$/.test(beforeFigure) && /interview|speaking|talks?|contact/.test(before)) continue;
    // "They came with more than fifty men", "stormed the village with 30 fighters": a raiding party, not a force.
    if (measure === 'strength' && INCIDENT_WITH.test(beforeFigure)) continue;
    // "A band of 40 JNIM fighters on motorbikes raided the market", "A JNIM unit that attacks a post may be 200 strong": the party of one attack.
    if (measure === 'strength' && ((PARTY_OF.test(beforeFigure) && PARTY_ATTACKS.test(restAfterNumber)) || (noun === 'strong' && UNIT_THAT_ATTACKS.test(lower.slice(Math.max(0, m.index - 100), m.index))))) continue;
    // "killed or wounded 15 soldiers", "40 of them had been killed or wounded": one count of both, so
    // each is at most the figure as written (the dead and the wounded are not told apart).
    if (measure === 'killed' && (KILLED_OR_WOUNDED_BEFORE.test(beforeFigure) || KILLED_OR_WOUNDED_AFTER.test(rest) || (!noun && KILLED_OR_WOUNDED_AFTER.test(restAfterNumber)))) {
      figures.push({ measure: 'killed', noun, low: 0, high, start: m.index, end: matchEnd }, { measure: 'injured', noun, low: 0, high, start: m.index, end: matchEnd });
      continue;
    }
    figures.push({ measure, noun, low: lo, high: hi, start: m.index, end: matchEnd, ...(hasSubjectEnd !== undefined ? { hasSubjectEnd } : {}), ...(bare ? { bare } : {}) });
  }
  return figures;
}
