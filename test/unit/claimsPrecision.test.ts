/**
 * What else is phrased like a claim: the structures that look like a typed claim and are not one
 * (an accusation of something other than an attack, a tally of attacks, a group reporting only its
 * toll, a bare plural of attacks, what a group is left free to do), and the denials and counts that
 * are claims in the wordings of real reporting. Each test is one class of wordings, in invented
 * sentences, with its traps.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { figureKey } from '../support/figures';
import { claimsOf } from '../support/fixtureClaims';

function kind(text: string, k: string): { subjects: string[]; claimant: string | null; figures: string[] }[] {
  return claimsOf(text)
    .filter((c) => c.kind === k)
    .map((c) => ({ subjects: c.subjects, claimant: c.claimant, figures: c.figures.map(figureKey) }));
}

test('responsibility: an accusation of something other than an attack is no claim', () => {
  assert.deepEqual(kind('Officials in Peshawar accused the TTP of using safe havens across the border.', 'responsibility'), []);
  assert.deepEqual(kind('Kabul has long accused Islamabad of sheltering the TTP, a charge Islamabad rejects.', 'responsibility'), []);
  assert.deepEqual(kind('Officials have accused the group of using its denials to cover attacks by its factions. The TTP is the largest group.', 'responsibility').length, 0);
  assert.deepEqual(kind('The TTP was accused of running extortion rackets in Swat.', 'responsibility'), []);
  // An attack, or an attack told in the clause, is what the group is accused of.
  assert.deepEqual(kind('The army accused the TTP of the massacre at the checkpost.', 'responsibility').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('Police accused ISKP of staging the killings.', 'responsibility').map((c) => c.subjects), [['iskp']]);
  assert.deepEqual(kind('The governor accused the TTP of using the same cell that carried out the Bannu bombing.', 'responsibility').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('The minister accused the TTP after the bombing.', 'responsibility').map((c) => c.subjects), [['ttp']]);
});

test('responsibility: a tally of attacks is a record, a few named attacks a claim', () => {
  assert.deepEqual(kind('The TTP has claimed more than 40 attacks on the police since October.', 'responsibility'), []);
  assert.deepEqual(kind('ISKP claimed responsibility for at least a dozen bombings last year.', 'responsibility'), []);
  assert.deepEqual(kind('The TTP claimed 56 attacks in Khyber Pakhtunkhwa in March.', 'responsibility'), []);
  assert.equal(kind('The TTP claimed two attacks on police posts in Bannu on Monday.', 'responsibility').length, 1);
});

test('responsibility: a group reporting only its toll is a casualties claim, quoted or not', () => {
  const text = 'In a statement on its channel, the TTP said it had killed "dozens" of soldiers.';
  assert.deepEqual(kind(text, 'responsibility'), []);
  assert.equal(kind(text, 'casualties').length, 1);
  assert.deepEqual(kind('ISKP claimed the bombing. The statement said the group\'s fighters had killed or wounded 60 "soldiers of the apostate army".', 'responsibility').length, 1);
  assert.deepEqual(kind('A spokesman for the TTP said its fighters had killed “more than 30 apostate officials” in the raid.', 'responsibility'), []);
  // In its spokesman's own words: "we killed N" is a toll, "we attacked" a claim.
  assert.deepEqual(kind('A TTP spokesman said the raid was revenge. "We killed more than 50 soldiers," he said.', 'responsibility'), []);
  // … and the toll is his group's; an army officer's "we" is no group.
  assert.deepEqual(kind('A TTP spokesman said the raid was revenge. "We killed more than 50 soldiers," he said.', 'casualties').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('"We lost five soldiers," an army officer said.', 'casualties').map((c) => c.subjects), [[]]);
  assert.equal(kind('A TTP spokesman said the raid was revenge. "We attacked the post at dawn," he said.', 'responsibility').length, 1);
  // An attack the group reports is still its claim.
  assert.equal(kind('The TTP said its fighters had stormed a police post in Tank.', 'responsibility').length, 1);
});

test('responsibility: a bare plural of attacks "by" a group is a record', () => {
  assert.deepEqual(kind('Attacks by TTP fighters on security forces increased markedly in 2025.', 'responsibility'), []);
  assert.deepEqual(kind('There was a sharp rise in bombings by ISKP across the north.', 'responsibility'), []);
  assert.equal(kind('The attacks by ISKP on the two mosques killed 40 people.', 'responsibility').length, 1);
  assert.equal(kind('Police counted 41 attacks by the TTP in Bannu district.', 'responsibility').length, 1);
});

test('responsibility: what a group is left free to do is not done', () => {
  assert.deepEqual(kind('Analysts said JuA strikes targets the leadership avoids, allowing the TTP to deny involvement.', 'responsibility'), []);
  assert.equal(kind('The TTP denied involvement in the attack.', 'responsibility').length, 1);
});

test('responsibility: denials of an accusation, and of what the group\'s fighters did', () => {
  assert.deepEqual(kind('A TTP spokesman rejected the accusation, saying the group did not attack roads.', 'responsibility').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('A TTP spokesman denied the accusation in a message to journalists.', 'responsibility').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('The TTP denied the charges levelled by the police.', 'responsibility').map((c) => c.subjects), [['ttp']]);
  const two = kind('In a statement, the TTP denied that its men had killed 17 herders, and accused ISKP fighters of the massacre.', 'responsibility');
  assert.deepEqual(two.map((c) => c.subjects), [['ttp'], ['iskp']]);
  // A document is no accusation: "rejected the report" is about a report.
  assert.deepEqual(kind('The Afghan Taliban rejected the report.', 'responsibility'), []);
});

test('strength: a supposed figure and a raiding party are no estimate of a force', () => {
  assert.deepEqual(kind('"When a government says ISKP has 2,000 men, it may also be saying its campaign works," he said.', 'strength'), []);
  assert.deepEqual(kind('If the TTP has 6,000 fighters, the army will need more troops.', 'strength'), []);
  assert.deepEqual(kind('"They came with more than fifty men," a villager said of the TTP raid.', 'strength'), []);
  // The estimate itself stays a claim.
  assert.deepEqual(kind('A government official says ISKP has 2,000 men in the north.', 'strength').map((c) => c.figures), [['men:2000-2000']]);
  assert.equal(kind('When the UN team reported in July, the TTP had between 6,000 and 6,500 fighters.', 'strength').length, 1);
});

test('casualties: the dead counted as buried, and "the number of dead was N"', () => {
  assert.deepEqual(kind('A councillor said 21 soldiers were buried in the town on Wednesday.', 'casualties').map((c) => c.figures), [['killed:21-21']]);
  assert.deepEqual(kind('Hospital staff told reporters the number of dead was at least nine.', 'casualties').map((c) => c.figures), [['killed:9-inf']]);
  // Not the dead: things buried, a number that is no toll.
  assert.deepEqual(kind('Police said 14 mines were buried along the road.', 'casualties'), []);
  assert.deepEqual(kind('The number of dead people in the registry was not published.', 'casualties'), []);
});

test('announcement: a since-clause ends at its comma; a group renames what it owns', () => {
  const text = 'The TTP carried out a bombing in Bannu.\n\nThe group has claimed dozens of attacks since then, and has declared the highway a "war zone" for convoys.';
  assert.deepEqual(kind(text, 'announcement').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('The TTP has kept its truce since the talks ended a ceasefire in November.', 'announcement'), []);
  assert.deepEqual(kind('In January, the TTP said it had renamed its women\'s magazine.', 'announcement').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('The TTP renamed the road after a commander.', 'announcement'), []);
});

test('responsibility: the incident\'s people identified as a group\'s, an attack linked to a group, a quoted unknown name', () => {
  assert.deepEqual(kind('A district official, who asked not to be named, said the insurgents were fighters loyal to the TTP.', 'responsibility').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('Police said the gunmen were militants belonging to the TTP.', 'responsibility').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kind('Investigators have linked the Kiunga attack to the same TTP cell.', 'responsibility').map((c) => c.subjects), [['ttp']]);
  const unknown = claimsOf("A group calling itself the 'Kashmir Tigers' claimed responsibility on social media for the ambush.").filter((c) => c.kind === 'responsibility');
  assert.deepEqual(unknown.map((c) => c.claimant), ['Kashmir Tigers']);
  // A negation inside a relative clause is that clause's; one in the claim's own clause still negates.
  assert.deepEqual(kind('The minister, who did not name the TTP, said no group had claimed the attack.', 'responsibility'), []);
  assert.deepEqual(kind('Police have not linked the attack to the TTP.', 'responsibility'), []);
  // Not an attack: fighters loyal to a group, said of no incident, and a link between groups.
  assert.deepEqual(kind('Thousands of fighters loyal to the TTP live in the border districts.', 'responsibility'), []);
});

test('strength: a later clause with its own source is another estimate', () => {
  const two = kind('ISKP is estimated to retain between 2,000 and 2,200 fighters, although one Member State put its strength at no more than 1,500.', 'strength');
  assert.deepEqual(two.map((c) => c.figures), [['fighters:2000-2200'], ['fighters:0-1500']]);
  // An earlier figure of the same source stays with its estimate.
  assert.equal(kind('An analyst believes ISKP has no more than 2,000 fighters inside Afghanistan, down from around 4,000 at its peak.', 'strength').length, 1);
  // One source and one time: one claim with its figures.
  assert.equal(kind('The TTP has between 6,000 and 6,500 fighters in Afghanistan and perhaps 1,000 in Pakistan.', 'strength').length, 1);
});

test('strength: the members a figure counts "most of them belonging to" a group, and adjectives joined by "and"', () => {
  assert.deepEqual(kind('The police chief said the number of foreign militants active in the district was between 25 and 30, most of them belonging to JeM.', 'strength').map((c) => c.subjects), [['jem']]);
  assert.deepEqual(kind("He said LeT's ranks had fallen to fewer than 40 local and foreign cadres.", 'strength').map((c) => c.figures), [['cadres:0-39']]);
  // "and" before a verb or an article ends the noun phrase.
  assert.deepEqual(kind('Police said 40 and then 60 people were killed.', 'strength'), []);
});

test('a page title repeating the headline word for word states its claims once, in the headline', () => {
  const page = 'Home > World > Asia\n\nISKP claims deadly raid in Kunar; army blames TTP\n\nISKP claims deadly raid in Kunar; army blames TTP\n\nBy Staff Reporter | March 2, 2026\n\nKABUL, March 2 (Wire) — Gunmen attacked two villages in Kunar province overnight, officials said.\n';
  const found = claimsOf(page).filter((c) => c.kind === 'responsibility');
  assert.equal(found.length, 2, JSON.stringify(found.map((c) => [c.start, c.subjects])));
  // Both claims are on the later copy, the article's headline.
  const second = page.indexOf('ISKP claims', page.indexOf('ISKP claims') + 1);
  assert.ok(found.every((c) => c.start === second));
  // A headline said once keeps its claims.
  assert.equal(claimsOf(page.replace(/\n\nISKP claims deadly raid in Kunar; army blames TTP\n/, '\n')).filter((c) => c.kind === 'responsibility').length, 2);
});

test('responsibility: blame "for" something other than an attack is no claim; for an attack, a death or "it" it is', () => {
  assert.deepEqual(kind('Officials blamed the TTP for a rise in crime in the district.', 'responsibility'), []);
  assert.deepEqual(kind('The governor blamed ISKP for the insecurity in the province.', 'responsibility'), []);
  assert.equal(kind('Officials blamed the TTP for the deaths of 12 soldiers.', 'responsibility').length, 1);
  assert.equal(kind("Officials blamed the TTP for Monday's bombing.", 'responsibility').length, 1);
  assert.equal(kind('Officials blamed the TTP for killing two policemen.', 'responsibility').length, 1);
  assert.equal(kind('A bomb went off in Kurram. The governor blamed the TTP for it.', 'responsibility').length, 1);
  assert.equal(kind('Officials blamed the TTP.', 'responsibility').length, 1);
});

test('announcement: a habit ("has repeatedly announced ceasefires") is no announcement', () => {
  assert.deepEqual(kind('The TTP has repeatedly announced ceasefires and broken them.', 'announcement'), []);
  assert.equal(kind('The TTP announced a ceasefire on Monday.', 'announcement').length, 1);
});

test('responsibility: a group "blamed for" a record or for something other than an attack, as the subject, is no claim', () => {
  assert.deepEqual(kind('The TTP is blamed for dozens of attacks on police.', 'responsibility'), []);
  assert.deepEqual(kind('The TTP has been blamed for a wave of bombings in the northwest.', 'responsibility'), []);
  assert.deepEqual(kind('The TTP is blamed for the rise in crime in the district.', 'responsibility'), []);
  assert.equal(kind('The TTP was blamed for the bombing.', 'responsibility').length, 1);
});
