/**
 * Responsibility claims and the group a claim or statement is about, as real reporting phrases
 * them: epithets for an affiliate, a speaker's "they", records that are not one attack, and the
 * wording families in kinds/responsibility.ts. Each case is one family, in invented sentences.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { extractClaims } from '../../server/src/core/claims/extract';
import type { Claim } from '../../server/src/core/claims/model';
import { parseGazetteer } from '../../server/src/core/gazetteer/gazetteer';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';

const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'test-gazetteer.json'), 'utf8'));
const matcher = new GroupMatcher(parseGazetteer(fixture, 'builtin').gazetteer);
const PARENTS: Record<string, string> = { jua: 'ttp', aqis: 'al-qaeda', iskp: 'isis' };
const parentOf = (id: string) => PARENTS[id] ?? null;

function claimsOf(text: string): Claim[] {
  return extractClaims(text, matcher.findMentions(text), undefined, parentOf);
}
function responsibility(text: string): { text: string; subjects: string[]; claimant: string | null }[] {
  return claimsOf(text)
    .filter((c) => c.kind === 'responsibility')
    .map((c) => ({ text: text.slice(c.start, c.end), subjects: c.subjects, claimant: c.claimant }));
}
function only(text: string): { subjects: string[]; claimant: string | null } {
  const found = responsibility(text);
  assert.equal(found.length, 1, JSON.stringify(found));
  return { subjects: found[0].subjects, claimant: found[0].claimant };
}

test('epithets: "a faction of P" and "the P-linked group" stand for the one affiliate the document names', () => {
  const text = 'Jamaat-ul-Ahrar has grown in Mohmand.\n\nA faction of the Pakistani Taliban claimed the bombing on Monday.';
  assert.deepEqual(only(text).subjects, ['jua']);
  const linked = 'AQIS is small.\n\nAQIS, the al-Qaeda-linked group that has fought in Kashmir, claimed responsibility for the attack.';
  assert.deepEqual(only(linked).subjects, ['aqis']);
  // A statement still names the parent: its subjects keep both.
  const said = 'Jamaat-ul-Ahrar is active.\n\n"A faction of the TTP did this," the officer said.';
  const statement = claimsOf(said).find((c) => c.form === 'quote');
  assert.deepEqual([...(statement?.statementSubjects ?? [])].sort(), ['jua', 'ttp']);
});

test('epithets: without a named affiliate, or with two, the parent stays', () => {
  assert.deepEqual(only('A faction of the Pakistani Taliban claimed the bombing on Monday.').subjects, ['ttp']);
  assert.deepEqual(only('The AQ affiliate was named. AQIS and JuA were there.\n\nAl-Qaeda claimed the bombing on Monday.').subjects, ['al-qaeda']);
});

test('a speaker\'s "they" is the group the question asked about: a claim, an attribution, an attack', () => {
  const interview = 'Q: Who bombed the market in Peshawar?\n\nA: The TTP. Yes, and they claimed it themselves the same evening.';
  const claims = responsibility(interview);
  assert.ok(claims.some((c) => c.text.includes('they claimed it themselves') && c.subjects.join() === 'ttp' && c.claimant === 'TTP'), JSON.stringify(claims));
  // "claimed it" with its own clause after it is a claim about what it did, read elsewhere.
  assert.ok(!responsibility('Q: And ISKP?\n\nA: It claimed it had killed twelve policemen.').some((c) => /claimed it had/.test(c.text) && c.subjects.length === 0));
  assert.deepEqual(only('Gunmen attacked a bus in Quetta.\n\nThe Islamic State Khorasan Province claimed it through its Amaq agency, officials said.').subjects, ['iskp']);
  const quote = 'Police blamed nobody.\n\n"The TTP controls the road, and they were almost certainly behind this," said an analyst.';
  assert.ok(responsibility(quote).some((c) => c.subjects.join() === 'ttp' && /behind this/.test(c.text)));
});

test('a speaker\'s "they" after people named since the group is the people, not the group', () => {
  const text = 'The TTP is strong here.\n\n"The gunmen came on motorcycles. They burned the police van and took the rifles," a shopkeeper said.';
  assert.deepEqual(responsibility(text), []);
});

test('records are not one attack: a bare plural of operations, a perfect tense over a bare plural of people', () => {
  assert.deepEqual(responsibility('"The Taliban have carried out raids in Kunduz and Takhar," he said.'), []);
  assert.deepEqual(responsibility('ISKP has killed Taliban defectors and the other way round.'), []);
  // One attack still counts.
  assert.equal(responsibility('ISKP has carried out a raid on a checkpoint in Kunduz.').length, 1);
});

test('the Islamic State\'s wording of a claim: "saying that "soldiers of the caliphate" had ambushed", with or without a number', () => {
  const text = 'Troops were hit near Jalalabad.\n\nHours later, the ISKP Amaq agency published a claim saying that "soldiers of the caliphate" had ambushed a Taliban convoy.';
  assert.deepEqual(only(text).subjects, ['iskp']);
});

test('attribution with the attack described at length: "attributed an ambush that killed seven soldiers near X to Y"', () => {
  const found = only('The Afghan army on Monday attributed an ambush that killed seven soldiers near Jalalabad to "ISKP terrorists".');
  assert.deepEqual(found, { subjects: ['iskp'], claimant: 'The Afghan army' });
  assert.deepEqual(only('The army attributed the ambush to the TTP.').subjects, ['ttp']);
});

test('hallmarks owned by the group: "bore all their hallmarks" in a speaker\'s words, "bore the TTP\'s hallmarks"', () => {
  const interview = 'Q: Who bombed the market in Peshawar?\n\nA: The TTP. The attack bore all their hallmarks: a car bomb first, then gunmen.';
  assert.ok(responsibility(interview).some((c) => /bore all their hallmarks/.test(c.text) && c.subjects.join() === 'ttp'));
  assert.deepEqual(only('Investigators said the blast bore the TTP\'s hallmarks.').subjects, ['ttp']);
});

test('a relative clause without a comma: "the same TTP group that attacked the police station"', () => {
  assert.deepEqual(only('"This is the same TTP group that attacked the Pindiali police station last month," he said.').subjects, ['ttp']);
});

test('the accused is the group a parent\'s name qualifies: "blame LeT-backed TRF"; "name X as mastermind"', () => {
  const text = 'JeM is active.\n\nPolice blame LeT-backed JeM for the Anantnag attack';
  assert.deepEqual(responsibility(text).map((c) => c.subjects), [['jem']]);
  assert.deepEqual(only("Police named LeT's local commander as the mastermind of the attack.").subjects, ['let']);
});

test('a multi-word name written all in lower case is a phrase, not the name', () => {
  const gazetteer = parseGazetteer({ version: 1, groups: [{ id: 'jak-t', name: 'Jund al-Khilafah', aliases: ['Soldiers of the Caliphate'] }, { id: 'iswap', name: 'ISWAP', aliases: [] }] }, 'builtin').gazetteer;
  const m = new GroupMatcher(gazetteer);
  const text = 'ISWAP said "soldiers of the caliphate" had attacked the base from three directions.';
  const claims = extractClaims(text, m.findMentions(text)).filter((c) => c.kind === 'responsibility');
  assert.deepEqual(claims.map((c) => c.subjects), [['iswap']]);
  const named = 'The Soldiers of the Caliphate claimed the bombing.';
  assert.deepEqual(extractClaims(named, m.findMentions(named)).filter((c) => c.kind === 'responsibility').map((c) => c.subjects), [['jak-t']]);
});

test('"the group" and "its fighters" stand for the group the passage is about, not the last group named', () => {
  const text = 'ISKP claimed the bombing of a shrine in Herat on Monday. A Taliban spokesman condemned the attack. The group said its fighters had stormed the shrine.';
  const last = responsibility(text).find((c) => c.text.startsWith('The group said'));
  assert.deepEqual(last?.subjects, ['iskp']);
});

test('a statement\'s "their" after people named since the group is theirs, not the group\'s', () => {
  const text = 'LeT has been recruiting in Kulgam.\n\nThe police chief appealed to parents to persuade their children to come home, he said.';
  const statement = claimsOf(text).find((c) => c.kind === 'statement');
  assert.deepEqual(statement?.statementSubjects, []);
  const group = 'LeT has been recruiting in Kulgam.\n\nThe police chief said their handlers were in Pakistan.';
  assert.deepEqual(claimsOf(group).find((c) => c.kind === 'statement')?.statementSubjects, ['let']);
});

test('epithets at the start of a headline or a line, where the article is dropped: "Pakistani Taliban faction claims …"', () => {
  const text = 'Pakistani Taliban faction claims Mohmand checkpost attack\n\nJamaat-ul-Ahrar said its fighters had planted the bomb.';
  assert.ok(responsibility(text).some((c) => /faction claims/.test(c.text) && c.subjects.join() === 'jua'), JSON.stringify(responsibility(text)));
  // Inside a sentence without "the", "TTP faction" stays a phrase about the parent.
  const inside = 'Jamaat-ul-Ahrar is small.\n\nPolice said a TTP faction commander had planted the bomb.';
  assert.ok(!responsibility(inside).some((c) => c.subjects.join() === 'jua'), JSON.stringify(responsibility(inside)));
});

test('epithets by region, with or without "the": "al-Qaeda\'s branch in South Asia claimed …"', () => {
  const text = 'AQIS has few fighters.\n\nAl-Qaeda\'s branch in South Asia claimed responsibility on Thursday for the attack.';
  assert.deepEqual(only(text).subjects, ['aqis']);
});

test('"the group" can stand for a group named earlier in the same sentence; "the same network" for the passage\'s group', () => {
  const text = 'Officials blamed the TTP, but a spokesman for the group denied involvement in the blast.';
  assert.deepEqual(responsibility(text).map((c) => [c.subjects.join(), c.claimant]), [['ttp', 'Officials'], ['ttp', 'a spokesman for the group']]);
  const same = 'Investigators blamed the TTP for the Quetta blast.\n\n"The same network was behind the Mastung blast," the officer said.';
  assert.ok(responsibility(same).some((c) => /same network/.test(c.text) && c.subjects.join() === 'ttp'));
});

test('denials by other verbs: "disowns", "disavowed", "retracted the claim", "had nothing to do with", "played no part in"', () => {
  assert.deepEqual(only('Jamaat-ul-Ahrar is active.\n\nTTP disowns Lakki Marwat blast').subjects, ['ttp']);
  assert.deepEqual(only('The TTP disavowed the attack on Monday.').subjects, ['ttp']);
  assert.deepEqual(only('ISKP retracted its earlier claim two days later.').subjects, ['iskp']);
  assert.deepEqual(only('A TTP spokesman said the movement “had nothing to do with” the blast.').subjects, ['ttp']);
  assert.deepEqual(only('Lashkar-e-Taiba said it played no part in the bombing.').subjects, ['let']);
  // Not a denial: a disowned remark, a claim left standing, "nothing to do with" no attack.
  assert.deepEqual(responsibility('The minister disowned the remarks of his deputy.'), []);
  assert.deepEqual(responsibility('The TTP said it had nothing to do with the talks in Kabul.'), []);
  assert.deepEqual(responsibility('ISKP did not retract the claim.'), []);
});

test('a subject before an apposition or a relative clause set off by commas still claims or denies', () => {
  const owned = 'Hours later, Jamaat-ul-Ahrar, a faction that rejoined the TTP in 2020 but has since acted alone, owned the attack in a statement.';
  assert.deepEqual(responsibility(owned).map((c) => c.subjects), [['jua']]);
  const retracted = 'ISKP, which had said on Monday that its men carried out the raid, retracted the claim two days later.';
  assert.ok(responsibility(retracted).some((c) => /retracted the claim/.test(c.text) || c.subjects.join() === 'iskp'));
});

test('an attack and, in a relative clause, the group that claimed it', () => {
  assert.deepEqual(only('A bomber killed five people in an attack that ISKP later claimed through its Amaq agency.').subjects, ['iskp']);
  assert.deepEqual(only('The bombing, which the TTP claimed hours later, destroyed the gate.').subjects, ['ttp']);
  // "claimed that …", "claimed to have …" say something else.
  assert.deepEqual(responsibility('The raid, which the TTP claimed to have repelled, lasted an hour.'), []);
});

test('the claim itself as the subject: "The claim of responsibility came …", "ISKP\'s claim was posted …", "The claim said …"', () => {
  const came = 'ISKP claimed a bombing in Kabul on Monday.\n\nThe claim of responsibility, broadcast about 14 hours after the blast, ended a night of speculation.';
  assert.deepEqual(responsibility(came).map((c) => c.subjects), [['iskp'], ['iskp']]);
  const said = 'The claim, relayed by a monitoring group, said TTP fighters had stormed the post.';
  assert.ok(responsibility(said).every((c) => c.subjects.join() === 'ttp') && responsibility(said).length === 1);
  // Doubt about a claim is no claim.
  assert.equal(responsibility('ISKP claimed a bombing in Kabul on Monday.\n\nThe claim could not be verified.').length, 1);
});

test('a group\'s own words: "we are behind", "we claim responsibility", a "martyrdom-seeker" in its statement', () => {
  assert.deepEqual(only('“We are behind the operation at the checkpoint,” a TTP spokesman told reporters.').subjects, ['ttp']);
  assert.deepEqual(only('“We claim full responsibility for this attack,” said a spokesman for Jamaat-ul-Ahrar.').subjects, ['jua']);
  assert.deepEqual(only('The TTP said in a message to journalists that a “martyrdom-seeker” had driven a car bomb into the gate.').subjects, ['ttp']);
  // A police account of a bomber names no group.
  assert.deepEqual(responsibility('Police said a suicide bomber had driven a car into the gate.'), []);
});

test('attribution: "held X … responsible" at a distance, "X were responsible" with the attack left implicit', () => {
  assert.deepEqual(only('An official said investigators held a TTP commander from the Marwat area responsible for planning the attack.').subjects, ['ttp']);
  assert.deepEqual(only('The army said in a statement that “TTP terrorists” were responsible, while residents disagreed.').subjects, ['ttp']);
  // "responsible to" someone is no attribution.
  assert.deepEqual(responsibility('The TTP commanders were responsible to the shura in Kabul, he said.'), []);
});

test('blame as a noun, "the hand of X", and a retraction coordinated with the claim', () => {
  assert.deepEqual(responsibility('Officials pinned the blame on the Pakistani Taliban.').map((c) => [c.subjects.join(), c.claimant]), [['ttp', 'Officials']]);
  assert.deepEqual(only('Police suspect the hand of Lashkar-e-Taiba in the attack.').subjects, ['let']);
  assert.deepEqual(responsibility('Police see the hand of the TTP behind the talks.'), []);
  const both = responsibility('ISKP claimed the bombing and then retracted the claim.');
  assert.equal(both.length, 2, JSON.stringify(both));
  assert.ok(both.every((c) => c.subjects.join() === 'iskp'));
});

test('an apposition describing the claimant ("X, a front for Y, claimed …") accuses Y of nothing', () => {
  const text = 'Jamaat-ul-Ahrar, which officials regard as a front for the TTP, claimed the attack on Monday.';
  assert.deepEqual(responsibility(text).map((c) => c.subjects), [['jua']]);
  // Outside an apposition the relation still ties the group to the attack in the sentence.
  assert.ok(responsibility('Police said the attack was the work of a front for the TTP.').some((c) => c.subjects.join() === 'ttp'));
});

test('a passive claim: an adverb or a time before its agent, or only the medium it came through', () => {
  assert.deepEqual(only('The ambush near Tank was claimed initially by the TTP.'), { subjects: ['ttp'], claimant: 'TTP' });
  assert.deepEqual(only('The grenade attack in Kulgam was claimed the following morning by Jamaat-ul-Ahrar.').subjects, ['jua']);
  // No agent, only its medium: the group the passage is about.
  const medium = 'ISKP has grown in Kunar.\n\nThe raid on the checkpoint at Asadabad was claimed via the Amaq agency the next morning.';
  assert.deepEqual(only(medium), { subjects: ['iskp'], claimant: 'ISKP' });
  // A sentence naming another group leaves the agentless passive alone.
  assert.ok(!responsibility('ISKP has grown in Kunar.\n\nThe raid on a TTP hideout was claimed on Telegram.').some((c) => c.subjects.join() === 'iskp'));
});

test('a claim issued as a noun, and a call made to claim it', () => {
  assert.deepEqual(only('Days later ISKP put out a rival claim for the bombing of the shrine.').subjects, ['iskp']);
  // A claim of a toll is a casualties claim, not a claim of the attack.
  assert.equal(responsibility('ISKP issued a claim that its men had killed 30 soldiers.').length, 0);
  const call = 'The TTP is strong in Bannu.\n\nIts deputy spokesman rang a local newspaper to claim credit for the bombing.';
  const found = only(call);
  assert.deepEqual(found.subjects, ['ttp']);
  assert.match(found.claimant ?? '', /^TTP deputy spokesman$/);
  // A demand is no claim.
  assert.ok(!responsibility('The governor called on the TTP to take responsibility for the bombing.').some((c) => c.claimant === 'TTP'));
});

test('a commander or spokesman who names no group claims or denies for the passage\'s group', () => {
  const text = 'Jamaat-ul-Ahrar split from the TTP in 2014.\n\nAt the hospital, a commander known as Abu Hamza took credit for the siege.';
  const found = only(text);
  assert.deepEqual(found.subjects, ['jua']);
  assert.match(found.claimant ?? '', /Abu Hamza/);
  // A state's officer is no such person.
  assert.equal(responsibility('The TTP is strong in Bannu.\n\nThe provincial police chief denied any role in the shooting.').length, 0);
});

test('an accusation in a relative clause on the accused, beside the accused\'s own denial', () => {
  const found = responsibility('Jaish-e-Mohammed, which Indian officials blamed for the convoy bombing, denied any role.');
  assert.ok(found.some((c) => c.subjects.join() === 'jem' && c.claimant === 'Indian officials'), JSON.stringify(found));
  assert.ok(found.some((c) => c.subjects.join() === 'jem' && c.claimant === 'Jaish-e-Mohammed'), JSON.stringify(found));
  // Blame for something other than an attack is no claim.
  assert.ok(!responsibility('LeT, which officials blamed for the rise in extortion, runs charities.').some((c) => c.claimant === 'officials'));
});

test('an attack and, in a relative clause without its pronoun, the group that claimed or denied it', () => {
  assert.deepEqual(only('Police recalled the market bombing the TTP denied in March.'), { subjects: ['ttp'], claimant: 'TTP' });
  assert.deepEqual(only('ISKP is active in Kabul.\n\nIt followed a shooting, which the group claimed through its Telegram channel, near the ministry.').subjects, ['iskp']);
  // What follows the verb is its own object: "claimed to have foiled" is the army's, not a claim of the attack.
  assert.equal(responsibility('The TTP fled. It was the attack the army claimed to have foiled.').filter((c) => /claimed to have/.test(c.text) && c.subjects.join() === 'ttp').length, 0);
});

test('a tally of attacks in the perfect and a comparison of attacks are records; a count over a closed year is a claim', () => {
  assert.equal(responsibility('ISKP has carried out more than 20 attacks in Kunar since March.').length, 0);
  assert.equal(responsibility('The TTP mounted more attacks in 2024 than in any year before.').length, 0);
  assert.deepEqual(only('ISKP carried out more than 300 attacks in 2024, according to the report.').subjects, ['iskp']);
});

test('the claim as the subject of "accepted by", a part of the group named by its possessive, the caliphate\'s soldier in the passive, an attack on a target by a group', () => {
  assert.deepEqual(only('Responsibility for the grenade attack was eventually accepted by Jamaat-ul-Ahrar.').subjects, ['jua']);
  assert.deepEqual(only('The TTP said in a message that fighters of its Kurram chapter had ambushed the convoy.').subjects, ['ttp']);
  assert.deepEqual(only('ISKP said in a statement that the bombing was carried out by a soldier of the caliphate.').subjects, ['iskp']);
  assert.deepEqual(only('The war began with an attack on a border post near Torkham by ISKP fighters.').subjects, ['iskp']);
  // A verb between the attack and "by" makes it blame, with its own accuser.
  assert.deepEqual(only('A raid on the market was blamed by traders on JeM.'), { subjects: ['jem'], claimant: 'traders' });
});

test('claimants: the group for its own claim or statement, a monitor relaying a claim, the agent of a passive accusation', () => {
  // The claim or statement as the subject is its group's, named as the text named it.
  assert.deepEqual(only('A bomb went off in a mosque in Kunduz on Friday. ISKP is strong there.\n\nThe claim, relayed by a monitoring group, said ISKP fighters had planted the bomb.'), { subjects: ['iskp'], claimant: 'ISKP' });
  assert.equal(only('A bomb hit a bus in Quetta. Jamaat-ul-Ahrar spoke later.\n\nThe statement said a "soldier of the caliphate" had blown himself up.').claimant, 'Jamaat-ul-Ahrar');
  // A monitor relaying a claim is its claimant (second-hand); police reporting one are not.
  assert.equal(only('The TTP also claimed a rocket attack on a fort in Kurram, the SITE Intelligence Group reported.').claimant, 'the SITE Intelligence Group');
  assert.equal(only('Police said the TTP claimed the rocket attack on the fort.').claimant, 'TTP');
  // The agent of a passive accusation accuses.
  assert.equal(only('The ambush was also blamed on LeT by police in Anantnag.').claimant, 'police');
  assert.equal(only('JuA was first cited by investigators as the likely culprit.').claimant, 'investigators');
});

test('"attributed by X to Y": the accuser between "by" and "to"', () => {
  assert.deepEqual(only('The grenade attack was initially attributed by the police to a JeM module.'), { subjects: ['jem'], claimant: 'the police' });
});

test('a digest item\'s bold tag of a place and a day dates the item\'s claims that give no date of their own', () => {
  const text = 'Weekly brief, 13 July 2026\n\n- **Kurram, 8 July.** Gunmen stormed a checkpoint. The TTP claimed the attack in a post on Telegram.\n- **Bannu, July 9:** A bomb hit a police van on 10 July, and the TTP denied any role.\n';
  const found = claimsOf(text).filter((c) => c.kind === 'responsibility');
  assert.deepEqual(found.map((c) => c.isoDate), ['2026-07-08', '2026-07-10'], JSON.stringify(found.map((c) => [c.date, c.isoDate])));
});

test('the Islamic State\'s wording with the quote opened before the article: saying that "a martyrdom-seeker of the caliphate" had …', () => {
  assert.deepEqual(only('ISKP put out a notice on Telegram saying that “a martyrdom-seeker of the caliphate” had rammed a car into the checkpoint.').subjects, ['iskp']);
});

test('a spokesman\'s first person reported: told … that "two of our fighters" had stormed …', () => {
  const found = responsibility('A man identifying himself as a Jaish-e-Mohammed spokesman told a news agency by telephone that “two of our fighters” had stormed the camp.');
  assert.ok(found.some((c) => c.subjects.join() === 'jem'), JSON.stringify(found));
});

test('a claim made again or after a rival\'s: "came out with a rival claim", "reiterated its claim"', () => {
  const two = responsibility('Jamaat-ul-Ahrar took responsibility for the Mardan bombing on Sunday; the Islamic State came out with a rival claim on Monday.');
  assert.deepEqual(two.map((c) => c.subjects.join()).sort(), ['isis', 'jua']);
  assert.deepEqual(only('A week after the Kabul bombing, ISKP reiterated its claim in its weekly newsletter.').subjects, ['iskp']);
  // A claim that something is so is no claim of an attack.
  assert.equal(responsibility('Officials repeated the claim that the TTP was weakened.').length, 0);
});

test('the attacker sent, trained or armed by a group: "the bomber had been trained and armed by X"', () => {
  assert.deepEqual(only('Police said the suicide bomber had been trained and armed by Jaish-e-Mohammed before the attack.').subjects, ['jem']);
  // Only the attacker: a letter sent by a group ties it to no attack.
  assert.equal(responsibility('A letter sent by the TTP to tribal elders demanded the release of prisoners.').length, 0);
});

test('a bare "were not involved" denies for a group only with its people or a stand-in as the subject', () => {
  const denial = claimsOf('A Lashkar-e-Taiba commander told a local paper that his fighters were not involved.').filter((c) => c.kind === 'responsibility');
  assert.deepEqual(denial.map((c) => c.subjects.join()), ['let']);
  // Civilians "not involved" deny nothing for the group the sentence names.
  assert.deepEqual(only('Police said the TTP attacked the post at dawn and that civilians were not involved.').subjects, ['ttp']);
  assert.equal(responsibility('Police said the TTP attacked the post at dawn and that civilians were not involved.').length, 1);
});

test('a small count of attacks claimed in the perfect over a since-clause is a record; one day\'s two attacks are a claim', () => {
  assert.equal(responsibility('ISKP has claimed three attacks in Bajaur since March.').length, 0);
  assert.equal(responsibility('ISKP claimed two attacks in Bajaur on Monday.').length, 1);
});

test('an unknown group as the antecedent of the relative clause that claims: "an outfit calling itself X, which posted a message accepting responsibility"', () => {
  const found = responsibility('The claim came from a little-known outfit calling itself Ansar-ul-Haq, which posted a message accepting responsibility for the bombing.');
  assert.ok(found.some((c) => c.subjects.length === 0 && c.claimant === 'Ansar-ul-Haq'), JSON.stringify(found));
});

test('"X, whose spokesman told …" hangs the claim on X; a group\'s men who "planted" the device claim it', () => {
  assert.deepEqual(only('The first call came from Jamaat-ul-Ahrar, whose spokesman told reporters that “one of our brothers” had bombed the court.').subjects, ['jua']);
  assert.deepEqual(only('Hours later the TTP said in a message to journalists that its men had planted the mine.').subjects, ['ttp']);
});
