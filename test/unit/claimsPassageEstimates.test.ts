/**
 * Typed claims in sentences that name no group, whose group comes from the passage: an estimate that
 * goes on from the one before it ("Another gave a figure of about 5,000", "the numbers are smaller,
 * perhaps a few hundred"), an estimate in the passive ("Some 600 fighters are believed to be hiding
 * …"), a state body as the estimate's source rather than the force counted, "the group" paragraphs
 * after the group was named, and tolls in a communiqué's idioms or with an adverb of degree. Invented
 * sentences, each with its traps.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { figureKey, figuresIn } from '../support/figures';
import { claimsOf, strengthOf } from '../support/fixtureClaims';

const strength = strengthOf;
const tolls = (text: string) =>
  claimsOf(text)
    .filter((c) => c.kind === 'casualties')
    .map((c) => c.figures.map(figureKey));

test('strength: an estimate that goes on from the one before counts the same group ("Another gave a figure of …", "the true number was closer to …")', () => {
  assert.deepEqual(strength('Officials in Kabul believe ISKP has around 2,000 fighters. A Western envoy gave an estimate of about 3,500.'), [
    { subjects: ['iskp'], figures: ['1800-2200'] },
    { subjects: ['iskp'], figures: ['3150-3851'] },
  ]);
  assert.deepEqual(strength('Pakistani officials say the TTP has 6,000 fighters. One diplomat told us the true number was closer to 9,000 if seasonal recruits were counted.'), [
    { subjects: ['ttp'], figures: ['6000-6000'] },
    { subjects: ['ttp'], figures: ['8100-9900'] },
  ]);
  // Traps: no estimate before it; a toll after an estimate; another group named in between.
  assert.deepEqual(strength('The TTP attacked a police post in Bannu. A diplomat told us the true number was closer to 9,000 if seasonal recruits were counted.'), []);
  assert.deepEqual(strength('ISKP has about 2,000 fighters, officials say. The figure for the dead was closer to 400.'), [{ subjects: ['iskp'], figures: ['1800-2200'] }]);
  assert.deepEqual(strength('ISKP has about 2,000 fighters, officials say. The TTP attacked a checkpoint in Bannu. An envoy gave an estimate of about 3,500.'), [{ subjects: ['iskp'], figures: ['1800-2200'] }]);
});

test('strength: an elliptical estimate set off by a comma after an estimate ("the numbers are smaller, perhaps a few hundred"), also below a hundred', () => {
  assert.deepEqual(strength('Police say the TTP has about 400 fighters in Bannu. In Tank the figure is smaller, about 60.'), [
    { subjects: ['ttp'], figures: ['360-441'] },
    { subjects: ['ttp'], figures: ['54-66'] },
  ]);
  assert.deepEqual(strength('Lashkar-e-Taiba is thought to number a few hundred in the valley. Across the Line of Control the camps are fuller, perhaps 1,500 in all.'), [
    { subjects: ['let'], figures: ['200-500'] },
    { subjects: ['let'], figures: ['1350-1651'] },
  ]);
  // Traps: the same shape with no estimate before, a money sum, a state's troops.
  assert.deepEqual(strength('The TTP attacked the post at night. In Tank the figure is smaller, about 60.'), []);
  assert.deepEqual(strength('ISKP has about 2,000 fighters. Each is paid a salary, perhaps 300 dollars a month.'), [{ subjects: ['iskp'], figures: ['1800-2200'] }]);
  assert.deepEqual(strength('ISKP has about 2,000 fighters, officials say. The army has a force of 30,000 troops in the east.'), [{ subjects: ['iskp'], figures: ['1800-2200'] }]);
});

test('strength: an estimate in the passive ("Some 600 fighters are believed to be hiding …", "a further 200 men are said to operate …") counts the passage\'s group', () => {
  const text = 'ISKP has rebuilt its networks in the east since the winter. Some 600 fighters are believed to be hiding in the Tirah valley. A further 200 men are said to operate from safe houses in Peshawar.';
  assert.deepEqual(strength(text), [
    { subjects: ['iskp'], figures: ['540-660'] },
    { subjects: ['iskp'], figures: ['200-200'] },
  ]);
  assert.deepEqual(figuresIn('About 300 men are thought to remain in the hills.'), ['strength:270-330']);
  // Traps: militants in a region with no verb of belief (nobody's force), and men said to move with no estimate before.
  assert.deepEqual(strength('Lashkar-e-Taiba recruits in the valley. Around 50 foreign terrorists are active in Jammu, the police chief said.'), []);
  assert.deepEqual(strength('The TTP attacked a bus in Kohat. A further 200 men are said to operate from safe houses in Peshawar.'), []);
});

test('strength: a state body that puts the figure is the estimate\'s source, not the force counted', () => {
  assert.deepEqual(strength('ISKP has rebuilt its networks in Kunar since 2024. Western military officials put the number at between 3,000 and 4,000.'), [{ subjects: ['iskp'], figures: ['3000-4000'] }]);
  assert.deepEqual(strength('Lashkar-e-Taiba trains its recruits near Muzaffarabad. An army intelligence report puts the figure at around 400.'), [{ subjects: ['let'], figures: ['360-441'] }]);
  // Trap: the state's own force counted.
  assert.deepEqual(strength('ISKP has rebuilt its networks in Kunar since 2024. The army has 3,000 troops in the province.'), []);
});

test('strength: "the group" paragraphs after the group was named is the passage\'s group, not a parent named in passing', () => {
  const filler = 'Counting anyone in the tribal districts has never been simple, because the men move with the seasons and the snows, because the roads close for months and because nobody who knows is allowed to say so in public. Officials in the capital give one figure, officials in the provinces give another, and the researchers who travel between them trust neither very much.';
  const text = `The TTP is now the largest armed group in the north-west. It grew out of a merger of tribal factions, and its emir still answers to al-Qaeda’s old leadership.\n\n${filler}\n\nThe most widely quoted figure comes from the UN monitors. Their report said the group could field more than 6,000 fighters.\n`;
  assert.deepEqual(strength(text), [{ subjects: ['ttp'], figures: ['6001-inf'] }]);
});

test('casualties: a communiqué\'s idioms for the dead in a quote ("embraced shahadat", "were sent to hell"), read in a sentence with no other word of death', () => {
  assert.deepEqual(tolls('“Four brave soldiers, having fought valiantly, embraced shahadat,” the ISPR statement said.'), [['killed:4-4']]);
  assert.deepEqual(tolls('“Nine terrorists were sent to hell in the ensuing exchange of fire,” the statement added.'), [['killed:9-9']]);
  assert.deepEqual(tolls('Three policemen succumbed to their injuries at the district hospital.'), [['killed:3-3']]);
  // Traps: the idioms without a count of people.
  assert.deepEqual(tolls('The spokesman said the attackers would be sent to hell.'), []);
  assert.deepEqual(tolls('The families said their sacrifice of 20 years would not be forgotten.'), []);
});

test('casualties: an adverb of degree between the auxiliary and the participle ("two soldiers were slightly wounded")', () => {
  assert.deepEqual(tolls('The army said two soldiers were slightly wounded.'), [['injured:2-2']]);
  assert.deepEqual(tolls('Six passengers were critically injured and flown to Peshawar, officials said.'), [['injured:6-6']]);
  // Trap: an adverb of degree that qualifies something else.
  assert.deepEqual(tolls('Officials were seriously worried about the 12 recruits who left.'), []);
});

test('interviews: the outlet\'s correspondent named at the top is not who answers, and "a TTP field commander" at the top makes the answers\' "we" the group', () => {
  const text = [
    'BORDER AFFAIRS | Interviews',
    '',
    '“We are not finished”: a TTP field commander speaks',
    '',
    'In October our correspondent Sana Qureshi reached, through an intermediary in Tank, a commander who gave his name as Qari Zubair Mehsud. The interview was conducted by voice notes.',
    '',
    'Q: How many men do you have in Tank?',
    '',
    'A: In this district alone there are about 300 of our fighters.',
    '',
    'Q: What happened at the police post?',
    '',
    'A: Our mujahideen attacked the post after midnight on 4 October. Since January we have carried out more than 40 operations in the south.',
    '',
  ].join('\n');
  const claims = claimsOf(text);
  const answer = claims.find((c) => c.form === 'answer');
  assert.equal(answer?.speaker?.name, 'Qari Zubair Mehsud');
  const resp = claims.filter((c) => c.kind === 'responsibility');
  // The attack on one post is a claim; the tally of operations is the group's record.
  assert.deepEqual(resp.map((c) => [text.slice(c.start, c.end).slice(0, 32), c.subjects]), [['Our mujahideen attacked the post', ['ttp']]]);
  assert.deepEqual(strength(text), [{ subjects: ['ttp'], figures: ['270-330'] }]);
  // Trap: a headline naming the group with no member's role leaves the answers' "we" to nobody.
  const analyst = text.replace('a TTP field commander speaks', 'an analyst on the TTP').replace('a commander who gave his name as Qari Zubair Mehsud', 'Qari Zubair Mehsud, who studies the insurgency');
  assert.deepEqual(claimsOf(analyst).filter((c) => c.kind === 'responsibility').length, 0);
});

test('casualties: a killing named as a noun ("the killing of two shopkeepers") and a killing verb with an article before its count ("killed the three spies")', () => {
  assert.deepEqual(figuresIn('Police blamed the TTP for the killing of two shopkeepers in Bannu last week.'), ['killed:2-2']);
  assert.deepEqual(figuresIn('The monitors attributed the massacre of 18 herders near Tessit to the group.'), ['killed:18-18']);
  assert.deepEqual(figuresIn('“Our men killed the three spies in Miranshah,” the spokesman said.'), ['killed:3-3']);
  // Traps: no noun for people, a year, a killing verb before something else counted.
  assert.deepEqual(figuresIn('The raid was the killing of two birds with one stone, an officer joked.'), []);
  assert.deepEqual(figuresIn('The killing of 2019 is still unsolved.'), []);
  assert.deepEqual(figuresIn('The strike killed the 2024 ceasefire talks.'), []);
});
