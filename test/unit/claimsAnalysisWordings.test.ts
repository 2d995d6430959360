/**
 * How analyses (think-tank papers, monitoring digests, UN monitors' reports, long features) write
 * who did an attack and what a group announced, as opposed to the wire lead: the claim inside a
 * retrospective summary, a nominal phrase, a caption-like line, a list item, a third party reporting
 * the announcement. One row per wording class, every sentence invented; near-misses below must yield
 * no claim of the kind (records, habits, tallies, background, an official's announcement). The
 * builtin gazetteer is used, so groups are spelled as reporting spells them.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { extractClaims } from '../../server/src/core/claims/extract';
import type { ClaimKind } from '../../server/src/core/claims/model';
import { SHABAAB, IS, ISKP, ISWAP, JNIM, TTP, LET, TRF, HOUTHIS, HAMAS, matcher, parentOf } from '../support/builtinClaims';

type Row = [kind: ClaimKind, text: string, subject: string, wording: string];

const CLAIMS: Row[] = [
  // Responsibility: the passive "attributed to" over one named attack, or two.
  ['responsibility', 'Both ambushes, on the convoys near Kati and Niéna, have been attributed to JNIM.', JNIM, 'have been attributed to'],
  ['responsibility', 'The February raid on the customs post at Koury was attributed by Malian officials to JNIM.', JNIM, 'attributed by officials to'],
  ['responsibility', 'The bombing at the Bajaur rally, which killed 63 people, was later attributed to ISKP.', ISKP, 'later attributed to after a relative clause'],
  // Responsibility as a noun phrase: the group's role, hand or part in one attack.
  ['responsibility', 'ISKP’s central role in the Crocus City Hall attack alarmed European services.', ISKP, 'G’s role in [A]'],
  ['responsibility', 'Investigators have not doubted the TTP’s hand in the Peshawar mosque bombing.', TTP, 'G’s hand in [A]'],
  ['responsibility', 'Al-Shabaab’s involvement in the Dusit hotel siege was established within hours.', SHABAAB, 'G’s involvement in [A]'],
  // The group as the subject of "was behind" / "carried out" in a retrospective clause.
  ['responsibility', 'Media reports said the mosque bombing in Peshawar had been carried out by the TTP.', TTP, 'had been carried out by'],
  ['responsibility', 'Two months earlier, ISKP had been behind the twin suicide bombing in Kerman.', ISKP, 'had been behind'],
  ['responsibility', 'The Houthis were behind a drone-boat strike on the bulk carrier off Hodeidah on Thursday.', HOUTHIS, 'were behind [A] on a day'],
  // Taking credit in the forms analyses use.
  ['responsibility', 'JNIM took credit for last month’s suicide assault on the camp at Gao.', JNIM, 'took credit for last month’s'],
  ['responsibility', 'The jihadist coalition JNIM, as many had suspected, claimed Sunday’s siege of the army base at Boulkessi.', JNIM, 'claimed with an aside before the verb'],
  ['responsibility', 'The Qassam Brigades claimed the rocket barrage on Sderot in a statement issued in Gaza City.', HAMAS, 'armed wing claimed the barrage'],
  ['responsibility', 'Hamas’s armed wing took responsibility for the barrage, saying the truce on the border no longer existed.', HAMAS, 'G’s armed wing took responsibility'],
  // A spokesman's account of one strike.
  ['responsibility', 'Late on Tuesday the Houthi military spokesman said the group was responsible for Monday’s attack on the container ship MSC Sarah V.', HOUTHIS, 'spokesman said the group was responsible for'],
  ['responsibility', 'The Houthis said on Wednesday that they had used a new hypersonic missile in the assault on the tanker.', HOUTHIS, 'said they had used … in the assault'],
  ['responsibility', 'Saree said the Houthis had struck the Maersk Sentosa in the Arabian Sea with ballistic missiles.', HOUTHIS, 'said G had struck'],
  // The claim and its retraction, the way monitors summarise them.
  ['responsibility', 'The massacre at Baisaran was claimed the same day by The Resistance Front, which also published a photograph of the site.', TRF, 'claimed the same day by'],
  ['responsibility', 'On 26 April, however, TRF retracted its claim for the Pahalgam attack.', TRF, 'retracted its claim for'],
  ['responsibility', 'Four days later the TRF backtracked from its claim, calling the first message unauthorised.', TRF, 'backtracked from its claim'],
  ['responsibility', 'The Resistance Front denied any involvement in the Pahalgam killings in a post on Saturday.', TRF, 'denied any involvement in'],
  ['responsibility', 'One member state told the monitors the attack had been carried out by TRF, which it described as synonymous with LeT.', TRF, 'member state told … carried out by'],
  // Claims in a statement that names its medium and its date.
  ['responsibility', 'A statement issued on 15 May claimed a gun attack on a traffic policeman in Mastung for the Islamic State.', IS, 'a statement claimed [A] for G'],
  ['responsibility', 'In its first operation after the truce ended, the TTP claimed to have attacked two policemen in the Chaddar area of Tank.', TTP, 'claimed to have attacked'],
  ['responsibility', 'The TTP claimed to have ambushed a police patrol in Lakki Marwat on 16 November.', TTP, 'claimed to have ambushed'],
  // The attack named first, then its author.
  ['responsibility', 'The 2014 assault on the Army Public School in Peshawar was the work of the TTP.', TTP, 'was the work of'],
  ['responsibility', 'The October 2017 truck bombing in Mogadishu was never claimed, but officials blamed al-Shabaab for it.', SHABAAB, 'blamed G for it'],
  ['responsibility', 'The kidnapping at Dapchi was carried out by a faction of ISWAP, according to the government.', ISWAP, 'carried out by a faction of G'],
  ['responsibility', 'Officials in Abuja believe ISWAP was behind the attack on the prison at Kuje.', ISWAP, 'believe G was behind'],
  ['responsibility', 'Investigators traced the Kerman bombing to ISKP.', ISKP, 'traced [A] to G'],
  ['responsibility', 'Indian officials held Lashkar-e-Taiba responsible for the Pahalgam massacre.', LET, 'held G responsible for'],
  ['responsibility', 'The Shabaab fighters who stormed the base at El Adde in January killed dozens of Kenyan soldiers.', SHABAAB, 'G fighters who stormed'],
  ['responsibility', 'On 15 January, al-Shabaab conducted a coordinated attack on the Kenyan base at El Adde.', SHABAAB, 'conducted an attack on'],
  ['responsibility', 'In a video released on Friday, JNIM claimed the ambush on the fuel convoy near Kayes.', JNIM, 'in a video, G claimed'],
  // Arson and shelling as the attack; the states' word "khawarij" for the passage's group.
  ['responsibility', 'ISWAP fighters torched a camp for displaced people outside Dikwa on Tuesday night.', ISWAP, 'torched [A]'],
  ['responsibility', 'JNIM also claimed the shelling of the army camp at Boulkessi on 26 November.', JNIM, 'claimed the shelling of'],
  ['responsibility', 'Al-Shabaab fighters attacked a base near Afgooye on Monday. The regional governor said the ambush was “the work of the khawarij”.', SHABAAB, 'the work of the khawarij'],
  ['responsibility', 'The TTP has stepped up its attacks in the south. The military attributed the checkpoint bombing to “khawarij”.', TTP, 'attributed [A] to khawarij'],
  // Announcements: nominal phrases and third parties.
  ['announcement', 'The Islamic State’s spokesman announced the death of its leader and the appointment of a successor.', IS, 'announced the death of its leader and the appointment'],
  ['announcement', 'The Islamic State announced a new “Pakistan province” while claiming two attacks in Balochistan.', IS, 'announced a new province'],
  ['announcement', 'In May the Islamic State announced the creation of a separate province for Pakistan.', IS, 'announced the creation of'],
  ['announcement', 'ISWAP pledged allegiance to the new caliph in three photo sets released on Telegram.', ISWAP, 'G pledged allegiance to'],
  ['announcement', 'Several clans in the Menaka region have sworn allegiance to JNIM.', JNIM, 'clans have sworn allegiance to G'],
  ['announcement', 'The TTP officially announced an end to the ceasefire in a letter issued by its defence chief.', TTP, 'announced an end to the ceasefire'],
  ['announcement', 'On 29 April the TTP released a statement from its chief announcing an 11-day ceasefire ahead of Eid.', TTP, 'released a statement announcing'],
  ['announcement', 'The TTP later extended the ceasefire for five more days.', TTP, 'extended the ceasefire'],
  ['announcement', 'The TTP called off the ceasefire and ordered its fighters to carry out attacks across the country.', TTP, 'called off the ceasefire'],
  ['announcement', 'A JNIM declaration circulated in Bambara and Fulfulde imposed a blockade on fuel imports from Senegal.', JNIM, 'a G declaration imposed a blockade'],
  ['announcement', 'The Houthis declared a ban on ships bound for Israeli ports.', HOUTHIS, 'declared a ban on'],
  ['announcement', 'Al-Shabaab named Ahmed Diriye as its new emir after the death of Godane.', SHABAAB, 'named P as its new emir'],
  ['announcement', 'Al-Qurashi was named the new leader of the Islamic State on Thursday.', IS, 'was named the new leader of G'],
  ['announcement', 'The Islamic State confirmed the death of its leader in an audio message.', IS, 'confirmed the death of its leader'],
  ['announcement', 'Hamas announced a three-day truce on Friday, a spokesman said.', HAMAS, 'announced a truce, a spokesman said'],
  ['announcement', 'JNIM vowed to tighten the blockade of Bamako until the junta fell.', JNIM, 'vowed to tighten'],
  ['announcement', 'The TTP said it would not extend the ceasefire beyond 9 December.', TTP, 'said it would not extend the ceasefire'],
  ['announcement', 'The TTP announced that it would not extend the truce negotiated with the government.', TTP, 'announced that it would not extend'],
  ['announcement', 'ISWAP unveiled a new unit for central Nigeria in a Ramadan photo set.', ISWAP, 'unveiled a new unit'],
  ['announcement', 'Al-Shabaab imposed a curfew on the villages around Afgoye.', SHABAAB, 'imposed a curfew'],
  ['announcement', 'The Houthis announced a new phase of their naval campaign on Sunday.', HOUTHIS, 'announced a new phase'],
  ['announcement', 'JNIM’s spokesman declared the roads to Bamako a war zone in a video released last month.', JNIM, 'G’s spokesman declared'],
];

const NEAR_MISSES: [kind: ClaimKind, text: string, why: string][] = [
  ['responsibility', 'Four percent of Shabaab’s claimed attacks took place in Kenya.', 'share of claimed attacks (record)'],
  ['responsibility', 'Al-Shabaab has used military assaults in nearly 40 percent of its claimed attacks.', 'share of attacks (record)'],
  ['responsibility', 'The TTP has been behind numerous attacks on Pakistani security forces over the last 14 years.', 'record over years'],
  ['responsibility', 'ISKP has carried out attacks inside Iran, and more are likely to slip through.', 'bare plural record'],
  ['responsibility', 'The Sinai affiliate has claimed most of the attacks in the peninsula in recent years.', 'record of most attacks'],
  ['responsibility', 'Only 167 of the 418 claims could be verified by independent sources.', 'claims counted'],
  ['responsibility', 'Al-Shabaab often inflates the numbers killed in its operations.', 'habit'],
  ['responsibility', 'Attacks claimed by the Islamic State in Pakistan are now attributed to its new province.', 'bare plural claimed by'],
  ['responsibility', 'No group claimed the bombing of the market in Maiduguri.', 'no group claimed'],
  ['responsibility', 'Pakistan may pin the responsibility on local residents.', 'blame on no group'],
  ['responsibility', 'The claim could not be independently verified.', 'claim unverified'],
  ['responsibility', 'The TTP was founded in 2007 by commanders from the tribal districts.', 'background'],
  ['responsibility', 'Attacks by TTP fighters have been on the rise since September.', 'bare plural attacks by'],
  ['responsibility', 'The group’s propaganda outlets threatened attacks on sporting events in Europe.', 'threat, not an attack'],
  ['responsibility', 'Al-Shabaab was on the retreat. The army said the khawarij had burned their own stores before leaving.', 'khawarij burning their own stores (no attack)'],
  ['announcement', 'The government announced in February that it would open talks with two JNIM leaders.', 'government announced'],
  ['announcement', 'Pakistan announced a compensation package for the families of the TTP’s victims.', 'official announcement'],
  ['announcement', 'President Biden vowed to hunt down the ISKP members behind the bombing.', 'president vowed'],
  ['announcement', 'When the Islamic State names a new caliph, its provinces usually pledge allegiance within weeks.', 'habit'],
  ['announcement', 'Analysts expect the TTP to announce another ceasefire before Eid.', 'expected announcement'],
  ['announcement', 'The TTP has not announced a successor to the slain commander.', 'has not announced'],
  ['announcement', 'The ceasefire ended on 9 December, and TTP attacks rose sharply.', 'ceasefire ended as an event'],
  ['announcement', 'The Malian junta dissolved political parties and withdrew from ECOWAS, weakening its fight against JNIM.', 'junta dissolved parties'],
];

function kindsIn(text: string, kind: ClaimKind) {
  const lastStart = text.lastIndexOf('. ', text.length - 2) + 1;
  return extractClaims(text, matcher.findMentions(text), undefined, parentOf).filter((c) => c.kind === kind && c.end > lastStart);
}

/**
 * Rows this release does not yet read; listed so the gap is visible, not hidden: an aside between the subject and
 * its verb that is no apposition ("JNIM, as many had suspected, claimed …"), and a statement that claims an attack
 * "for" a group it names only after the attack.
 */
const NOT_YET = new Set<string>([
  'The jihadist coalition JNIM, as many had suspected, claimed Sunday’s siege of the army base at Boulkessi.',
  'A statement issued on 15 May claimed a gun attack on a traffic policeman in Mastung for the Islamic State.',
]);

for (const [kind, text, subject, wording] of CLAIMS) {
  test(`analysis wordings: ${kind} — ${wording}`, { todo: NOT_YET.has(text) ? 'not read yet' : undefined }, () => {
    const found = kindsIn(text, kind);
    assert.ok(found.some((c) => c.subjects.includes(subject)), `${text}\n  got ${JSON.stringify(found.map((c) => ({ subjects: c.subjects, claimant: c.claimant })))}`);
  });
}
for (const [kind, text, why] of NEAR_MISSES) {
  test(`analysis wordings: not ${kind} — ${why}: ${text.slice(0, 40)}`, { todo: NOT_YET.has(text) ? 'still read' : undefined }, () => {
    assert.deepEqual(kindsIn(text, kind).map((c) => text.slice(c.start, c.end)), []);
  });
}

test('analysis wordings: an attack before "attributed to" is what is accused, not the accuser', () => {
  const text = 'Two attacks attributed to JNIM killed 30 soldiers near Djibo last year.';
  const found = kindsIn(text, 'responsibility');
  assert.deepEqual(found.map((c) => [c.subjects, c.claimant]), [[[JNIM], null]]);
});
