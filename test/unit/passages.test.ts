/**
 * Passages around mentions (the sentences relations and co-occurrences are read from), pairs of
 * groups per sentence, and the document's own date from its dateline.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { countCooccurrences, mentionSentences } from '../../server/src/core/corpus/passages';
import { documentDate } from '../../server/src/core/corpus/documentDate';
import { parseGazetteer } from '../../server/src/core/gazetteer/gazetteer';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';
import { splitSentences } from '../../server/src/core/text/sentences';

const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'test-gazetteer.json'), 'utf8'));
const matcher = new GroupMatcher(parseGazetteer(fixture, 'builtin').gazetteer);

test('passages: the sentences holding mentions, each once, as splitSentences cuts them', () => {
  const text = 'Nothing here. The TTP and ISKP clashed, and the TTP won. No group.\n\nLeT spoke.\nMr. Khan said AQIS grew. End.';
  const spans = mentionSentences(text, matcher.findMentions(text));
  const all = splitSentences(text);
  assert.deepEqual(
    spans.map((s) => text.slice(s.start, s.end)),
    ['The TTP and ISKP clashed, and the TTP won.', 'LeT spoke.', 'Mr. Khan said AQIS grew.'],
  );
  for (const s of spans) assert.ok(all.some((a) => a.start === s.start && a.end === s.end), 'same spans as the full split');
});

test('co-occurrence: pairs per sentence (not per mention), ids ordered, first passages kept', () => {
  const text = 'The TTP and ISKP clashed, and the TTP won. ISKP attacked the TTP again. LeT stayed out. ISKP, TTP and LeT were named. The TTP and ISKP met. The TTP and ISKP split.';
  const mentions = matcher.findMentions(text);
  const pairs = countCooccurrences(mentionSentences(text, mentions), mentions);
  const byKey = new Map(pairs.map((p) => [`${p.a}+${p.b}`, p]));
  assert.deepEqual([...byKey.keys()].sort(), ['iskp+let', 'iskp+ttp', 'let+ttp']);
  const tti = byKey.get('iskp+ttp')!;
  assert.equal(tti.count, 5, 'five sentences name both, one of them twice');
  assert.equal(tti.spans.length, 6, 'the first three sentences are kept');
  assert.equal(text.slice(tti.spans[0], tti.spans[1]), 'The TTP and ISKP clashed, and the TTP won.');
  assert.equal(byKey.get('let+ttp')!.count, 1);
});

test('co-occurrence: one group alone, or no group, gives no pair', () => {
  for (const text of ['The TTP and the TTP again.', 'Nothing at all.', '']) {
    const mentions = matcher.findMentions(text);
    assert.deepEqual(countCooccurrences(mentionSentences(text, mentions), mentions), []);
  }
});

test('document date: datelines and date lines near the top, as ISO; never guessed', () => {
  const cases: [string, string | null][] = [
    ['Headline\n\nKABUL, 26 August 2021 — By staff\n\nText.', '2021-08-26'],
    ['Headline\n\nPESHAWAR, Pakistan, 1 February 2023 (Reuters) — By a correspondent', '2023-02-01'],
    ['Headline\n\nKHAR, Bajaur, 31 July 2023 — By a reporter', '2023-07-31'],
    ['MAZAR-I-SHARIF, 22 May 2023 — Text', '2023-05-22'],
    ['WASHINGTON, August 26, 2021 — Text', '2021-08-26'],
    ['---\ntitle: Brief\ndate: 2023-06-14\n---\n# Brief', '2023-06-14'],
    ['Published: 30 January 2023\n\nText', '2023-01-30'],
    ['Headline\n\nKABUL, 31 February 2023 — impossible', null],
    ['The attack on 3 March 2021 killed four.', null],
    ['No date at all.', null],
    ['Headline\n' + 'line\n'.repeat(20) + 'KABUL, 26 August 2021 — too far down', null],
  ];
  for (const [text, expected] of cases) assert.equal(documentDate(text), expected, text.slice(0, 40));
});
