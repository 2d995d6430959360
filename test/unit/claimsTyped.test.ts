/**
 * The four typed kinds read by sentence structure rather than by one wording: counted nouns joined
 * to a toll, a toll per clause with its own source, a force counted with a pronoun or a description
 * as the subject, "it" opening a clause, chains of "the group of a commander of", coordinated
 * announcements. Each test is one rule family, in invented sentences, with its traps.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { figureKey, figuresIn } from '../support/figures';
import { claimsOf } from '../support/fixtureClaims';

function kind(text: string, k: string): { text: string; subjects: string[]; figures: string[] }[] {
  return claimsOf(text)
    .filter((c) => c.kind === k)
    .map((c) => ({ text: text.slice(c.start, c.end), subjects: c.subjects, figures: c.figures.map(figureKey) }));
}
const figures = figuresIn;

test('casualties: a counted noun joined to another shares its verb', () => {
  assert.deepEqual(figures('Police said 14 security personnel and nine civilians have been killed this year.'), ['killed:14-14', 'killed:9-9']);
  assert.deepEqual(figures('12 troops, vigilantes killed as insurgents ambush convoy'), ['killed:12-12']);
  assert.deepEqual(figures('Seven soldiers and one member of the Civilian Joint Task Force (CJTF), a pro-government militia, had been killed.'), ['killed:7-7', 'killed:1-1']);
  assert.deepEqual(figures('Three policemen and five of the gunmen were killed in the fighting.'), ['killed:3-3', 'killed:5-5']);
  assert.deepEqual(figures('He said two civilians, a shopkeeper and a boy who sold tea outside the gate, were also killed.'), ['killed:2-2']);
  // A participle before a noun, or a new clause, is no shared verb: each figure keeps its own.
  assert.deepEqual(figures('The hospital had received eight bodies and four wounded men.'), ['killed:8-8', 'injured:4-4']);
  assert.deepEqual(figures('Sources said the bombers killed at least 14 worshippers and wounded more than 30.'), ['killed:14-inf', 'injured:31-inf']);
  assert.deepEqual(figures('We lost five gallant soldiers, while eight others were wounded.'), ['killed:5-5', 'injured:8-8']);
  // Traps: a count that is not a toll, and parts of a toll.
  assert.deepEqual(figures('Police arrested 14 suspects and two of them were later released.'), []);
  assert.deepEqual(figures('He said that two of the dead were children who had been selling tea.'), []);
  assert.deepEqual(figures('It was one of the deadliest attacks this year.'), []);
});

test('casualties: killing verbs, "the toll is N", "N of the attackers", a quoted "neutralised", "we lost"', () => {
  assert.deepEqual(figures('The insurgents burned a mission station, beheading two villagers.'), ['killed:2-2']);
  assert.deepEqual(figures('From today the official toll is 26 martyrs, plus the attacker.'), ['killed:26-26']);
  assert.deepEqual(figures('The army said 31 of the attackers had been neutralised.'), ['killed:31-31']);
  assert.deepEqual(figures('He said troops had “neutralised scores of the terrorists” in a counter-attack.'), ['killed:40-199']);
  assert.equal(kind('"We lost eleven people that day," the commissioner said.', 'casualties').length, 1);
});

test('casualties: a later clause with its own source or attack is another toll; otherwise one toll', () => {
  const two = kind('The toll from the bombing has risen to 27, the health department said, while police put the number of dead at 26.', 'casualties');
  assert.equal(two.length, 2, JSON.stringify(two));
  assert.deepEqual(two.map((c) => c.figures), [['killed:27-27'], ['killed:26-26']]);
  const record = kind('In May, ISKP said it was behind a shooting that killed seven worshippers, and in July it claimed a roadside bombing that killed two Taliban commanders.', 'casualties');
  assert.equal(record.length, 2, JSON.stringify(record));
  assert.deepEqual(record[1].subjects, ['afghan-taliban']);
  // One event told in two clauses, and the wounded of a toll: one claim each.
  assert.equal(kind('Troops had neutralised 17 terrorists, while seven soldiers paid the supreme price.', 'casualties').length, 1);
  assert.equal(kind('At least 40 people were killed, and 63 were wounded.', 'casualties').length, 1);
});

test('strength: a pronoun or a description counting a group\'s members counts the passage\'s group', () => {
  const text = 'The TTP has rebuilt its networks in the tribal districts. That is far below 2014, when it probably had around 9,000 fighters. Officials say the number of fighters in the province alone is now higher than 4,000. Analysts put the figure at "around 5,000, plus many more who help them".';
  const found = kind(text, 'strength');
  assert.equal(found.length, 3, JSON.stringify(found));
  for (const c of found) assert.deepEqual(c.subjects, ['ttp']);
});

test('strength: "there were N of them" in a speaker\'s words about a group', () => {
  assert.deepEqual(figures('In Paktika alone I would say there were 1,500 to 2,000 of them with their families.'), ['strength:1500-2000']);
  assert.deepEqual(figures('There were 12 of them killed in the raid.'), ['killed:12-12']);
});

test('strength traps: a state force, an incident\'s attackers, a figure that is its clause\'s subject', () => {
  const lead = 'The TTP has rebuilt its networks in the tribal districts. ';
  assert.equal(kind(lead + 'The army says it now has 3,000 troops in the district.', 'strength').length, 0);
  assert.equal(kind(lead + 'A police officer said the attackers numbered about 30.', 'strength').length, 0);
  assert.equal(kind(lead + 'The governor said that around 50 foreign terrorists were active in the region.', 'strength').length, 0);
});

test('responsibility: "it" opening a clause as the subject of a claim or an attack; a coordinated clause is another claim', () => {
  const two = kind('In May, ISKP said it was behind a shooting at a shrine, and in July it claimed a roadside bombing near Dushi.', 'responsibility');
  assert.equal(two.length, 2, JSON.stringify(two));
  for (const c of two) assert.deepEqual(c.subjects, ['iskp']);
  const spoken = kind('ISKP is a problem for its neighbours. It attacks the Taliban, it attacks Shia mosques, and last year it fired rockets towards Uzbekistan.', 'responsibility');
  assert.equal(spoken.length, 1, JSON.stringify(spoken));
  // A participle elaborates one claim; "it" after a speech verb is the speaker.
  assert.equal(kind('ISKP claimed the attack, saying its fighters had stormed the hotel.', 'responsibility').length, 1);
  assert.equal(kind('ISKP is active in the area. The army said it attacked a hideout on Monday.', 'responsibility').length, 0);
});

test('responsibility: "no doubt" asserts; "on the instructions of"; a chain of "the group of a commander of"', () => {
  const doubt = kind('Police officials told me they had "no doubt" the attackers belonged to a local TTP commander\'s group.', 'responsibility');
  assert.deepEqual(doubt.map((c) => c.subjects), [['ttp']]);
  const chain = kind('He said the attackers belonged to the group of a local commander of the Tehrik-e-Taliban Pakistan, who operates in the hills.', 'responsibility');
  assert.deepEqual(chain.map((c) => c.subjects), [['ttp']]);
  const orders = kind('Investigators said he threw the grenade on the instructions of a Pakistan-based LeT handler.', 'responsibility');
  assert.deepEqual(orders.map((c) => c.subjects), [['let']]);
  // Traps: a real negation, orders of nobody's group.
  assert.equal(kind('Police said there was no evidence the attackers belonged to the TTP.', 'responsibility').length, 0);
  assert.equal(kind('The raid was carried out on the orders of the district commissioner.', 'responsibility').length, 0);
});

test('responsibility: a bare plural of attacks "claimed by" a group is a record, a determined one is a claim', () => {
  assert.equal(kind('Attacks claimed by ISKP inside Afghanistan fell by more than half in 2023.', 'responsibility').length, 0);
  assert.equal(kind('Those ambushes were claimed by ISKP.', 'responsibility').length, 1);
});

test('announcement: two verbs joined by a comma are two claims; a participle is not another', () => {
  assert.equal(kind('TTP announces Eid truce, names new head of military commission', 'announcement').length, 2);
  assert.equal(kind('The TTP also declared a new offensive against police posts, vowing to take the towns.', 'announcement').length, 1);
});

test('announcement: "it" or "the statement" naming no group is the passage\'s group, even paragraphs back', () => {
  const text = 'The TTP issued a statement on Saturday.\n\nThe statement was posted on Telegram late at night and circulated widely among reporters in Peshawar and Islamabad, where officials declined to comment on its contents for several hours after it appeared on the channel.\n\nThe statement named Qari Hamid as head of the commission.';
  const found = kind(text, 'announcement');
  assert.deepEqual(found.map((c) => c.subjects), [['ttp']]);
});

test('casualties: the attacker of a when-clause after a toll that names no group before it is whose toll it is', () => {
  assert.deepEqual(kind('Four soldiers were killed and three wounded when ISKP militants attacked an army post on Sunday.', 'casualties')[0].subjects, ['iskp']);
  assert.deepEqual(kind('Nine soldiers were killed when fighters of the Tehrik-e-Taliban Pakistan (TTP) ambushed a convoy near Tank.', 'casualties')[0].subjects, ['ttp']);
  // Not a group that only claimed the attack later, nor one that is no attacker.
  assert.deepEqual(kind('Nine men were shot dead on the highway, in an attack later claimed by the TTP.', 'casualties')[0].subjects, []);
  assert.deepEqual(kind('Six people were killed when police raided a house used by the TTP.', 'casualties')[0].subjects, []);
});

test('announcement: a pledge of allegiance is about the group pledged to as well, not one that only qualifies a person sworn to', () => {
  assert.deepEqual(kind('The TTP split in 2014, and part of it pledged allegiance to the Islamic State.', 'announcement')[0].subjects, ['ttp', 'isis']);
  assert.deepEqual(kind('Jamaat-ul-Ahrar pledged allegiance to the leader of the Islamic State in 2015.', 'announcement')[0].subjects, ['jua', 'isis']);
  assert.deepEqual(kind('In the video, Jamaat-ul-Ahrar swore allegiance to TTP chief Noor Wali Mehsud.', 'announcement')[0].subjects, ['jua']);
});

test('responsibility: a denial worded as "had no connection / role" or "issued a denial", also in a participle clause', () => {
  assert.deepEqual(kind('Two days later the TTP issued a rare denial, saying it had "no connection" to the bombing.', 'responsibility').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('In a short statement, JuA said the Tehrik-e-Taliban had no connection with the Jani Khel attack.', 'responsibility').map((c) => c.subjects), [['ttp']]);
  assert.equal(kind('The TTP said it had no role in the attack on the school.', 'responsibility').length, 1);
  // Traps: no attack the denial is about; a bare denial naming no attack.
  assert.equal(kind('Officials said the TTP had no links to the new provincial government.', 'responsibility').length, 0);
  assert.equal(kind('The TTP issued a denial on Friday.', 'responsibility').length, 0);
});

test('responsibility: an attack in the passive, or its device "planted by", ties the group after "by"', () => {
  assert.deepEqual(kind('Our investigation shows that the device was assembled and planted by members of the TTP.', 'responsibility').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('A police convoy was ambushed by ISKP fighters near Jalalabad on Monday.', 'responsibility').map((c) => c.subjects), [['iskp']]);
  // Traps: a pattern, a negation, a verb that is no attack on a place.
  assert.equal(kind('Villages in the district have repeatedly been attacked by ISKP fighters.', 'responsibility').length, 0);
  assert.equal(kind('The checkpoint was not attacked by the TTP, officials said.', 'responsibility').length, 0);
  assert.equal(kind('His brother was kidnapped by the TTP in 2022.', 'responsibility').length, 0);
});

test('announcement: two verbs joined by "and" are two claims when the first has its object; a succession is one', () => {
  assert.equal(kind('The TTP on Saturday announced a three-day ceasefire over Eid and named a former Swat commander as the new head of its military commission.', 'announcement').length, 2);
  assert.equal(kind('In late January, the TTP said it had renamed its women\'s magazine and launched a new Pashto-language radio programme.', 'announcement').length, 2);
  assert.equal(kind('The TTP announced and declared a truce.', 'announcement').length, 1);
  assert.equal(kind('The TTP confirmed the death of its deputy leader in a drone strike and named Qari Hamid as his successor.', 'announcement').length, 1);
});

test('announcement: a sentence opening on a past year still announces; standing facts do not', () => {
  assert.equal(kind('In 2023, TTP fighters announced a blockade of the Bannu road.', 'announcement').length, 1);
  assert.equal(kind('The TTP was founded in 2007 and has long been declared a terrorist group.', 'announcement').length, 0);
});

test('strength: "2,000" is never a year, "a handful", "a network of", "the real figure was lower", "put the number closer to"', () => {
  assert.deepEqual(figures('The group has 2,000 armed men.'), ['strength:2000-2000']);
  assert.deepEqual(figures('The real figure was lower, "perhaps 2,000 armed men across the south".'), ['strength:1800-2200']);
  assert.deepEqual(figures('The report described it as a network of "a few dozen" fighters.'), ['strength:24-60']);
  assert.deepEqual(figures('The group has been reduced to a handful of members.'), ['strength:2-9']);
  assert.deepEqual(figures('Intelligence officials put the number of armed combatants closer to 1,000.'), ['strength:900-1100']);
  // Traps: the dead counted the same way, a year, a handful of something else.
  assert.deepEqual(figures('Officials put the number of dead closer to 30.'), []);
  assert.deepEqual(figures('In 2015 armed men attacked the post.'), []);
  assert.deepEqual(figures('They carried out a handful of attacks.'), []);
});

test('responsibility: a group saying it "was responsible for" an attack, or that the bomber was one of its fighters', () => {
  assert.deepEqual(kind('The TTP said it was responsible for the attack.', 'responsibility').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind("ISKP's news agency said the bomber was one of its fighters.", 'responsibility').map((c) => c.subjects), [['iskp']]);
  // Trap: someone else's fighter.
  assert.equal(kind('Police said the bomber was a former student.', 'responsibility').length, 0);
});

test('announcement: a group saying it had merged with others', () => {
  assert.deepEqual(kind('The TTP said it had merged with two smaller factions from Bajaur.', 'announcement').map((c) => c.subjects), [['ttp']]);
  assert.equal(kind('The TTP has not merged with any faction.', 'announcement').length, 0);
});

test('responsibility: a group admitting or acknowledging an attack; "the marks of" a group', () => {
  assert.deepEqual(kind('ISKP admitted carrying out the attack.', 'responsibility').map((c) => c.subjects), [['iskp']]);
  assert.deepEqual(kind('The TTP acknowledged that its fighters had attacked the checkpoint.', 'responsibility').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('Officials said the attack had the marks of an ISKP operation.', 'responsibility').map((c) => c.subjects), [['iskp']]);
  assert.equal(kind('The TTP has never admitted carrying out the attack.', 'responsibility').length, 0);
});

test('announcement: an alliance formed, a leader "named the group\'s new emir", appointed "to head", a medium announcing in an opening phrase', () => {
  assert.deepEqual(kind('The TTP formed an alliance with two smaller groups.', 'announcement').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind("Qari Hamid was named the TTP's new emir in a statement on Sunday.", 'announcement').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('The TTP appointed Qari Hamid to head its military commission.', 'announcement').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('In a video announcing the formation of a new wing, the TTP said it would target police.', 'announcement').map((c) => c.subjects), [['ttp']]);
  // Traps: a state's appointment, no group.
  assert.equal(kind("The officer was named the army's new chief.", 'announcement').length, 0);
});

test('strength: an opening "With an estimated N fighters," counts the subject after the comma', () => {
  assert.deepEqual(kind('With an estimated 6,000 fighters, the TTP is the largest group in the region.', 'strength').map((c) => c.subjects), [['ttp']]);
  assert.equal(kind('With an estimated 6,000 troops, the army holds the valley.', 'strength').length, 0);
});

test('responsibility: a group statement quoted at length, introduced by "The group\'s statement … read in part:", claims in its own words', () => {
  const text = 'Police in Bannu blamed the TTP for the raid.\n\nThe group\'s statement, as translated by the Forum, read in part:\n\n> With the grace of God, two martyrdom-seekers of the mujahideen stormed the police headquarters in Bannu. The enemy lost many men.\n';
  const claims = claimsOf(text);
  const quoted = claims.find((c) => text.slice(c.start, c.end).startsWith('With the grace of God'));
  assert.ok(quoted, JSON.stringify(claims.map((c) => [c.kind, text.slice(c.start, c.end)])));
  assert.equal(quoted!.speaker?.name, 'TTP');
  assert.ok(claims.some((c) => c.kind === 'responsibility' && c.subjects.includes('ttp') && text.slice(c.start, c.end).startsWith('With the grace of God')));
  // Trap: the same words narrated by the reporter, with no group speaking, claim nothing.
  assert.equal(kind('Witnesses said two martyrdom-seekers of the mujahideen stormed the police headquarters.', 'responsibility').length, 0);
});

test('responsibility: "was claimed" with a time or a contrast before its "by" is the group\'s own claim', () => {
  const contrast = kind('Responsibility for the attack was claimed on Saturday morning not by the Tehrik-e-Taliban but by JuA.', 'responsibility');
  assert.deepEqual(contrast.map((c) => c.subjects), [['jua']]);
  assert.deepEqual(kind('The bombing was claimed late on Friday by ISKP.', 'responsibility').map((c) => c.subjects), [['iskp']]);
  // Trap: a bare plural is a record.
  assert.equal(kind('Attacks were claimed later by ISKP.', 'responsibility').length, 0);
});

test('responsibility: a group saying its fighters "were behind" an attack; a later clause\'s own accuser is that claim\'s claimant', () => {
  const text = 'In January, the TTP said its fighters were behind an ambush on a convoy near Tank; the army attributed that attack to a different TTP unit.';
  const found = claimsOf(text).filter((c) => c.kind === 'responsibility');
  assert.deepEqual(found.map((c) => c.claimant), ['TTP', 'the army']);
  // Without a coordinated clause, the speaker stays the claimant.
  const one = claimsOf('The army attributed the ambush to the TTP, a spokesman said.').filter((c) => c.kind === 'responsibility');
  assert.deepEqual(one.map((c) => c.claimant), ['a spokesman']);
});

test('responsibility: a record is no claim whatever its verb, unless the clause fixes a day or names one attack of its own', () => {
  // A perfect tense over a bare plural, and "similar / previous attacks" claimed: the group's record.
  assert.equal(kind('The TTP, which has attacked police posts across the district this year, denied nothing.', 'responsibility').length, 0);
  assert.equal(kind('ISKP has claimed attacks in Kunduz and Kabul in recent months.', 'responsibility').length, 0);
  assert.equal(kind('No group claimed the killing, but ISKP has claimed similar attacks in the north.', 'responsibility').length, 0);
  assert.equal(kind('The TTP has claimed responsibility for previous bombings of the market.', 'responsibility').length, 0);
  // A day fixed in the clause makes it one night's attacks; one attack named inside the record is claimed.
  assert.deepEqual(kind('TTP militants have attacked police posts in Bannu overnight.', 'responsibility').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('Analysts noted that ISKP has targeted clerics in Bajaur before, including a suicide bombing at a party convention in July 2023.', 'responsibility').map((c) => c.subjects), [['iskp']]);
  assert.deepEqual(kind('The TTP claimed 14 attacks on convoys during the quarter, among them the 26 February ambush near Tank.', 'responsibility').map((c) => c.subjects), [['ttp']]);
  // Traps: a plural named inside a record is no single attack; a definite object is one attack.
  assert.equal(kind('The TTP claimed 14 attacks on convoys during the quarter, including ambushes near Tank.', 'responsibility').length, 0);
  assert.deepEqual(kind('ISKP has claimed the attacks in Kunduz.', 'responsibility').map((c) => c.subjects), [['iskp']]);
});

test('responsibility: inquiries, blame with its accuser before "on", attackers before "who attacked", a statement as the subject, denials with "whatsoever"', () => {
  assert.deepEqual(kind('Police said investigators were looking first at the TTP.', 'responsibility').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('Detectives are focusing on the possible role of JuA in the bombing.', 'responsibility').map((c) => c.subjects), [['jua']]);
  // Trap: looking at a group is a suspicion only in an inquiry.
  assert.equal(kind('Analysts looking at the TTP see a stronger group.', 'responsibility').length, 0);
  const blamed = claimsOf('A raid on the village on Saturday was blamed by residents on fighters loyal to a JuA commander.').filter((c) => c.kind === 'responsibility');
  assert.deepEqual(blamed.map((c) => [c.subjects, c.claimant]), [[['jua'], 'residents']]);
  assert.deepEqual(kind('Troops repelled "TTP terrorists" who attacked the base at about 2 a.m., the army said.', 'responsibility').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('Officials blamed the 2 March mortar attack on the compound on the TTP.', 'responsibility').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('ISKP claimed the bombing through Amaq. The statement said a "soldier of the caliphate" wearing an explosive vest had blown himself up.', 'responsibility').map((c) => c.subjects), [['iskp'], ['iskp']]);
  assert.deepEqual(kind('The TTP said it had "no connection whatsoever" with the bombing.', 'responsibility').map((c) => c.subjects), [['ttp']]);
  // A word cut by the negation window is no negation: "governor" holds no "nor".
  assert.deepEqual(kind('After the death of its governor in a drone strike in December, the TTP fighters attacked a base in Tank.', 'responsibility').map((c) => c.subjects), [['ttp']]);
});

test('announcement: a truce ended in the group\'s words, fighters ordered to resume, a relative clause whose object was announced, the same video as the subject', () => {
  assert.deepEqual(kind('In a statement, the TTP said the ceasefire was over and ordered its fighters to resume attacks.', 'announcement').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('The TTP ordered its fighters to resume attacks across the country.', 'announcement').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('The TTP declared a ceasefire for Eid in March, which it ended after 10 days.', 'announcement').map((c) => c.subjects), [['ttp'], ['ttp']]);
  assert.deepEqual(kind('ISKP named a new governor. The appointment follows the death of the previous governor in an air strike, which the group confirmed in a video.', 'announcement').map((c) => c.subjects), [['iskp'], ['iskp']]);
  assert.deepEqual(kind('The TTP announced a new wing in a video. The same video declared an "economic war" on transporters.', 'announcement').map((c) => c.subjects), [['ttp'], ['ttp']]);
  // Traps: a truce kept in others' words, a talk that ended, a truce broken (an act, not an announcement).
  assert.equal(kind('Officials said the ceasefire with the TTP would continue.', 'announcement').length, 0);
  assert.equal(kind('The talks with the TTP, which ended in March, made no progress.', 'announcement').length, 0);
  assert.deepEqual(kind('The TTP declared a truce over Eid in 2023, which it broke two days early.', 'announcement').length, 1);
});

test('strength: a force put at a figure wherever it is named, an estimate set higher before a counted noun, ranks thinned to a figure', () => {
  assert.deepEqual(figures('A senior official put ISKP\'s strength in Pakistan at "a few hundred at most".'), ['strength:200-500']);
  assert.deepEqual(figures('One Member State puts the figure higher, at "close to 12,000" including part-time cadres.'), ['strength:10800-13201']);
  assert.deepEqual(figures('JAS, whose ranks have thinned to perhaps 1,500 since 2021, is weaker.'), ['strength:1350-1651']);
  // An estimate in the passive with its source before "at".
  assert.deepEqual(figures('Its strength inside the province is estimated by officials at more than 4,000.'), ['strength:4001-inf']);
  // Trap: a bare figure set higher may be a toll's.
  assert.deepEqual(figures('Residents put the figure higher, at 40.'), []);
});

test('announcement: a new leader identified under a possessive and by a regional title ("the province\'s new wali")', () => {
  assert.deepEqual(kind('ISKP identified the province\'s new wali as Abu Maryam.', 'announcement').map((c) => c.subjects), [['iskp']]);
  assert.deepEqual(kind('The TTP named Qari Hamid as its new naib for the south.', 'announcement').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('The wali of the province was killed in April.', 'announcement'), []);
});

test('announcement: a truce called off, ended or abandoned; a pledge by unnamed commanders; a code of conduct', () => {
  assert.deepEqual(kind('The TTP called off its ceasefire with the government.', 'announcement').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('The TTP has pulled out of the ceasefire agreed in June.', 'announcement').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('Several commanders of a rival faction pledged allegiance to the TTP.', 'announcement').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('He pledged allegiance to the TTP in 2014.', 'announcement'), []);
  assert.deepEqual(kind('The TTP issued a new code of conduct for its fighters.', 'announcement').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('The TTP broke the ceasefire twice in June.', 'announcement'), []);
});

test('casualties: death idioms of army communiqués and local press, "two dozen", a group\'s name for its fighters, no coordination across "with"', () => {
  assert.deepEqual(figures('During the exchange of fire seven brave soldiers embraced martyrdom.'), ['killed:7-7']);
  assert.deepEqual(figures('In the ensuing exchange of fire, 14 khawarij were "sent to hell", while six brave sons of the soil, having fought gallantly, paid the ultimate sacrifice.'), ['killed:14-14', 'killed:6-6']);
  assert.deepEqual(figures('Two more soldiers later succumbed to their wounds in hospital.'), ['killed:2-2']);
  assert.deepEqual(figures('Three policemen laid down their lives defending the post.'), ['killed:3-3']);
  assert.deepEqual(figures('The attack on the shrine claimed almost 70 lives.'), ['killed:63-69']);
  assert.deepEqual(figures('Two dozen people were killed in the raid.'), ['killed:24-24']);
  assert.deepEqual(figures('The bomber killed a dozen worshippers.'), ['killed:12-12']);
  assert.deepEqual(figures('Five soldiers died, though more than 15 Boko Haram were killed by troops.'), ['killed:5-5', 'killed:16-inf']);
  assert.deepEqual(figures('Eleven soldiers were among those killed.'), ['killed:11-11']);
  // "with 15 others wounded", "and left two others wounded": a second toll, not a noun sharing the first one's verb.
  assert.deepEqual(figures('The death toll from the strikes has risen to 14, with 15 others wounded.'), ['killed:14-14', 'injured:15-15']);
  assert.deepEqual(figures('The drone claimed the lives of three children and left two others wounded.'), ['killed:3-3', 'injured:2-2']);
  // A part named in an apposition is the toll's own: one figure.
  assert.deepEqual(figures('Five terrorists, including two suicide bombers, were killed.'), ['killed:5-5']);
  // Traps: a lowercase word is no group's name; lives saved are no toll.
  assert.deepEqual(figures('Doctors saved 40 lives.'), []);
});

test('strength: "maintains", "can call on", "a command of", "estimated to be", list items and table rows, "N of its fighters", presence verbs', () => {
  assert.deepEqual(kind('ISKP maintains roughly 2,000 fighters in the east.', 'strength').map((c) => c.subjects), [['iskp']]);
  assert.deepEqual(figures('The TTP can call on some 3,000 fighters in the tribal districts.'), ['strength:2700-3301']);
  assert.deepEqual(figures('JuA retains a semi-autonomous command of some 1,200 cadres in Kunar.'), ['strength:1080-1320']);
  assert.deepEqual(figures('The number of ISKP fighters in Afghanistan has been estimated to be 4,000 to 5,000 fighters.'), ['strength:4000-5000']);
  assert.deepEqual(figures('The department estimates the number of TTP fighters inside Pakistan to be close to 9,000.'), ['strength:8100-9900']);
  assert.deepEqual(kind('**TTP:** 6,000–6,500 fighters (UN Monitoring Team, July 2025)', 'strength').map((c) => c.figures), [['fighters:6000-6500']]);
  assert.deepEqual(figures('| ISKP | 2,000 to 3,500 members |'), ['strength:2000-3500']);
  assert.deepEqual(kind('LeT is not counted there, but officials say around 60 to 70 of its fighters remain active in Kashmir.', 'strength').map((c) => c.subjects), [['let']]);
  assert.deepEqual(figures('He said between 22,000 and 24,000 members of the TTP have found safe havens in Afghanistan.'), ['strength:22000-24000']);
  assert.deepEqual(kind('Around 150 foreign terrorists mostly belonging to JeM are active in the valley.', 'strength').map((c) => c.subjects), [['jem']]);
  assert.deepEqual(figures('The group\'s ranks had swelled to "perhaps 6,000" after the defections.'), ['strength:5400-6601']);
  assert.deepEqual(figures('An official put the group\'s strength across the tribal districts at "between 4,000 and 5,000 armed men".'), ['strength:4000-5000']);
  assert.deepEqual(figures('ISWAP can still put several thousand men into the field.'), ['strength:2000-9000']);
  // Traps: a row whose label is a haul, a headline label over a toll, a raiding party.
  assert.deepEqual(figures('Arrested: 40 militants'), []);
  assert.deepEqual(figures('Kulgam encounter: 2 LeT militants including Pakistani killed'), ['killed:2-2']);
  assert.deepEqual(figures('They stormed the village with 30 fighters.'), []);
});

test('claimants: who puts a figure on a force in its own clause, the group that says its fighters killed N, a name with its abbreviation', () => {
  const claimants = (text: string, k: string) => claimsOf(text).filter((c) => c.kind === k).map((c) => c.claimant);
  assert.deepEqual(claimants('Member States assess the TTP\'s fighting strength at between 7,000 and 12,000.', 'strength'), ['Member States']);
  assert.deepEqual(claimants('The UN Monitoring Team put the TTP\'s fighting strength at between 6,000 and 6,500 in its July report.', 'strength'), ['The UN Monitoring Team']);
  assert.deepEqual(claimants('Police records show the TTP\'s strength in the district stood at 250 in 2018.', 'strength'), ['Police records']);
  // A first person or a pronoun is left to the speaker; a force put into the field is nobody's estimate.
  assert.deepEqual(claimants('"The TTP can still put several thousand men into the field," the researcher said.', 'strength'), ['the researcher']);
  assert.deepEqual(claimants('"Our estimate is that the TTP has 6,000 fighters," the minister said.', 'strength'), ['the minister']);
  assert.deepEqual(claimants('The banned Tehrik-e-Taliban (TTP) claimed the attack on Monday, saying its fighters had killed "more than 20 soldiers".', 'casualties'), ['Tehrik-e-Taliban (TTP)']);
});

test('strength: gapped estimates, past-tense force verbs, a force cut down to a figure, hedged ranges, estimates that range, a hedged count in apposition', () => {
  assert.deepEqual(figures('At its height the faction fielded 1,200 fighters in Kunar.'), ['strength:1200-1200']);
  assert.deepEqual(figures('Before the split the TTP commanded about 3,000 men.'), ['strength:2700-3301']);
  // A gapped clause repeats the verb of the estimate before it; a group there is what it counts, anyone else its source.
  const gappedGroup = claimsOf('Officials said the TTP commands some 6,000 fighters; ISKP, perhaps 1,500.').filter((c) => c.kind === 'strength');
  assert.deepEqual(gappedGroup.map((c) => c.subjects), [['ttp'], ['iskp']]);
  const gappedSource = claimsOf('One Member State put the TTP\'s strength at 7,000; another at perhaps 5,500.').filter((c) => c.kind === 'strength');
  assert.deepEqual(gappedSource.map((c) => [c.subjects, c.claimant, c.figures.map((f) => `${f.low}-${f.high}`)]), [
    [['ttp'], 'One Member State', ['7000-7000']],
    [['ttp'], 'another', ['4950-6051']],
  ]);
  assert.deepEqual(figures('The offensive has cut its ranks to "a few hundred fighters".'), ['strength:200-500']);
  assert.deepEqual(figures('Two years of airstrikes have whittled the group down to 400.'), ['strength:400-400']);
  assert.deepEqual(figures('Estimates of the group range from 500 to about 2,000 fighters.'), ['strength:500-2000']);
  assert.deepEqual(figures('Estimates given to the panel ranged from 2,500 to 4,000, depending on who counts families.'), ['strength:2500-4000']);
  assert.deepEqual(figures('The cadres who left Kunar are back, perhaps 400 of them in Bajaur.'), ['strength:360-441']);
  assert.deepEqual(figures('The TTP has 6,500 fighters, up from 4,000 two years ago.'), ['strength:6500-6500', 'strength:4000-4000']);
  // Traps: estimates of the dead, a part of a toll in apposition, a toll after a force.
  assert.deepEqual(figures('Estimates of the dead ranged from 40 to 70.'), []);
  assert.deepEqual(figures('The blast killed 30 people, perhaps 12 of them in the market.'), ['killed:30-30']);
  assert.deepEqual(figures('The TTP has 5,000 fighters, and in March killed 12 soldiers.'), ['strength:5000-5000', 'killed:12-12']);
});

test('casualties: a quoted figure after "put the number of dead at" is a toll, not a force', () => {
  assert.deepEqual(figures('The district chairman put the number of dead at "no fewer than 25".'), ['killed:25-inf']);
  assert.deepEqual(figures('A councillor put the number of dead at “around 60”, twice the official count.'), ['killed:54-66']);
});

test('tables and digests: a row takes its source and date from the header\'s columns; a tag with a place and a date dates its item', () => {
  const table = ['## Estimates', '', '| Group | Fighters | Source | As of |', '| --- | --- | --- | --- |', '| TTP | 5,500–6,000 fighters | Pakistani officials | June 2025 |', '| ISKP | about 2,000 members | UN panel | May 2025 |', ''].join('\n');
  const rows = claimsOf(table).filter((c) => c.kind === 'strength');
  assert.deepEqual(rows.map((c) => [c.subjects, c.claimant, c.date]), [
    [['ttp'], 'Pakistani officials', 'June 2025'],
    [['iskp'], 'UN panel', 'May 2025'],
  ]);
  const digest = ['Weekly digest', '', '- **Peshawar (last Friday):** Four policemen were killed when gunmen opened fire on a patrol.', '- **Khost, Afghanistan (3 June):** Nine worshippers died in a blast at a mosque. The TTP denied any role.', ''].join('\n');
  assert.deepEqual(
    claimsOf(digest).filter((c) => c.kind === 'casualties').map((c) => c.date),
    ['last Friday', '3 June'],
  );
});

test('dates: an attribution set off by commas inside a claim does not end it ("In the east, officials estimated, ISKP fielded … last year")', () => {
  const c = claimsOf('In the east, officials estimated, ISKP fielded some 3,000 fighters last year, most of them in Kunar.').filter((x) => x.kind === 'strength');
  assert.deepEqual(c.map((x) => [x.subjects, x.date]), [[['iskp'], 'last year']]);
});

test('casualties: the dead and the wounded counted together are each at most the figure ("killed or wounded 18", "30 of them were killed or injured")', () => {
  assert.deepEqual(figures('The group said its fighters had killed or wounded "18 soldiers of the apostate army".'), ['killed:0-18', 'injured:0-18']);
  assert.deepEqual(figures('A statement said 30 of them were killed or injured in the raid.'), ['killed:0-30', 'injured:0-30']);
  assert.deepEqual(figures('The commander said the enemy lost about 20 killed and wounded.'), ['killed:0-20', 'injured:0-20']);
  // Apart, each keeps its own figure.
  assert.deepEqual(figures('Nine soldiers were killed and 14 wounded.'), ['killed:9-9', 'injured:14-14']);
});

test('casualties: a group saying it killed ("said it had killed 9", "claimed to have killed") is the toll\'s subject and source, whoever reports it', () => {
  const tolls = (text: string) => claimsOf(text).filter((c) => c.kind === 'casualties').map((c) => [c.subjects, c.claimant]);
  assert.deepEqual(tolls('Four policemen died in the raid; the TTP claimed it and said it had killed nine.').at(-1), [['ttp'], 'TTP']);
  assert.deepEqual(tolls('Officials counted 11 dead, the ministry said, while ISKP claimed to have killed "more than 30 apostates".').at(-1), [['iskp'], 'ISKP']);
});

test('strength: a group put at a counted force ("put the group at about 2,500 fighters"); a headline\'s label that names a source is the claimant', () => {
  assert.deepEqual(figures('Western officials put the group at about 2,500 fighters.'), ['strength:2250-2750']);
  assert.deepEqual(figures('Police put the toll at 14 on Monday.'), ['killed:14-14']);
  const text = 'Intelligence officials: ISKP has 3,000 fighters in the north\n\nKABUL, May 3 — The group has grown since January, two officials said.\n';
  assert.deepEqual(claimsOf(text).filter((c) => c.kind === 'strength' && c.start === 0).map((c) => [c.subjects, c.claimant]), [[['iskp'], 'Intelligence officials']]);
  // A place or an event before the colon is no source.
  const event = 'Kunduz raid: ISKP has 3,000 fighters in the north\n\nKABUL, May 3 — The group has grown since January.\n';
  assert.deepEqual(claimsOf(event).filter((c) => c.kind === 'strength' && c.start === 0).map((c) => c.claimant), [null]);
});

test('dates: a group\'s own toll told after its claim ("claimed the raid on Friday, saying its men had killed 30") takes no date from the claim\'s day', () => {
  const text = 'The TTP claimed the raid on Friday, saying its men had killed 30 soldiers.';
  const byKind = claimsOf(text).filter((c) => c.kind === 'responsibility' || c.kind === 'casualties').map((c) => [c.kind, c.date]);
  assert.deepEqual(byKind, [['responsibility', 'Friday'], ['casualties', null]]);
  // Not a toll told by someone else on that day.
  assert.deepEqual(claimsOf('Police said on Friday that 30 soldiers had been killed.').filter((c) => c.kind === 'casualties').map((c) => c.figures.length), [1]);
});

test('strength: a bare figure after "has" / "may have" whose subject is a group ("ISKP may have 1,500 to 2,000 in the east"), never a state\'s or a place\'s', () => {
  assert.deepEqual(kind('ISKP may have 1,500 to 2,000 in the east, a diplomat said.', 'strength').map((c) => c.subjects), [['iskp']]);
  assert.deepEqual(figures('ISKP may have 1,500 to 2,000 in the east.'), ['strength:1500-2000']);
  assert.equal(kind('The Pakistani Taliban has perhaps 4,000 across the border.', 'strength').length, 1);
  // Traps: a state, a hospital, a figure with no hedge, range or bound.
  assert.deepEqual(kind('Kenya has about 3,000 in Somalia, officials said.', 'strength'), []);
  assert.deepEqual(kind('The hospital had perhaps 40 in its wards.', 'strength'), []);
  assert.deepEqual(kind('The TTP has 12 in custody.', 'strength'), []);
});
