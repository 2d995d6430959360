/**
 * Announcements as real reporting words them: decrees and bans, a death confirmed in a clause, a
 * campaign "it called" by a name, a title in quotes or after a possessive, a statement issued in a
 * medium as the subject; and who the claimant is (the announcing group, named as the text named it,
 * also inside someone else's words; the speaker for a pledge, a relative clause told in passing, a
 * document carrying the words). Each case in invented sentences.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { extractClaims } from '../../server/src/core/claims/extract';
import { parseGazetteer } from '../../server/src/core/gazetteer/gazetteer';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';

const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'test-gazetteer.json'), 'utf8'));
const matcher = new GroupMatcher(parseGazetteer(fixture, 'builtin').gazetteer);

function announcements(text: string): { text: string; subjects: string[]; claimant: string | null }[] {
  return extractClaims(text, matcher.findMentions(text))
    .filter((c) => c.kind === 'announcement')
    .map((c) => ({ text: text.slice(c.start, c.end), subjects: c.subjects, claimant: c.claimant }));
}
function only(text: string): { subjects: string[]; claimant: string | null } {
  const found = announcements(text);
  assert.equal(found.length, 1, JSON.stringify(found));
  return { subjects: found[0].subjects, claimant: found[0].claimant };
}

test('decrees and impositions announce: "decreed that …", "imposed a ban on …"', () => {
  assert.deepEqual(only('In a letter pinned to mosque doors, the TTP decreed that barbers in Miranshah must stop shaving beards.').subjects, ['ttp']);
  assert.deepEqual(only('Last month Lashkar-e-Taiba imposed a night curfew on the villages above Sopore.').subjects, ['let']);
  // A habit in the present tense outside a headline is none.
  assert.equal(announcements('The TTP often decrees new rules for traders.').length, 0);
});

test('a death confirmed in a clause of its own: "confirmed that its deputy leader had been killed"', () => {
  assert.deepEqual(only('ISKP confirmed that its deputy leader, a Tajik known as Abu Omar, had been killed in Kunar.').subjects, ['iskp']);
  assert.deepEqual(only('On Friday the TTP confirmed that the Bajaur chapter’s commander was killed in a drone strike.').subjects, ['ttp']);
});

test('a campaign "it called" by a name, and a title in quotes or after a possessive', () => {
  assert.deepEqual(only('ISKP is active in Kunar.\n\nIn June the group launched what it called a “winter campaign” against Taliban checkpoints.').subjects, ['iskp']);
  assert.deepEqual(only('The Islamic State said a Pakistani commander had been appointed “wali” of its Khorasan province.').subjects, ['isis']);
  assert.deepEqual(only('The TTP met in Paktika.\n\nIts statement named a former teacher as the council’s chief.').subjects, ['ttp']);
});

test('a statement issued in a medium as the subject stands for the passage\'s group', () => {
  const text = 'Jamaat-ul-Ahrar has rebuilt its cells in Mohmand.\n\nA statement posted on its Telegram channel announced a new unit for the tribal districts.';
  assert.deepEqual(only(text), { subjects: ['jua'], claimant: 'Jamaat-ul-Ahrar' });
});

test('the claimant: the announcing group, also inside someone else\'s words; "the group" named as the text named it', () => {
  assert.deepEqual(only('Residents of Khar say the TTP has declared a ban on music at weddings.'), { subjects: ['ttp'], claimant: 'TTP' });
  assert.deepEqual(only('AQIS is small.\n\n"In March the group named a new emir for Bangladesh," the analyst said.'), { subjects: ['aqis'], claimant: 'AQIS' });
  // A pledge is the speaker's account; so is a speaker's "they".
  assert.equal(only('Police said dozens of fighters had pledged allegiance to ISKP.').claimant, 'Police');
  // A document carrying the group's words is the claimant.
  assert.match(only('JeM announced a new wing for the Jammu region, according to a poster found in Kathua.').claimant ?? '', /^a poster/);
});

test('mergers and appointments worded otherwise: "merged … to form", "joined forces", chosen by a shura, a person made emir', () => {
  assert.deepEqual(only('Two factions of the TTP merged in Paktika to form a new front.').subjects, ['ttp']);
  assert.deepEqual(only('Three Jamaat-ul-Ahrar bands joined forces under a single commander.').subjects, ['jua']);
  assert.deepEqual(only('A new emir, Abu Zar, was chosen by the shura council of ISKP.').subjects, ['iskp']);
  // A person's appointment, told in a relative clause or in a sentence naming no group, is the passage's group's.
  assert.deepEqual(only('The TTP regrouped in 2018 under Noor Wali Mehsud, who had been chosen as emir that June.').subjects, ['ttp']);
  assert.deepEqual(only('ISKP lost its leader in 2020.\n\nShahab al-Muhajir was named emir a few weeks later.').subjects, ['iskp']);
  // An official chosen by commanders of a police force is no group's announcement.
  assert.equal(announcements('The officer was chosen by the commanders for the mission.').length, 0);
});

test('an announcement in a participle with its agent: "a truce announced by the TTP"; the army\'s is none', () => {
  assert.deepEqual(only('A truce announced by the TTP for Eid ended after three days.'), { subjects: ['ttp'], claimant: 'TTP' });
  assert.equal(announcements('The TTP rejected the ceasefire declared by the army.').length, 0);
});

test('truces worded otherwise: "would refrain from all hostile activities", "has decided to suspend attacks"', () => {
  assert.deepEqual(only('The TTP said its men would “refrain from all hostile activities” during the polio campaign.').subjects, ['ttp']);
  assert.deepEqual(only('Jamaat-ul-Ahrar has decided to suspend attacks in Mohmand for the month of Ramadan, its spokesman said.').subjects, ['jua']);
});

test('a faction returning, as the group says it: "said … had returned to the movement"; the history of a return is none', () => {
  assert.deepEqual(only('The Pakistani Taliban said on Tuesday that a splinter group from Bajaur had returned to the movement.').subjects, ['ttp']);
  assert.equal(announcements('Jamaat-ul-Ahrar rejoined the TTP in 2020 after a three-year split.').length, 0);
});

test('a group\'s outlet by name as the subject: "Amaq announced that the Islamic State …"', () => {
  assert.deepEqual(only('Amaq announced that the Islamic State would open a new front in the Sahel.'), { subjects: ['isis'], claimant: 'Amaq' });
});
