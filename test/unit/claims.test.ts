/**
 * Claim extraction, data-driven: each case marks the expected claim spans inline with
 * [[…|kind]] (exact UTF-16 ranges via the markup helper) and lists the expected fields. A case
 * with no marks must yield no claim at all (the traps).
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import type { Figure } from '../../server/src/core/claims/model';
import { figuresAgree } from '../../server/src/core/claims/agreement';
import { compareFigures, figureRange, figureSummary } from '../../server/src/core/claims/agreement';
import { findFigures } from '../../server/src/core/claims/numbers';
import { findAttribution } from '../../server/src/core/claims/attribution/reported';
import { findDate } from '../../server/src/core/claims/dates';
import { parseMarkup } from '../support/markup';
import { figureKey } from '../support/figures';
import { claimsOf } from '../support/fixtureClaims';

const fig = figureKey;

interface Expected {
  subjects?: string[];
  claimant?: string | null;
  figures?: string[];
  date?: string | null;
}

/** [name, marked text, expected fields per marked claim in order] */
const cases: [string, string, Expected[]][] = [
  // responsibility
  ['responsibility: active claim with outlet', '[[ISKP claimed responsibility for the attack in a statement on its Amaq news agency.|responsibility]]', [{ subjects: ['iskp'], claimant: 'ISKP', figures: [], date: null }]],
  ['responsibility: passive "claimed by"', 'Gunmen struck. [[The attack was claimed by Lashkar-e-Taiba in a message to journalists.|responsibility]]', [{ subjects: ['let'], claimant: 'Lashkar-e-Taiba' }]],
  ['responsibility: blamed, accuser is claimant', '[[Officials blamed the Tehreek-i-Taliban Pakistan for the blast.|responsibility]]', [{ subjects: ['ttp'], claimant: 'Officials' }]],
  ['responsibility: a gunman linked to X', '[[Afghan officials said a gunman linked to IS-K had scouted the hotel.|responsibility]]', [{ subjects: ['iskp'], claimant: 'Afghan officials' }]],
  ['responsibility: headline "claims attack"', '[[JeM claims attack on army convoy|responsibility]]\n\nBody text follows here.', [{ subjects: ['jem'] }]],
  ['responsibility: denial counts', 'The TTP was named. [[The group has denied responsibility for Monday\'s blast.|responsibility]]', [{ subjects: ['ttp'], date: 'Monday' }]],
  // A claimed attack with its toll is two claims over one sentence (the id "responsibility-casualties" marks both).
  ['responsibility: "It is blamed for" resolves to the last group', 'Lashkar-e-Taiba recruits widely. [[It is blamed for the November 2008 attacks in Mumbai, which killed 166 people.|responsibility-casualties]]', [{ subjects: ['let'], figures: [], date: 'November 2008' }, { figures: ['killed:166-166'] }]],
  ['responsibility: claimed bombing with a toll', '[[The Islamic State Khorasan Province claimed a bombing in Mazar-i-Sharif that killed four people.|responsibility-casualties]]', [{ subjects: ['iskp'], figures: [] }, { subjects: ['iskp'], figures: ['killed:4-4'] }]],
  // casualties
  // A headline's clauses are separate reports: a toll counts for a group its own clause names.
  ['casualties: a headline toll with a claiming group after ";" counts for no group', '[[Death toll in Quetta market blast climbs to 14; JuA claims attack|responsibility-casualties]]\n\nBody text follows here.', [{ subjects: ['jua'] }, { subjects: [], figures: ['killed:14-14'] }]],
  ['casualties: a headline toll "as" a group denies it counts for no group', '[[Peshawar bombing toll reaches 31 as TTP denies role|responsibility-casualties]]\n\nBody text follows here.', [{ subjects: ['ttp'] }, { subjects: [], figures: ['killed:31-31'] }]],
  ['casualties: a headline toll with its own source after a clause naming the attacker', '[[ISKP fighters storm prison in Jalalabad; officials say 12 guards killed|responsibility-casualties]]\n\nBody text follows here.', [{ subjects: ['iskp'] }, { subjects: [], claimant: null, figures: ['killed:12-12'] }]],
  ['casualties: a headline toll whose dead are the group\'s men "as" they queue', '[[Market blast kills nine as TTP men queue for fuel|casualties]]\n\nBody text follows here.', [{ subjects: ['ttp'], figures: ['killed:9-9'] }]],
  ['casualties: in body text the attacker of the clause before stays the toll\'s group', '[[ISKP fighters stormed a prison in Jalalabad on Monday; officials said 12 guards were killed.|responsibility-casualties]]', [{ subjects: ['iskp'] }, { subjects: ['iskp'], figures: ['killed:12-12'] }]],
  ['casualties: killed and injured with speaker', '[[At least 59 people were killed and 157 injured, a police spokesman told reporters.|casualties]]', [{ subjects: [], claimant: 'a police spokesman', figures: ['killed:59-inf', 'injured:157-157'] }]],
  ['casualties: "killing dozens of"', '[[Gunmen attacked a shrine on Friday, killing dozens of worshippers, officials said.|casualties]]', [{ figures: ['killed:24-99'], date: 'Friday', claimant: 'officials' }]],
  ['casualties: number words and "died"', '[[Four soldiers died on Tuesday when militants ambushed a vehicle, the Indian army said.|casualties]]', [{ figures: ['killed:4-4'], date: 'Tuesday', claimant: 'the Indian army' }]],
  ['casualties: martyred, lost their lives', '[[Eleven people were martyred in the raid.|casualties]] [[Twenty-five civilians lost their lives last Tuesday.|casualties]]', [{ figures: ['killed:11-11'] }, { figures: ['killed:25-25'], date: 'last Tuesday' }]],
  ['casualties: toll rose to, passes', '[[The death toll rose to 101 on Wednesday, officials said.|casualties]]\n\n[[Death toll passes 100|casualties]]', [{ figures: ['killed:101-101'], date: 'Wednesday' }, { figures: ['killed:101-inf'] }]],
  ['casualties: "of X had been killed" names the group', '[[Indian officials said two fighters of Lashkar-e-Toiba had been killed last Tuesday.|casualties]]', [{ subjects: ['let'], claimant: 'Indian officials', figures: ['killed:2-2'], date: 'last Tuesday' }]],
  ['casualties: date "On 3 March 2021"', '[[On 3 March 2021, militants killed four soldiers in North Waziristan, officials recalled.|casualties]]', [{ figures: ['killed:4-4'], date: '3 March 2021', claimant: 'officials' }]],
  // strength
  ['strength: range "2,000 to 2,500" with "according to"', '[[ISIS-K has an estimated 2,000 to 2,500 fighters, according to a UN monitoring report.|strength]]', [{ subjects: ['iskp'], claimant: 'a UN monitoring report', figures: ['fighters:1800-2750'] }]],
  ['strength: "between X and Y"', '[[TTP has between 5,000 and 6,000 fighters in Afghanistan.|strength]]', [{ subjects: ['ttp'], figures: ['fighters:5000-6000'] }]],
  ['strength: "the group" resolves to the paragraph\'s last group', 'IS-K is down but not out. [[Our assessment is that the group has more than 8,000 fighters.|strength]]', [{ subjects: ['iskp'], figures: ['fighters:8001-inf'] }]],
  ['strength: "up to", "fewer than five hundred"', '[[AQIS is estimated to number up to 400 fighters.|strength]] [[LeT has fewer than five hundred members.|strength]]', [{ subjects: ['aqis'], figures: ['fighters:0-400'] }, { subjects: ['let'], figures: ['members:0-499'] }]],
  ['strength: "a force of over 8,000 men"', '[[The Taliban field a force of over 8,000 men in the north.|strength]]', [{ subjects: ['afghan-taliban'], figures: ['men:8001-inf'] }]],
  ['strength: "thousands of fighters", speaker first', '[[The UN says the Pakistani Taliban have thousands of fighters here.|strength]]', [{ subjects: ['ttp'], claimant: 'The UN', figures: ['fighters:2000-9999'] }]],
  // announcement
  ['announcement: declared a new wing', '[[Jamaat-ul-Ahrar declared the formation of a new wing on Monday, according to a pamphlet.|announcement]]', [{ subjects: ['jua'], claimant: 'a pamphlet', date: 'Monday' }]],
  ['announcement: announced a ceasefire', '[[The Tehrik-i-Taliban Pakistan announced a ceasefire until further notice on Saturday.|announcement]]', [{ subjects: ['ttp'], date: 'Saturday' }]],
  // statements
  // "point to JeM" ties the attack to the group: a responsibility claim by the officer (as the development gold reads it).
  ['quote followed by speaker, pointing to a group', '[["The weapons and the method point to JeM," a senior police officer said.|responsibility]]', [{ subjects: ['jem'], claimant: 'a senior police officer' }]],
  ['statement: speaker before the verb', '[[Security officials believe LeT now works closely with ISKP in Balochistan.|statement]]', [{ subjects: ['let', 'iskp'], claimant: 'Security officials' }]],
  ['statement: "said X" after the quote', 'AQIS posts often. [["The branch has more statements than fighters," said an analyst at a Delhi think tank.|statement]]', [{ subjects: ['aqis'], claimant: 'an analyst at a Delhi think tank' }]],
  ['statement: a group quoted about itself', '[[AQIS said its new leader would "continue the jihad".|statement]]', [{ subjects: ['aqis'], claimant: 'AQIS' }]],
  ['statement: multiple groups in one sentence', '[[Analysts say the Islamic State and the Pakistani Taliban compete for recruits.|statement]]', [{ subjects: ['isis', 'ttp'], claimant: 'Analysts' }]],
  // Every sentence of an answer is the speaker's, including one about no group (a quiet statement).
  ['statement: transcript speaker tag covers the whole turn', 'SPOKESMAN: [[Thank you.|statement]] [[The TTP is a Pakistani issue.|statement]]\nREPORTER: Thanks.', [{ subjects: [], claimant: 'the spokesman' }, { subjects: ['ttp'], claimant: 'the spokesman' }]],
  ['statement: parenthetical attribution', 'The BLA was named. [[The separatist group has no links to the TTP, analysts say, although both operate here.|statement]]', [{ subjects: ['ttp'], claimant: 'analysts' }]],
  ['announcement: in a relative clause, by the group it describes, within Islamabad\'s statement', '[[Islamabad says the TTP, which announced a ceasefire in June 2022, uses Afghan territory.|announcement]]', [{ subjects: ['ttp'], claimant: 'Islamabad', date: 'June 2022' }]],
  ['responsibility: a group reporting an attack claims it', '[[Militants attacked a convoy on Sunday morning, Jaish-e-Mohammed said.|responsibility]]', [{ subjects: ['jem'], claimant: 'Jaish-e-Mohammed', date: 'Sunday morning' }]],
  ['casualties: subject is the group in the counted phrase, not the speaker', '[[Taliban officials said four ISKP fighters were killed in Kunar.|casualties]]', [{ subjects: ['iskp'], claimant: 'Taliban officials', figures: ['killed:4-4'] }]],
  // more wire-service forms
  ['casualties: "left N dead and M wounded"', '[[The blast left 12 people dead and 30 wounded, police said.|casualties]]', [{ claimant: 'police', figures: ['killed:12-12', 'injured:30-30'] }]],
  ['casualties: vague "hundreds of X militants were killed"', '[[Hundreds of ISIS militants were killed in airstrikes, the coalition said.|casualties]]', [{ subjects: ['isis'], claimant: 'the coalition', figures: ['killed:200-999'] }]],
  ['casualties: "belonging to X were killed"', '[[Police said 3 militants belonging to Lashkar-e-Taiba were killed on 5 May.|casualties]]', [{ subjects: ['let'], claimant: 'Police', figures: ['killed:3-3'], date: '5 May' }]],
  ['responsibility: "owned", "was responsible for", "carried out by"', '[[The TTP owned the attack.|responsibility]] [[ISKP was responsible for the attack, the ministry said.|responsibility]] [[The attack, which killed 26 people, was carried out by JeM.|responsibility-casualties]]', [{ subjects: ['ttp'] }, { subjects: ['iskp'], claimant: 'the ministry' }, { subjects: ['jem'], figures: [] }, { figures: ['killed:26-26'] }]],
  ['strength: "N-strong"', '[[The TTP is a 3,000-strong force.|strength]]', [{ subjects: ['ttp'], figures: ['fighters:3000-3000'] }]],
  ['announcement: vowed', '[[Lashkar-e-Taiba vowed to continue its attacks in Kashmir.|announcement]]', [{ subjects: ['let'] }]],
  // wordings of real reporting: suspicion, musters and estimates in reported speech, successors and truces
  ['responsibility: "was most likely behind", "named X as the prime suspect"', '[[Officials said Lashkar-e-Taiba was most likely behind the attacks.|responsibility]] [[Police named the TTP as the prime suspect in the bombing.|responsibility]]', [{ subjects: ['let'] }, { subjects: ['ttp'], claimant: 'Police' }]],
  ['strength: "can muster", "is made up of"', '[[ISKP can muster between 3,000 and 4,000 fighters, officials said.|strength]] [[The CIA estimates that the TTP is made up of about 6,000 fighters.|strength]]', [{ subjects: ['iskp'], claimant: 'officials', figures: ['fighters:3000-4000'] }, { subjects: ['ttp'], figures: ['fighters:5400-6601'] }]],
  ['strength: the group between the figure and its noun', '[[An estimated 1,500 ISKP fighters are active in the region, according to a UN report.|strength]]', [{ subjects: ['iskp'], claimant: 'a UN report', figures: ['fighters:1350-1651'] }]],
  ['strength: "puts the strength of X at", a thousands figure before a comma', '[[The report puts the strength of the Pakistani Taliban at around 5,000 fighters.|strength]] [[The number of ISKP fighters has swelled to as many as 6,000, the report said.|strength]]', [{ subjects: ['ttp'], figures: ['fighters:4500-5500'] }, { subjects: ['iskp'], figures: ['fighters:6000-6000'] }]],
  ['casualties: "the toll had risen from 11 to 16" counts 16', '[[A doctor told reporters that the toll had risen from 11 to 16 during the afternoon.|casualties]]', [{ figures: ['killed:16-16'] }]],
  ['announcement: "named X as the new head of", "named a successor", a truce in its own words', '[[The TTP named a former Swat commander as the new head of its military commission.|announcement]] [[ISKP confirmed the death of its leader and named a successor.|announcement]] [[In a statement, the TTP said its fighters would halt "offensive operations" during Eid.|announcement]]', [{ subjects: ['ttp'] }, { subjects: ['iskp'] }, { subjects: ['ttp'] }]],
  ['responsibility: "we carried out" in the words of a spokesman named with his group', '[["We carried out this attack," said Mohammad Khurasani, a spokesman for the TTP.|responsibility]]', [{ subjects: ['ttp'], claimant: 'Mohammad Khurasani' }]],
  ['announcement: "had been chosen as the new emir", "named X its new leader"', '[[The TTP said Noor Wali had been chosen as the new emir.|announcement]] [[ISKP named Shahab al-Muhajir its new leader.|announcement]]', [{ subjects: ['ttp'] }, { subjects: ['iskp'] }]],
  ['casualties: "one soldier was killed", "we lost five gallant soldiers"', '[[One soldier was killed and three others were wounded, the army said.|casualties]] [["We lost five gallant soldiers," an army spokesman said.|casualties]]', [{ figures: ['killed:1-1', 'injured:3-3'] }, { figures: ['killed:5-5'] }]],
  ['strength: a group inside a relative clause is not the one counted', '[[Jamaat-ul-Ahrar, which fights ISKP for recruits, has no more than 1,500 men, the officer said.|strength]]', [{ subjects: ['jua'], figures: ['men:0-1500'] }]],
  ['responsibility: "blasted their way into", "shelled", a long "said … that its fighters"', '[[ISKP fighters blasted their way into the building on Saturday.|responsibility]] [[The TTP said in a statement sent to journalists late on Friday that one of its fighters had carried out the bombing.|responsibility]]', [{ subjects: ['iskp'] }, { subjects: ['ttp'], claimant: 'TTP' }]],
  ['casualties only: a group reporting "killed or wounded 23 of …" makes no responsibility claim', '[[The TTP said in a statement posted on its channels that its fighters had killed or wounded 23 of what it called "the agents".|casualties]]', [{}]],
  ['casualties: a group\'s own toll ("said its fighters had killed") counts for the group, though it is the speaker', '[[The TTP claimed the attack in a Telegram post and said its fighters had killed “more than ten” soldiers.|responsibility-casualties]]', [{ subjects: ['ttp'] }, { subjects: ['ttp'], figures: ['killed:11-inf'] }]],
  ['casualties: a group\'s toll quoted after the verb ("killed “more than 30 apostate soldiers”", "“several dozen” assailants had been neutralised")', 'The TTP spoke. [[The group said its fighters had killed “more than 30 apostate soldiers”.|casualties]] [[The army said “several dozen” assailants had been neutralised.|casualties]]', [{ figures: ['killed:31-inf'] }, { figures: ['killed:24-99'] }]],
  ['announcement: a passive appointment names its group after the verb; "dissolved itself"', '[[Abu Saad was named the new leader of ISKP on Thursday.|announcement]] [[Jamaat-ul-Ahrar dissolved itself in 2020.|announcement]] A former police officer was appointed head of the provincial police.', [{ subjects: ['iskp'] }, { subjects: ['jua'] }]],
  // strength wordings of real reporting (UN monitors, police counts, analysts)
  ['strength: fighters counted with the verb "number" after the noun', 'ISKP is under pressure. [[Its fighters in the border provinces number some 6,000, according to Member States.|strength]] [[TTP militants active in Khyber Pakhtunkhwa number roughly 4,000.|strength]]', [{ subjects: ['iskp'], figures: ['fighters:5400-6601'] }, { subjects: ['ttp'], figures: ['fighters:3600-4400'] }]],
  ['strength: a force that "stood at", "whose strength … put at", "put them at"', '[[Police records show the TTP\'s strength in the district stood at 250 in 2018.|strength]] [[JeM, whose strength officials put at between 200 and 300, has a new front.|strength]]', [{ subjects: ['ttp'], figures: ['fighters:250-250'] }, { subjects: ['jem'], figures: ['fighters:200-300'] }]],
  ['strength: "not less than", "capable of fielding"', '[[The governor said ISKP was capable of fielding "not less than 12,000 fighters" in the east.|strength]]', [{ subjects: ['iskp'], figures: ['fighters:12000-inf'] }]],
  ['strength: numbers fallen or swelled to a bare figure, followed by "after"', 'The TTP regrouped. [[Officials say its numbers had fallen to around 1,500 after the operations.|strength]]', [{ subjects: ['ttp'], figures: ['fighters:1350-1651'] }]],
  ['strength: a past-year opening still counts a force (not a toll\'s background phrasing)', '[[In 2018 the TTP was thought to command no more than 3,000 to 4,000 men.|strength]]', [{ subjects: ['ttp'], figures: ['men:0-4000'] }]],
  ['strength: numbers that grew or fell, with no figure', '[[ISKP\'s numbers swelled after the fall of Kabul.|strength]] The TTP was hit hard. [[Their numbers fell during the 2022 offensive, officials said.|strength]]', [{ subjects: ['iskp'], figures: [] }, { subjects: ['ttp'], figures: [] }]],
  ['trap: fighters arrested "number" 40 is a haul, not a force; "swelled to twice" is no figure the rules read', 'ISKP fighters arrested this year number 40 in the province. The TTP grew. Its numbers have swelled to roughly twice the 2020 level.', []],
  ['strength: a count before "continue to operate", "still roam", "are left in", "active in"; "800-plus"', '[[Around 60 TTP fighters, most of them from Afghanistan, continue to operate in the district.|strength]] [[As many as 3,000 ISKP militants still roam the border areas.|strength]] [[About 800-plus LeT militants are left in the camps.|strength]]', [{ subjects: ['ttp'], figures: ['fighters:54-66'] }, { subjects: ['iskp'], figures: ['militants:3000-3000'] }, { subjects: ['let'] }]],
  ['strength: "most of them belonging to X and Y" names both groups counted', '[[Police said around 60 foreign terrorists, most of them belonging to LeT and JeM, continue to operate in the forests.|strength]]', [{ subjects: ['let', 'jem'], claimant: 'Police', figures: ['terrorists:54-66'] }]],
  ['strength: "consisted of around 10,000 fighters"', '[[Previously, officials believed that ISKP consisted of around 10,000 fighters.|strength]]', [{ subjects: ['iskp'], figures: ['fighters:9000-11000'] }]],
  ['strength: "estimated X\'s strength to be", "not less than"', '[[A UN report in 2011 estimated the TTP\'s strength to be about 5,000 fighters.|strength]]', [{ subjects: ['ttp'], figures: ['fighters:4500-5500'] }]],
  // announcement wordings of real reporting (successions, renamings, truces, media launches)
  ['announcement: "confirmed the death of its leader", "named X, a long-time commander of …, as his successor"', '[[ISKP on Saturday confirmed the death of its deputy leader and named Abu Saad, a long-time commander of its intelligence wing, as his successor.|announcement]]', [{ subjects: ['iskp'], claimant: 'ISKP' }]],
  ['announcement: "named X to replace him", "identified the new leader as X"', '[[The TTP named a veteran of its Swat wing to replace him.|announcement]] [[ISKP identified the new emir as Abu Saad in an audio message.|announcement]]', [{ subjects: ['ttp'] }, { subjects: ['iskp'] }]],
  ['announcement: a ceasefire called; a headline "ends truce"', '[[TTP ends truce, orders attacks across country|announcement]]\n\n[[The TTP had called a ten-day ceasefire on June 26.|announcement]]', [{ subjects: ['ttp'] }, { subjects: ['ttp'], date: 'June 26' }]],
  ['announcement: renamed ("has rebranded itself as", "changed its name to"), "have since announced their merger"', '[[A faction of Jamaat-ul-Ahrar has rebranded itself as Tehreek-e-Inqilab Islami.|announcement]] [[JeM changed its name to escape scrutiny.|announcement]] [[Several bands have since announced their merger into the TTP.|announcement]]', [{ subjects: ['jua'] }, { subjects: ['jem'] }, { subjects: ['ttp'] }]],
  ['announcement: "agreed a ceasefire", "swearing allegiance"', '[[The TTP agreed a ceasefire with the government in June.|announcement]] [[In the video, an ISKP commander is seen swearing allegiance to the Islamic State.|announcement]]', [{ subjects: ['ttp'], date: 'June' }, {}]],
  ['announcement: "has been chosen to lead the group", "confirmed the appointment of"', 'ISKP lost its chief in May. [[A statement said Abu Saad has been chosen to lead the group.|announcement]] [[The TTP confirmed the appointment of a new deputy on Friday.|announcement]]', [{ subjects: ['iskp'] }, { subjects: ['ttp'], date: 'Friday' }]],
  ['announcement: a group launching a magazine or a channel', 'ISKP grew online. [[The group also launched a Tajik-language magazine in April.|announcement]]', [{ subjects: ['iskp'] }]],
  ['trap: a ceasefire called for, or the death of a leader confirmed by others (a statement, no announcement)', 'Elders called for a ceasefire between the TTP and the army. [[The army confirmed the death of a TTP commander.|statement]]', [{ subjects: ['ttp'] }]],
  // traps: no claim at all
  ['trap: years and dates are not figures', 'ISIS was founded in 2014. The Taliban took Kabul on 15 August 2021.', []],
  ['trap: "one of the deadliest"', 'The TTP attack is one of the deadliest on security forces in the province since 2014.', []],
  ['trap: phone and reference numbers', 'The TTP helpline is 091-9212345 and the case is FIR No. 117/2023.', []],
  ['trap: a quote without a speaker', '"Attacks on civilians by the TTP are a grave violation of international law."', []],
  ['quote about no group: a statement with no subject (shown quietly), no typed claim', '[["My sister wanted to be a doctor," one young man said outside a hospital.|statement]]', [{ subjects: [], claimant: 'one young man' }]],
  ['trap: background "has long been" is no typed claim (but the official\'s statement)', '[[Nangarhar has long been a stronghold of ISKP, the official noted.|statement]]', [{ subjects: ['iskp'], claimant: 'the official' }]],
  ['casualties: a past attack\'s toll, even in a sentence opening on its year', '[[In 2018, a similar ISKP attack killed dozens of students.|casualties]]', [{ subjects: ['iskp'], figures: ['killed:24-99'] }]],
  ['trap: a unit of 40 men is not the group\'s strength', '[[He said he joined the TTP in 2009 and led a unit of 40 men in Mohmand.|statement]]', [{ subjects: ['ttp'], figures: [] }]],
  ['date: "Police on Sunday said" dates the saying, not the event', '[[Police on Sunday said the TTP carried out the attack.|responsibility]]', [{ claimant: 'Police', date: null }]],
  ['date: a digest tag before the speaker does not make the speaker a trailing attribution', '- **[[Khyber:** The TTP announced a new offensive in a statement on Saturday, warning civilians to keep away.|announcement]]', [{ date: 'Saturday' }]],
  ['trap: sources counted are not members', 'Drawing on interviews with 37 former members of ISKP, the brief makes no estimate.', []],
  ['trap: "no group claimed"', 'No group immediately claimed the attack on the ISKP rivals.', []],
  ['trap: ages and ordinals', 'The 25-year-old TTP recruit was the third bomber this year.', []],
  ['trap: questions assert nothing', 'Is the TTP still recruiting 500 fighters a year?', []],
  ['trap: durations', 'The TTP press conference lasted 40 minutes.', []],
];

for (const [name, marked, expected] of cases) {
  test(`claims: ${name}`, () => {
    const { text, spans: marked1 } = parseMarkup(marked);
    // "kind-kind" marks two claims of those kinds over the same text, in that order.
    const spans = marked1.flatMap((s) => s.id.split('-').map((id) => ({ ...s, id })));
    const claims = claimsOf(text);
    assert.deepEqual(
      claims.map((c) => ({ kind: c.kind, text: text.slice(c.start, c.end) })),
      spans.map((s) => ({ kind: s.id, text: s.text })),
    );
    claims.forEach((c, i) => {
      assert.equal(c.start, spans[i].start);
      assert.equal(c.end, spans[i].end);
      const e = expected[i] ?? {};
      if (e.subjects) assert.deepEqual(c.subjects, e.subjects, 'subjects');
      if (e.claimant !== undefined) assert.equal(c.claimant, e.claimant, 'claimant');
      if (e.figures) assert.deepEqual(c.figures.map(fig), e.figures, 'figures');
      if (e.date !== undefined) assert.equal(c.date, e.date, 'date');
    });
  });
}

test('numbers: words, thousands separators, vague quantities, bounds', () => {
  const got = (s: string) => findFigures(s).map((f) => `${f.measure === 'strength' ? f.noun : f.measure}:${f.low}-${f.high === Infinity ? 'inf' : f.high}`);
  assert.deepEqual(got('It killed five hundred people.'), ['killed:500-500']);
  assert.deepEqual(got('It killed twenty-one people.'), ['killed:21-21']);
  assert.deepEqual(got('The group has 12,500 fighters.'), ['fighters:12500-12500']);
  assert.deepEqual(got('Hundreds of people were killed.'), ['killed:200-999']);
  assert.deepEqual(got('At least 12 people were wounded.'), ['injured:12-inf']);
  assert.deepEqual(got('More than 40 people were killed.'), ['killed:41-inf']);
  assert.deepEqual(got('The blast killed 2,000 people.'), ['killed:2000-2000']);
  assert.deepEqual(got('They attacked in 2019 and 2020.'), []);
  assert.deepEqual(got('Call 07701234567 for news.'), []);
  // A clock time counts nothing, before or after its colon.
  assert.deepEqual(got('Troops met an undetermined number of members at around 5:30 in the morning.'), []);
  assert.deepEqual(got('The attack began at 11:45 and killed 12 people.'), ['killed:12-12']);
});

test('attribution: forms of reported speech', () => {
  const who = (s: string) => findAttribution(s)?.claimant ?? null;
  assert.equal(who('The toll rose, a police spokesman told reporters.'), 'a police spokesman');
  assert.equal(who('He has 300 men, according to a UN monitoring report.'), 'a UN monitoring report');
  assert.equal(who('"They are short of money," he told Dawn.'), 'he');
  assert.equal(who('Hekmatyar said in an interview that peace was near.'), 'Hekmatyar');
  assert.equal(who('The weather was fine.'), null);
});

test('attribution: the medium a statement came in, opening the sentence, is no speaker; the speaker after it is, apposition and all', () => {
  const who = (s: string) => findAttribution(s)?.claimant ?? null;
  assert.equal(who('In an audio message to local reporters, the faction’s deputy spokesman, who gave his name as Qari Rahim, said the checkpoint had been overrun.'), 'the faction’s deputy spokesman');
  assert.equal(who('In a short statement posted on Telegram late on Friday, a spokesman for the front denied that its fighters had planted the bomb, saying the group did not target markets.'), 'a spokesman for the front');
  // A time before the subject, without its comma, is not a medium: the phrase stays as it was read.
  assert.equal(who('On Tuesday evening the Islamic State group claimed the raid in a post on its channel, saying its fighters had killed nine soldiers.'), 'On Tuesday evening the Islamic State group');
});

test('attribution: a curly possessive in the speaker phrase is no closing quote ("the Taliban’s health department"); a name keeps its bracketed abbreviation', () => {
  const who = (s: string) => findAttribution(s)?.claimant ?? null;
  assert.equal(who('The governor’s office said the road would reopen on Sunday.'), 'The governor’s office');
  assert.equal(who('Four nurses were hurt, the Taliban’s provincial health department said.'), 'the Taliban’s provincial health department');
  assert.equal(who('Tehrik-e-Taliban Pakistan (TTP) said in a message that it had no part in the blast.'), 'Tehrik-e-Taliban Pakistan (TTP)');
  // A closing single quote still ends a quote before its speaker.
  assert.equal(who('‘We will not stop,’ the commander said.'), 'the commander');
});

test('dates: as written, only event dates', () => {
  assert.equal(findDate('On 3 March 2021, talks broke down.'), '3 March 2021');
  assert.equal(findDate('They struck last Tuesday.'), 'last Tuesday');
  assert.equal(findDate('It was claimed on Monday.'), 'Monday');
  assert.equal(findDate('The group was founded in 2015.'), null);
  assert.equal(findDate('Flights continue until the 31 August deadline.'), null);
});

test('figures agree when their intervals overlap', () => {
  const f = (low: number, high: number, measure = 'killed'): Figure => ({ measure, low, high, text: '' });
  assert.ok(figuresAgree(f(40, 40), f(40, Infinity)), '40 vs at least 40');
  assert.ok(figuresAgree(f(59, 59), f(40, Infinity)), '59 vs at least 40: a lower bound is not contradicted by more');
  assert.ok(!figuresAgree(f(8001, Infinity, 'fighters'), f(1800, 2750, 'fighters')), 'more than 8,000 vs 2,000-2,500');
  assert.equal(compareFigures([f(8001, Infinity, 'fighters')], [f(3600, 4400, 'members')]), 'differs');
  assert.equal(compareFigures([f(40, 40)], [f(63, 63, 'injured')]), null, 'killed and injured are not compared');
  assert.equal(compareFigures([f(4950, 6050, 'fighters')], [f(5000, 6000, 'fighters')]), 'agrees');
  assert.equal(figureRange(f(40, Infinity)), '≥ 40 killed');
  assert.equal(figureSummary({ measure: 'killed', low: 40, high: Infinity, text: 'at least 40' }), 'at least 40 killed');
});

test('extraction is linear: four times the text takes about four times as long', () => {
  const paragraph = 'At least 14 people were killed and 30 injured when gunmen stormed a hotel, a Taliban official said. ISKP claimed the attack. The weather was mild and markets were busy.\n\n';
  // Best of three, and a ratio rather than an absolute time, so a loaded machine does not fail it.
  const time = (n: number) => {
    const text = paragraph.repeat(n);
    let best = Infinity;
    let count = 0;
    for (let i = 0; i < 3; i++) {
      const started = process.hrtime.bigint();
      count = claimsOf(text).length;
      best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
    }
    return { best, count };
  };
  const small = time(500);
  const large = time(2000);
  assert.equal(small.count, 1000);
  assert.equal(large.count, 4000);
  assert.ok(large.best < small.best * 4 * 2.5, `500 paragraphs ${small.best.toFixed(1)} ms, 2000 paragraphs ${large.best.toFixed(1)} ms`);
});

test('casualty tolls are compared only for the same incident (shared place and target)', async () => {
  const { compareClaims } = await import('../../server/src/core/corpus/relatedClaims');
  const [a] = claimsOf('At least 14 people were killed when gunmen stormed a hotel in central Kabul on Monday, officials said.');
  const [b] = claimsOf('Analysts say ISKP, which killed at least 40 people in a Kabul hotel attack, is growing.');
  const [c] = claimsOf('A suicide bombing near the gate of Kabul airport killed at least 170 people.');
  const [d] = claimsOf('A suicide bomber killed 10 people at a hotel in central Kabul, officials said.');
  assert.equal(compareClaims(a, b), 'agrees', '14+ and 40+ overlap');
  assert.equal(compareClaims(a, c), null, 'a hotel attack and an airport bombing are different incidents');
  assert.equal(compareClaims(a, d), 'differs', 'same hotel, 10 against at least 14');
});
