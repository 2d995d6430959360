/**
 * Relations between groups, data-driven: each case is a text and the relations expected from it,
 * written "from type to" with the gazetteer ids, then polarity, hedging, claimant and ISO date when
 * given. A case expecting nothing is a trap. Uses the built-in gazetteer, as the editor does.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { compareRelations, describeRelation, extractRelations } from '../../server/src/core/claims/relations';
import { Claim, Relation } from '../../server/src/core/claims/model';
import { loadBuiltinGazetteer } from '../../server/src/core/gazetteer/files';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';
import { buildDocument } from '../../server/src/core/text/document';
import { splitSentences } from '../../server/src/core/text/sentences';

const matcher = new GroupMatcher(loadBuiltinGazetteer());

function relationsOf(text: string, sentences: readonly { start: number; end: number }[] = buildDocument(text).sentences): Claim[] {
  return extractRelations(text, sentences, matcher.findMentions(text), { documentDate: '2024-05-01' });
}

interface Expected {
  /** "from type to" */
  is: string;
  polarity?: 'asserted' | 'denied';
  hedged?: boolean;
  claimant?: string | null;
  date?: string | null;
}

const cases: [string, string, Expected[]][] = [
  // assertions, each type, direction right
  ['appositive splinter, with date', 'Jamaat-ul-Ahrar, a faction that rejoined the TTP in 2020, claimed the blast.', [{ is: 'jamaat-ul-ahrar rejoined ttp', polarity: 'asserted', hedged: false, claimant: null, date: '2020' }]],
  ['"a splinter group of" after the splinter', 'Jamaat-ul-Ahrar, a splinter group of the Tehrik-e-Taliban Pakistan, said it carried out the attack.', [{ is: 'jamaat-ul-ahrar splinter-from ttp' }]],
  ['prenominal "the TTP splinter group X"', 'Police blamed the TTP splinter group Jamaat-ul-Ahrar for the blast.', [{ is: 'jamaat-ul-ahrar splinter-from ttp' }]],
  ['"broke away from" with a full date', 'Jamaat-ul-Ahrar broke away from the TTP on 26 August 2014.', [{ is: 'jamaat-ul-ahrar splinter-from ttp', date: '2014-08-26' }]],
  ['possessive "Y\'s affiliate, X"', "The Islamic State's Afghan affiliate, ISKP, has grown.", [{ is: 'iskp faction-of isis' }]],
  ['"the Afghan branch of"', 'Islamic State Khorasan Province, the Afghan branch of the Islamic State, claimed the attack.', [{ is: 'iskp faction-of isis' }]],
  ['"part of", with the attribution as claimant', 'The Haqqani Network is part of the Taliban, analysts say.', [{ is: 'haqqani-network faction-of afghan-taliban', claimant: 'analysts' }]],
  ['merged into', 'Jamaat-ul-Ahrar merged into the Tehrik-e-Taliban Pakistan in August 2020.', [{ is: 'jamaat-ul-ahrar merged-into ttp', date: '2020-08' }]],
  ['"merged back into" is a rejoining', 'Jamaat-ul-Ahrar merged back into the TTP in 2020.', [{ is: 'jamaat-ul-ahrar rejoined ttp', date: '2020' }]],
  ['"Y absorbed X" reverses', 'The Tehrik-e-Taliban Pakistan absorbed Jamaat-ul-Ahrar in 2020.', [{ is: 'jamaat-ul-ahrar merged-into ttp' }]],
  ['allied with, inside a relative clause', 'The group, which is separate from but allied with the Afghan Taliban, denied involvement.', []],
  ['allied with, the anaphor resolves', 'Officials blamed the Tehrik-e-Taliban Pakistan. The group, which is separate from but allied with the Afghan Taliban, denied involvement.', [{ is: 'ttp allied-with afghan-taliban' }]],
  ['works closely with', 'Security officials believe LeJ now works closely with ISKP in Balochistan.', [{ is: 'lashkar-e-jhangvi allied-with iskp', claimant: 'Security officials' }]],
  ['rival of, through a parenthetical', 'ISIS-K, as US officials call the group, is a bitter rival of the Taliban.', [{ is: 'iskp rival-of afghan-taliban' }]],
  ['"X and Y are rivals"', 'ISKP and the Taliban are bitter rivals.', [{ is: 'iskp rival-of afghan-taliban' }]],
  ['clashes between', 'Clashes between the Taliban and ISKP killed 20 people in Nangarhar.', [{ is: 'afghan-taliban rival-of iskp' }]],
  ['fighting since a year', 'ISKP has been fighting the Taliban since 2015.', [{ is: 'iskp rival-of afghan-taliban', date: '2015' }]],
  ['combatants may stand between', 'Taliban fighters clashed with ISKP militants in Kunar.', [{ is: 'afghan-taliban rival-of iskp' }]],
  ['compete, attributed', 'Analysts say the Islamic State group and the Pakistani Taliban compete for recruits.', [{ is: 'isis rival-of ttp', claimant: 'Analysts' }]],
  ['pledged allegiance', 'The TTP pledged allegiance to the Afghan Taliban in 2014.', [{ is: 'ttp pledged-allegiance-to afghan-taliban', date: '2014' }]],
  ['swore bay\'ah', "Boko Haram swore bay'ah to the Islamic State in March 2015.", [{ is: 'boko-haram pledged-allegiance-to isis', date: '2015-03' }]],
  ['front for', 'The Resistance Front is a front for Lashkar-e-Taiba, police said.', [{ is: 'trf front-for lashkar-e-taiba', claimant: 'police' }]],
  ['possessive front', "LeT's front, the TRF, claimed the attack.", [{ is: 'trf front-for lashkar-e-taiba' }]],
  ['embedded "a LeT offshoot"', 'The Resistance Front, a Lashkar-e-Taiba offshoot, claimed it.', [{ is: 'trf faction-of lashkar-e-taiba' }]],
  ['"formerly known as" reverses', 'Jaish-e-Mohammed, formerly known as Harkat-ul-Mujahideen, was banned.', [{ is: 'harkat-ul-mujahideen renamed jaish-e-mohammed' }]],
  ['several objects', 'Jamaat-ul-Ahrar and Lashkar-e-Jhangvi have rejoined the TTP.', [{ is: 'lashkar-e-jhangvi rejoined ttp' }, { is: 'jamaat-ul-ahrar rejoined ttp' }]],
  ['a group speaking for itself', 'The TTP said it had merged with Jamaat-ul-Ahrar.', [{ is: 'ttp merged-into jamaat-ul-ahrar', claimant: 'The TTP' }]],
  ['hyphenated "the al-Qaeda-linked group", not a rivalry from the clause after it', 'Al-Shabaab, the al-Qaeda-linked group that has fought the Somali government for 15 years, claimed the attack.', [{ is: 'al-shabaab linked-to al-qaeda' }]],
  // denials
  ['"has no links to", anaphor from the previous sentence', 'The BLA attacked a convoy. The separatist group has no links to the Tehrik-e-Taliban Pakistan, analysts say.', [{ is: 'bla linked-to ttp', polarity: 'denied', claimant: 'analysts' }]],
  ['"denied any links to": the group is the claimant', 'The Taliban denied any links to al-Qaeda.', [{ is: 'afghan-taliban linked-to al-qaeda', polarity: 'denied', claimant: 'The Taliban' }]],
  ['"denied joining"', 'Hezbollah denied joining Hamas.', [{ is: 'hezbollah merged-into hamas', polarity: 'denied', claimant: 'Hezbollah' }]],
  ['"is not a front for"', 'The Resistance Front is not a front for Lashkar-e-Taiba, its spokesman said.', [{ is: 'trf front-for lashkar-e-taiba', polarity: 'denied' }]],
  ['"nothing to do with"', 'The TTP has nothing to do with ISKP, a spokesman said.', [{ is: 'ttp linked-to iskp', polarity: 'denied', claimant: 'a spokesman' }]],
  ['"distanced itself from"', 'The Taliban have distanced themselves from al-Qaeda.', [{ is: 'afghan-taliban linked-to al-qaeda', polarity: 'denied' }]],
  ['"deny any relation with"', 'The Afghan Taliban deny any relation with the TTP.', [{ is: 'afghan-taliban linked-to ttp', polarity: 'denied' }]],
  ['assertion and denial in one sentence', 'Officials say the TTP has links to ISKP, which the group denies.', [{ is: 'ttp linked-to iskp', polarity: 'asserted', claimant: 'Officials' }, { is: 'ttp linked-to iskp', polarity: 'denied', claimant: 'TTP' }]],
  ['a denial in a parenthetical does not negate', 'Jamaat-ul-Ahrar, which denied the attack, rejoined the TTP in 2020.', [{ is: 'jamaat-ul-ahrar rejoined ttp', polarity: 'asserted' }]],
  // hedges
  ['believed to have ties', 'LeT, which is believed to have ties to al-Qaeda, was banned.', [{ is: 'lashkar-e-taiba linked-to al-qaeda', hedged: true }]],
  ['reportedly', 'The TTP has reportedly pledged allegiance to the Afghan Taliban.', [{ is: 'ttp pledged-allegiance-to afghan-taliban', hedged: true }]],
  ['accused of links', 'Al-Qaeda has long been accused of links to the Taliban.', [{ is: 'al-qaeda linked-to afghan-taliban', hedged: true, polarity: 'asserted' }]],
  // traps: nothing
  ['trap: a person between', 'A former TTP commander who joined ISKP was killed on Monday.', []],
  ['trap: members of a group', 'Six senior members of the TTP pledged allegiance to ISIS in 2014.', []],
  ['trap: a question', 'Is Lashkar-e-Taiba allied with Jaish-e-Mohammed?', []],
  ['trap: a condition', 'If the TTP merged with Jamaat-ul-Ahrar, the group would double in size.', []],
  ['trap: a request', 'Officials urged the TTP to join talks with the Taliban.', []],
  ['trap: an intention', 'The TTP plans to merge with Jamaat-ul-Ahrar.', []],
  ['trap: one group only', 'The Taliban deny any split in their ranks.', []],
  ['trap: a trigger inside a name is not a trigger', 'Islamic State Khorasan Province claimed the attack on the Taliban.', []],
  ['trap: two clauses, two subjects', 'ISKP claimed the attack, and the TTP condemned it.', []],
  ['trap: a list item is another statement', '- ISKP\n- allied with the TTP', []],
  ['trap: a clause reporting on another group\'s branch', "The Taliban have said repeatedly that the Islamic State's Afghan branch has been defeated.", []],
  ['trap: the same group twice', 'ISIS-K, the Afghan branch of Islamic State Khorasan Province, grew.', []],
];

function show(c: Claim): string {
  return `${c.relation!.from} ${c.relation!.type} ${c.relation!.to}`;
}

for (const [name, text, expected] of cases) {
  test(`relations: ${name}`, () => {
    const found = relationsOf(text);
    assert.deepEqual(found.map(show).sort(), expected.map((e) => e.is).sort(), text);
    for (const e of expected) {
      const c = found.find((x) => show(x) === e.is && (!e.polarity || x.relation!.polarity === e.polarity))!;
      assert.ok(c, `${e.is} (${e.polarity ?? 'any'})`);
      if (e.polarity) assert.equal(c.relation!.polarity, e.polarity, `${e.is}: polarity`);
      if (e.hedged !== undefined) assert.equal(c.relation!.hedged, e.hedged, `${e.is}: hedged`);
      if (e.claimant !== undefined) assert.equal(c.claimant, e.claimant, `${e.is}: claimant`);
      if (e.date !== undefined) assert.equal(c.isoDate, e.date, `${e.is}: date`);
      // The claim is the whole sentence, and its subjects are the two groups.
      assert.equal(c.kind, 'relation');
      assert.deepEqual(c.subjects, [c.relation!.from, c.relation!.to]);
      assert.equal(c.relation!.directed, !['allied-with', 'rival-of', 'linked-to'].includes(c.relation!.type));
      assert.ok(text.slice(c.start, c.end).includes(c.trigger!), `${c.trigger} inside the claim`);
    }
  });
}

test('relations: the same result from plain sentence spans as from the document model\'s', () => {
  const text = 'Reporting resumed. Jamaat-ul-Ahrar, a faction that rejoined the TTP in 2020, spoke. Nothing else.\n\nISKP and the Taliban are bitter rivals.';
  const all = relationsOf(text, splitSentences(text)).map(show);
  assert.deepEqual(all, relationsOf(text).map(show));
  assert.deepEqual(all, ['jamaat-ul-ahrar rejoined ttp', 'iskp rival-of afghan-taliban']);
});

test('relations: a relative date is resolved against the document\'s date; the claimant is the covering statement\'s speaker', () => {
  const text = 'Jamaat-ul-Ahrar rejoined the TTP on Monday.';
  const [c] = relationsOf(text);
  assert.equal(c.date, 'Monday');
  assert.equal(c.isoDate, '2024-04-29', 'the Monday before Wednesday 1 May 2024');
  const speaker = { text: 'he', name: 'Saad Rahman', person: 'rahman saad' };
  const statement: Claim = { kind: 'statement', start: 0, end: text.length, subjects: ['ttp'], claimant: 'Saad Rahman', figures: [], date: null, speaker, form: 'reported' };
  const [attributed] = extractRelations(text, buildDocument(text).sentences, matcher.findMentions(text), { statements: [statement] });
  assert.equal(attributed.claimant, 'Saad Rahman');
  assert.deepEqual(attributed.speaker, speaker);
  assert.equal(attributed.form, 'reported');
});

test('relations: comparing two relations', () => {
  const rel = (type: Relation['type'], from: string, to: string, polarity: Relation['polarity'] = 'asserted'): Relation => ({ type, from, to, directed: !['allied-with', 'rival-of', 'linked-to'].includes(type), polarity, hedged: false });
  assert.equal(compareRelations(rel('linked-to', 'ttp', 'al-qaeda'), rel('linked-to', 'al-qaeda', 'ttp', 'denied')), 'differs', 'symmetric: order does not matter');
  assert.equal(compareRelations(rel('front-for', 'trf', 'lashkar-e-taiba'), rel('front-for', 'trf', 'lashkar-e-taiba')), 'agrees');
  assert.equal(compareRelations(rel('front-for', 'trf', 'lashkar-e-taiba'), rel('front-for', 'lashkar-e-taiba', 'trf', 'denied')), null, 'directed: the other direction is another relation');
  assert.equal(compareRelations(rel('allied-with', 'ttp', 'afghan-taliban'), rel('linked-to', 'ttp', 'afghan-taliban', 'denied')), 'differs', 'no ties at all contradicts an alliance');
  assert.equal(compareRelations(rel('rival-of', 'ttp', 'iskp'), rel('linked-to', 'ttp', 'iskp', 'denied')), null, 'rivalry is no tie');
  assert.equal(compareRelations(rel('rival-of', 'ttp', 'iskp'), rel('rival-of', 'ttp', 'isis', 'denied')), null, 'another pair');
});

test('relations: a readable description', () => {
  const names: Record<string, string> = { ttp: 'TTP', 'jamaat-ul-ahrar': 'JuA' };
  const relation: Relation = { type: 'rejoined', from: 'jamaat-ul-ahrar', to: 'ttp', directed: true, polarity: 'asserted', hedged: false };
  assert.equal(describeRelation(relation, (id) => names[id]), 'JuA rejoined TTP');
  assert.equal(describeRelation({ ...relation, polarity: 'denied', hedged: true }, (id) => names[id]), 'JuA not rejoined TTP (hedged)');
});

test('relations: hostile input (runs of triggers and names in one endless sentence) gives bounded output', () => {
  const unit = 'ISKP, a rival of the Taliban and an ally of the TTP, which split from, merged with, joined ';
  const text = unit.repeat(300);
  const mentions = matcher.findMentions(text);
  const sentences = buildDocument(text).sentences;
  const found = extractRelations(text, sentences, mentions);
  // At most 60 relations per sentence, each within the text.
  assert.ok(found.length <= sentences.length * 60, `${found.length} relations from ${sentences.length} sentences`);
  for (const c of found) assert.ok(c.start >= 0 && c.end <= text.length && c.start < c.end);
});
