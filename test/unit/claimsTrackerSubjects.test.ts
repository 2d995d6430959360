/**
 * A typed claim whose finder found no group, in a sentence that names none, is about what the subject
 * tracker read the sentence as about (extract.ts withTrackerSubjects): a group spokesman's own losses,
 * "both sides" after two groups. Responsibility claims, and sentences that name a group, keep the
 * finder's answer. Invented sentences, one per wording, with the traps.
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

/** The claims of `kind` whose text starts with `opening`. */
function claimsAt(text: string, kind: string, opening: string): Claim[] {
  return extractClaims(text, matcher.findMentions(text)).filter((c) => c.kind === kind && text.slice(c.start, c.end).startsWith(opening));
}

test('tracker subjects: a group spokesman’s toll of his own men, naming no group, is the group’s', () => {
  const text = 'The TTP said on Sunday that its fighters had attacked a police post in Bannu.\n\n“We held the post for an hour. Two of our brothers were martyred,” the group’s spokesman said.';
  const [toll] = claimsAt(text, 'casualties', 'Two of our brothers');
  assert.ok(toll, 'the toll is a casualties claim');
  assert.deepEqual(toll.subjects, ['ttp']);
});

test('tracker subjects: "on both sides" after two groups fought is about both, in narration and in a quote', () => {
  const story = 'ISKP and the Taliban have fought each other in Nangarhar since 2015.\n\n';
  const [told] = claimsAt(story + 'Researchers say the clashes have killed hundreds of fighters on both sides.', 'casualties', 'Researchers say');
  assert.deepEqual([...told.subjects].sort(), ['afghan-taliban', 'iskp']);
  const [quoted] = claimsAt(story + '“The clashes have killed hundreds of fighters on both sides,” a researcher said.', 'casualties', '“The clashes');
  assert.deepEqual([...quoted.subjects].sort(), ['afghan-taliban', 'iskp']);
});

test('tracker subjects: a sentence that names a group keeps the finder’s empty answer, whatever the tracker says', () => {
  const text = 'ISKP has been active in Kabul for years.\n\nAt least nine people were killed when gunmen stormed a hotel in Kabul, the Taliban said.';
  const [toll] = claimsAt(text, 'casualties', 'At least nine');
  assert.ok(toll, 'the toll is a casualties claim');
  // The tracker reads the sentence as about the Taliban (its speaker); the toll names no attacker.
  assert.deepEqual(toll.statementSubjects, ['afghan-taliban']);
  assert.deepEqual(toll.subjects, []);
});

test('tracker subjects: a toll nobody is tied to stays without a group', () => {
  const text = 'A bomb exploded at a bus stand in Quetta on Monday.\n\n“Seven people were killed and twenty wounded,” a doctor said.';
  const [toll] = claimsAt(text, 'casualties', '“Seven people');
  assert.ok(toll, 'the toll is a casualties claim');
  assert.deepEqual(toll.subjects, []);
});
