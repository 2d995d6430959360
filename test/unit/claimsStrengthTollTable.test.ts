/**
 * A table of strength and casualty wordings as analyses, monitoring reports and wire stories write
 * them when the sentence that gives the figure is not the one that names the group: the estimate
 * after a sentence about the group ("Its fighters number …", "The branch is thought to command …"),
 * the estimate put on "the figure" or "it", a toll given after the attack sentence ("The death toll
 * has risen to …", "The dead included …", "Another 31 were still being treated …"), and near-misses
 * (years, prices, distances, ages, counts of attacks, hauls) that must yield no claim of the kind.
 * Every sentence is invented. The builtin gazetteer is used. Each row is a context (the sentences
 * before) and the sentence whose claim is checked.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { extractClaims } from '../../server/src/core/claims/extract';
import type { ClaimKind } from '../../server/src/core/claims/model';
import { SHABAAB, IS, ISKP, ISWAP, JNIM, TTP, LET, JEM, ISGS, AQIS, matcher, parentOf } from '../support/builtinClaims';
import { figureKey } from '../support/figures';

/** The claims of one kind on the last sentence (the context is read first, as a document's paragraph). */
function claimsOn(context: string, sentence: string, kind: ClaimKind) {
  const text = context ? `${context} ${sentence}` : sentence;
  const from = text.length - sentence.length;
  return extractClaims(text, matcher.findMentions(text), undefined, parentOf).filter((c) => c.kind === kind && c.end > from);
}

/** Strength: context, sentence, the group the estimate must carry, the wording class. */
const STRENGTH: [context: string, sentence: string, subject: string, wording: string][] = [
  ['The Islamic State Khorasan Province has recovered from its losses of 2021.', 'Its fighters are now thought to number between 4,000 and 6,000.', ISKP, 'carried: its fighters number'],
  ['ISKP remains the most serious threat in Afghanistan, the report says.', 'Member States estimate the branch’s strength at 1,500 to 2,200 fighters.', ISKP, 'carried: the branch’s strength at'],
  ['', 'The number of ISKP fighters in Afghanistan has been estimated at 4,000 to 5,000.', ISKP, 'the number of G fighters has been estimated at'],
  ['', 'There are an estimated 3,500 to 4,500 ISKP fighters in Afghanistan, the report said.', ISKP, 'there are N G fighters'],
  ['', 'With an estimated strength of 6,000 to 6,500 fighters, the TTP remains the largest group in Afghanistan.', TTP, 'with a strength of N, G'],
  ['', 'AQIS, with a strength of 180 to 200 fighters, is based in Helmand and Kandahar.', AQIS, 'G, with a strength of N,'],
  ['JNIM is now the most potent jihadist force in the Sahel.', 'The most common estimate places its fighting force at between 1,000 and 3,000 core fighters.', JNIM, 'carried: places its fighting force at'],
  ['', 'In his estimation, al-Shabaab had “not less than 20,000 fighters” at the start of the offensive.', SHABAAB, 'had “not less than N fighters”'],
  ['', 'The United States estimates that al-Shabaab has between 5,000 and 7,000 fighters in Somalia.', SHABAAB, 'estimates that G has'],
  ['', 'Al-Shabaab is capable of deploying around 17,000 militiamen, according to the reports.', SHABAAB, 'capable of deploying'],
  ['The Islamic State in the Greater Sahara operates along the border with Niger.', 'The group has an estimated 500 to 700 fighters.', ISGS, 'carried: the group has'],
  ['Estimates of the TTP’s size vary.', 'One Western official put it at 3,000, a Pakistani officer at nearer 7,000.', TTP, 'carried: put it at N (after "estimates of its size vary")'],
  ['The Islamic State West Africa Province has grown since Shekau’s death.', 'Its ranks are estimated at between 4,000 and 7,000.', ISWAP, 'carried: its ranks are estimated at'],
  ['', 'Lashkar-e-Taiba has a presence of roughly 80 to 100 militants in north Kashmir, police said.', LET, 'a presence of N militants'],
  ['ISKP was badly hurt by the Taliban’s raids in Nangarhar.', 'At its peak in 2018 it commanded perhaps 4,000 men; today the figure is closer to 2,000.', ISKP, 'carried: at its peak it commanded; the figure is closer to'],
  ['Al-Shabaab has been recruiting heavily in the Juba valley.', 'Officials believe the movement fields 7,000 to 9,000 fighters.', SHABAAB, 'carried: the movement fields'],
  ['', 'ISKP’s strength is put at no more than 2,000, down from about 4,000 at its peak.', ISKP, 'strength is put at, down from at its peak'],
  ['JNIM expanded into Benin and Togo last year.', 'The coalition now counts as many as 6,000 fighters, officials and analysts say.', JNIM, 'carried: the coalition counts'],
  ['ISKP recruits heavily among Tajiks.', 'Member States assess that the group has between 1,500 and 2,200 fighters.', ISKP, 'carried: assess that the group has'],
  ['The TTP has absorbed several splinter groups since 2020.', 'Estimates of its strength range from 2,500 to 6,000 armed fighters.', TTP, 'carried: estimates of its strength range from'],
  ['Jaish-e-Mohammed is smaller than Lashkar in the valley.', 'Police put the number of its active cadres at about 40.', JEM, 'carried: put the number of its cadres at'],
  ['', 'The Islamic State still has between 5,000 and 7,000 members in Syria and Iraq, the experts said.', IS, 'still has N members'],
  ['The report then turns to the TTP.', 'The group’s fighting strength, it says, stands at 6,000 to 6,500.', TTP, 'carried: the group’s fighting strength stands at'],
  ['The Islamic State West Africa Province is the strongest Islamic State branch in Africa.', 'It is believed to have 4,000 to 7,000 fighters.', ISWAP, 'carried: it is believed to have'],
  ['ISKP has struggled to hold ground in Kunar.', 'The branch is thought to command no more than 1,500 men there.', ISKP, 'carried: the branch is thought to command'],
  ['', 'Al-Shabaab’s ranks swelled to as many as 15,000 during the drought.', SHABAAB, 'ranks swelled to'],
  ['The UN monitors put the TTP at between 6,000 and 6,500 fighters.', 'One Member State put the figure considerably higher, at close to 10,000.', TTP, 'carried: put the figure higher, at'],
  ['The monitors put ISKP at some 2,000 fighters.', 'Another estimate was closer to 4,000.', ISKP, 'carried: another estimate was closer to'],
  ['JNIM is the largest of the Sahel’s armed groups.', 'It is believed to number in the low thousands.', JNIM, 'carried: to number in the low thousands'],
  ['Al-Shabaab remains the strongest of al-Qaeda’s affiliates.', 'Its strength is usually given as 7,000 to 12,000 fighters.', SHABAAB, 'carried: its strength is given as'],
  ['The Islamic State in the Greater Sahara is much smaller than JNIM.', 'Its core was put at between 1,500 and 2,500 men by the panel.', ISGS, 'carried: its core was put at'],
  // Second wordings of the classes read in this round.
  ['The Islamic State in the Greater Sahara is the junior partner.', 'It is much smaller — perhaps 800 fighters, according to the panel.', ISGS, 'carried: is smaller — N fighters'],
  ['The TTP has regrouped in the south.', 'Police said the outfit had shifted some 300 militants into the tribal districts.', TTP, 'carried: the outfit had shifted N militants'],
  ['The officer said ISKP had some 2,000 fighters in Afghanistan.', 'About 150 of them are based in Kunar, he added.', ISKP, 'carried: about N of them are based'],
  ['', 'Lashkar-e-Taiba (LeT) is now put at fewer than 100 in the valley.', LET, 'passive put at after an abbreviation'],
  ['The monitors put JNIM at some 6,000 fighters.', 'A Malian officer put the number much higher.', JNIM, 'carried: set higher without a figure'],
  ['Al-Shabaab lost ground in 2023.', 'Its numbers in the Juba valley have since grown, officials say.', SHABAAB, 'carried: its numbers in a place have grown'],
  ['', 'Officials say ISKP ranks have thinned since the Taliban raids.', ISKP, 'a name’s ranks thinned'],
];

/** Casualties: context, sentence, figure keys the toll must include, the wording class. */
const CASUALTIES: [context: string, sentence: string, figures: string[], wording: string][] = [
  ['A suicide bomber struck a Shia mosque in Peshawar on Friday.', 'The death toll has risen to 56, a hospital official said.', ['killed:56-56'], 'the death toll has risen to'],
  ['The hospital said most of the victims were brought to its wards.', 'Another 194 people were brought in wounded, it said.', ['injured:194-194'], 'were brought in wounded'],
  ['The bombing hit a rally in Bajaur.', '“So far 63 people have died in the bombing,” a hospital spokesman said.', ['killed:63-63'], 'so far N have died'],
  ['The bombing hit a rally in Bajaur.', 'Another 123 people who were wounded in the attack are being treated in Peshawar.', ['injured:123-123'], 'another N who were wounded'],
  ['The attack on the base lasted five hours.', 'Ten officers, 26 sergeants and 94 soldiers were among those killed.', ['killed:94-94'], 'were among those killed'],
  ['The ministry revised its figures on Wednesday.', 'It had initially put the number of dead at 100.', ['killed:100-100'], 'put the number of dead at'],
  ['The attack on the base lasted five hours.', 'Earlier estimates showed more than 150 people were killed.', ['killed:151-inf'], 'estimates showed N were killed'],
  ['The Taliban attack on the base was the deadliest of the war.', 'The toll now stands at 144, a US official said.', ['killed:144-144'], 'the toll now stands at'],
  ['The Taliban attack on the base was the deadliest of the war.', 'In addition to the 144 killed, about 60 more soldiers were wounded.', ['injured:54-66'], 'N more were wounded'],
  ['The bomber struck the building at noon.', 'Four troops were killed and nine others were injured in the attack.', ['killed:4-4', 'injured:9-9'], 'N killed and N others injured'],
  ['A bomb went off at the bus stand in Quetta.', 'The dead included four policemen and a child, police said.', ['killed:4-4'], 'the dead included'],
  ['The BLA claimed the attack on the highway post.', 'The district officer put the number of dead security personnel at 15.', ['killed:15-15'], 'put the number of dead N at'],
  ['The army described a week of operations in Borno.', 'Troops had “neutralised” 40 terrorists, a spokesman said.', ['killed:40-40'], 'had “neutralised” N'],
  ['Villagers returned to Macomia on Monday.', 'The number of bodies recovered had reached nine by evening.', ['killed:9-9'], 'the number of bodies recovered had reached'],
  ['The bomb went off as pupils arrived.', 'Another 31 people were still being treated for their injuries.', ['injured:31-31'], 'were still being treated for their injuries'],
  ['Al-Shabaab published its own account of the raid.', 'The group put its own losses at three fighters.', ['killed:3-3'], 'put its own losses at'],
  ['The market was crowded when the bomb went off.', 'Hospital staff said the number of wounded had climbed to 87.', ['injured:87-87'], 'the number of wounded had climbed to'],
  ['The market was crowded when the bomb went off.', 'By Saturday the toll had climbed past 40.', ['killed:41-inf'], 'the toll had climbed past'],
  ['The building collapsed after the blast.', 'Rescue workers pulled 12 bodies from the rubble.', ['killed:12-12'], 'pulled N bodies'],
  ['The bomber struck the school gate.', 'Among the dead were 11 children, a doctor said.', ['killed:11-11'], 'among the dead were N'],
  ['The bomber struck the school gate.', 'The fatalities included six soldiers and two civilians.', ['killed:6-6'], 'the fatalities included'],
  ['The gunmen attacked the checkpoint at night.', 'Police said the number of those killed had risen to 23 by morning.', ['killed:23-23'], 'the number of those killed had risen to'],
  // Second wordings of the classes read in this round.
  ['The army issued a statement on Monday.', 'It said troops had “eliminated” 22 insurgents near Damboa.', ['killed:22-22'], 'a closing quote after “eliminated”'],
  ['Al-Shabaab gave its own account of the raid.', 'The militants put their losses at four fighters.', ['killed:4-4'], 'put their losses at'],
  ['The bomb went off at the gate.', 'The number of injured had risen to 45 by nightfall.', ['injured:45-45'], 'the number of injured had risen to'],
  ['The bomb went off at the gate.', 'Twelve people who were wounded were flown to Quetta.', ['injured:12-12'], 'people who were wounded'],
  ['The bomb went off at the gate.', 'The dead included at least three guards, the governor said.', ['killed:3-inf'], 'the dead included at least'],
];

/** Near-misses: the kind that must not be read, context, sentence, why. */
const NEAR_MISSES: [kind: ClaimKind, context: string, sentence: string, why: string][] = [
  ['strength', '', 'The TTP was formed in 2007 and merged with four splinter groups in 2020.', 'years and a count of groups'],
  ['strength', '', 'ISKP carried out 78 attacks in Afghanistan last year.', 'a count of attacks'],
  ['strength', '', 'Al-Shabaab collects some 100 million dollars a year in taxes.', 'money'],
  ['strength', '', 'At its peak the Islamic State controlled some 34,000 square miles.', 'an area'],
  ['strength', '', 'The ISWAP commander, 45, was born in Maiduguri.', 'an age'],
  ['strength', '', 'JNIM fighters travelled 300 kilometres on motorbikes to reach the base.', 'a distance'],
  ['strength', '', 'The TTP commander has three wives and 12 children.', 'a family'],
  ['strength', '', 'A band of 40 JNIM fighters on motorbikes raided the market.', 'a raiding party'],
  ['strength', '', 'Some 2,000 families fled the district after the al-Shabaab raid.', 'the displaced'],
  ['strength', '', 'The Islamic State’s Amaq agency published 120 claims in March.', 'a count of claims'],
  ['strength', '', 'Police said 45 TTP militants surrendered in Bannu.', 'surrenders'],
  ['strength', '', 'The army deployed 3,000 troops to the district after the TTP attacks.', 'a state force'],
  ['strength', 'The TTP has grown since 2021.', 'The army has 3,000 troops in the district.', 'carried: a state force, not the group'],
  ['strength', 'ISKP claimed the attack.', 'The bomber’s cell had rented the house for 8,000 rupees a month.', 'carried: a rent'],
  ['strength', 'Al-Shabaab fighters attacked the base.', 'The attackers numbered about 30, a soldier said.', 'the people of one incident'],
  ['casualties', '', 'ISKP has carried out more than 40 attacks on Taliban checkpoints since January.', 'a count of attacks'],
  ['casualties', '', 'The 2014 attack on the Peshawar school is still remembered.', 'a year'],
  ['casualties', '', 'Al-Shabaab fighters held the town for 48 hours.', 'a duration'],
  ['casualties', 'Police named the bomber.', 'He was 17 years old, a relative said.', 'an age'],
  ['casualties', '', 'Police arrested 12 suspected TTP militants after the attack.', 'a haul'],
  ['casualties', '', 'Flour rose to 150 rupees a kilo after the TTP blockade.', 'a price'],
  ['casualties', '', 'The Taliban released 300 prisoners under the deal.', 'a release'],
  ['casualties', 'The bomb went off outside the hospital.', 'The hospital has 200 beds and only two surgeons.', 'carried: a hospital’s beds'],
  ['casualties', '', 'Al-Shabaab held 14 hostages for two days before releasing them.', 'hostages held'],
  ['casualties', 'The death toll rose to 23.', 'The blast was heard 10 kilometres away.', 'carried: a distance after a toll'],
  // Near-misses of the classes read in this round.
  ['casualties', 'The bomb went off at the gate.', 'Three of the guards who were wounded later returned to duty.', 'a part named by a relative clause'],
  ['strength', 'The TTP attacked the post.', 'The army moved 3,000 troops into the district.', 'a state’s troops moved'],
  ['strength', 'The TTP attacked the post.', 'Police put it at 40, a figure residents disputed.', 'a small figure put on what is not named'],
  ['strength', 'ISKP runs a market in Kunar.', 'The market is smaller — 300 stalls in all.', 'a compared thing, not a force'],
  ['strength', 'ISKP taxes the fuel trade.', 'The fuel was put at 1,200 rupees a barrel.', 'a price put at a figure'],
  ['strength', 'ISKP claimed the bombing.', 'Its numbers were hard to verify.', 'numbers without a change'],
  ['strength', 'The TTP attacked the post.', 'Army ranks have grown since the draft was introduced.', 'ranks after a word that names no group'],
  ['strength', 'The TTP attacked the post.', 'Residents put the figure higher, at 40.', 'a toll’s figure set higher'],
];

/** Rows this release does not yet read; listed so the gap is visible, not hidden. */
const NOT_YET = new Set<string>([]);

for (const [context, sentence, subject, wording] of STRENGTH) {
  test(`strength/toll table: strength — ${wording}`, { todo: NOT_YET.has(sentence) ? 'not read yet' : undefined }, () => {
    const found = claimsOn(context, sentence, 'strength');
    assert.ok(found.some((c) => c.subjects.includes(subject)), `${sentence}\n  got ${JSON.stringify(found.map((c) => ({ subjects: c.subjects, figures: c.figures.map(figureKey) })))}`);
  });
}
for (const [context, sentence, keys, wording] of CASUALTIES) {
  test(`strength/toll table: casualties — ${wording}`, { todo: NOT_YET.has(sentence) ? 'not read yet' : undefined }, () => {
    const found = claimsOn(context, sentence, 'casualties');
    const got = found.flatMap((c) => c.figures.map(figureKey));
    assert.ok(found.length > 0 && keys.every((k) => got.includes(k)), `${sentence}\n  got ${JSON.stringify(got)}`);
  });
}
for (const [kind, context, sentence, why] of NEAR_MISSES) {
  test(`strength/toll table: not ${kind} — ${why}: ${sentence.slice(0, 40)}`, { todo: NOT_YET.has(sentence) ? 'still read' : undefined }, () => {
    assert.deepEqual(claimsOn(context, sentence, kind).map((c) => `${c.trigger ?? ""} ${JSON.stringify(c.figures.map(figureKey))}`), []);
  });
}
