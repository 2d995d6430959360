/**
 * Co-occurrence: groups and people named in the same sentence, counted per sentence (not per
 * mention), node ids ordered, the first passages of each pair kept.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { countCooccurrences } from '../../server/src/core/corpus/passages';
import { parseGazetteer } from '../../server/src/core/gazetteer/gazetteer';
import { findPeople } from '../../server/src/core/people/people';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';
import { buildDocument } from '../../server/src/core/text/document';

const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'test-gazetteer.json'), 'utf8'));
const matcher = new GroupMatcher(parseGazetteer(fixture, 'builtin').gazetteer);

function pairsOf(text: string, withPeople = false) {
  const model = buildDocument(text);
  const mentions = matcher.findMentions(text);
  return countCooccurrences(model.sentences, mentions, withPeople ? findPeople(model, mentions) : undefined);
}

test('co-occurrence: pairs per sentence (not per mention), ids ordered, first passages kept', () => {
  const text = 'The TTP and ISKP clashed, and the TTP won. ISKP attacked the TTP again. LeT stayed out. ISKP, TTP and LeT were named. The TTP and ISKP met. The TTP and ISKP split.';
  const pairs = pairsOf(text);
  const byKey = new Map(pairs.map((p) => [`${p.a}+${p.b}`, p]));
  assert.deepEqual([...byKey.keys()].sort(), ['iskp+let', 'iskp+ttp', 'let+ttp']);
  const tti = byKey.get('iskp+ttp')!;
  assert.equal(tti.count, 5, 'five sentences name both, one of them twice');
  assert.equal(tti.spans.length, 6, 'the first three sentences are kept');
  assert.equal(text.slice(tti.spans[0], tti.spans[1]), 'The TTP and ISKP clashed, and the TTP won.');
  assert.equal(byKey.get('let+ttp')!.count, 1);
});

test('co-occurrence: one group alone, or no group, gives no pair', () => {
  for (const text of ['The TTP and the TTP again.', 'Nothing at all.', '']) assert.deepEqual(pairsOf(text), []);
});

test('co-occurrence: people are paired with the groups named with them, by identity key', () => {
  const text = 'Police spokesman Khalid Zadran said the TTP had lost ground in Kunar. Zadran added that ISKP was recruiting.';
  const pairs = pairsOf(text, true);
  const person = pairs.find((p) => p.a.startsWith('person:') || p.b.startsWith('person:'));
  assert.ok(person, JSON.stringify(pairs));
  assert.ok([person.a, person.b].includes('ttp'));
  assert.ok(pairs.some((p) => [p.a, p.b].includes('iskp') && [p.a, p.b].some((x) => x.startsWith('person:'))), 'the surname alone is the same person');
  assert.deepEqual(pairsOf(text, false), [], 'without people, no group pair here');
});
