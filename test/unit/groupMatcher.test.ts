import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseGazetteer } from '../../server/src/core/gazetteer/gazetteer';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';
import { isCaseSensitiveName } from '../../server/src/core/gazetteer/gazetteer';
import { LineIndex } from '../../server/src/core/text/positions';
import { parseMarkup } from '../support/markup';

const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'test-gazetteer.json'), 'utf8'));
const matcher = new GroupMatcher(parseGazetteer(fixture, 'builtin').gazetteer);

/** Each case: text with [[expected mention|group]] markers; nothing else may match. */
const cases: [string, string][] = [
  ['alias written as an acronym', 'A suicide bomber from [[IS-K|iskp]] struck the shrine.'],
  ['full name, any case', '[[ISLAMIC STATE KHORASAN PROVINCE|iskp]] and [[islamic state khorasan province|iskp]]'],
  ['longest match wins over the parent group', 'Fighters of the [[Islamic State Khorasan Province|iskp]] and of the [[Islamic State|isis]] met.'],
  ['a name nested in a longer one counts once', 'The [[Tehreek-i-Taliban Pakistan|ttp]] is not the [[Afghan Taliban|afghan-taliban]] or the [[Taliban|afghan-taliban]].'],
  ['the word "is" is never ISIS', 'Is this the end? It is not, said [[IS|isis]] commanders. This is a test.'],
  ['"let" as a verb is not LeT', 'Let us be clear: officials let the convoy pass, and [[LeT|let]] denied it.'],
  ['all-capitals headline: "IS" is a word there', 'WHAT IS NEXT FOR THE [[TALIBAN|afghan-taliban]]?\n[[IS|isis]] fighters regrouped.'],
  ['connectors -e-/-i-/-ul- and spaces', '[[Lashkar-i-Toiba|let]], [[Lashkar e Tayyiba|let]], [[Lashkar-e-Taiba|let]] and [[Jamaat ul Ahrar|jua]], [[Jamaat-al-Ahrar|jua]].'],
  ['apostrophes and spelling variants', '[[al-Qa’ida|al-qaeda]], [[Al Qaida|al-qaeda]], [[al-Qa\'ida|al-qaeda]] and [[Jaish-e-Muhammad|jem]].'],
  ['diacritics', '[[Lashkar-e-Ṭayyiba|let]] and [[Jaish-é-Mohammad|jem]]'],
  ['possessive', "[[ISIS|isis]]'s media arm and [[Islamic State's Khorasan Province|iskp]]"],
  ['acronyms are case-sensitive and whole-word', 'ttp, Ttp, TTPs and aq are not; [[TTP|ttp]] and [[AQ|al-qaeda]] are. THISIS not.'],
  ['a name across a line wrap', 'claimed by [[Tehrik-e-Taliban\nPakistan|ttp]] on Friday'],
  ['a name across a CRLF wrap', 'claimed by [[Tehrik-e-Taliban\r\nPakistan|ttp]] on Friday'],
  ['never across punctuation or a paragraph break', 'the Islamic. State; [[Tehrik-e-Taliban|ttp]], Pakistan and Islamic\n\nState'],
  ['zero-width and no-break spaces inside names', '[[Lash\u200Bkar-e-Taiba|let]] and [[Islamic\u00A0State|isis]]'],
  ['emoji before a mention (UTF-16 columns)', '📍🔴 Kabul: [[ISKP|iskp]] claimed it.'],
  ['tabs before a mention', '\t\t"We fought," said an [[ISIS-K|iskp]] commander.'],
  ['nested longer names: AQIS vs al-Qaeda', '[[al-Qaeda in the Indian Subcontinent|aqis]] is an affiliate of [[al-Qaeda|al-qaeda]].'],
  ['hyphenated compounds still name the group', 'a [[Taliban|afghan-taliban]]-led government and [[ISIS|isis]]-inspired cells'],
  [
    'an acronym the document defines in brackets after a name is that group wherever it is used, as a whole word in the same capitals',
    '[[TIA|afghan-taliban]] FIGHTERS SEEN\nThe [[Afghan Taliban|afghan-taliban]] ([[TIA|afghan-taliban]]) moved north. Later [[TIA|afghan-taliban]] commanders said tia, Tia and TIAs were wrong.',
  ],
  ['a bracket the gazetteer already knows is its own mention; a bracket without two capitals defines nothing', 'The [[Tehrik-e-Taliban Pakistan|ttp]] ([[TTP|ttp]]) and the [[Taliban|afghan-taliban]] (Kabul) met; Kabul was calm.'],
  ['an acronym defined for two groups is neither', 'The [[Taliban|afghan-taliban]] (TX) and [[Lashkar-e-Taiba|let]] (TX) differ; TX is ambiguous.'],
  [
    'the head word of a name the document uses is that group wherever it stands alone, in the same capitals',
    'The [[Tehreek-e-Taliban Pakistan|ttp]] and [[Lashkar-e-Taiba|let]] differ. The [[Tehreek|ttp]] said [[Lashkar|let]]’s men left Lashkar Gah; [[Jaish-e-Mohammed|jem]] and [[Jaish|jem]] too.',
  ],
  ['a head that begins another name the gazetteer does not know names nothing', 'The [[Tehrik-e-Taliban Pakistan|ttp]] attacked Tehrik-e-Insaf offices; Tehrik leaders were silent.'],
  ['a head written in lower case in the document is a common word there', '[[Lashkar-e-Taiba|let]] raised a lashkar of tribesmen. Lashkar denied it.'],
  ['a generic word of a name is no head', 'The [[Islamic State of Iraq and the Levant|isis]] spoke; State media did not.'],
  [
    'a label the document defines for a group ("X is the label … for Y", "X, a term … for Y") names that group in any case',
    'Twelve [[khawarij|ttp]] were killed. [[Khawarij|ttp]] is the label the state has used since 2024 for fighters of the banned [[TTP|ttp]]. In Kabul, the word Kharijites means others.',
  ],
  ['an editor\'s gloss in brackets defines the word before it', 'We warn the [[Khawarij|iskp]] [a reference to the rival [[ISKP|iskp]]] that the [[khawarij|iskp]] will pay.'],
  ['a label defined for two groups names neither', 'Khawarij is a term Pakistan uses for the [[TTP|ttp]]; Khawarij is also the name Kabul uses for [[ISKP|iskp]]. The khawarij struck.'],
];

for (const [name, marked] of cases) {
  test(`matcher: ${name}`, () => {
    const { text, spans } = parseMarkup(marked);
    const found = matcher.findMentions(text).map((m) => ({ id: m.groupId, start: m.start, end: m.end, text: text.slice(m.start, m.end) }));
    assert.deepEqual(found, spans);
  });
}

test('matcher: positions are UTF-16 LSP positions after emoji and CRLF', () => {
  const text = 'Line one\r\n📍 Kabul\tISKP said\rand IS-K again';
  const lines = new LineIndex(text);
  const found = matcher.findMentions(text).map((m) => lines.rangeOf(m.start, m.end));
  assert.deepEqual(found, [
    { start: { line: 1, character: 9 }, end: { line: 1, character: 13 } },
    { start: { line: 2, character: 4 }, end: { line: 2, character: 8 } },
  ]);
});

test('case sensitivity is decided per name', () => {
  assert.equal(isCaseSensitiveName('LeT'), true);
  assert.equal(isCaseSensitiveName('IS-K'), true);
  assert.equal(isCaseSensitiveName('TTP'), true);
  assert.equal(isCaseSensitiveName('IS'), true);
  assert.equal(isCaseSensitiveName('Daesh'), false);
  assert.equal(isCaseSensitiveName('Lashkar-e-Taiba'), false);
  assert.equal(isCaseSensitiveName('LASHKAR-E-TAIBA'), true, 'all capitals counts as an acronym form');
});

test('matcher: a fused "ul" gives the head ("Hizbul Mujahideen" → "Hizb"); a head two groups share names neither', () => {
  const gazetteer = parseGazetteer(
    {
      version: 1,
      groups: [
        { id: 'hm', name: 'Hizbul Mujahideen', aliases: [] },
        { id: 'let', name: 'Lashkar-e-Taiba', aliases: [] },
        { id: 'lej', name: 'Lashkar-e-Jhangvi', aliases: [] },
      ],
    },
    'builtin',
  ).gazetteer;
  const m = new GroupMatcher(gazetteer);
  const one = parseMarkup('[[Hizbul Mujahideen|hm]] is weak. [[Hizb|hm]] exists on paper; Hizbullah does not.');
  assert.deepEqual(m.findMentions(one.text).map((x) => ({ id: x.groupId, start: x.start, end: x.end, text: one.text.slice(x.start, x.end) })), one.spans);
  const two = parseMarkup('[[Lashkar-e-Taiba|let]] and [[Lashkar-e-Jhangvi|lej]] differ; Lashkar is ambiguous here.');
  assert.deepEqual(m.findMentions(two.text).map((x) => ({ id: x.groupId, start: x.start, end: x.end, text: two.text.slice(x.start, x.end) })), two.spans);
});

test('matcher: the one word after "Islamic" in a two-word name is its head ("Islamic Emirate" → "the Emirate"); "Islamic State" gives none', () => {
  const gazetteer = parseGazetteer({ version: 1, groups: [{ id: 'ie', name: 'Islamic Emirate', aliases: [] }, { id: 'is', name: 'Islamic State', aliases: [] }] }, 'builtin').gazetteer;
  const m = new GroupMatcher(gazetteer);
  const one = parseMarkup('The [[Islamic Emirate|ie]] and the [[Islamic State|is]] fight. The [[Emirate|ie]]’s forces held; the State did not.');
  assert.deepEqual(m.findMentions(one.text).map((x) => ({ id: x.groupId, start: x.start, end: x.end, text: one.text.slice(x.start, x.end) })), one.spans);
});
