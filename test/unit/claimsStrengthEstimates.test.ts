/**
 * Strength estimates as monitoring reports, officials and interviews write them: word ranges that
 * share a multiplier, a quoted adjective before the counted noun, a group's people counted as its
 * possession, "to number" a bare figure, estimating verbs with "at", one figure for two groups
 * together, and bare estimates (a verbless answer, a list item's value). Invented sentences, each
 * with its traps.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { figuresIn } from '../support/figures';
import { claimsOf, strengthOf } from '../support/fixtureClaims';

const strength = strengthOf;
const figures = figuresIn;

test('figures: a bare unit word shares the multiplier of the range\'s second number ("between six and eight thousand")', () => {
  assert.deepEqual(figures('Officials said the fighters numbered between six and eight thousand.'), ['strength:6000-8000']);
  assert.deepEqual(figures('The outfit has five to seven hundred men in the hills.'), ['strength:500-700']);
  assert.deepEqual(figures('The TTP has twelve to fifteen hundred men there.'), ['strength:1200-1500']);
  // Not when the scaled first number would pass the second.
  assert.deepEqual(figures('The outfit has between ninety and two hundred fighters.'), ['strength:90-200']);
});

test('strength: a quoted adjective between the figure and its noun ("4,000 “hard-core” militants")', () => {
  assert.deepEqual(strength('Officials believe the TTP consists of 4,000 to 5,000 “hard-core” militants.'), [{ subjects: ['ttp'], figures: ['4000-5000'] }]);
  assert.deepEqual(strength('ISKP has about 1,200 ‘seasoned’ fighters, a diplomat said.'), [{ subjects: ['iskp'], figures: ['1080-1320'] }]);
});

test('strength: a group\'s people counted as its possession ("the TTP’s 5,000-odd fighters", "its estimated 900 cadres")', () => {
  assert.deepEqual(strength('Pakistani commanders worry most about the TTP’s 5,000 fighters in Kunar.'), [{ subjects: ['ttp'], figures: ['5000-5000'] }]);
  assert.deepEqual(strength('Foreigners now lead many of ISKP’s estimated 1,800 militants, the officer said.'), [{ subjects: ['iskp'], figures: ['1620-1981'] }]);
  // Traps: a haul or a toll of the group's people, a state's troops.
  assert.deepEqual(strength('Police paraded the TTP’s 40 militants arrested in the raid.'), []);
  assert.deepEqual(strength('The army said the TTP’s 12 fighters were killed in the raid.'), []);
  assert.deepEqual(strength('Pakistan’s 3,000 troops on the border face the TTP.'), []);
  assert.deepEqual(strength('The TTP said its 20 fighters stormed the post before dawn.'), []);
});

test('strength: "is thought / believed / said to number" a bare figure', () => {
  assert.deepEqual(strength('AQIS is believed to number fewer than 150, most of them in Helmand.'), [{ subjects: ['aqis'], figures: ['0-149'] }]);
  assert.deepEqual(strength('Lashkar-e-Taiba is thought to number a few hundred in the valley.'), [{ subjects: ['let'], figures: ['200-500'] }]);
  // Not a number that labels something.
  assert.deepEqual(strength('The TTP commander wore number 12 on his jacket.'), []);
});

test('strength: a force "down to" a bare figure, and the end of a change that began at a strength figure', () => {
  assert.deepEqual(figures('A commander admitted the faction was now down to a few hundred.'), ['strength:200-500']);
  assert.deepEqual(figures('Its ranks grew from about 800 militants three years ago to nearly 2,000 now.'), ['strength:720-881', 'strength:1800-1999']);
  // Traps: a toll's change, prices.
  assert.deepEqual(figures('The toll rose from 11 to 16 overnight.'), ['killed:16-16']);
  assert.deepEqual(figures('Fuel prices were down to 200 rupees.'), []);
});

test('strength: an estimating verb with "at" before a counted force ("a wing that officials estimate at 900 men")', () => {
  assert.deepEqual(strength('ISKP relies on a suicide wing that Afghan officials estimate at 300 fighters.'), [{ subjects: ['iskp'], figures: ['300-300'] }]);
  assert.deepEqual(strength('The TTP keeps a reserve which Member States assess at perhaps 2,000 men.'), [{ subjects: ['ttp'], figures: ['1800-2200'] }]);
  // Traps: the dead put at a figure.
  assert.deepEqual(strength('The TTP attack left a toll that police put at 12 soldiers killed.'), []);
});

test('strength: one figure for two groups together ("the combined strength of X and Y", "X and Y together have")', () => {
  assert.deepEqual(strength('Indian officials put the combined strength of LeT and JeM in the launch pads at about 300.'), [{ subjects: ['jem', 'let'], figures: ['270-330'] }]);
  assert.deepEqual(strength('The TTP and Jamaat-ul-Ahrar together have perhaps 7,000 fighters, analysts say.'), [{ subjects: ['jua', 'ttp'], figures: ['6300-7701'] }]);
  // Without a joining word each group is its own: the figure counts the nearest.
  assert.deepEqual(strength('LeT and JeM fought side by side; JeM has 500 fighters.'), [{ subjects: ['jem'], figures: ['500-500'] }]);
});

test('strength: a verbless answer that is only an estimate counts the group the answer is about', () => {
  const interview = 'Q: How many fighters does the TTP have in Waziristan today?\n\nA: Perhaps 2,500. They come and go with the seasons.\n';
  assert.deepEqual(strength(interview), [{ subjects: ['ttp'], figures: ['2250-2750'] }]);
  const quoted = 'We asked a tribal elder in Bajaur how strong the TTP had become there. “Several hundred, maybe more,” he said.\n';
  assert.deepEqual(strength(quoted), [{ subjects: ['ttp'], figures: ['200-900'] }]);
  // Traps: a toll, a small count, a narrator's sentence.
  assert.deepEqual(strength('We asked a doctor about the TTP bombing. “About 40 dead, maybe more,” he said.\n'), []);
  assert.deepEqual(strength('Q: How many TTP commanders did you meet?\n\nA: Maybe five. They were careful.\n'), []);
  assert.deepEqual(strength('The TTP attacked the post. About 300 people fled the village.\n'), []);
});

test('strength: a list item whose value is a bare estimate, under a label that names the group', () => {
  const list = 'Estimates in circulation:\n\n- **TTP, Bajaur and Mohmand:** about 1,500 (provincial police, 2026)\n- **Lashkar-e-Taiba, Kashmir valley:** “several hundred” (Indian Army)\n';
  assert.deepEqual(strength(list), [{ subjects: ['ttp'], figures: ['1350-1651'] }, { subjects: ['let'], figures: ['200-900'] }]);
  // Traps: a label naming no group, or an incident.
  assert.deepEqual(strength('Tolls:\n\n- **Peshawar, 4 May:** about 300 (police)\n- **TTP raid on Bannu:** about 200 (hospital)\n'), []);
});
