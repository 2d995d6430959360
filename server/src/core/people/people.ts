/**
 * People named in one document: speakers and people spoken of, each mention with its range and
 * the document's entity it belongs to. A capitalised name counts as a person's when the text says
 * so: a title or role before it ("Foreign Minister Jane Doe", "TTP spokesman Mohammad
 * Khurasani", "deputy Yahya Ghouri"), an apposition after it ("Sirajuddin Haqqani, the interior
 * minister"), a reporting verb ("Hekmatyar said"), a naming phrase ("gave his name as Qari
 * Hamid", "identified as …"), a byline ("By Tahir Khan"). Later short forms ("Mr Rahman",
 * "Rahman", "Hekmatyar") join the entity whose name they end or are part of. Group names are never
 * people. Entities carry the identity key (identity.ts) that makes them one person across the corpus.
 */
import type { Mention } from '../recognition/groupMatcher';
import type { DocumentModel } from '../text/document';
import { HONORIFICS, OFFICE_ACRONYMS, OFFICE_WORDS, TITLES, nameWords, personKey, sameNameWord, shortenedGivenName, withoutTitles } from './identity';
import { ROLE_LABEL } from '../text/interview';
import { firstEndingAfter } from '../text/positions';

export interface PersonMention {
  /** UTF-16 offsets of the name as written, title included ("President Biden"). */
  start: number;
  end: number;
  text: string;
  /** Index into the document's `PersonEntity` list. */
  entity: number;
}

export interface PersonEntity {
  /** The fullest form in the document, without titles of office ("Jane Doe"). */
  name: string;
  /** Identity key across the corpus (identity.ts). */
  key: string;
  /** Every form the document uses, as written. */
  forms: string[];
}

export interface DocumentPeople {
  mentions: PersonMention[];
  entities: PersonEntity[];
}

const NAME_WORD = String.raw`(?:(?:al|el|bin|ibn|ul|ud|ur|abu|Abu|Al|El|ag|Ag|ould|Ould|bint)[-‐ ])?\p{Lu}[\p{Ll}'’]+(?:[-‐]\p{Lu}?[\p{Ll}'’]+)*`;
const INITIAL = String.raw`\p{Lu}\.`;
const NAME = String.raw`(?:(?:${NAME_WORD}|${INITIAL}) ){0,3}${NAME_WORD}`;
/** Name-parts people are known by, kept in the name. */
const KEPT_HONORIFICS = String.raw`(?:Mullah|Maulana|Mawlana|Mawlawi|Mawlavi|Maulvi|Maulavi|Molvi|Moulvi|Mufti|Qari|Hafiz|Haji|Hajji|Sheikh|Shaikh|Shaykh|Sardar|Pir|Syed|Sayed|Sayyid|Sahibzada|Allama|Khwaja|Khawaja|Alhaji|Alhaja|Hajiya|Mallam|Malam|Ustad|Ustaz|Ustadh|Abu)`;
const TITLE_WORDS = TITLES.filter((t) => !/^(?:commander|emir|amir|spokesman|spokeswoman|spokesperson)$/.test(t))
  .map((t) => t.split(' ').map((w) => w[0].toUpperCase() + w.slice(1) + (w.length <= 4 ? '\\.?' : '')).join(' '))
  .join('|');
const ROLE_BEFORE = String.raw`(?:spokes(?:man|woman|person)|leader|chief|commander|founder|deputy|adviser|advisor|minister|official|analyst|researcher|director|head|emir|amir|governor|envoy|ambassador|president|secretary|correspondent|reporter|writer|photographer|contributor|stringer|editor|author|professor|cleric|preacher|militant|member|son|brother|father|nephew|successor|predecessor|mastermind|ideologue|scholar|lawyer|judge|general|colonel|officer|commissioner|superintendent|inspector|late|aide|associate|bodyguard|loyalist|confidant|accomplice|handler|recruiter|financier|courier|emissary|negotiator|mediator|interpreter|translator|fixer|host|presenter|anchor|journalist|activist|resident|witness|survivor|elder|doctor|surgeon|widow|wife|husband|mother|daughter|sister|cousin|uncle|neighbour|neighbor|friend|colleague)`;
/**
 * Nouns of a description a name can stand in apposition to ("His widow, Bibi Amina,", "The director
 * of the Daryeel Ambulance Service, Abdullahi Nur Hirsi,", "Its deputy spokesman, Hamdullah Noori,").
 */
const APPOSED_ROLE = String.raw`(?:spokes(?:man|woman|person)|leader|chief|commander|founder|deputy|adviser|advisor|minister|official|officer|analyst|researcher|expert|director|head|emir|amir|governor|envoy|ambassador|diplomat|president|secretary|correspondent|reporter|journalist|editor|author|writer|professor|lecturer|fellow|scholar|cleric|imam|preacher|lawyer|judge|general|colonel|major|captain|brigadier|commissioner|superintendent|inspector|constable|policeman|soldier|guard|chairman|chairperson|mayor|representative|member|activist|resident|villager|elder|survivor|witness|shopkeeper|vendor|trader|driver|farmer|labourer|worker|employee|waiter|owner|manager|doctor|surgeon|nurse|teacher|student|widow|wife|husband|mother|father|son|daughter|brother|sister|cousin|uncle|nephew|niece|relative|neighbour|neighbor|friend|colleague|host|presenter|anchor|producer|suspect|detainee|accused|convict|prisoner|victim|attacker|bomber|gunman|militant|fighter|recruit|successor|predecessor|aide|associate|bodyguard|loyalist|rival|mentor|ally|accomplice|handler|recruiter|financier|courier|emissary|negotiator|mediator|interpreter|translator|fixer)`;
const CUE_AFTER = String.raw`(?:said|says|told|tells|added|wrote|writes|noted|stated|explained|warned|argued|believes|insisted|claimed|confirmed|denied|estimated|recalled|replied|asked|announced)`;
const ROLE_AFTER = String.raw`(?:the|a|an|who|its|their|his|her)\b`;
/** Group mentions never make a person, but a person's name may contain one ("Sirajuddin Haqqani"). */
const NAMING = String.raw`(?:named|identified as|(?:uses|used|using|goes by|went by|took|adopted|under) the (?:nom de guerre|kunya|alias|pseudonym|name)|(?:nom de guerre|kunya|pseudonym) (?:is|was|of)|(?:known|identified|referred to|going) (?:only )?by (?:the |a |his |her )?(?:single |one |first |only )?name(?: of)?,?|(?:known|identified|referred to) (?:only |simply |just )as|(?:whose )?(?:real|full|actual|birth) name (?:is|was)(?: (?:said|believed|thought|reported|understood) to be)?|under (?:his|her) (?:usual |real |own |full |other )?name|gave (?:only )?(?:his|her|the [a-z]+['’]s|the [a-z]+ [a-z]+['’]s) (?:full |first )?name (?:only )?as|gave (?:only )?(?:his|her) (?:full |first )?name(?: only)?,|(?:named|naming|identified|identifying) (?:him|her|himself|herself|(?:the|a|an) (?:[a-z]+ ){0,2}[a-z]+) (?:only )?as|used the name|uses the name|goes by(?: the name)?|known as|(?:knows?|knew) (?:him |her |them )?(?:only |simply |just )?as|called|(?:call|calls|calling) (?:him|her|himself|herself)(?: (?:simply|only|just))?|name (?:is |was )?(?:also |sometimes |often |usually )?(?:written|spelt|spelled|transliterated)(?: as)?|\((?:also |sometimes )?(?:written|spelt|spelled|transliterated)(?: as)?|alias|a\.k\.a\.|aka|nicknamed|By|(?:death|killing|arrest|release|capture|assassination|funeral|successor|son|wife) of)`;

/** A run of capitalised name words (with initials and particles): where a person's name can be. */
/** Abbreviated titles of address written with a period ("Dr.", "Mr.", "Brig. Gen.", "Insp. Gen."): part of the form as written. */
const ABBREVIATED_TITLE = String.raw`(?:Dr|Mr|Mrs|Ms|Mx|Prof|Gen|Lt|Col|Maj|Capt|Brig|BGen|MGen|LtGen|Sgt|Sen|Gov|Insp|Supt|Hon|Rev|Adm|Cdr|Engr|Smt|Sr|Snr|Comr|Cmdr|Sh)\.`;
/** An initial written without its period, as Indian reporting writes them ("V K Bhardwaj", "R S Thakur"); not "A" or "I". */
const BARE_INITIAL = '[B-HJ-Z]';
const RUN = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(?:(?:${ABBREVIATED_TITLE}|${NAME_WORD}|${INITIAL}|${BARE_INITIAL}) ){0,8}${NAME_WORD}`, 'gu');
const STARTS_WITH_TITLE = new RegExp(String.raw`^(?:(?:${TITLE_WORDS}) )+`, 'u');
const STARTS_WITH_HONORIFIC = new RegExp(String.raw`^${KEPT_HONORIFICS} `, 'u');
// What the text around a run says about it; each is anchored at the run's edge, so it costs a few characters.
const ROLE_BEFORE_RUN = new RegExp(String.raw`\b${ROLE_BEFORE}(?:['’]s)? $`, 'u');
const NAMING_BEFORE_RUN = new RegExp(String.raw`\b${NAMING} ["“]?$`, 'u');
/** A plural role written before the names it describes ("Commanders Abu Omar, Abu Yasir and …", "Brothers Anas and Khalil Haqqani"). */
const PLURAL_ROLE = /^(?:Commanders|Leaders|Brothers|Sisters|Ministers|Generals|Colonels|Spokesmen|Clerics|Judges|Senators|Sheikhs|Mullahs|Emirs|Amirs|Suspects|Detainees|Prisoners|Journalists|Reporters|Researchers|Analysts|Militants)$/;
/** "Egyptian", "Jordanian", "Sudanese": a nationality written before a name. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|ese)$/u;
const NATIONALITY = new Set('afghan pakistani indian american british chinese iraqi iranian russian saudi somali nigerian syrian yemeni uzbek tajik turkish'.split(' '));
/** An office ending right before the name's run ("Director General of Police Suresh Kaul", "DPO Bannu"). */
const OFFICE_BEFORE_RUN = /(?:\b(?:general|director|inspector|commissioner|superintendent|officer|chief|head|minister|secretary)\b[^,.;:!?\n]{0,25}|\b\p{Lu}{2,5} )$/iu;
const SPEECH_BEFORE_RUN = /\b(?:said|says|told|added|wrote|according to|by) $/;
const PREPOSITION_BEFORE_RUN = /\b(?:in|of|for|from|at|to|on|and|with) $/;
const APPOSITION_AFTER_RUN = new RegExp(String.raw`^, ${ROLE_AFTER}`, 'u');
/** A role without an article in apposition ("Sani Usman, spokesman of the Nigerian Army,", "Israr Khan, spokesperson for the district police,"). */
const BARE_ROLE_AFTER_RUN = /^, (?:(?:deputy|chief|senior|former|acting|assistant|additional|joint|general|executive|managing|regional|provincial|district|federal|interim) )?(?:spokes(?:man|woman|person)|director|director-general|chairman|chairperson|commander|governor|minister|head|chief|leader|president|secretary|coordinator|commissioner|inspector|superintendent|researcher|analyst|editor|professor|lecturer|fellow|founder|adviser|advisor|envoy|ambassador|mayor|administrator)\b(?: (?:of|for|at|to|in)\b|,)/;
/** "One of them, Mary Isa, said": one of a group named before, then the name in apposition. */
const ONE_OF_BEFORE_RUN = /\b(?:[Oo]ne|[Aa]nother|[Tt]wo|[Aa]mong them|[Ee]ach) of (?:them|those|the [a-z]+), $/;
const CUE_AFTER_RUN = new RegExp(String.raw`^ (?:also |later |earlier |has |had )?${CUE_AFTER}\b`, 'u');
const VERB_AFTER_RUN = /^ (?:(?:recently|also|then|later|once|now)\s+)?(?:is|was|has|had|sat|spoke|met|told|said|[\p{Ll}]+ed|[\p{Ll}]+s)\b/u;
/** A lower-case word after a single name that is not a verb or a function word: the name qualifies a noun ("Pishtakhara prayer leader"). */
const QUALIFIED_NOUN_AFTER_RUN = /^ (?!(?:and|or|in|on|at|by|of|was|were|is|are|who|whom|which|that|had|has|have|last|this|earlier|later|a|an|the|to|for|with|from|as|after|before|since|near|outside|inside|into|during|while|when|where|said|says|told)\b)\p{Ll}+\b/u;
/** A single name formed on "-ullah" ("Ikramullah", "Hikmatullah", "Saifullah"). */
const ULLAH_NAME = /^\p{Lu}\p{Ll}{2,}ullah$/u;
/** "Bajauri, whose real name is …": what only a person has, after a name of any length. */
const WHOSE_NAME_AFTER_RUN = /^, whose (?:real |full |actual |birth )?name (?:is|was)\b/;
/** "Shukri Hassan, whose two sons were in the queue, said": a relative clause about the name, then a reporting verb. */
const WHOSE_CUE_AFTER_RUN = new RegExp(String.raw`^, whose [^,.;:!?"“”\n]{2,80}, (?:also |later )?${CUE_AFTER}\b`, 'u');
/** ", 52," / ", aged 34," after a name: a person's age; not a day of a place's date tag ("**Damasak, 4 June.**", "Niono, 7–8 July"). */
const AGE_AFTER_RUN = /^, (?:aged )?\d{1,3}\b(?![–-]\d| (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|(?:st|nd|rd|th)\b)/;
/** A description ending in a role noun and a comma right before the name ("His widow, "): an apposition. */
const APPOSED_BEFORE_RUN = new RegExp(String.raw`\b${APPOSED_ROLE}s?(?:['’]s)?(?: (?:of|for|at|in|from|to|with) [^,.;:!?"“”\n]{1,60})?(?: \([^)\n]{1,20}\))?(?: \p{Lu}[\p{L}-]+){0,2}(?: (?:who|whom|whose|that) [^,.;:!?"“”\n]{1,60})?, $`, 'iu');
/** The apposition closes after the name, or the name is the subject of a reporting verb. */
const APPOSITION_CLOSES = new RegExp(String.raw`^(?:[,;]|\.(?:\s|$)|$|\s+(?:alias|aka|a\.k\.a\.|also known as)\b|\s+(?:also |later |earlier )?${CUE_AFTER}\b|\s+(?:gave|rejected|appealed|urged|described|pointed|agreed|denied|declined|confirmed)\b)`, 'u');
/** A verb whose object is a person ("killed Ayman al-Zawahiri", "appointed Saif al-Adel"): names of two words or more. */
/**
 * A police or civil office written as an acronym right before the name, bare ("SSP Kamran Afridi",
 * "DPO Bannu Zia-ud-Din Ahmad") or in brackets after the office spelt out ("District Police Officer
 * (DPO) Bannu …"); a place may come between the office and the name.
 */
const ACRONYM_OFFICE_BEFORE_RUN = /(?:\b(?:IGP|DIG|AIG|IG|SSP|SP|DSP|ASP|DPO|RPO|CPO|CCPO|SHO|SDPO|DGP|ADGP|DC|ADC) |\b(?:[Oo]fficer|[Pp]olice|[Ss]uperintendent|[Ii]nspector|[Gg]eneral|[Cc]ommissioner|[Dd]irector|[Cc]hief|[Cc]ommander|[Hh]ead) \(\p{Lu}{2,6}\) )$/u;
/**
 * "the accused A-1 Mohammad Iqbal Wani", "and A-2 Zubair Ahmad Rather", "PW-4, Inspector …": an
 * accused or a witness numbered in a court record, the number before the name.
 */
const ACCUSED_BEFORE_RUN = /(?:\b(?:accused|suspect) (?:No\.? ?)?A-?\d{1,2}|(?<![\p{L}\p{N}-])(?:A|PW|DW|CW)-\d{1,3},?) $/u;
/** The same number after the name, in brackets: "Tariq Hussain Gojri (A-1)", "… @ Abu Saad (A-1)". */
const COURT_NUMBER_AFTER_RUN = /^ \((?:A|PW|DW|CW)-\d{1,3}\)/;
/** "known", as an alias is introduced: "better known as", "also known to his men by his kunya". */
const KNOWN = String.raw`(?:better |more commonly |popularly |widely |also )?known`;
/** Words for a second name. */
const ALIAS_NOUN = String.raw`(?:kunya|nom de guerre|alias|nickname|pseudonym|other name)`;
/** "Diriye, better known by his kunya …", "Yare, known to his fighters by his nickname …": one name given another by its owner's pronoun. */
const KNOWN_BY_ALIAS_AFTER_RUN = new RegExp(String.raw`^, (?:${KNOWN} (?:to (?:his|her) [a-z]+ )?by (?:his|her) ${ALIAS_NOUN})`);
/** "X, better known as Y", "X alias Y", "X @ Y": X is a person given another name. */
const ALIAS_AFTER_RUN = new RegExp(String.raw`^(?:,? | \()(?:${KNOWN} as|alias|a\.k\.a\.|aka|@) `);
/**
 * A field of a record's header naming a person on its line ("Name: …", "Father's name: Late Sh. …",
 * "Presiding Officer: …", "Counsel for the accused: …"): the label from the start of the line.
 */
const FIELD_LINE = /^[ \t]*(?:\d{1,2}\.\s*)?(?:Name|Full name|(?:Father|Mother|Husband|Wife)['’]s name|Presiding Officer|Judge|Magistrate|Accused|Complainant|Petitioner|Respondent|Appellant|Witness|Deponent|Informant|Counsel(?: for [\p{L} .-]{2,30})?|Advocate|Prosecutor|Investigating Officer|Interviewer|Interviewee|Reporter|Photographer|Translator|Author|Reporting|Editing|Additional reporting|(?:Written|Reported|Edited|Translated|Compiled|Interviewed) by):[ \t]*(?:[Ll]ate )?$/u;
/** "Reporting by …; Editing by …" at the foot of a wire story. */
const CREDIT_LINE_BEFORE_RUN = /\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Aa]dditional reporting|[Cc]ompiled|[Tt]ranslated|[Pp]hotographs?|[Pp]hotos) by:? $/;
/** "who spell his name Yusuf Abdi Shirwa", "spelt as …": a spelling of someone's name. */
const SPELLING_BEFORE_RUN = /\bspel(?:l|ls|led|t|ling) (?:his|her|the [a-z]+['’]s|the) name (?:as )?$/;
/** "Ridwan Saputra of the Jakarta-based Institute … estimated": a name, its affiliation, then a reporting verb. */
const AFFILIATION_CUE_AFTER_RUN = new RegExp(String.raw`^,? (?:of|from|at) (?:the )?[^,.;:!?"“”\n]{2,80}?,? (?:also )?${CUE_AFTER}\b`, 'u');
const AFFILIATION_START = /^,? (?:of|from|at) /;
/**
 * A photograph's credit: "(JK Newsline/Sanjay Kotwal)", "(North Syria Observer/Mahmoud al-Abdullah)";
 * after a caption, behind a label ("… Photo: Peshawar Chronicle/Imtiaz Afridi)", "(Photo by Leila
 * Haddad)"); the photographer first and the agency after ("[File: Paul Okafor/Horn Wire]").
 */
const CREDIT_NAME = String.raw`\p{Lu}\p{Ll}+(?:[ -](?:al-|el-)?\p{Lu}[\p{L}'’-]+){1,3}`;
const CREDIT = new RegExp(
  String.raw`(?:\((?:[^()\/\n]{2,40})\/|\b(?:[Pp]hotos?|[Ii]mages?|[Pp]icture|[Pp]hotograph|[Cc]redit)(?:(?: by)?:? [^()\/\n:\[\]]{2,40}\/| by:? ))(${CREDIT_NAME})\)|\[(?:[Ff]ile|[Pp]hoto|[Ff]ile photo|[Pp]icture)(?: by)?: (${CREDIT_NAME})\/[^\]\n]{2,40}\]`,
  'gu',
);
/** Writers named in capitals in a byline: "By SALEM BAWAZIR and MARIAM FOUAD". */
const BYLINE_CAPITALS = /(?:\bBy|\band|,)\s+(\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){1,3})(?![\p{L}])/gu;
/** A line that is a byline after a date or a section name: "29 November 2021 · By Jane Doe in Maroua and …". */
const BYLINE_LINE = /^[^.!?\n]{0,40}[·|—–] By \p{Lu}/u;
/** A block set in emphasis from end to end: "*…*", "_…_". */
const EMPHASIS_NOTE = /^[*_]{1,2}[^*_\s][^\n]*[^*_\s][*_]{1,2}\s*$/;
/** What makes such a note name people: a credit cue, or a name opening a sentence about its bearer. */
const NOTE_NAMES = /(?:\bBy|\bAuthors?:|\b[Cc]ompiled by|\b[Tt]ranslated by|\b[Ww]ritten by|\b[Ii]nterviewed by|\b[Rr]eporting by)\s+\p{Lu}|(?:^[*_]{1,2}|\. )\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3} (?:is|was|spoke|writes|works|teaches|has)\b/u;
/** In a note about people: a name opening a sentence about its bearer, or a credited name. */
const NOTE_PERSON = /(?:^[*_]{1,2}|\. )(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}) (?:is|was|spoke|writes|works|teaches|has)\b|\b(?:[Tt]ranslated|[Ii]nterviewed|[Rr]eporting) by (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})/gu;
/** Where the writers of such a note begin: "By …", "Authors: …", "Compiled by …". */
const NOTE_BYLINE = /(?:\bBy|\bAuthors?:|\b[Cc]ompiled by|\b[Ww]ritten by)\s+(?=\p{Lu})/u;
/** A line of two to four capitalised name words and nothing else. */
const AUTHOR_LINE = /^\p{Lu}[\p{Ll}'’-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+|al-\p{Lu}[\p{Ll}'’-]+)){1,3}$/u;
/** A line that opens on a date: "February 7, 2025", "7 February 2025", "Monday, 7 February", "07.02.2025". */
const DATE_LINE = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:\d{1,2} )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;
/** A title of address in capitals, then a name in capitals: "SH. VIKRAM SINGH JAMWAL", "DR. AMINA YUSUF". */
const CAPITALS_TITLED_GATE = /\b(?:SH|SMT|SHRI|DR|MR|MRS|MS|PROF)\. \p{Lu}{2}/u;
const CAPITALS_TITLED = /(?<![\p{L}\p{N}.])(?:SH|SMT|SHRI|DR|MR|MRS|MS|PROF)\. \p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+){1,3}(?![\p{L}\p{N}.])/gu;
/**
 * Given names common in the reporting this tool reads (South Asian, Afghan, Arabic, Somali, Hausa and
 * Kanuri, Indian, a few European ones): a run of two to four name words opening on one is a person's
 * name even where nothing around it says so ("…, and Riyaz Naikoo held it together"), unless a
 * place is meant ("in Musa Qala", "Ali Masjid area").
 */
const GIVEN_NAMES = new Set(
  (
    'muhammad mohammad mohammed muhammed mohamed mohamad ahmad ahmed ali abdul abdullah abdur abdul hassan hasan hussain husain hussein usman osman umar omar yusuf yousuf yousaf ibrahim ismail ishaq musa ' +
    'idris ilyas younis yunus khalid khaled tariq bilal hamza hamid imran irfan kamran kashif nadeem naeem qasim riaz riyaz sajid shahid tahir waqar yasir yasser zafar zubair mustafa ' +
    'mansoor faisal farooq haroon asif arif aamir javed jawad zahid saeed saad salim saleem nasir naseer iqbal akbar asghar ashraf arshad akram aslam anwar rashid rahim karim aziz jamil ' +
    'latif majid wahid ghulam fazal rahmat khurshid shaukat shafiq rafiq zahoor aijaz ejaz ijaz bashir nazir manzoor mushtaq mukhtar altaf fayaz imtiaz showkat mehmood mahmood mahmoud ' +
    'hamdullah zabihullah sirajuddin haibatullah hibatullah amanullah ehsanullah hikmatullah inayatullah rahmatullah saifullah sanaullah habibullah hafizullah najibullah nasrullah ' +
    'obaidullah ubaidullah ayman osama usama anas walid jamal kamal samir sami nabil adnan salah salem ziad wael bassam haitham marwan firas ammar jaber ' +
    'abdi abdiqani abdirahman abdullahi abdirizak abdikarim abdiaziz abdinasir abdiwali abdiweli mohamud mahad liban faadumo fadumo halima hodan sahra hawa asha caasha ayaan cabdi cumar ' +
    'abubakar aliyu babagana modu umaru yakubu garba sani suleiman lawal kabiru nasiru zainab aisha fatima hauwa amina bukar ' +
    'rajesh rakesh ramesh suresh mahesh dinesh vikram vikas anil sunil rajinder rajendra harjit gurpreet manpreet amit sanjay vijay ajay ashok arun pradeep deepak naveen praveen ' +
    'rohit rahul ravi ravinder satish sandeep manoj mukesh ' +
    'ayesha sana sadia saima nighat shahida rukhsana nasreen mehreen maryam shireen farzana nargis ' +
    'john james michael david robert william thomas richard peter paul mark daniel jean pierre anna maria elena sarah jane mary'
  ).split(' '),
);

/** A place or an institution named after a person ("Ahmad Shah Massoud Road", "Musa Khel", "Allama Iqbal Town"): its last word says so. */
const PLACE_NAMED_AFTER_PERSON = / (?:Road|Street|Avenue|Town|Colony|Khel|Kheil|Bazaar|Bazar|Market|Chowk|Mosque|Masjid|Hospital|University|College|School|Trust|Foundation|Institute|Airport|Stadium|Park|Bridge|Camp|City|Valley|District|Village|Area|Nagar|Pur|Abad|Garh|Kot|Zai|Qala|Station|Square|Highway|Gate|Complex|Centre|Center|Memorial)$/;
/** What befalls only a person, after one name: "died", "was assassinated", "was arrested". */
const PERSON_FATE_AFTER_RUN = /^ (?:(?:reportedly|allegedly|later) )?(?:died|was (?:(?:shot and )?killed|shot dead|assassinated|arrested|martyred|executed|hanged))\b/;
/** What only a person has, after a possessive: a death, kin, a deputy, followers ("Bakura's men" as his fighters). */
const PERSONAL_POSSESSION_AFTER_RUN = /^ (?:(?:former|late|own|elder|younger|eldest|closest|close|top|trusted|loyal) )?(?:death|killing|assassination|arrest|capture|funeral|burial|widow|wife|wives|sons?|daughters?|brothers?|father|mother|family|followers|loyalists|faction|successor|predecessor|deputy|deputies|aides?|bodyguards?|men|fighters|leadership)\b(?! toll)/;
/** "X son of Y", "X s/o Y": X is a person (the text names his father next). */
const KIN_OF_AFTER_RUN = /^,? (?:(?:son|daughter|wife|widow) of|[sdw]\/o)\b/;
/** A place written with its kind after it ("Sheikh Muhammadi area", "Jani Khel checkpost"): not a person. */
const PLACE_KIND_AFTER_RUN = /^ (?:area|village|town|city|district|tehsil|sub-division|road|bazaar|market|mosque|chowk|colony|camp|valley|province|region|range|hospital|seminary|madrassa|airport|checkpost|check-post|police station|station|gate|mountains|hills|border|crossing)\b/;
/** A single capitalised word right after "in", "at", "near"…: a place ("a mosque in Hayatabad, who …"). */
const PLACE_PREPOSITION_BEFORE_RUN = /\b(?:in|at|near|from|outside|inside|across|into|towards?)\s$/;
/** The passive of those verbs after the name ("Burhan Wani was killed in 2016", "Sheikh Sajjad Gul was declared a terrorist"): names of two words or more. */
const PERSON_OBJECT_AFTER_RUN = /^ (?:was|were|had been|has been) (?:(?:later|also|reportedly|allegedly|shot and) )?(?:killed|shot|shot dead|captured|arrested|detained|martyred|abducted|kidnapped|assassinated|executed|hanged|sentenced|convicted|acquitted|appointed|elected|declared|designated|named as|released|freed|injured|wounded|buried|eliminated|neutralised|neutralized)\b/;
/** Who an interview or a talk was with: "spoke to Rukhsana Bano about …", "in conversation with Jane Doe" (names of two words or more). */
const ADDRESSEE_BEFORE_RUN = /\b(?:spoke|speaks|speaking|talked|talks|talking) (?:to|with) $|\bin conversation with $|\binterviewed by $/;
/** Words of a jurisdiction written between an office and its holder's name ("DIG Bannu Region Imran Shahid", "SP City Division …"). */
const JURISDICTION = /^(?:Region|Range|Zone|Division|Circle|Sector|Cantt|Cantonment|Rural|Urban|Saddar|Sadar|City|Operations|Investigation|Traffic|Security|Headquarters|East|West|North|South|Central)$/;
/** An office acronym right before a one-word name: a title the text addresses its holder by ("DIG Shahid said"). */
const ACRONYM_TITLE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${[...OFFICE_ACRONYMS].join('|')}) $`, 'u');
const PERSON_OBJECT_BEFORE_RUN = /\b(?:killed|killing|captured|arrested|detained|appointed|succeeded|replaced|interviewed|named|kidnapped|abducted|assassinated|sentenced|released|met|quoted|loyal to|led by|headed by|founded by) $/;

/**
 * The person names in one block of text, as [start, end) relative to it: capitalised runs the text
 * around them marks as a person's (a title, a role, a naming phrase, a reporting verb, an
 * apposition). One regex finds the runs; the context checks are anchored at the run's edges.
 */
function namesInBlock(
  slice: string,
  isPlace: (word: string) => boolean,
  byline = false,
  unmarked?: { start: number; end: number }[],
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(slice); m; m = RUN.exec(slice)) {
    let start = m.index;
    let end = start + m[0].length;
    // A sentence word capitalised before the name ("By Tahir Khan", "The minister …", "Yesterday Jane …").
    let run = m[0];
    // Words of an office or a nationality before the name ("Police Suresh Kaul", "the Egyptian Saif al-Adel") describe the person.
    let described = false;
    // A plural role opening a list of names ("Commanders Abu Omar, Abu Yasir and …"): a description of the people named.
    let listed = false;
    for (let sp = run.indexOf(' '); sp > 0; sp = run.indexOf(' ')) {
      const word = run.slice(0, sp);
      const lower = word.toLowerCase();
      const demonym = DEMONYM.test(word) && run.split(' ').length >= 3;
      const plural = PLURAL_ROLE.test(word) && run.split(' ').length >= 3;
      listed ||= plural;
      if (!NOT_NAME.has(lower) && !demonym && !plural) break;
      described ||= OFFICE_WORDS.has(lower) || demonym || NATIONALITY.has(lower);
      start += sp + 1;
      run = run.slice(sp + 1);
    }
    // An office written before the name ("District Police Officer", "Deputy Commissioner Surab"): it
    // marks a person and is part of the name only when it is all titles of address ("Head Constable").
    const office = officePrefix(run, isPlace);
    if (office > 0) {
      if (office >= run.length) continue;
      if (withoutTitles(run) !== run.slice(office)) {
        start += office;
        run = run.slice(office);
      }
    }
    // An office acronym, then a place, then the name ("DPO Bannu Zia-ud-Din Ahmad"): the place is not part of the name.
    // (Gated on the two characters before the run: a capital or ")" and a space.)
    const acronymOffice = start >= 3 && slice[start - 1] === ' ' && /[\p{Lu})]/u.test(slice[start - 2]) && ACRONYM_OFFICE_BEFORE_RUN.test(slice.slice(Math.max(0, start - 24), start));
    if (acronymOffice) {
      const sp = run.indexOf(' ');
      if (sp > 0 && run.split(' ').length >= 3 && isPlace(run.slice(0, sp))) {
        start += sp + 1;
        run = run.slice(sp + 1);
      }
      // Words of the jurisdiction after the place ("Bannu Region Imran Shahid"): not part of the name.
      for (let sp2 = run.indexOf(' '); sp2 > 0 && run.split(' ').length >= 3 && JURISDICTION.test(run.slice(0, sp2)); sp2 = run.indexOf(' ')) {
        start += sp2 + 1;
        run = run.slice(sp2 + 1);
      }
    }
    // A place or a body, then an office, then the name ("Tarmiyah Mayor Hussein Ali al-Juburi", "Khyber
    // Pakhtunkhwa President Aimal Wali Khan"): the name is what follows the office.
    let insideOffice = false;
    if (office === 0) {
      const parts = run.split(' ');
      for (let i = parts.length - 3; i >= 1; i--) {
        const word = parts[i].toLowerCase().replace(/\.$/, '');
        // A rank or title of address after a place ("Kirkuk Gov. Najmadin Karim") stays with the name.
        const title = TITLE_SINGLE.has(word) && !OFFICE_WORDS.has(word) && isPlace(parts[0]);
        if (!OFFICE_WORDS.has(word) && !title) continue;
        const cut = parts.slice(0, title ? i : i + 1).join(' ').length + 1;
        start += cut;
        run = run.slice(cut);
        insideOffice = true;
        break;
      }
    }
    const words = run.split(' ').length;
    // A run ending in an office ("Khyber Pakhtunkhwa Inspector General", "Defence Media Operations") names nobody.
    if (OFFICE_WORDS.has(run.slice(run.lastIndexOf(' ') + 1).toLowerCase())) continue;
    // An ordinal before a rank ("1st Lt. Mustafa Jabbar") is part of the rank.
    if (/^(?:Lt|Lieutenant)\b/.test(run) && /(?<![\p{L}\p{N}])(?:1st|2nd) $/u.test(slice.slice(Math.max(0, start - 4), start))) start -= 4;
    const before = slice.slice(Math.max(0, start - 90), start);
    const after = slice.slice(end, end + 40);
    const titled = (STARTS_WITH_TITLE.test(run) && words >= 2) || STARTS_WITH_HONORIFIC.test(run);
    // Places: a kind of place after the name ("Sheikh Muhammadi area"), or one word after "in", "at", "near".
    if (PLACE_KIND_AFTER_RUN.test(after) && !STARTS_WITH_TITLE.test(run)) continue;
    if (words === 1 && !titled && PLACE_PREPOSITION_BEFORE_RUN.test(before.slice(-9))) continue;
    let person = STARTS_WITH_TITLE.test(run) && words >= 2;
    person ||= described && words >= 2 && (OFFICE_BEFORE_RUN.test(before) || /\bthe $/i.test(slice.slice(Math.max(0, m.index - 4), m.index)));
    person ||= STARTS_WITH_HONORIFIC.test(run);
    // "the killing of Pishtakhara prayer leader …": a single word before a noun qualifies it.
    person ||= ROLE_BEFORE_RUN.test(before) || (NAMING_BEFORE_RUN.test(before) && !(words === 1 && /\bof $/.test(before) && QUALIFIED_NOUN_AFTER_RUN.test(after)));
    // A single name formed on "-ullah" ("Ikramullah", "Rahmatullah") is a person's.
    person ||= words === 1 && ULLAH_NAME.test(run) && !isPlace(run);
    person ||= words >= 2 && SPEECH_BEFORE_RUN.test(before);
    // (One word takes an apposition only when it describes a person: "Diriye, the emir …", not "west of
    // Baidoa, the deadliest attack …" or "the Amniyat, the group's intelligence wing".)
    person ||= (APPOSITION_AFTER_RUN.test(after) && (words >= 2 || personalApposition(slice.slice(end, end + 90)))) || (words >= 2 && BARE_ROLE_AFTER_RUN.test(after));
    person ||= words >= 2 && ONE_OF_BEFORE_RUN.test(before) && APPOSITION_CLOSES.test(after);
    person ||= CUE_AFTER_RUN.test(after) && !PREPOSITION_BEFORE_RUN.test(before);
    // (Also inside the emphasis of a closing note: "*Farid Ahmad Popal is a senior fellow at …*".)
    person ||= (start === 0 || (start === 1 && (slice[0] === '*' || slice[0] === '_'))) && words >= 2 && VERB_AFTER_RUN.test(after);
    // The subject of a sentence after an opening phrase ("In a video, Amadou Koufa urged …", "On Monday, Jane Doe met …"):
    // a full name, then a verb of speech or action; not a place or a body ("In March, Lake Chad rose …").
    person ||=
      words >= 2 &&
      words <= 4 &&
      before.endsWith(', ') &&
      SUBJECT_VERB_AFTER_RUN.test(after) &&
      OPENING_PHRASE_BEFORE_RUN.test(before) &&
      run.split(' ').every(listedNameWord) &&
      !isPlace(run.slice(0, run.indexOf(' '))) &&
      !PLACE_NAMED_AFTER_PERSON.test(run);
    person ||= office > 0 && words >= 2;
    person ||= listed && words >= 2;
    person ||= AGE_AFTER_RUN.test(after);
    person ||= words >= 2 && after.startsWith(', whose ') && WHOSE_CUE_AFTER_RUN.test(slice.slice(end, end + 120));
    person ||= after.startsWith(', whose ') && WHOSE_NAME_AFTER_RUN.test(after);
    // (The long description pattern only where the cheap checks around it hold.)
    person ||= before.endsWith(', ') && APPOSITION_CLOSES.test(after) && APPOSED_BEFORE_RUN.test(before);
    person ||= words >= 2 && PERSON_OBJECT_BEFORE_RUN.test(before);
    person ||= acronymOffice && words >= 2;
    person ||= insideOffice;
    person ||= words >= 2 && (PERSON_OBJECT_AFTER_RUN.test(after) || ADDRESSEE_BEFORE_RUN.test(before));
    person ||=
      words >= 2 &&
      words <= 4 &&
      (GIVEN_NAMES.has(run.slice(0, run.indexOf(' ')).toLowerCase()) || ULLAH_NAME.test(run.slice(0, run.indexOf(' ')))) &&
      !PLACE_NAMED_AFTER_PERSON.test(run) &&
      !PLACE_PREPOSITION_BEFORE_RUN.test(before.slice(-9)) &&
      !/\b(?:through|via|along|past|beyond|reaching|toward|towards) $/.test(before);
    // One name leading or owed the loyalty of a band of fighters ("the faction led by Bakura,", "fighters loyal to Godane"): not a place or a country.
    person ||=
      words === 1 &&
      (before.endsWith(' by ') || before.endsWith(' to ')) &&
      LED_BY_BEFORE_RUN.test(before) &&
      /^(?:[,.;)]|$| (?:and|who|whose|in|since|until|before|after|is|was|has|had|\p{Ll}+ed)\b)/u.test(after) &&
      // (After "loyal to" the word is in the places read from "to …" itself: only the lists decide.)
      (before.endsWith(' to ') || !isPlace(run)) &&
      !NOT_NAME.has(run.toLowerCase()) &&
      !COUNTRY_WORDS.has(run.toLowerCase()) &&
      !DEMONYM.test(run);
    // One name before what only befalls a person ("after Shekau died in 2021"); not a place ("Mosul was captured").
    person ||= words === 1 && PERSON_FATE_AFTER_RUN.test(after) && !isPlace(run) && !NOT_NAME.has(run.toLowerCase());
    // An office acronym before a one-word name is its title ("DIG Shahid"): part of the form as written.
    if (words === 1 && slice[start - 1] === ' ') {
      const acronym = ACRONYM_TITLE_BEFORE.exec(slice.slice(Math.max(0, start - 6), start));
      // "DIG Bannu", "SSP Pulwama": the office and its place, not a name.
      if (acronym && isPlace(run)) continue;
      if (acronym) {
        start -= acronym[1].length + 1;
        person ||= CUE_AFTER_RUN.test(after) || /^[,.;]/.test(after) || VERB_AFTER_RUN.test(after);
      }
    }
    person ||= ACCUSED_BEFORE_RUN.test(before) || COURT_NUMBER_AFTER_RUN.test(after);
    person ||= words >= 2 && ALIAS_AFTER_RUN.test(after);
    person ||= (before.endsWith(': ') || before.endsWith('ate ')) && FIELD_LINE.test(slice.slice(slice.lastIndexOf('\n', start - 1) + 1, start));
    person ||= words >= 2 && (CREDIT_LINE_BEFORE_RUN.test(before) || SPELLING_BEFORE_RUN.test(before) || /(?:^|\s)@ $/.test(before));
    person ||= words >= 2 && AFFILIATION_START.test(after) && !PLACE_PREPOSITION_BEFORE_RUN.test(before.slice(-9)) && AFFILIATION_CUE_AFTER_RUN.test(slice.slice(end, end + 120));
    // "Diriye, better known by his kunya Abu Ubaidah": one name whose owner the clause gives another by a pronoun.
    person ||= words === 1 && after.startsWith(', ') && KNOWN_BY_ALIAS_AFTER_RUN.test(slice.slice(end, end + 70));
    person ||= KIN_OF_AFTER_RUN.test(after);
    // One name in the possessive before what only a person has ("Shekau's death", "Bakura's men", "Ghafari's deputy").
    person ||= words === 1 && /['’]s$/.test(run) && PERSONAL_POSSESSION_AFTER_RUN.test(after) && !isPlace(run.slice(0, -2)) && !NATIONALITY.has(run.slice(0, -2).toLowerCase());
    // A byline names its writers ("By Jane Doe and John Roe").
    person ||= byline && words >= 2;
    if (!person) {
      if (unmarked && words >= 2) unmarked.push({ start, end });
      continue;
    }
    // "Officials Jane Doe" never; but "Analysts Jane Doe" after a bad split: keep the name's own words.
    out.push({ start, end });
  }
  return out;
}

/**
 * Length of the office written at the start of a capitalised run ("District Police Officer ",
 * "Deputy Commissioner Surab "), 0 when there is none: office words and titles, and a place right
 * after them when two name words follow it.
 */
function officePrefix(run: string, isPlace: (word: string) => boolean): number {
  const words = run.split(' ');
  let i = 0;
  while (i < words.length && (OFFICE_WORDS.has(words[i].toLowerCase()) || TITLE_SINGLE.has(words[i].toLowerCase().replace(/\.$/, '')))) i++;
  if (i === 0) return 0;
  // (Not a common given name: "Regional Police Officer Nasir Mehmood Satti" even where the text writes "in Nasir …".)
  if (i < words.length - 2 && isPlace(words[i]) && !GIVEN_NAMES.has(words[i].toLowerCase())) i++;
  return i >= words.length ? run.length : words.slice(0, i).join(' ').length + 1;
}
const TITLE_SINGLE = new Set(TITLES.filter((t) => !t.includes(' ')));

/** Capitalised words that are never (part of) a person's name. */
const NOT_NAME = new Set(
  (
    'the a an this that these those it its he she they we i you our their his her there here in on at of for by with and or but as if when while after before since ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'islamic state taliban afghan afghans pakistani pakistan indian india us uk un united nations american british chinese iraqi iranian russian government ministry army police ' +
    'province district city council agency news network front party team mission office department commission court university centre center hospital school ' +
    'security intelligence forces military officials official sources analysts diplomats residents witnesses reporters authorities interview transcript analysis report brief ' +
    'afghanistan iraq syria kashmir balochistan waziristan khorasan emirate kabul islamabad peshawar quetta karachi lahore delhi new doha baghdad washington beijing moscow tehran reuters ap afp bbc dawn al jazeera source lens ' +
    'staff correspondent correspondents contributor desk editor our their some many most several no one two three four five officials spokesman spokeswoman spokesperson ' +
    'according meanwhile however also later earlier separately still yet now then read more share late ' +
    // Pronouns of quantity a quote opens on ("Nobody asked …", "Everyone says …", "Both said …").
    'nobody everyone everybody someone somebody anyone anybody none neither either both all each ' +
    // Prepositions and conjunctions that open a sentence before a name ("Like Baitullah Mehsud, …", "Unlike Abu Bakr al-Baghdadi, …").
    'like unlike despite under without against including besides amid among during until unless although though because whether upon via toward towards ' +
    'assembly committee parliament senate congress cabinet authority administration directorate bureau cell corps brigade division battalion regiment command headquarters ' +
    'board tribunal service services unit wing press media radio television tv channel times tribune express herald daily weekly monitor review journal institute foundation ' +
    'room lines hall complex compound academy prison jail camp base checkpost force region zone range ' +
    // Outlets after "told", "spoke to" ("told Horn Wire", "spoke to Garowe Online", "told Daily Trust").
    'wire online post nation observer guardian telegraph standard chronicle gazette mail courier mirror ledger digest bulletin insider magazine broadcasting today ' +
    // Bodies of states and organisations quoted as speakers ("The European Union said …").
    'union league alliance coalition federation organisation organization association society movement republic kingdom states bank fund'
  ).split(' '),
);

function plausibleName(name: string): boolean {
  // A plural possessive ("the Tigers' statement") is never one person's name.
  if (/s['’]$/.test(name)) return false;
  const words = nameWords(withoutTitles(name));
  if (words.length === 0) return false;
  const lowered = words.map((w) => w.toLowerCase());
  if (lowered.every((w) => NOT_NAME.has(w) || /^(?:al|el|bin|ibn|ul|ud|ur|abu)$/.test(w))) return false;
  if (NOT_NAME.has(lowered[0]) && !/^(?:al|abu)$/.test(lowered[0])) return false;
  // A nisba after "al-" ends a name ("Abu Zubair al-Pakistani", "Abu Hamza al-Masri"); after other words, a nationality or a place does not.
  const nisba = lowered.length >= 3 && /^(?:al|el)$/.test(lowered[lowered.length - 2]);
  if (NOT_NAME.has(lowered[lowered.length - 1]) && !nisba) return false;
  return true;
}

/** Trims a candidate to the person's name: no trailing possessive, no leading sentence word. */
function tidy(text: string, start: number): { text: string; start: number } {
  let t = text.replace(/['’]s$/, '');
  let s = start;
  // "Officials Jane Doe" never happens, but "Analysts Jane Doe" might after a bad split: drop leading stop words.
  for (;;) {
    const m = /^(\S+)\s+/.exec(t);
    if (!m || !NOT_NAME.has(m[1].toLowerCase())) break;
    t = t.slice(m[0].length);
    s += m[0].length;
  }
  return { text: t, start: s };
}

/** A name found in the text, or a turn label standing for one (`name`: the name it is keyed by). */
interface Candidate {
  start: number;
  end: number;
  text: string;
  name?: string;
  /** For a name given as another's alias ("Aijaz Ahmad Dar alias Abu Talha"): the start of that name. */
  aliasOf?: number;
  /** A transcript's turn label ("HF:", "RITU BHASIN:"): it stands for the speaker but is no antecedent of a later short form. */
  label?: boolean;
}

/** "Aijaz Ahmad Dar alias Abu Talha", "…, also known as …": the second name is the first person's. */
const ALIAS_BETWEEN = new RegExp(String.raw`^(?:,? | \()(?:alias|a\.k\.a\.|aka|@|${KNOWN} as|(?:the|a|an) (?:[A-Za-z-]+ ){1,3}${KNOWN} as|${KNOWN} (?:to (?:his|her) [a-z]+ )?by (?:his|her|the) ${ALIAS_NOUN}|nicknamed|whose (?:nom de guerre|kunya|alias|pseudonym) is|(?:who|and) (?:uses|used|goes by|went by|took|adopted|has taken|had taken) the (?:nom de guerre|kunya|alias|pseudonym|name)|whose (?:real |full |actual |birth )?name (?:is|was)(?: (?:said|believed|thought|reported|understood) to be)?) ["“]?$`);
/**
 * A name given as the alias of someone the sentence speaks of by a pronoun or named just before:
 * "signed with his nom de guerre, Abu Mansoor Asim", "captioned him as Abu Mohammad al-Julani, the
 * nom de guerre under which he …", "Diriye, or Abu Ubaidah as they call him,". The alias is the
 * person's named last before it (within a few sentences).
 */
const PRONOUN_ALIAS_BEFORE = /\b(?:[Hh]is|[Hh]er) (?:nom de guerre|kunya|alias|pseudonym|nickname|other name|real name|birth name)(?: (?:is|was))?,? ["“]?$/;
const ALIAS_APPOSITION_AFTER = /^,? (?:(?:the|his|her|a) (?:nom de guerre|kunya|alias|pseudonym|nickname)\b|(?:as|which is what) (?:(?:he|she) is (?:known|called)|(?:they|people|locals|fighters|followers|his men|his fighters|residents|many) (?:call|called) (?:him|her))\b)/;
const PRONOUN_ALIAS_REACH = 600;
/** A preposition that governs a one-word place, not a person ("commander for Tirah", "elders of Bara"). */
const PLACE_OBJECT_BEFORE = /\b(?:for|in|of|from|at|near|to|on) $/;
/** Before such an alias: a pronoun for its owner in the clause, or the owner's name and "or". */
const ALIAS_OWNER_BEFORE = /(?:\b(?:him|her|himself|herself)\b[^.;:!?\n]*|\p{L}, or )$/u;
const PLACE_BEFORE = /\b(?:in|at|near|from|outside|across|inside|to)\s+(\p{Lu}[\p{L}'’-]+)/gu;

/** Person mentions and entities of a document. `mentions` are its group mentions (never people). */
export function findPeople(doc: DocumentModel, mentions: readonly Mention[]): DocumentPeople {
  const { text } = doc;
  const found = new Map<number, Candidate>();
  const overlapsGroup = (start: number, end: number) => {
    // A name that is a group's (or inside one) is the group's; "Sirajuddin Haqqani" around "Haqqani" is a person.
    const m = mentions[firstEndingAfter(mentions, start)];
    return !!m && m.start <= start && m.end >= end;
  };
  // Capitalised words written after "in", "at", "near"…: places ("Deputy Commissioner Surab Asif Raza Jamali").
  let places: Set<string> | null = null;
  const isPlace = (word: string) => {
    if (!places) {
      places = new Set();
      PLACE_BEFORE.lastIndex = 0;
      for (let m = PLACE_BEFORE.exec(text); m; m = PLACE_BEFORE.exec(text)) places.add(m[1]);
    }
    return places.has(word);
  };
  const add = (start: number, end: number) => {
    const previous = found.get(start);
    if (!previous || previous.end < end) found.set(start, { start, end, text: text.slice(start, end) });
  };
  /** Runs of two name words or more that nothing around them marks as a person's (offsets in the text). */
  const unmarked: { start: number; end: number }[] = [];
  let unmarkedFrom = 0;
  for (const block of doc.blocks) {
    if (block.role === 'chrome') continue;
    let slice = text.slice(block.contentStart, block.end);
    // Photograph credits, in captions and between paragraphs.
    if (slice.includes('/') || slice.includes(' by ')) {
      CREDIT.lastIndex = 0;
      for (let m = CREDIT.exec(slice); m; m = CREDIT.exec(slice)) {
        const name = m[1] ?? m[2];
        const start = block.contentStart + m.index + m[0].lastIndexOf(name);
        if (plausibleName(name) && !overlapsGroup(start, start + name.length)) add(start, start + name.length);
      }
    }
    // A note set in emphasis is read as a caption; one that names its writers, translator or subject
    // ("*By Jane Doe*", "*Authors: … and …*", "*… translated by …*", "*Jane Doe is a researcher at …*") names people.
    const note = block.role === 'caption' && slice.length < 400 && EMPHASIS_NOTE.test(slice) && NOTE_NAMES.test(slice);
    if (block.role === 'caption' && !note) continue;
    if (note && !NOTE_BYLINE.test(slice)) {
      // A note about people: only the name that opens a sentence about its bearer, and the credited ("… translated by Jane Doe").
      NOTE_PERSON.lastIndex = 0;
      for (let m = NOTE_PERSON.exec(slice); m; m = NOTE_PERSON.exec(slice)) {
        const name = m[1] ?? m[2];
        const start = block.contentStart + m.index + m[0].indexOf(name);
        if (plausibleName(name) && !overlapsGroup(start, start + name.length)) add(start, start + name.length);
      }
      continue;
    }
    // A dateline that carries the byline ("29 November 2021 · By Aïssatou Bello in Maroua"): read from "By".
    let offset = block.contentStart;
    // A one-line block that carries a byline after a date or a section name ("29 November 2021 · By …").
    const bylineLine = (block.role === 'body' || block.role === 'headline') && slice.length < 160 && !slice.includes('\n') && BYLINE_LINE.test(slice);
    const noteByline = note ? NOTE_BYLINE.exec(slice) : null;
    const bylined = block.role === 'byline' || bylineLine || (block.role === 'dateline' && /\bBy \p{Lu}/u.test(slice)) || !!noteByline;
    if (block.role === 'dateline' || bylineLine) {
      if (!bylined) continue;
      const by = slice.search(/\bBy \p{Lu}/u);
      offset += by;
      slice = slice.slice(by);
    } else if (noteByline) {
      // The writers are what follows the cue ("… Studies, Nairobi. Authors: Jane Doe and John Roe"): read from there.
      offset += noteByline.index;
      slice = slice.slice(noteByline.index);
    }
    if (bylined) {
      BYLINE_CAPITALS.lastIndex = 0;
      for (let m = BYLINE_CAPITALS.exec(slice); m; m = BYLINE_CAPITALS.exec(slice)) {
        const start = offset + m.index + m[0].indexOf(m[1]);
        const name = m[1];
        if (name.split(/[ -]/).every((w) => !NOT_NAME.has(w.toLowerCase())) && !overlapsGroup(start, start + name.length)) add(start, start + name.length);
      }
    }
    // An author's name alone on the line over the date ("Sana Iftikhar Malik\nFebruary 7, 2025"), as opinion pages print it.
    const lineEnd = slice.indexOf('\n');
    if (lineEnd > 0 && lineEnd < 50 && AUTHOR_LINE.test(slice.slice(0, lineEnd)) && DATE_LINE.test(slice.slice(lineEnd + 1, lineEnd + 40))) {
      const name = slice.slice(0, lineEnd);
      if (plausibleName(name) && !overlapsGroup(offset, offset + lineEnd)) add(offset, offset + lineEnd);
    }
    // A name in capitals after a title of address in capitals ("EXAMINATION-IN-CHIEF BY SH. VIKRAM SINGH JAMWAL, LD. …").
    if (slice.includes('. ') && CAPITALS_TITLED_GATE.test(slice)) {
      CAPITALS_TITLED.lastIndex = 0;
      for (let m = CAPITALS_TITLED.exec(slice); m; m = CAPITALS_TITLED.exec(slice)) {
        const start = offset + m.index;
        const words = m[0].slice(m[0].indexOf(' ') + 1).split(' ');
        if (words.every((w) => !NOT_NAME.has(w.toLowerCase())) && !overlapsGroup(start, start + m[0].length)) add(start, start + m[0].length);
      }
    }
    // Cheap gate: no capital letter after the first character, no name.
    if (!/.\p{Lu}/su.test(slice) && block.role !== 'byline') continue;
    for (const found1 of namesInBlock(slice, isPlace, bylined, unmarked)) {
      const raw = slice.slice(found1.start, found1.end);
      const { text: name, start } = tidy(raw, offset + found1.start);
      const end = start + name.length;
      if (!plausibleName(name) || overlapsGroup(start, end)) continue;
      const previous = found.get(start);
      if (!previous || previous.end < end) found.set(start, { start, end, text: name });
    }
    for (let i = unmarkedFrom; i < unmarked.length; i++) {
      unmarked[i].start += offset;
      unmarked[i].end += offset;
    }
    unmarkedFrom = unmarked.length;
  }
  // A full name the text marks as a person's somewhere is theirs wherever else it is written, also
  // in another spelling of the same name ("Police describe Mohammad Khorasani as …" after
  // "Muhammad Khurasani, the group's spokesman"; a judge's name under the signature).
  if (unmarked.length) {
    const keys = new Set<string>();
    for (const c of found.values()) {
      const key = personKey(c.text);
      if (key.includes(' ')) keys.add(key);
    }
    for (const u of unmarked) {
      const { text: name, start } = tidy(text.slice(u.start, u.end), u.start);
      const end = start + name.length;
      if (found.has(start) || !keys.has(personKey(name)) || !plausibleName(name) || overlapsGroup(start, end)) continue;
      found.set(start, { start, end, text: name });
    }
    // A name in a list with a person's ("Ayman al-Zawahiri and Saif al-Adel", "Abu Omar, Abu Yasir and
    // Qari Shakeel"): a run of two to four name words joined to a person's name by "and" or a comma.
    // (Each pass adds the runs next to those found; a list is a few names long.)
    const ends = new Map<number, number>();
    for (const c of found.values()) ends.set(c.end, c.start);
    for (let pass = 0, added = true; added && pass < 4; pass++) {
      added = false;
      for (const u of unmarked) {
        if (found.has(u.start)) continue;
        const name = text.slice(u.start, u.end);
        const words = name.split(' ');
        if (words.length > 4 || !coordinatedWithPerson(text, u.start, u.end, found, ends) || !plausibleName(name) || !words.every(listedNameWord) || isPlace(words[0]) || overlapsGroup(u.start, u.end)) continue;
        found.set(u.start, { start: u.start, end: u.end, text: name });
        ends.set(u.end, u.start);
        added = true;
      }
    }
  }
  // Turn labels of a transcript stand for the person they name ("RITU BHASIN:", "BHASIN:", "MZ:").
  for (const label of labelCandidates(doc)) if (!found.has(label.start)) found.set(label.start, label);
  // People the text names by their initials only ("identified by his initials RH, 38").
  for (const c of initialsCandidates(doc, overlapsGroup)) if (!found.has(c.start)) found.set(c.start, c);
  // Longest first at each place; drop mentions inside a longer one.
  const candidates = [...found.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const last = kept[kept.length - 1];
    if (last && c.start < last.end) continue;
    // "X alias Y": Y is X.
    // (Not after a one-word name governed by a preposition: "their commander for Tirah, who went by the name …" is the commander's.)
    if (last && ALIAS_BETWEEN.test(text.slice(last.end, c.start)) && !(last.text.indexOf(' ') < 0 && PLACE_OBJECT_BEFORE.test(text.slice(Math.max(0, last.start - 12), last.start)))) c.aliasOf = last.start;
    else if (
      c.name === undefined &&
      (PRONOUN_ALIAS_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start)) ||
        // The alias stands for someone the clause speaks of ("captioned him as Y, the nom de guerre …",
        // "Diriye, or Y as they call him"), not for a description ("a commander known as Y, a nom de guerre …").
        (ALIAS_APPOSITION_AFTER.test(text.slice(c.end, c.end + 60)) && ALIAS_OWNER_BEFORE.test(text.slice(Math.max(0, c.start - 50), c.start))))
    ) {
      // "his nom de guerre, Y", "Y, the nom de guerre under which he …", "X, or Y as they call him": Y is the person named last.
      // Past the person's own name written right before ("Diriye, or"), or the last named person nearby.
      let own = kept.length - 1;
      while (own >= 0 && (kept[own].label || kept[own].aliasOf !== undefined || kept[own].name === '')) own--;
      if (own >= 0 && c.start - kept[own].end <= PRONOUN_ALIAS_REACH) c.aliasOf = kept[own].start;
    }
    kept.push(c);
  }
  const numbers = courtNumbers(text, kept);
  if (numbers.length) {
    kept.push(...numbers);
    kept.sort((a, b) => a.start - b.start);
  }
  return linkEntities(kept, doc, overlapsAnyGroup(mentions));
}

/** An opening phrase of a sentence before its subject: "In a video, ", "On Monday, ", "Speaking in Quetta, ", "Later, ". */
const OPENING_PHRASE_BEFORE_RUN = /(?:^|[.!?]\s+|\n)(?:(?:In|On|At|During|After|Before|Later|Earlier|Speaking|Addressing|Asked|Writing|Last|This|Since|Meanwhile|Separately|Elsewhere)\b[^,.;:!?"“”\n]{0,60}|\p{Lu}\p{Ll}+ly), $/u;
/** A verb of speech or action after the subject's name ("urged", "appeared", "told", "has called"). */
const SUBJECT_VERB_AFTER_RUN = /^ (?:(?:also|later|then|again|once|has|had|personally) )?(?:said|says|told|tells|urged|urges|called|calls|warned|warns|appeared|appears|spoke|speaks|addressed|addresses|announced|announces|praised|praises|vowed|vows|threatened|threatens|insisted|denied|denies|claimed|admitted|admits|accused|accuses|condemned|condemns|pledged|pledges|asked|asks|wrote|writes|met|meets|left|fled|returned|joined|ordered|orders|led|leads|founded|recalled|recalls|argued|argues|explained|explains|added|replied)\b/;

/** A band of fighters, then who leads it or whom it is loyal to: "the faction led by ", "fighters loyal to ". */
const LED_BY_BEFORE_RUN = /\b(?:faction|factions|group|cell|cells|wing|unit|units|network|splinter group|men|gunmen|fighters|militants|militias|troops|forces|loyalists|followers|supporters|commanders)(?: (?:still|once|now|then|which is|that is|that was|which was|are|were|is|was|remain|remained))? (?:led by|headed by|commanded by|loyal to|founded by|run by) $/i;
/** Countries and capitals a band of fighters may be loyal to or led by ("militias loyal to Iran"): never a person. */
const COUNTRY_WORDS = new Set('iran turkey russia nigeria niger mali chad cameroon somalia somaliland kenya ethiopia eritrea yemen libya egypt sudan algeria morocco tunisia france britain america israel qatar jordan lebanon uzbekistan tajikistan turkmenistan china ukraine burkina mozambique congo uganda tanzania bangladesh myanmar indonesia philippines damascus riyadh ankara cairo abuja bamako mogadishu niamey ndjamena ouagadougou nairobi sanaa'.split(' '));

/** The apposition after a name (", the …" up to its end) says what a person is: a role, kin, a nationality, or who they are. */
const APPOSITION_PHRASE = /^, ([^,.;:!?"“”()\n]{1,80})/;
const PERSONAL_APPOSITION = new RegExp(String.raw`^(?:who|whose|his|her)\b|\b${APPOSED_ROLE}s?\b|\b\p{Lu}\p{Ll}+(?:ian|ese|i)\b|\b(?:man|woman|boy|girl|person|one|preacher|jihadist|veteran|native|\p{Ll}+ist)\b`, 'iu');
function personalApposition(after: string): boolean {
  const phrase = APPOSITION_PHRASE.exec(after);
  return !!phrase && PERSONAL_APPOSITION.test(phrase[1].replace(/^(?:the|a|an|its|their)\s+/i, ''));
}

/** What joins two names of a list: a comma, "and", ", and". */
const LIST_JOIN_AFTER = /^(?:,? and |, )/;
const LIST_JOIN_BEFORE = /(?:,? and |, )$/;
/** Whether the run [start, end) is joined in a list to a name already found, right after or right before it. */
function coordinatedWithPerson(text: string, start: number, end: number, found: ReadonlyMap<number, Candidate>, ends: ReadonlyMap<number, number>): boolean {
  const after = LIST_JOIN_AFTER.exec(text.slice(end, end + 6));
  if (after && found.has(end + after[0].length)) return true;
  const before = LIST_JOIN_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
  return !!before && ends.has(start - before[0].length);
}
/** A word a listed name may have: not a word of places, bodies or institutions ("Human Rights Watch", "Kunar Valley"). */
function listedNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  return !NOT_NAME.has(lower) && !OFFICE_WORDS.has(lower) && !LISTED_NOT_NAME.has(lower);
}
const LISTED_NOT_NAME = new Set(
  'watch international group crisis rights human public relations operation operations lake river sea gulf basin forest island islands mountains hills desert valley road street mosque masjid hospital town city village district area market bazaar airport province state republic north south east west central upper lower'.split(' '),
);

/** The number a court record gives an accused or a witness: "A-1", "PW-4". */
const COURT_NUMBER = /(?<![\p{L}\p{N}-])(?:A|PW|DW|CW)-\d{1,3}(?![\p{L}\p{N}-])/gu;

/**
 * The numbers a court record gives the people it names ("Tariq Hussain Gojri (A-1)", "the accused
 * A-1 Mohammad Iqbal Wani", "PW-4, Inspector Rohit Kumar Dogra"), and every later use of a number
 * ("A-1 received …") as a mention of that person. A number given to two people is nobody's.
 */
function courtNumbers(text: string, kept: readonly Candidate[]): Candidate[] {
  if (!text.includes('-') || !/(?:^|[^\p{L}])(?:A|PW|DW|CW)-\d/u.test(text)) return [];
  const uses: { start: number; end: number; number: string }[] = [];
  COURT_NUMBER.lastIndex = 0;
  for (let m = COURT_NUMBER.exec(text); m; m = COURT_NUMBER.exec(text)) uses.push({ start: m.index, end: m.index + m[0].length, number: m[0] });
  if (uses.length === 0) return [];
  /** Number -> the person's name it is given to (its identity key) and where it is first written; null when given to two. */
  const owner = new Map<string, { key: string; at: number } | null>();
  const starts = kept.map((c) => c.start);
  const give = (number: string, c: Candidate) => {
    const name = c.aliasOf === undefined ? c : kept[countBelow(starts, c.aliasOf)];
    const key = personKey(name.name || name.text);
    const had = owner.get(number);
    if (had === undefined) owner.set(number, { key, at: name.start });
    else if (had && had.key !== key) owner.set(number, null);
  };
  for (const u of uses) {
    // The name right after the number ("A-1 Tariq …", "PW-4, Inspector …"), or right before it in brackets ("… Gojri (A-1)").
    const i = countBelow(starts, u.end);
    const next = kept[i];
    if (next && /^,? $/.test(text.slice(u.end, next.start))) give(u.number, next);
    const previous = kept[i - 1];
    if (previous && previous.end <= u.start && text.slice(previous.end, u.start) === ' (' && text[u.end] === ')') give(u.number, previous);
  }
  const out: Candidate[] = [];
  for (const u of uses) {
    const of = owner.get(u.number);
    if (!of) continue;
    out.push({ start: u.start, end: u.end, text: u.number, aliasOf: of.at });
  }
  return out;
}

/** Capitals of two to four letters written as a word: initials, or an acronym. */
const INITIALS_WORD = /(?<![\p{L}\p{N}'’.\/-])\p{Lu}{2,4}(?![\p{L}\p{N}'’\/-])/gu;
/** What marks initials as a person's: an age, an alias, a naming phrase, a role in apposition. */
const INITIALS_AFTER = /^(?:,? \(?\d{1,2}\)?[,;.)]|, an? \d{1,2}-year-old\b| alias\b| (?:aka|a\.k\.a\.)\b)/;
const INITIALS_BEFORE = /(?:\b(?:suspects?|detainees?|accused|convicts?|identified as|named|initials?:?|alias)|\b(?:suspect|detainee|accused|convict|victim|woman|man|member), )\s?$/;
/** Acronyms that are never a person's initials. */
const NOT_INITIALS = new Set('UN US USA UK EU AU NATO ID TV AK IED IEDS SIM GPS PM AM CEO DNA VIP NGO FIR DPO SSP IGP DIG SHO CTD RPO NIA CID FBI CIA ISI NDS'.split(' '));

/**
 * People the text names only by their initials ("MS, 29; AR alias Abu Fatih", "identified by his
 * initials RH", "Another suspect, SN, a 24-year-old woman"), as Indonesian and some Indian reporting
 * does. Only in a document that speaks of initials; a word of capitals counts when an age, an alias,
 * a naming phrase or a role in apposition marks it, or when it sits in the sentence that speaks of
 * initials. Group acronyms are groups'.
 */
function initialsCandidates(doc: DocumentModel, inGroup: (start: number, end: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  if (!doc.lower.includes('initial') || !/\binitials?\b/.test(doc.lower)) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const speaksOfInitials = /\binitials?\b/.test(doc.lower.slice(sentence.start, sentence.end));
    INITIALS_WORD.lastIndex = 0;
    for (let m = INITIALS_WORD.exec(text); m; m = INITIALS_WORD.exec(text)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (NOT_INITIALS.has(m[0]) || inGroup(start, end)) continue;
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
      const marked = INITIALS_AFTER.test(after) || INITIALS_BEFORE.test(before);
      const listed = speaksOfInitials && /^(?:[,;.:)]|\s(?:and|alias)\b|$)/.test(after) && !/\p{Lu}{2,}\s$/u.test(before);
      if (marked || listed) out.push({ start, end, text: m[0] });
    }
  }
  return out;
}

/**
 * The turn labels of a transcript that name a person, as candidates keyed by the name the labels
 * resolve to ("BHASIN" → Ritu Bhasin after a "RITU BHASIN:" turn). Roles ("MODERATOR"), outlets and
 * "Q"/"A" name nobody; initials no turn spells out are resolved against the names in the text later.
 */
function labelCandidates(doc: DocumentModel): Candidate[] {
  const out: Candidate[] = [];
  if (!doc.interview) return out;
  for (const turn of doc.interview.turns) {
    const block = doc.blocks[turn.block];
    if (!block.label || block.continued) continue;
    const speaker = turn.speaker;
    if (ROLE_LABEL.test(speaker) || !/^\p{Lu}[\p{L}'’.-]+(?: (?:\p{Lu}[\p{L}'’.-]+|al|bin|ul|ud|de|van|von)){1,4}$/u.test(speaker)) {
      // Initials or a surname in capitals: resolved once the names are known.
      // A surname in title case ("Kolo:", "Mujahid:"), as transcripts label a speaker named in full before.
      if (!ROLE_LABEL.test(speaker) && (/^\p{Lu}[\p{Lu}.'’-]{1,20}$/u.test(block.label.text) || /^\p{Lu}\p{Ll}[\p{Ll}'’-]{1,20}$/u.test(block.label.text))) out.push({ start: block.label.start, end: block.label.end, text: block.label.text, name: '', label: true });
      continue;
    }
    // A description in parentheses after a name is not part of it ("Mr. Joseph Kiprono Limo (Deputy
    // Inspector-General, …)"); an office's holder named in parentheses is the name ("The Chairperson (Sen. Grace Wanjiru Kamau)").
    let label = { text: block.label.text, start: block.label.start };
    let name = speaker;
    const paren = /\s*\(([^)]*)\)\s*$/.exec(label.text);
    if (paren && /\p{Ll}/u.test(label.text)) {
      const inner = paren[1].trim();
      const innerStart = label.start + paren.index + paren[0].indexOf(inner);
      // A questioner named with an outlet ("QUESTION (Nadia Saleem, Geo News)"): the name.
      if (inner.startsWith(speaker + ',')) label = { text: speaker, start: innerStart };
      // An outlet's label with its interviewer in parentheses ("Lake Chad Ledger (Chinedu Okafor)"): the interviewer.
      else if (label.text.slice(0, paren.index) === speaker && !inner.includes(speaker) && PERSON_IN_PARENS.test(inner) && plausibleName(inner)) label = { text: (name = inner), start: innerStart };
      else label = inner.endsWith(speaker) || inner === speaker ? { text: inner, start: innerStart } : { text: label.text.slice(0, paren.index), start: label.start };
    }
    // "NAZ OTHMAN, ANCHOR": the name before the comma.
    const comma = label.text.indexOf(', ');
    if (comma > 0 && !/\p{Ll}/u.test(label.text)) label = { text: label.text.slice(0, comma), start: label.start };
    // An office before the name ("INSPECTOR GENERAL OF POLICE …", "LT GEN (RETD) …") is not part of it; one title is ("IGP DURRANI").
    const words = label.text.split(' ');
    let i = 0;
    while (i < words.length - 2 && (LABEL_OFFICE.test(words[i]) || OFFICE_WORDS.has(words[i].toLowerCase()) || TITLE_SINGLE.has(words[i].toLowerCase().replace(/\./g, '')))) i++;
    const skip = i >= 2 ? words.slice(0, i).join(' ').length + 1 : 0;
    // An outlet's label ("The Valley Ledger (VL)") names nobody; an office's label standing for its holder ("The Chairperson") does.
    if (label.text === speaker && !plausibleName(label.text.slice(skip))) continue;
    out.push({ start: label.start + skip, end: label.start + label.text.length, text: label.text.slice(skip), name, label: true });
  }
  return out;
}
/** A name of two to four capitalised words, nothing else: "Chinedu Okafor", "Dr. Jane Doe". */
const PERSON_IN_PARENS = /^(?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,3}$/u;
/** Parts of an office in a capitalised label: "OF", "(RETD)", "(CTD)", abbreviations ("IG", "DIG"). */
const LABEL_OFFICE = /^(?:OF|\([^)]*\)|I\.?G\.?P?|D\.?I\.?G|A\.?I\.?G|SSP|SP|DSP|DPO|CCPO|SHO)$/;

/** Name words too common to stand for one person on their own ("Muhammad", "Khan"): never scanned as short forms. */
const COMMON_GIVEN = new Set(
  'muhammad mohammad mohammed ahmad ahmed ali abdul abdur abd syed sayed mir khan shah gul jan noor nur bibi begum'.split(' '),
);
const PARTICLES = /^(?:al|el|bin|ibn|ul|ud|ur|abu|ag|ould|bint|de|van|von)$/i;
/** A name's own words: without particles ("al", "bin") and honorifics ("Mufti", "Haji"). */
function ownNameWords(name: string): string[] {
  return nameWords(name).filter((w) => !PARTICLES.test(w) && !HONORIFICS.has(w.toLowerCase()));
}
// Fixed expressions for the checks linkEntities makes per entity and form (the bundle turns an
// inline /\p{…}/u into a RegExp constructed at each call).
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_CAPITALISED = /^\p{Lu}\p{Ll}/u;
const HAS_LOWER = /\p{Ll}/u;
const INITIALS = /^\p{Lu}{2,4}$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A word that picks one of two people sharing a surname: "the elder Dar", "the younger al-Sharaa". */
const SURNAME_QUALIFIER_BEFORE = /\b(?:elder|younger|older|senior|junior|other|latter|former)\s$/i;
/** A surname as a short form is written: one word, or one word after its particle ("al-Sharaa"); folded key words. */
function isSurnameForm(words: readonly string[]): boolean {
  return words.length === 1 || (words.length === 2 && words[0] === 'al');
}
/** A folded surname without its particle: "al sharaa" and "sharaa" are one. */
function surnameKey(key: string): string {
  return key.startsWith('al ') ? key.slice(3) : key;
}

/**
 * Groups mentions into entities: a full name makes an entity; a shorter form joins the entity
 * whose name contains all its words (the most recent one when several do); a turn label joins the
 * name it resolves to; "X alias Y" makes Y a form of X. Later bare uses of a known surname
 * ("Hekmatyar", "Rahman" after "Mr Rahman") or of a distinctive given name ("Shabir, do you
 * agree?") are found in the text too.
 *
 * `candidates` do not overlap (findPeople keeps the longest at each place). Every look-up goes
 * through an index (entities by word, full-name positions by entity, taken ranges by position,
 * labels by text), so a document costs about n·log n in its person mentions rather than n².
 */
function linkEntities(candidates: Candidate[], doc: DocumentModel, inGroup: (start: number, end: number) => boolean): DocumentPeople {
  const entities: PersonEntity[] = [];
  const entityWords: string[][] = [];
  /** Word -> entities whose key has it, in ascending order (each once). */
  const entitiesByWord = new Map<string, number[]>();
  /** Entity -> starts of its mentions written with more than one word, so far. */
  const fullStarts: number[][] = [];
  const formSets: Set<string>[] = [];
  const mentions: PersonMention[] = [];
  const entityAt = new Map<number, number>();
  const addForm = (entity: number, form: string) => {
    if (formSets[entity].has(form)) return;
    formSets[entity].add(form);
    entities[entity].forms.push(form);
  };
  /** Of several people, the one whose full name was written last before `at`. */
  const nearestFull = (candidates: number[], at: number): number => {
    // Mention starts are distinct (candidates do not overlap), so the latest one is unique.
    let best = candidates[0];
    let bestAt = -1;
    for (const e of candidates) for (const s of fullStarts[e]) if (s < at && s > bestAt) [best, bestAt] = [e, s];
    return best;
  };
  /** A candidate as a mention of `entity` (its form recorded once). */
  const addMention = (entity: number, c: Candidate) => {
    addForm(entity, c.text);
    mentions.push({ start: c.start, end: c.end, text: c.text, entity });
    entityAt.set(c.start, entity);
  };
  const createEntity = (c: Candidate, words: string[]): number => {
    const entity = entities.length;
    entities.push({ name: c.name ?? withoutTitles(c.text), key: words.join(' '), forms: [] });
    entityWords.push(words);
    fullStarts.push([]);
    formSets.push(new Set());
    for (const w of words) {
      const list = entitiesByWord.get(w);
      if (!list) entitiesByWord.set(w, [entity]);
      else if (list[list.length - 1] !== entity) list.push(entity);
    }
    return entity;
  };
  const spelledAlike = (words: string[]): number => {
    let found = -1;
    for (let i = 0; i < entities.length; i++) {
      let own = entityWords[i];
      while (own.length > 1 && HONORIFICS.has(own[0])) own = own.slice(1);
      // A given name and surname without the middle name ("Abdighani Warsame" for "Abdiqani Hussein Warsame").
      const dropped = words.length === 2 && own.length === 3 && own[2] === words[1] && sameNameWord(own[0], words[0]);
      // A given name without its "-ullah" or "-uddin" ("Asad Wazirwal" for "Asadullah Wazirwal").
      const same = (x: string, k: number) => x === words[k] || sameNameWord(x, words[k]) || (k === 0 && shortenedGivenName(x, words[k]));
      if (!dropped && (own.length !== words.length || !own.every(same))) continue;
      if (found >= 0) return -1;
      found = i;
    }
    return found;
  };
  /** Key of a name given as an alias -> where it is first given. */
  const aliasAt = new Map<string, number>();
  for (const c of candidates) {
    if (c.aliasOf === undefined) continue;
    const key = personKey(c.text);
    if (!aliasAt.has(key)) aliasAt.set(key, c.start);
  }
  const deferred: { c: Candidate; words: string[] }[] = [];
  const sharedShort: { c: Candidate; among: number[]; key: string; titled: boolean }[] = [];
  /** Starts of turn labels: they stand for a speaker but are nobody's antecedent. */
  const labelStarts = new Set(candidates.filter((c) => c.label).map((c) => c.start));
  /**
   * Of several people who share a surname, the one the text already called by it alone before any
   * of the others came in ("Ahmed al-Sharaa … al-Sharaa … his brother Maher al-Sharaa … President
   * al-Sharaa"): a writer names the newcomer in full and keeps the surname for the person it
   * already stood for. -1 when there is none. Read from the text once per surname: the surname
   * written alone (with its particle or a title, not inside a fuller name) between the first
   * person's first mention and the next one's.
   */
  const ownerOfSurname = new Map<string, number>();
  const sharedShortOwner = (among: readonly number[], key: string, at: number): number => {
    // "the elder Dar", "the younger Sharaa": the text tells the two apart itself; whoever was named last.
    if (SURNAME_QUALIFIER_BEFORE.test(doc.text.slice(Math.max(0, at - 20), at))) return -1;
    const surname = surnameKey(key);
    const cacheKey = surname + '|' + [...among].sort((a, b) => a - b).join(',');
    let owner = ownerOfSurname.get(cacheKey);
    if (owner === undefined) {
      owner = -1;
      const first = among.map((e) => {
        let f = Infinity;
        for (const m of mentions) if (m.entity === e && m.start < f && !labelStarts.has(m.start)) f = m.start;
        return f;
      });
      const order = among.map((e, i) => ({ e, f: first[i] })).sort((a, b) => a.f - b.f);
      if (order.length > 1 && order[0].f < order[1].f && order[1].f < Infinity) {
        const written = ownNameWords(entities[order[0].e].name).find((w) => personKey(w) === surname);
        if (written) {
          const from = order[0].f;
          const to = order[1].f;
          const fuller = mentions.filter((m) => m.start < to && m.end > from && ownNameWords(withoutTitles(m.text)).length >= 2);
          let i = doc.text.indexOf(written, from);
          while (i >= 0 && i < to && owner < 0) {
            const end = i + written.length;
            const alone = !WORD_CHAR.test(doc.text[i - 1] ?? ' ') && !WORD_CHAR.test(doc.text[end] ?? ' ');
            if (alone && !fuller.some((m) => m.start <= i && end <= m.end)) owner = order[0].e;
            i = doc.text.indexOf(written, end);
          }
        }
      }
      ownerOfSurname.set(cacheKey, owner);
    }
    return owner;
  };
  // Longer names first, so "Hekmatyar" joins "Gulbuddin Hekmatyar" wherever each comes.
  const keyed = candidates.filter((c) => c.name !== '' && c.aliasOf === undefined).map((c) => ({ c, words: personKey(c.name ?? c.text).split(' ').filter(Boolean) }));
  keyed.sort((a, b) => b.words.length - a.words.length || a.c.start - b.c.start);
  for (const { c, words } of keyed) {
    if (words.length === 0) continue;
    // A short form ("Ms Qureshi") joins the person it names; of two with that name, the one named last
    // before it, and never one the text calls by the other title ("Mr" against "Ms").
    // An honorific of address before a short form ("Sheikh Faris", "Mawlawi Ehsanullah") is matched without it.
    let bare = words;
    while (bare.length > 1 && HONORIFICS.has(bare[0])) bare = bare.slice(1);
    // "Mufti Sahib", "Maulana Sahab": an honorific and a word of respect stand for the person the text
    // gave that honorific (the one named last before, of several).
    if (words.length === 2 && bare.length === 1 && RESPECT_WORDS.has(bare[0])) {
      const rank = rankOf(c.text);
      const honoured: number[] = [];
      if (rank) for (let i = 0; i < entities.length; i++) if (entities[i].forms.some((f) => rankOf(f) === rank)) honoured.push(i);
      if (honoured.length) {
        addMention(nearestFull(honoured, c.start), c);
        continue;
      }
    }
    const matching = (entitiesByWord.get(bare[0]) ?? []).filter((i) => bare.every((w) => entityWords[i].includes(w)));
    // One name ("Governor Hussein", "Farah said") may be someone's surname spelt another way ("Cali Gaabow Xuseen").
    if (bare.length === 1 && (matching.length === 0 || c.text.indexOf(' ') > 0)) {
      for (let i = 0; i < entities.length; i++) {
        const own = entityWords[i];
        if (own.length >= 2 && own[own.length - 1] !== bare[0] && !matching.includes(i) && sameNameWord(own[own.length - 1], bare[0])) matching.push(i);
      }
    }
    const title = /^(mr|mrs|ms|miss)\b/i.exec(c.text)?.[1].toLowerCase();
    const compatible = matching.filter((i) => !title || !entities[i].forms.some((f) => (title === 'mr' ? /^(?:mrs|ms|miss)\b/i : /^mr\b/i).test(f)));
    // A short form with a rank or office ("Maj. Hassan", "Governor Ibrahim"): of several people with
    // the name, the ones the text gives that title ("Maj. Abdikadir Mohamed Hassan", not "Shukri Hassan").
    const rank = compatible.length > 1 && !title ? rankOf(c.text) : null;
    const ranked = rank ? compatible.filter((i) => entities[i].forms.some((f) => rankOf(f) === rank) || fullStarts[i].some((s) => rankBefore(doc.lower, s, rank))) : [];
    let among = ranked.length ? ranked : compatible;
    // One name, with a title or without ("Alhaji Modu", "Dr Monguno", "Farah said"), names a person by
    // the surname, not by another's given or middle name ("Hassan Farah Gedi").
    if (among.length > 1 && bare.length === 1) {
      const titled = c.text.indexOf(' ') > 0;
      // Untitled, the word may be a given name too ("Omar"): only a middle name gives way ("Farah" of "Hassan Farah Gedi").
      const bySurname = among.filter((i) => (titled ? sameNameWord(entityWords[i][entityWords[i].length - 1], bare[0]) : entityWords[i].indexOf(bare[0]) === 0 || entityWords[i][entityWords[i].length - 1] === bare[0]));
      if (bySurname.length) among = bySurname;
    }
    // One name several people share ("Mehsud" after "Baitullah Mehsud" and "Mufti Noor Wali Mehsud",
    // "al-Sharaa" or "President al-Sharaa" after "Ahmed al-Sharaa" and "Maher al-Sharaa"): decided once
    // every form is placed, by whoever was named last before it in any form of their own ("Noor Wali"),
    // unless the text called one of them by it before the other came in (sharedShortOwner).
    // ("Mr Rahman" and "Ms Rahman" are decided at once, by the full name last before: their title tells the two apart.)
    if (among.length > 1 && isSurnameForm(bare) && (c.text.indexOf(' ') < 0 || (!title && ranked.length === 0))) {
      sharedShort.push({ c, among, key: bare.join(' '), titled: c.text.indexOf(' ') > 0 });
      continue;
    }
    let entity = among.length <= 1 ? (among[0] ?? -1) : nearestFull(among, c.start);
    // A full name spelt another way in the same text ("Yusuf Abdi Shirwa" after "Yusuf Cabdi
    // Shirwac", "Abdullahi Ali Hasan" after "Cabdullahi Cali Xasan"): the one person whose name has
    // as many words, each a transliteration of this one's in order.
    if (entity < 0 && bare.length >= 2) entity = spelledAlike(bare);
    if (entity < 0 && aliasAt.has(words.join(' '))) {
      // A name the text gives as someone's alias ("AR alias Abu Fatih", then "Abu Fatih is …"): theirs, once the alias is placed.
      deferred.push({ c, words });
      continue;
    }
    if (entity < 0) entity = createEntity(c, words);
    addMention(entity, c);
    if (c.text.indexOf(' ') > 0 && !c.label) fullStarts[entity].push(c.start);
  }
  // Names given as another's alias, and labels resolved by initials or surname ("MZ", "YOUSAFZAI").
  // A transcript repeats its labels at every turn: each label text is resolved once.
  const labelEntity = new Map<string, number>();
  /** Names given as another's alias, by entity ("Abu Mohammad al-Julani" of Ahmed al-Sharaa): forms, never the name shown. */
  const aliasNames = new Map<number, string[]>();
  const addAlias = (entity: number, c: Candidate) => {
    addMention(entity, c);
    aliasNames.set(entity, [...(aliasNames.get(entity) ?? []), c.text]);
  };
  /** Aliases of a short form decided later (a surname several people share): placed once it is. */
  const lateAliases: Candidate[] = [];
  for (const c of candidates) {
    if (c.aliasOf !== undefined) {
      const of = entityAt.get(c.aliasOf);
      if (of !== undefined) addAlias(of, c);
      else lateAliases.push(c);
    } else if (c.name === '') {
      let entity = labelEntity.get(c.text);
      if (entity === undefined) labelEntity.set(c.text, (entity = entityForLabel(entities, c.text)));
      if (entity >= 0) addMention(entity, c);
    }
  }
  for (const { c, words } of deferred) {
    const of = entityAt.get(aliasAt.get(words.join(' '))!);
    addMention(of ?? createEntity(c, words), c);
  }
  // Bare surnames and distinctive given names of known people elsewhere in the text ("Rahman said",
  // "Thank you, Ritu"). Two people with one surname ("Farhan Qureshi", "Sadia Qureshi"): the one
  // named most recently before.
  const surnames = new Map<string, number[]>();
  const given = new Map<string, number[]>();
  const lowerWords = lowerCaseWordTest(doc.text);
  /** Each person's own name words, read once for the scan below. */
  const ownWords = entities.map((e) => ownNameWords(e.name));
  entities.forEach((e, i) => {
    const words = ownWords[i];
    const last = words[words.length - 1];
    if (words.length >= 2 && last && last.length >= 3 && STARTS_UPPER.test(last)) surnames.set(last, [...(surnames.get(last) ?? []), i]);
    // The last word of a name given as their alias ("Julani" of "Abu Mohammad al-Julani") is theirs too.
    for (const alias of aliasNames.get(i) ?? []) {
      const own = ownNameWords(alias);
      const end = own[own.length - 1];
      if (own.length >= 2 && end && end !== last && end.length >= 3 && STARTS_UPPER.test(end) && !(surnames.get(end) ?? []).includes(i)) surnames.set(end, [...(surnames.get(end) ?? []), i]);
    }
    const first = words[0];
    if (words.length >= 2 && first && first.length >= 3 && STARTS_CAPITALISED.test(first) && !COMMON_GIVEN.has(first.toLowerCase())) given.set(first, [...(given.get(first) ?? []), i]);
    // After a common first part of three words or more ("Abdul Hakeem Dawar", "Muhammad Zubair Khan") the person is called by the second ("Hakeem").
    const second = words.length >= 3 && first && COMMON_GIVEN.has(first.toLowerCase()) ? words[1] : '';
    if (second.length >= 4 && STARTS_CAPITALISED.test(second) && !COMMON_GIVEN.has(second.toLowerCase())) given.set(second, [...(given.get(second) ?? []), i]);
    // A person known by one name ("Ehsanullah", "Basir") or by initials ("MS"): later bare uses of it are theirs.
    const single = words.length === 1 && first;
    if (single && ((single.length >= 4 && STARTS_CAPITALISED.test(single) && !COMMON_GIVEN.has(single.toLowerCase()) && !NOT_NAME.has(single.toLowerCase())) || INITIALS.test(single))) {
      given.set(single, [...(given.get(single) ?? []), i]);
    }
  });
  for (const [word, owners] of [...given]) {
    // A given name shared by two people, also a surname, or a common word written in lower case somewhere ("Hope") is not scanned.
    if (owners.length > 1 || surnames.has(word) || lowerWords(word)) given.delete(word);
  }
  if (surnames.size || given.size) {
    /** Per surname shared by several people: the starts of their full mentions, in order, and whose each is. */
    const shared = new Map<string, { starts: number[]; entities: number[] }>();
    /** Whose `word` (a surname, or a given name of one person only) is at `at`: of several, the one named in full last before. */
    const nearestBefore = (word: string, at: number): number => {
      const candidates = surnames.get(word) ?? given.get(word)!;
      if (candidates.length === 1) return candidates[0];
      let list = shared.get(word);
      if (!list) {
        list = { starts: [], entities: [] };
        // The person named last before: in full, or by a form of their own ("Noor Wali" for "Noor Wali Mehsud"), not the shared word itself.
        // (The mentions placed so far, this scan's too; later ones of the scan join the list as they are found.)
        for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
          if (!candidates.includes(m.entity) || m.text === word || labelStarts.has(m.start)) continue;
          list.starts.push(m.start);
          list.entities.push(m.entity);
        }
        shared.set(word, list);
      }
      const owner = sharedShortOwner(candidates, personKey(word), at);
      if (owner >= 0) return owner;
      const before = countBelow(list.starts, at);
      return before > 0 ? list.entities[before - 1] : candidates[0];
    };
    // The mentions found so far, by position; they do not overlap, so their ends are in order too.
    // Short forms several people share are decided after the scan (below): their places are taken too.
    const taken = [...mentions, ...sharedShort.map((d) => d.c)].map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
    const takenEnds = taken.map(([, e]) => e);
    const overlapsTaken = (start: number, end: number): boolean => {
      const i = countBelow(takenEnds, start + 1); // first taken range ending after `start`
      return i < taken.length && taken[i][0] < end;
    };
    // "al-Saadi", "Al-Saadi's": a surname with its particle (the finder allows one).
    const find = surnameFinder([...surnames.keys(), ...given.keys()]);
    for (const block of doc.blocks) {
      if (block.role === 'chrome' || block.role === 'caption') continue;
      const slice = doc.text.slice(block.contentStart, block.end);
      for (const m of find(slice)) {
        const start = block.contentStart + m.index;
        const end = start + m.text.length;
        if (overlapsTaken(start, end) || inGroup(start, end)) continue;
        const entity = nearestBefore(m.surname, start);
        // The same person's given name spelt another way before the surname ("Ubaidullah Jalali" after "Obaidullah Jalali").
        let from = start;
        if (surnames.has(m.surname) && m.text === m.surname) {
          const variant = VARIANT_BEFORE.exec(slice.slice(Math.max(0, m.index - 30), m.index));
          const own = ownWords[entity];
          if (variant && own.length >= 2 && variant[1] !== own[0] && (sameNameWord(variant[1], own[0]) || shortenedGivenName(own[0].toLowerCase(), variant[1].toLowerCase())) && !overlapsTaken(start - variant[0].length, start)) from = start - variant[0].length;
          // Another given name before the surname ("Shukri Hassan" after "Maj. Abdikadir Mohamed Hassan"): someone else's name.
          else if (variant && from === start && !own.includes(variant[1]) && !namePrefixWord(variant[1])) continue;
        } else if (given.has(m.surname) && m.text === m.surname) {
          // A given name after the person's own first name ("Noor Wali" for "Mufti Noor Wali Mehsud"): the two words are the form.
          const before = VARIANT_BEFORE.exec(slice.slice(Math.max(0, m.index - 30), m.index));
          const own = ownWords[entity];
          const at = own.indexOf(m.surname);
          if (before && at > 0 && own[at - 1] === before[1] && !overlapsTaken(start - before[0].length, start)) from = start - before[0].length;
        }
        const text = doc.text.slice(from, end);
        addForm(entity, text);
        mentions.push({ start: from, end, text, entity });
        for (const [word, list] of shared) {
          if (text === word || !(surnames.get(word) ?? given.get(word))!.includes(entity)) continue;
          const k = countBelow(list.starts, from);
          list.starts.splice(k, 0, from);
          list.entities.splice(k, 0, entity);
        }
      }
    }
  }
  if (sharedShort.length) {
    const placed = [...mentions].sort((a, b) => a.start - b.start);
    const placedStarts = placed.map((m) => m.start);
    sharedShort.sort((a, b) => a.c.start - b.c.start);
    for (const { c, among, key, titled } of sharedShort) {
      const below = countBelow(placedStarts, c.start);
      // The scan of bare surnames may have placed it already.
      if (below < placed.length && placedStarts[below] === c.start) continue;
      let entity = sharedShortOwner(among, key, c.start);
      if (entity < 0) {
        entity = nearestFull(among, c.start);
        // A titled form ("Mr Rahman") is the one named in full last before; a bare one, whoever was named last in any form.
        for (let i = titled ? -1 : below - 1; i >= 0; i--) {
          const m = placed[i];
          if (m.text !== c.text && among.includes(m.entity) && !labelStarts.has(m.start)) {
            entity = m.entity;
            break;
          }
        }
      }
      addMention(entity, c);
    }
  }
  for (const c of lateAliases) {
    const of = entityAt.get(c.aliasOf!);
    if (of !== undefined) addAlias(of, c);
    else addMention(createEntity(c, personKey(c.text).split(' ').filter(Boolean)), c);
  }
  // A shorter form of someone's alias written on its own ("al-Julani", "Julani" after "Abu Mohammad
  // al-Julani" was given as Ahmed al-Sharaa's nom de guerre) made a person of its own: it is theirs.
  const merged = mergeAliasForms(entities, aliasNames);
  if (merged) for (const m of mentions) m.entity = merged[m.entity];
  for (const e of entities) {
    // The fullest form names the entity (a turn label's resolved name counts as written).
    const fullest = [e.name, ...e.forms.map(withoutTitles)].filter((f) => HAS_LOWER.test(f)).sort((a, b) => nameWords(b).length - nameWords(a).length)[0];
    if (fullest) e.name = fullest;
  }
  mentions.sort((a, b) => a.start - b.start);
  if (!merged) return { mentions, entities };
  // Entities merged into another are dropped; the others keep their order.
  const kept = entities.filter((_, i) => merged[i] === i);
  const index = new Map(kept.map((e, i) => [e, i]));
  for (const m of mentions) m.entity = index.get(entities[m.entity])!;
  return { mentions, entities: kept };
}

/**
 * Entities that are a shorter form of another's alias, written on their own ("al-Julani", "Julani"
 * for the alias "Abu Mohammad al-Julani"): each own name word a spelling of one of the alias's,
 * the last one its last. Their forms join the alias's owner. Returns, per entity, the entity it is
 * now (itself when kept), or null when nothing merged.
 */
function mergeAliasForms(entities: PersonEntity[], aliasNames: ReadonlyMap<number, string[]>): number[] | null {
  if (aliasNames.size === 0) return null;
  const into = entities.map((_, i) => i);
  let any = false;
  for (const [owner, aliases] of aliasNames) {
    for (const alias of aliases) {
      const words = ownNameWords(alias);
      if (words.length < 2) continue;
      const last = words[words.length - 1];
      for (let i = 0; i < entities.length; i++) {
        if (i === owner || into[i] !== i || aliasNames.has(i)) continue;
        const own = ownNameWords(entities[i].name);
        if (own.length === 0 || own.length >= words.length || !sameNameWord(own[own.length - 1], last)) continue;
        if (!own.every((w) => words.some((a) => sameNameWord(w, a)))) continue;
        into[i] = owner;
        for (const f of entities[i].forms) if (!entities[owner].forms.includes(f)) entities[owner].forms.push(f);
        any = true;
      }
    }
  }
  return any ? into : null;
}

/**
 * The entity a label that no turn spells out stands for: initials ("ZM") or a surname in capitals
 * ("MUJAHID") of someone the document names in full; -1 when none or several.
 */
function entityForLabel(entities: readonly PersonEntity[], label: string): number {
  const bare = label.replace(/\./g, '');
  let found = -1;
  /** Two initials for a name of three words or more: the first and the last ("ZD" for Zainab Mamman Dikwa), when no name has exactly these initials. */
  let firstAndLast = -1;
  let firstAndLastCount = 0;
  for (let i = 0; i < entities.length; i++) {
    const words = ownNameWords(entities[i].name);
    if (words.length < 2) continue;
    const initials = INITIALS.test(bare) && words.map((w) => w[0].toUpperCase()).join('') === bare;
    if (initials || words[words.length - 1].toLowerCase() === bare.toLowerCase()) {
      if (found >= 0) return -1;
      found = i;
    } else if (bare.length === 2 && words.length >= 3 && INITIALS.test(bare) && words[0][0].toUpperCase() === bare[0] && words[words.length - 1][0].toUpperCase() === bare[1]) {
      firstAndLast = i;
      firstAndLastCount++;
    }
  }
  return found >= 0 ? found : firstAndLastCount === 1 ? firstAndLast : -1;
}

/** Ranks and offices written before a short form, abbreviated or not, as one word ("Maj." and "Major" are "major"). */
const RANK_WORDS: Record<string, string> = {
  maj: 'major', major: 'major', gen: 'general', general: 'general', col: 'colonel', colonel: 'colonel', capt: 'captain', captain: 'captain',
  brig: 'brigadier', brigadier: 'brigadier', lt: 'lieutenant', lieutenant: 'lieutenant', sgt: 'sergeant', sergeant: 'sergeant',
  gov: 'governor', governor: 'governor', sen: 'senator', senator: 'senator', insp: 'inspector', inspector: 'inspector',
  supt: 'superintendent', superintendent: 'superintendent', prof: 'professor', professor: 'professor', dr: 'dr', judge: 'judge', justice: 'judge',
  commander: 'commander', commissioner: 'commissioner', mayor: 'mayor', minister: 'minister', president: 'president', ambassador: 'ambassador', barrister: 'barrister',
  alhaji: 'alhaji', alhaja: 'alhaja', hajiya: 'hajiya', mallam: 'mallam', malam: 'mallam', maulana: 'maulana', mufti: 'mufti', hafiz: 'hafiz',
  qari: 'qari', sheikh: 'sheikh', haji: 'haji', mawlawi: 'mawlawi', maulvi: 'mawlawi',
};
/** Words of respect written after an honorific in place of the name ("Mufti Sahib", "Qari Sahab"); folded. */
const RESPECT_WORDS = new Set(['sahib', 'sahab', 'saheb', 'sb', 'ji']);
/** The rank or office a form opens with ("Maj. Hassan" → "major"), null when none. */
function rankOf(form: string): string | null {
  const sp = form.indexOf(' ');
  return sp > 0 ? (RANK_WORDS[form.slice(0, sp).toLowerCase().replace(/\.$/, '')] ?? null) : null;
}
/** Whether the text gives the rank just before a mention ("Bay region governor Mohamed Nur Ibrahim", "Maj. Abdikadir …"). */
function rankBefore(lower: string, at: number, rank: string): boolean {
  const before = lower.slice(Math.max(0, at - 30), at);
  for (const [word, full] of Object.entries(RANK_WORDS)) if (full === rank && new RegExp(String.raw`\b${word}\.?,? (?:[\p{Ll}-]+ )?$`, 'u').test(before)) return true;
  return false;
}
/** A capitalised word that may stand before someone's surname without being another person's given name: a title, an office, an honorific, a sentence word. */
function namePrefixWord(word: string): boolean {
  const lower = word.toLowerCase();
  return NOT_NAME.has(lower) || TITLE_SINGLE.has(lower) || OFFICE_WORDS.has(lower) || HONORIFICS.has(lower) || lower in RANK_WORDS || /^(?:mr|mrs|ms|miss|dr)$/.test(lower);
}

/** The capitalised word right before a surname (the person's given name, perhaps spelt another way). */
const VARIANT_BEFORE = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’]+) $/u;

/** What may not come before a surname (or its title). */
const WORD_GOES_BACK = /[\p{L}\p{N}'’-]/uy;
/** What may not follow a surname. */
const WORD_GOES_ON = /[\p{L}\p{N}-]/uy;
const TITLE_BEFORE_SURNAME = ['Mr', 'Mrs', 'Ms', 'Dr'];
const STARTS_WITH_LETTER = /^\p{L}/u;
/**
 * Where a particle joined to a surname by a hyphen ("al-", "Al‐", "ash-"), or a Tuareg or Moorish
 * one written apart ("ag ", "Ag ", "Ould "), starting at `at` ends, -1 when there is none:
 * `(?:[Aa][lrsdn]|[Ee]l|[Aa]sh)[-‐]|[Aa]g |[Oo]uld `, read by code units.
 */
function particleEnd(text: string, at: number): number {
  const first = text.charCodeAt(at) | 0x20; // lower-cased when a letter
  // "Ould ", "ould "
  if (first === 0x6f) return text.charCodeAt(at + 1) === 0x75 && text.charCodeAt(at + 2) === 0x6c && text.charCodeAt(at + 3) === 0x64 && text.charCodeAt(at + 4) === 0x20 ? at + 5 : -1;
  if (first !== 0x61 && first !== 0x65) return -1; // a, e
  const second = text.charCodeAt(at + 1);
  // "ag ", "Ag "
  if (first === 0x61 && second === 0x67 && text.charCodeAt(at + 2) === 0x20) return at + 3;
  const hyphen = (unit: number) => unit === 0x2d || unit === 0x2010; // '-', '‐'
  if (first === 0x61) {
    // l, r, s, d, n; "ash"
    if ((second === 0x6c || second === 0x72 || second === 0x73 || second === 0x64 || second === 0x6e) && hyphen(text.charCodeAt(at + 2))) return at + 3;
    if (second === 0x73 && text.charCodeAt(at + 2) === 0x68 && hyphen(text.charCodeAt(at + 3))) return at + 4;
  } else if (second === 0x6c && hyphen(text.charCodeAt(at + 2))) return at + 3;
  return -1;
}
/** What the finder matches, as one expression (compiled only for surnames that do not start with a letter). */
const surnameExpression = (surnames: string[]) =>
  new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?:(?:Mr|Mrs|Ms|Dr)\.? )?(?:(?:[Aa][lrsdn]|[Ee]l|[Aa]sh)[-‐]|[Aa]g |[Oo]uld )?(${surnames.map(escapeRegExp).join('|')})(?![\p{L}\p{N}-])`, 'gu');

interface SurnameMatch {
  index: number;
  /** As written, with a title before it ("Mr Rahman"). */
  text: string;
  surname: string;
}

/**
 * The uses of `surnames` in a text, left to right, as this regular expression finds them:
 * `(?<![\p{L}\p{N}'’-])(?:(?:Mr|Mrs|Ms|Dr)\.? )?(?:(?:[Aa][lrsdn]|[Ee]l|[Aa]sh)[-‐]|[Aa]g |[Oo]uld )?(surname1|surname2|…)(?![\p{L}\p{N}-])`
 * (a title, then a particle joined by a hyphen, or "ag"/"Ould" apart: "Mr al-Saadi", "Al-Saadi", "Ag Ghali"). Compiling that
 * expression for each document's surnames cost about a millisecond a document (most of the time
 * spent on people), so the same matches are found with fixed expressions and a look-up by length,
 * at the places that start with a title's, a particle's or a surname's first letter: at each place
 * the first alternative that matches wins, in the order the expression backtracks through them
 * (each title in turn, then none; under each, with the particle, then without), and the surnames in
 * the order given. Surnames that do not start with a letter take the compiled expression.
 */
export function surnameFinder(surnames: string[]): (text: string) => SurnameMatch[] {
  if (!surnames.every((s) => STARTS_WITH_LETTER.test(s))) {
    const re = surnameExpression(surnames);
    return (text) => {
      const out: SurnameMatch[] = [];
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) out.push({ index: m.index, text: m[0], surname: m[1] });
      return out;
    };
  }
  const order = new Map(surnames.map((s, i) => [s, i]));
  const lengths = [...new Set(surnames.map((s) => s.length))];
  const firstChars = new Set(surnames.map((s) => s[0]));
  /** First code units a match can start with: a title's or a surname's (all letters); a particle's are checked apart. */
  const startUnits = new Set([...TITLE_BEFORE_SURNAME, ...surnames].map((s) => s.charCodeAt(0)));
  /** The surname (the first given of those that fit) starting at `at` and ending where a word ends. */
  const surnameAt = (text: string, at: number): string | null => {
    if (!firstChars.has(text[at])) return null;
    let best: string | null = null;
    let bestOrder = Infinity;
    for (const length of lengths) {
      const end = at + length;
      if (end > text.length) continue;
      const candidate = text.slice(at, end);
      const rank = order.get(candidate);
      if (rank === undefined || rank >= bestOrder) continue;
      WORD_GOES_ON.lastIndex = end;
      if (WORD_GOES_ON.test(text)) continue;
      best = candidate;
      bestOrder = rank;
    }
    return best;
  };
  /** The surname at `at`, after a particle if one fits there, else without: its end and itself. */
  const particleAndSurnameAt = (text: string, at: number): { end: number; surname: string } | null => {
    const after = particleEnd(text, at);
    if (after > 0) {
      const surname = surnameAt(text, after);
      if (surname) return { end: after + surname.length, surname };
    }
    const surname = surnameAt(text, at);
    return surname ? { end: at + surname.length, surname } : null;
  };
  /** Whether a match may start at `at`: no letter, digit, apostrophe or hyphen (a whole code point) before it. */
  const startsWord = (text: string, at: number): boolean => {
    if (at === 0) return true;
    let before = at - 1;
    const unit = text.charCodeAt(before);
    if (unit >= 0xdc00 && unit <= 0xdfff && before > 0) {
      const high = text.charCodeAt(before - 1);
      if (high >= 0xd800 && high <= 0xdbff) before--;
    }
    WORD_GOES_BACK.lastIndex = before;
    return !WORD_GOES_BACK.test(text);
  };
  return (text) => {
    const out: SurnameMatch[] = [];
    for (let at = 0; at < text.length; at++) {
      // Inside a word (an ASCII letter or digit before): no match starts here; the cheapest test first.
      const previous = at > 0 ? text.charCodeAt(at - 1) : 0;
      if (((previous | 0x20) >= 0x61 && (previous | 0x20) <= 0x7a) || (previous >= 0x30 && previous <= 0x39)) continue;
      if ((!startUnits.has(text.charCodeAt(at)) && particleEnd(text, at) < 0) || !startsWord(text, at)) continue;
      let found: { end: number; surname: string } | null = null;
      // A title first ("Mr. ", "Mrs "), as the expression tries it, then the surname alone.
      for (const title of TITLE_BEFORE_SURNAME) {
        if (found || !text.startsWith(title, at)) continue;
        let q = at + title.length;
        if (text[q] === '.') q++;
        if (text[q] !== ' ') continue;
        found = particleAndSurnameAt(text, q + 1);
      }
      if (!found) found = particleAndSurnameAt(text, at);
      if (!found) continue;
      out.push({ index: at, text: text.slice(at, found.end), surname: found.surname });
      at = found.end - 1;
    }
    return out;
  };
}

/** A letter (a whole code point) at `at` / ending right before `at`. */
const LETTER = /\p{L}/uy;
const ALL_LETTERS = /^\p{L}+$/u;
const LETTERS = /\p{L}+/gu;

/** Words looked for with indexOf before the text's runs of letters are collected into a set. */
const DIRECT_SEARCHES = 8;

/**
 * Whether a word is written in lower case somewhere in `text` as a word of its own: what
 * `(?<![\p{L}])word(?![\p{L}])` (the word lower-cased) finds, without compiling an expression per word.
 * The first few words are searched for with indexOf (a document asks about a few given names);
 * after that, words of letters only are looked up among the text's runs of letters, collected
 * once, so a document costs at most a few passes over its text.
 */
export function lowerCaseWordTest(text: string): (word: string) => boolean {
  let runs: Set<string> | null = null;
  let searches = 0;
  return (word) => {
    const lower = word.toLowerCase();
    if (++searches > DIRECT_SEARCHES && ALL_LETTERS.test(lower)) {
      runs ??= new Set(text.match(LETTERS) ?? []);
      return runs.has(lower);
    }
    for (let i = text.indexOf(lower); i >= 0; i = i < text.length ? text.indexOf(lower, i + 1) : -1) {
      let before = i - 1;
      const unit = before > 0 ? text.charCodeAt(before) : 0;
      if (unit >= 0xdc00 && unit <= 0xdfff) {
        const high = text.charCodeAt(before - 1);
        if (high >= 0xd800 && high <= 0xdbff) before--;
      }
      LETTER.lastIndex = before;
      if (before >= 0 && LETTER.test(text)) continue;
      LETTER.lastIndex = i + lower.length;
      if (LETTER.test(text)) continue;
      return true;
    }
    return false;
  };
}

/** How many of the ascending `values` are below `x` (a binary search). */
function countBelow(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}


/** Whether [start, end) overlaps a group mention (mentions sorted by position). */
function overlapsAnyGroup(mentions: readonly Mention[]): (start: number, end: number) => boolean {
  return (start, end) => {
    const m = mentions[firstEndingAfter(mentions, start)];
    return !!m && m.start < end;
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The person a speaker phrase names, if any: the entity of a person mention inside [start, end). */
export function personIn(people: DocumentPeople, start: number, end: number): number | null {
  for (const m of people.mentions) {
    if (m.start >= end) break;
    if (m.start >= start && m.end <= end) return m.entity;
  }
  return null;
}
