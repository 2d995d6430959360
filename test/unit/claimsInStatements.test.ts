/**
 * Claims inside attributed statements, and two claims in one sentence: a group's fighters as the
 * subject of a killing told by the text or an analyst (a claim of responsibility beside the toll),
 * the group's own report of its toll (a toll only), a denial in a clause that closes a sentence of
 * blame, a speaker named with a possessive role for the group ("…, the group's military operations
 * spokesman,"), and an estimate given as the complement of an estimate's noun in an answer ("our
 * working figure was about 4,000"). Invented sentences, each with its traps.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { figuresIn } from '../support/figures';
import { claimsOf } from '../support/fixtureClaims';

const kinds = (text: string, kind: string) => claimsOf(text).filter((c) => c.kind === kind);
const figures = figuresIn;

test('two kinds in one sentence: a group\'s fighters killing, told by the text or an analyst, is a claim of the attack as well as a toll', () => {
  const text = 'The TTP remains strong in the south. Its fighters killed more than 17 policemen in a raid on a checkpoint near Tank in August, a security analyst said.';
  assert.deepEqual(kinds(text, 'responsibility').map((c) => c.subjects), [['ttp']]);
  assert.deepEqual(kinds(text, 'casualties').map((c) => c.subjects), [['ttp']]);
  // Told as the group's own words, it is the group's toll only.
  for (const own of [
    'The TTP claimed the raid. The group said its fighters killed at least 17 policemen in the raid.',
    'The TTP posted a video. In the video, a commander said that its fighters had killed 17 policemen.',
    'The TTP posted a long message, saying its fighters had killed 17 policemen near Tank.',
  ]) {
    const resp = kinds(own, 'responsibility').filter((c) => (c.trigger ?? '').toLowerCase().startsWith('its'));
    assert.equal(resp.length, 0, own);
    assert.ok(kinds(own, 'casualties').length >= 1, own);
  }
});

test('a denial in a clause closing a sentence of blame is a second claim, the group\'s', () => {
  const blame = kinds('Police blamed the ISKP for the killing of three clerics in Peshawar last week, which the group flatly denied.', 'responsibility');
  assert.equal(blame.length, 2);
  assert.deepEqual(blame.map((c) => c.claimant), ['Police', 'ISKP']);
  assert.deepEqual(kinds('The governor accused the TTP of the ambush near Wana, an accusation the group rejected on Telegram.', 'responsibility').length, 2);
  // Not: "which" with nothing blamed or attacked before it, nor a denial of something else.
  assert.equal(kinds('The TTP published a new magazine, which the group denied was funded from abroad.', 'responsibility').length, 0);
});

test('a speaker named with a possessive role ("…, the group\'s military operations spokesman,") speaks for the group: his "the mujahideen stormed" claims the attack', () => {
  const text = 'TTP fighters attacked a post near Wana on Friday. “The mujahideen stormed the post at dawn and held it for two hours,” Mufti Qasim, the group’s military operations spokesman, told journalists.';
  const resp = kinds(text, 'responsibility');
  assert.ok(resp.some((c) => (c.trigger ?? '').toLowerCase().includes('mujahideen stormed') && c.subjects.join() === 'ttp'), JSON.stringify(resp.map((c) => c.trigger)));
});

test('strength: an estimate as the complement of an estimate\'s noun, in an answer, counts the group asked about', () => {
  assert.deepEqual(figures('Our working figure was about 4,000.'), ['strength:3600-4400']);
  assert.deepEqual(figures('The honest answer is somewhere between 3,000 and 5,000.'), ['strength:3000-5000']);
  assert.deepEqual(figures('Their last report said between 6,000 and 6,500.'), ['strength:6000-6500']);
  // Not a count of something else, nor of the dead, nor money or the displaced.
  assert.deepEqual(figures('The number of attacks was about 200 last year.'), []);
  assert.deepEqual(figures('The figure for the dead was about 300.'), []);
  assert.deepEqual(figures('The figure was closer to 10,000 displaced families.').filter((f) => f.startsWith('strength')), []);
  const interview = 'The TTP has grown fast in the south, according to Asad Karim, a former intelligence officer. “The figure most officers use is around 5,000,” Karim said.';
  const s = kinds(interview, 'strength');
  assert.equal(s.length, 1);
  assert.deepEqual(s[0].subjects, ['ttp']);
});

test('casualties: a side\'s own dead counted with "lost", whoever the subject ("We lost two brothers", "the TTP had lost “more than 30” men"), not in a relative clause of history', () => {
  assert.deepEqual(figures('“We lost two brothers in the assault,” the commander said.'), ['killed:2-2']);
  assert.deepEqual(figures('By the evening the TTP had lost “more than 30” men in the valley.'), ['killed:31-inf']);
  assert.deepEqual(figures('The militants lost only three fighters, residents said.'), ['killed:3-3']);
  assert.deepEqual(figures('The army, which lost 25 soldiers there in 2019, now patrols the road.'), []);
  // Not what was lost that is not people.
  assert.deepEqual(figures('The group lost 12 vehicles and two depots in the strikes.'), []);
});

test('strength: a speaker\'s guess ("I would say 300 to 400") and a speaker\'s "they had" as the group', () => {
  assert.deepEqual(figures('In this district I would say 300 to 400.'), ['strength:300-400']);
  assert.deepEqual(figures('I would say 30 or 40 at the checkpoint.'), []);
  const s = kinds('Asked about the TTP in Tirah, Asad Karim, a former police officer, was blunt. “Two years ago they had more than 500,” he said.', 'strength');
  assert.equal(s.length, 1);
  assert.deepEqual(s[0].subjects, ['ttp']);
});

test('the sentence gate lets "carried it out" through: a group that "carried it out" claims or is blamed for the attack named before', () => {
  const text = 'A bomb killed 31 people at a market in Parachinar in May. “The TTP carried it out, there is no question,” a police officer said.';
  const resp = kinds(text, 'responsibility');
  assert.equal(resp.length, 1);
  assert.deepEqual(resp[0].subjects, ['ttp']);
  assert.equal(resp[0].claimant, 'a police officer');
  // Not a plan or a question.
  assert.equal(kinds('Would the TTP have carried it out without help?', 'responsibility').length, 0);
});

test('strength: the estimate\'s noun may stand several words before its copula ("The number I keep hearing from officers in the district is about 2,000")', () => {
  assert.deepEqual(figures('The number I keep hearing from officers in the district is about 2,000.'), ['strength:1800-2200']);
});

test('a group\'s fighters "loyal to" a leader are still its fighters as the subject of an attack verb', () => {
  const resp = kinds('TTP fighters loyal to Hafiz Gul Bahadur ambushed a convoy near Mir Ali on Sunday, officials said.', 'responsibility');
  assert.equal(resp.length, 1);
  assert.deepEqual(resp[0].subjects, ['ttp']);
});

test('figures: an adjective with accented letters between a figure and its noun is skipped like any other ("30 Burkinabè personnel", "200 Nigérien fighters")', () => {
  assert.deepEqual(figures('The statement said 30 Burkinabè personnel were killed.'), ['killed:30-30']);
  assert.deepEqual(figures('The faction has 200 Nigérien fighters on the islands.'), ['strength:200-200']);
});

test('casualties: a toll cited as someone\'s figure, argued about, is no claim of this sentence ("dismissed the TTP\'s figure of 20 dead as lies")', () => {
  assert.equal(kinds('A police spokesman dismissed the TTP’s figure of 20 dead policemen as lies.', 'casualties').length, 0);
  assert.equal(kinds('The army’s tally of 45 dead militants could not be checked, residents said.', 'casualties').length, 0);
  // The toll itself, given by its source, stays a claim.
  assert.equal(kinds('The TTP said 20 policemen were killed in the raid.', 'casualties').length, 1);
});

test('strength: a name or a pronoun set equal to an estimate by a comparison ("the TTP is well above 6,000", "it is more like 3,000"), also after a condition on how one counts', () => {
  assert.deepEqual(figures('The TTP is well above 6,000.'), ['strength:6001-inf']);
  assert.deepEqual(figures('It is more like 3,000.'), ['strength:3000-3000']);
  // Not a year, a distance or a toll.
  assert.deepEqual(figures('It was about 2019.'), []);
  assert.deepEqual(figures('Wana is well above 1,200 metres.'), []);
  const text = 'Officers disagree about the TTP. “If you count the part-time fighters in the villages, the TTP is well above 6,000,” said Asad Karim, a former police officer. “If you count only the men in the camps, it is more like 3,000.”';
  assert.deepEqual(kinds(text, 'strength').map((c) => c.subjects), [['ttp'], ['ttp']]);
  // A supposition about the group itself is still no estimate.
  assert.equal(kinds('If the TTP has 6,000 fighters, as the ministry says, the army needs more troops.', 'strength').length, 0);
});
