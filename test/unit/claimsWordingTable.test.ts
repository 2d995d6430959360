/**
 * A table of wordings, one row per way real reporting writes a responsibility claim, an
 * announcement or a strength figure (wire copy, monitoring digests, UN monitors' reports as agencies
 * carry them, statements quoted by papers), plus near-misses that must yield no claim of the kind:
 * records, tallies, speculation, negation, figures that are tolls, years or hauls. Every sentence is
 * invented; each row names the group the claim must carry. The builtin gazetteer is used, so the
 * groups are spelled as reporting spells them.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { extractClaims } from '../../server/src/core/claims/extract';
import type { ClaimKind } from '../../server/src/core/claims/model';
import { SHABAAB, IS, ISKP, ISWAP, JNIM, TTP, BH, LET, JEM, ISGS, matcher, parentOf } from '../support/builtinClaims';

type Row = [kind: ClaimKind, text: string, subject: string, wording: string];

/** Each row: the kind, the sentence (its last sentence carries the claim), the group, the wording class. */
const CLAIMS: Row[] = [
  // Responsibility: the group's own claim, in the forms wire copy and digests use.
  ['responsibility', 'Al-Shabaab said it was behind Sunday’s suicide bombing at a hotel in Mogadishu.', SHABAAB, 'said it was behind'],
  ['responsibility', 'The attack was claimed by the Islamic State in a statement on its Amaq outlet late on Tuesday.', IS, 'passive with by'],
  ['responsibility', 'ISWAP’s media wing said its fighters had ambushed the convoy near Damboa.', ISWAP, 'possessive media wing said its fighters'],
  ['responsibility', 'In a claim posted on Telegram, the Islamic State West Africa Province said its fighters had detonated a bomb under an army truck near Monguno.', ISWAP, 'in a claim posted on'],
  ['responsibility', 'JNIM took credit for the ambush in a message posted on Sunday.', JNIM, 'took credit'],
  ['responsibility', 'The TTP, which claimed the bombing, said the police had been its target.', TTP, 'relative clause which claimed'],
  ['responsibility', 'A claim of responsibility issued by al-Shabaab said a martyrdom-seeker had driven the car bomb into the gate.', SHABAAB, 'nominal claim issued by'],
  ['responsibility', 'The Islamic State claimed the shooting as its own in a statement published on Thursday.', IS, 'claimed as its own'],
  ['responsibility', 'Hours later, the TTP owned up to the assault on the checkpoint.', TTP, 'owned up to'],
  ['responsibility', 'Responsibility for the blast was claimed by Jamaat-ul-Ahrar on Monday.', 'jamaat-ul-ahrar', 'passive responsibility claimed by'],
  ['responsibility', 'The Pakistani Taliban’s claim of the attack came within an hour of the blast.', TTP, 'nominal possessive claim of'],
  ['responsibility', 'Responsibility for the massacre rests with Boko Haram, the governor said.', BH, 'responsibility rests with'],
  ['responsibility', 'Hezbollah said in a statement that its fighters had fired a barrage of rockets at an Israeli army post.', 'hezbollah', 'said in a statement that its fighters had'],
  ['responsibility', 'JNIM announced its responsibility for an ambush on a military convoy near Kayes.', JNIM, 'announced its responsibility'],
  ['responsibility', 'Al-Shabaab confirmed it was behind the blast.', SHABAAB, 'confirmed it was behind'],
  ['responsibility', 'JNIM confirmed its responsibility for the attack on the camp at Boulkessi.', JNIM, 'confirmed its responsibility'],
  ['responsibility', 'The Resistance Front claimed the killing of the two workers on its Telegram channel.', 'trf', 'claimed the killing'],
  ['responsibility', 'The Islamic State has claimed responsibility for the stabbing through its Amaq news agency.', IS, 'claimed responsibility through outlet'],
  ['responsibility', 'Amaq, the Islamic State’s news agency, said a soldier of the caliphate had carried out the shooting.', IS, 'outlet said a soldier'],
  ['responsibility', 'The attack was later claimed by ISKP.', ISKP, 'passive later claimed'],
  ['responsibility', 'Claimed by al-Shabaab within hours, the bombing killed at least 12 people.', SHABAAB, 'participle opening claimed by'],
  ['responsibility', 'The bombing, claimed by the Islamic State Khorasan Province, killed 14 worshippers.', ISKP, 'reduced relative claimed by'],
  ['responsibility', 'Abu Musab, the military spokesman of al-Shabaab, told Reuters the group was behind the attack.', SHABAAB, 'spokesman told … the group was behind'],
  ['responsibility', '“We carried out the attack on the base,” said a spokesman for JNIM.', JNIM, 'quoted we carried out'],
  ['responsibility', 'Boko Haram leader Abubakar Shekau claimed the kidnapping of the schoolboys in a video.', BH, 'leader claimed the kidnapping'],
  ['responsibility', 'The Tehreek-e-Taliban Pakistan accepted responsibility for the attack in a message to reporters.', TTP, 'accepted responsibility'],
  ['responsibility', 'ISIS-K claimed the Kabul airport bombing, saying one of its suicide bombers had carried it out.', ISKP, 'claimed … saying'],
  ['responsibility', 'In an audio message, an ISWAP spokesman said the group had carried out the raid on Dikwa.', ISWAP, 'in an audio message, spokesman said the group had'],
  ['responsibility', 'JNIM released a video claiming the attack on the army camp at Niafunké.', JNIM, 'released a video claiming'],
  ['responsibility', 'A TTP statement said its fighters had attacked the checkpoint in Bannu overnight.', TTP, 'a G statement said its fighters'],
  ['responsibility', 'Hezbollah announced that it had targeted an Israeli position with guided missiles.', 'hezbollah', 'announced that it had targeted'],
  ['responsibility', 'The Islamic State claimed the shooting late on Sunday, describing the gunman as one of its soldiers.', IS, 'claimed … late on Sunday'],
  ['responsibility', 'Al-Shabaab, which said it carried out the raid, put the number of soldiers killed at 30.', SHABAAB, 'relative clause which said it carried out'],
  ['responsibility', 'The Islamic State Khorasan Province issued a claim for the bombing on Telegram.', ISKP, 'issued a claim for'],
  ['responsibility', 'In a post on its Telegram channel, the TRF claimed the grenade attack in Srinagar.', 'trf', 'in a post on …, G claimed'],
  ['responsibility', 'The attack on the hotel was claimed by al-Shabaab’s Radio Andalus.', SHABAAB, 'passive by G’s outlet'],
  ['responsibility', 'A spokesman for Lashkar-e-Taiba said the group had carried out the raid on the camp.', LET, 'spokesman for G said the group had carried out'],
  ['responsibility', 'Jaish-e-Mohammed said its suicide squad had rammed the convoy in Pulwama.', JEM, 'said its squad had rammed'],
  ['responsibility', 'JNIM said it was responsible for the ambush.', JNIM, 'said it was responsible'],
  ['responsibility', 'ISKP has taken responsibility for the blast at the mosque in Kunduz.', ISKP, 'has taken responsibility'],
  ['responsibility', 'The Islamic State’s claim for the Moscow concert hall attack was published by Amaq.', IS, 'possessive claim for'],
  ['responsibility', 'Boko Haram has owned the abduction of the students, according to a video seen by AFP.', BH, 'owned the abduction'],
  ['responsibility', 'Al-Shabaab admitted that its fighters had attacked the base at El Baraf.', SHABAAB, 'admitted that its fighters'],
  ['responsibility', 'The ambush was carried out by JNIM fighters, the group said in a statement.', JNIM, 'passive carried out by G fighters, group said'],
  ['responsibility', 'ISWAP posted photographs on Telegram that it said showed its fighters storming the base at Malam Fatori.', ISWAP, 'posted photographs it said showed'],
  // The same classes again, other wordings (the fixes are by class, not by sentence).
  ['responsibility', 'Al-Shabaab acknowledged its responsibility for the blast in a message on Radio Andalus.', SHABAAB, 'acknowledged its responsibility'],
  ['responsibility', 'The Islamic State Khorasan Province declared its responsibility for the shooting in a short statement.', ISKP, 'declared its responsibility'],
  ['responsibility', 'Responsibility for the bombing lies squarely with the TTP, the interior minister said.', TTP, 'responsibility lies with'],
  ['responsibility', 'Hezbollah said its fighters had launched dozens of Katyusha rockets at an Israeli artillery position.', 'hezbollah', 'said its fighters had launched rockets'],
  ['responsibility', 'The TTP said in a statement that its men had fired two mortar rounds at the Frontier Corps fort.', TTP, 'said its men had fired mortar rounds'],
  ['responsibility', 'ISKP released footage showing its fighters storming a Taliban checkpoint in Kunar.', ISKP, 'released footage showing its fighters storming'],
  ['responsibility', 'The Tehreek-e-Taliban Pakistan’s claim for the police station raid came late on Friday.', TTP, 'possessive claim for … came'],
  ['announcement', 'In a video statement, the TTP’s chief said the movement would form a women’s wing.', TTP, 'chief said the movement would'],
  ['announcement', 'Boko Haram’s new chief was introduced in a video posted by the faction.', BH, 'passive new chief was introduced'],
  ['announcement', 'ISKP said in a statement it had merged its Bajaur and Kunar cells into one unit.', ISKP, 'said in a statement it had merged its cells into'],
  ['strength', 'The 3,000-strong al-Shabaab force in Jubaland answers to a regional emir.', SHABAAB, 'N-strong G force'],
  ['strength', 'ISKP could still muster some 1,500 fighters in Kunar, officials said.', ISKP, 'could still muster'],
  ['strength', 'A Member State assessed the strength of the TTP in Kunar at 3,000 fighters.', TTP, 'assessed the strength of G at'],
  // Claims inside longer sentences, as wire copy builds them.
  ['responsibility', 'Police blamed the TTP for the attack on the checkpoint in Bannu.', TTP, 'blamed G for the attack on a target'],
  ['responsibility', 'Officials blamed Monday’s attack on a police station in Lakki Marwat on the TTP.', TTP, 'blamed an attack on a target on G'],
  ['responsibility', 'Al-Shabaab, the group behind Sunday’s hotel bombing, has vowed more attacks in Mogadishu.', SHABAAB, 'G, the group behind the attack,'],
  ['responsibility', 'The group behind the massacre, Boko Haram, has not commented.', BH, 'the group behind the attack, G,'],
  ['responsibility', 'ISWAP said its fighters had killed 40 soldiers in the raid on Marte, which it claimed on Telegram.', ISWAP, 'the raid on a place, which it claimed'],
  ['responsibility', 'Amaq, the Islamic State’s news agency, published a claim saying its “soldiers” had attacked a village near Beni.', IS, 'saying its quoted “soldiers” had attacked'],
  ['responsibility', 'The Islamic State’s Amaq agency said its “soldiers” had attacked a Christian village near Beni.', IS, 'said its quoted “soldiers” had attacked'],
  ['responsibility', 'The TTP, in a statement issued hours after the blast, said a suicide bomber from its ranks had targeted the convoy.', TTP, 'a bomber from its ranks'],
  ['responsibility', '“Lashkar-e-Taiba did this, and we will prove it,” the police chief said.', LET, 'quoted G did this'],
  ['responsibility', 'Al-Shabaab attacked the base at dawn. “They have admitted it,” the governor said of al-Shabaab.', SHABAAB, 'they have admitted it'],
  ['responsibility', '“JNIM has owned it, so there is no mystery,” a security source said.', JNIM, 'G has owned it'],
  ['responsibility', 'In claiming the attack, ISWAP said its fighters had burnt two armoured vehicles.', ISWAP, 'participle opening: in claiming the attack, G'],
  ['responsibility', 'Claiming responsibility for the blast, the TTP said the police had been its target.', TTP, 'participle opening: claiming responsibility, G'],
  // Announcements.
  ['announcement', 'The Islamic State announced a new leader in an audio message released on Thursday.', IS, 'announced a new leader'],
  ['announcement', 'The Islamic State named Abu Hafs al-Hashimi al-Qurashi as its new caliph.', IS, 'named P as its new'],
  ['announcement', 'In an audio message, an ISKP spokesman said the group would step up attacks on the Taliban.', ISKP, 'in an audio message, spokesman said the group would'],
  ['announcement', 'Al-Shabaab declared a ban on the use of plastic bags in areas it controls.', SHABAAB, 'declared a ban'],
  ['announcement', 'The TTP announced an end to its ceasefire with the government on Monday.', TTP, 'announced an end to its ceasefire'],
  ['announcement', 'JNIM declared a blockade of the town of Djibo last month.', JNIM, 'declared a blockade'],
  ['announcement', 'ISWAP appointed a new wali for the Lake Chad region.', ISWAP, 'appointed a new wali'],
  ['announcement', 'A faction of Boko Haram pledged allegiance to the Islamic State in 2015.', BH, 'pledged allegiance'],
  ['announcement', 'The Islamic State confirmed the death of its leader in a statement on Telegram.', IS, 'confirmed the death of its leader'],
  ['announcement', 'Hamas announced a three-day truce in a statement on Saturday.', 'hamas', 'announced a truce'],
  ['announcement', 'Hezbollah issued a statement declaring that it would respond to the strike on Beirut.', 'hezbollah', 'issued a statement declaring'],
  ['announcement', 'Al-Qaeda announced the formation of a South Asian branch in a video released in 2014.', 'al-qaeda', 'announced the formation'],
  ['announcement', 'The TTP unveiled a new shadow government with ministries and provinces.', TTP, 'unveiled'],
  ['announcement', 'JNIM leader Iyad Ag Ghaly announced in a video that the group would negotiate with Bamako.', JNIM, 'leader announced in a video that the group would'],
  ['announcement', 'The Islamic State West Africa Province has named a new governor, according to a statement carried by al-Naba.', ISWAP, 'has named a new governor'],
  ['announcement', 'Jaish-e-Mohammed said it had merged its Kashmir units into a single command.', JEM, 'said it had merged'],
  ['announcement', 'The Afghan Taliban declared a three-day ceasefire for the Eid holiday.', 'afghan-taliban', 'declared a ceasefire'],
  ['announcement', 'The TTP extended its ceasefire by a month, the group’s spokesman said.', TTP, 'extended its ceasefire'],
  ['announcement', 'Boko Haram’s new leader was named in a video released by the group.', BH, 'passive new leader was named'],
  ['announcement', 'A new emir for the Islamic State Sahel Province was announced by the group on Thursday.', ISGS, 'passive announced by the group'],
  ['announcement', 'ISKP launched a new Urdu-language magazine last week.', ISKP, 'launched a magazine'],
  ['announcement', 'Al-Shabaab imposed a levy on livestock traders in Bay region, according to residents.', SHABAAB, 'imposed a levy'],
  ['announcement', 'The TTP’s spokesman said the group had called off the truce with immediate effect.', TTP, 'spokesman said the group had called off'],
  ['announcement', 'In a statement issued on Friday, JNIM declared that it would no longer allow fuel trucks to reach the capital.', JNIM, 'in a statement, G declared that it would'],
  // Strength.
  ['strength', 'Al-Shabaab has an estimated 7,000 to 12,000 fighters, according to a UN report.', SHABAAB, 'has an estimated N'],
  ['strength', 'The 5,000-strong Islamic State West Africa Province controls islands in Lake Chad.', ISWAP, 'N-strong'],
  ['strength', 'ISKP, numbering some 4,000 fighters, remains the Taliban’s main rival.', ISKP, 'numbering N'],
  ['strength', 'The TTP has between 5,000 and 6,500 militants in Afghanistan, UN monitors say.', TTP, 'between N and M militants'],
  ['strength', 'JNIM’s ranks have swelled to an estimated 6,000 fighters.', JNIM, 'ranks have swelled to'],
  ['strength', 'Al-Shabaab is capable of fielding some 10,000 fighters.', SHABAAB, 'capable of fielding'],
  ['strength', 'The Islamic State has 5,000 to 7,000 members across Syria and Iraq, according to a UN report.', IS, 'N members, according to a UN report'],
  ['strength', 'ISWAP is believed to have fewer than 5,000 fighters.', ISWAP, 'believed to have fewer than'],
  ['strength', 'There are an estimated 3,500 to 4,500 ISIS fighters in Afghanistan.', IS, 'there are an estimated N G fighters'],
  ['strength', 'Between 20,000 and 30,000 Islamic State fighters remain in Iraq and Syria.', IS, 'N G fighters remain'],
  ['strength', 'As many as 12,000 al-Shabaab fighters operate across southern Somalia.', SHABAAB, 'as many as N G fighters operate'],
  ['strength', 'The Islamic State still commands between 5,000 and 7,000 members.', IS, 'commands N members'],
  ['strength', 'The number of ISKP fighters in Afghanistan has been estimated at 4,000 to 6,000.', ISKP, 'the number of G fighters has been estimated at'],
  ['strength', 'Boko Haram has fewer than 2,000 fighters under its current leader.', BH, 'has fewer than'],
  ['strength', 'Lashkar-e-Taiba’s strength in the valley is put at about 150 militants.', LET, 'strength is put at'],
  ['strength', 'Al-Shabaab can deploy around 17,000 militiamen, according to Kenyan officials.', SHABAAB, 'can deploy'],
  ['strength', 'The TTP’s fighting force has grown to some 6,000 men.', TTP, 'fighting force has grown to'],
  ['strength', 'JNIM, with perhaps 6,000 fighters, is the largest jihadist force in the Sahel.', JNIM, 'G, with perhaps N fighters,'],
  ['strength', 'Total Islamic State membership in Iraq and Syria was between 20,000 and 30,000 individuals, member states told the monitors.', IS, 'membership was N individuals'],
  ['strength', 'One Member State estimated the strength of ISKP at 2,000 fighters.', ISKP, 'estimated the strength of G at'],
  ['strength', 'The Islamic State in the Greater Sahara is thought to have some 2,000 to 3,000 fighters.', ISGS, 'is thought to have'],
  ['strength', 'Al-Shabaab’s membership is estimated at between 7,000 and 12,000.', SHABAAB, 'membership is estimated at'],
  ['strength', 'A 2011 UN report estimated al-Shabaab’s strength to be about 5,000 fighters.', SHABAAB, 'estimated G’s strength to be'],
  ['strength', 'The TTP’s fighters now number about 6,000, according to the monitors.', TTP, 'fighters number'],
  ['strength', 'Officials say ISWAP commands a force of between 3,000 and 5,000 men around Lake Chad.', ISWAP, 'commands a force of'],
];

/** Each row: the kind that must NOT be read, the sentence, why. */
const NEAR_MISSES: [kind: ClaimKind, text: string, why: string][] = [
  ['responsibility', 'The TTP has claimed many attacks in the past.', 'a record'],
  ['responsibility', 'Al-Shabaab has claimed more than 40 attacks in Mogadishu since January.', 'a tally'],
  ['responsibility', 'No group has claimed responsibility for the blast in Quetta.', 'no claimant'],
  ['responsibility', 'It was not immediately clear who was behind the attack on the ISKP prison.', 'nobody named'],
  ['responsibility', 'Al-Shabaab frequently claims attacks on African Union bases.', 'a habit'],
  ['responsibility', 'JNIM has a history of claiming attacks days after they happen.', 'a habit'],
  ['responsibility', 'Amaq has published claims for hundreds of Islamic State attacks since 2014.', 'a tally'],
  ['responsibility', 'The Islamic State’s claims of responsibility often exaggerate the toll.', 'a habit'],
  ['responsibility', 'Analysts said ISKP fighters have attacked Taliban checkpoints across the north this year.', 'a record'],
  ['responsibility', 'Boko Haram has carried out attacks in Nigeria, Niger, Chad and Cameroon.', 'a record'],
  ['announcement', 'The government announced a curfew in Borno after the ISWAP raid.', 'an official announcement'],
  ['announcement', 'Officials announced a reward for information about the TTP commander.', 'an official announcement'],
  ['announcement', 'The TTP has repeatedly announced ceasefires.', 'a habit'],
  ['announcement', 'Analysts expect al-Shabaab to name a new leader soon.', 'speculation'],
  ['announcement', 'The Taliban have said they will investigate the killing of the ISKP commander.', 'a stance, no spokesman or medium'],
  ['announcement', 'Police said the TTP would face a crackdown after the attack.', 'an official about the group'],
  ['responsibility', 'Thousands of suspected al-Shabaab supporters were screened at the camp.', 'suspected, no attack'],
  ['responsibility', 'The ISWAP-claimed attacks in Borno doubled last year.', 'a compound over a bare plural'],
  ['responsibility', 'The army released footage showing its soldiers storming a JNIM camp.', 'the army’s footage'],
  ['responsibility', 'ISKP released a video showing its fighters training in Kunar.', 'footage of training'],
  ['responsibility', 'It is not clear which group was behind the attack on the ISKP prison.', 'no group named as author'],
  ['responsibility', 'Police blamed the TTP for a rise in extortion on the highway.', 'blame for something other than an attack'],
  ['responsibility', 'What the TTP did this year was unprecedented, one analyst said.', 'did this year, no attack'],
  ['responsibility', 'The TTP admitted it had lost two commanders in the clash.', 'admitted a loss'],
  ['strength', 'About 11,000 suspected Islamic State fighters are held in camps in north-east Syria.', 'detainees'],
  ['strength', 'Al-Shabaab fighters killed 20 soldiers in the raid on the base.', 'a toll'],
  ['strength', 'The TTP was founded in 2007 by Baitullah Mehsud.', 'a year'],
  ['strength', 'Police arrested 40 suspected Lashkar-e-Taiba militants in March.', 'a haul'],
  ['strength', 'If ISKP had 5,000 fighters, it would dominate the province.', 'a supposition'],
  ['strength', 'More than 30,000 people have been killed since the Boko Haram insurgency began in 2009.', 'a toll and a year'],
  ['strength', 'About 300 ISWAP fighters attacked the base at Malam Fatori on Sunday.', 'a raiding party'],
  ['strength', 'The Islamic State declared its caliphate in 2014, and 2,000 foreigners had joined by 2015.', 'recruits over time, no force'],
];

function kindsIn(text: string, kind: ClaimKind) {
  const lastStart = text.lastIndexOf('. ', text.length - 2) + 1;
  return extractClaims(text, matcher.findMentions(text), undefined, parentOf).filter((c) => c.kind === kind && c.end > lastStart);
}

/** Rows this release does not yet read; listed so the gap is visible, not hidden. */
const NOT_YET = new Set<string>([]);

for (const [kind, text, subject, wording] of CLAIMS) {
  test(`wording table: ${kind} — ${wording}`, { todo: NOT_YET.has(text) ? 'not read yet' : undefined }, () => {
    const found = kindsIn(text, kind);
    assert.ok(found.some((c) => c.subjects.includes(subject)), `${text}\n  got ${JSON.stringify(found.map((c) => ({ subjects: c.subjects, claimant: c.claimant })))}`);
  });
}
for (const [kind, text, why] of NEAR_MISSES) {
  test(`wording table: not ${kind} — ${why}: ${text.slice(0, 40)}`, { todo: NOT_YET.has(text) ? 'still read' : undefined }, () => {
    assert.deepEqual(kindsIn(text, kind).map((c) => text.slice(c.start, c.end)), []);
  });
}
