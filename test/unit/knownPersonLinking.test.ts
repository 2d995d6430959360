/**
 * Tying a name found in a document to a listed individual: the listed name or a distinctive alias
 * links on its own; a shorter form links only beside a group the listing names; common names never
 * link on the name alone, and two listed people answering equally mean no link.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { loadKnownPeople, parseKnownPeople } from '../../server/src/core/gazetteer/people';
import { identifyingWords, indexKnownPeople, linkKnownPerson } from '../../server/src/core/people/knownPeople';

const builtin = indexKnownPeople(loadKnownPeople().people);
const link = (name: string, groups: string[] = []) => linkKnownPerson(builtin, name, new Set(groups));

test('known people: identifying words drop honorifics and particles and fold transliterations', () => {
  assert.deepEqual(identifyingWords('Mufti Noor Wali Mehsud'), ['noor', 'wali', 'mehsud']);
  assert.deepEqual(identifyingWords('Ayman al-Zawahiri'), ['ayman', 'zawahiri']);
  assert.deepEqual(identifyingWords('‘abd al-Rahman bin ‘umayr'), ['abdul', 'rahman', 'umayr']);
  assert.deepEqual(identifyingWords('Mohammed Masood Azhar Alvi'), identifyingWords('Muhammad Masud Azhar Alvi'));
});

const cases: { name: string; groups?: string[]; expected: string | null; why: string }[] = [
  { name: 'Ayman al-Zawahiri', expected: 'UN:QDi.006', why: 'a listed alias ("Al Zawahiri Ayman", family name first) with a distinctive word' },
  { name: 'Siraj Haqqani', expected: 'UN:TAi.144', why: 'a listed alias; "Siraj" is distinctive' },
  { name: 'Sirajuddin Haqqani', groups: ['afghan-taliban'], expected: 'UN:TAi.144', why: 'part of the listed name, a distinctive word, beside the Taliban' },
  { name: 'Masood Azhar', groups: ['jaish-e-mohammed'], expected: 'UN:QDi.422', why: 'part of the listed name beside the group he founded' },
  { name: 'Masood Azhar', expected: null, why: 'part of a listed name with no group the listing names' },
  { name: 'Mufti Noor Wali Mehsud', groups: ['ttp'], expected: 'UN:QDi.427', why: 'the whole listed name (three words) beside the TTP' },
  { name: 'Noor Wali Mehsud', expected: null, why: 'three common words with no TTP in the document' },
  { name: 'Abdur Rehman', expected: null, why: 'a listed name, but a common one' },
  { name: 'Abdur Rehman', groups: ['al-qaeda', 'jaish-e-mohammed'], expected: null, why: 'a common two-word name never links, even beside the groups' },
  { name: 'Muhammad Ashraf', groups: ['lashkar-e-taiba'], expected: null, why: 'common words, part of the LeT financier\'s listed name' },
  { name: 'Osama Mehmood', groups: ['aqis', 'al-qaeda'], expected: null, why: 'two common names, though a listed son of Usama bin Laden carries both' },
  { name: 'Hamid Karimi', groups: ['al-qaeda'], expected: null, why: 'nobody listed' },
  { name: 'Haqqani', groups: ['haqqani-network'], expected: null, why: 'one word that several listed people carry is never enough' },
  { name: 'Shekau', groups: ['boko-haram'], expected: 'UN:QDi.322', why: 'one distinctive word of one listed person, beside the group he led' },
  { name: 'Shekau', expected: null, why: 'one word with no group the listing names' },
  { name: 'Zawahiri', groups: ['al-qaeda'], expected: 'UN:QDi.006', why: 'one word only one listed person carries, beside al-Qaeda' },
  { name: 'Khan', groups: ['ttp'], expected: null, why: 'one common word' },
  { name: 'Muhammad al-Ghamari', groups: ['houthis'], expected: 'UN:YEi.008', why: 'part of a Yemen listing that names the Houthis, beside them' },
  { name: 'Abdul-Malik al-Houthi', expected: 'UN:YEi.004', why: 'the listed "Abdulmalik al-Houthi" with "Abdul" written apart' },
  { name: 'al-Houthi', groups: ['houthis'], expected: null, why: 'a family name two listed people carry' },
  { name: 'Amadou', groups: ['jamaat-nusrat-al-islam-wal-muslimin'], expected: null, why: 'a listed given name alone is not the person' },
];

for (const c of cases) {
  test(`known people: "${c.name}"${c.groups?.length ? ` with ${c.groups.join(', ')}` : ''} -> ${c.expected ?? 'no link'} (${c.why})`, () => {
    assert.equal(link(c.name, c.groups)?.person.id ?? null, c.expected);
  });
}

test('known people: the rule that linked is reported', () => {
  assert.equal(link('Ayman al-Zawahiri')?.rule, 'listed alias');
  assert.equal(link('Masood Azhar', ['jaish-e-mohammed'])?.rule, 'name and group');
  assert.equal(link('Shekau', ['boko-haram'])?.rule, 'name and group');
});

test('known people: two listed people answering a name equally link neither', () => {
  const list = parseKnownPeople({
    people: [
      { id: 'UN:A', name: 'Zarqan Feroz Ostadi', groups: [{ id: 'ttp' }] },
      { id: 'UN:B', name: 'Zarqan Feroz Badakhshi', groups: [{ id: 'ttp' }] },
      { id: 'UN:C', name: 'Qutbuddin Ostadi', groups: [{ id: 'isis' }] },
    ],
  });
  const index = indexKnownPeople(list);
  assert.equal(linkKnownPerson(index, 'Zarqan Feroz', new Set(['ttp'])), null, 'both TTP listings contain the name');
  assert.equal(linkKnownPerson(index, 'Zarqan Feroz Ostadi', new Set())?.person.id, 'UN:A', 'the whole listed name tells them apart');
  assert.equal(linkKnownPerson(index, 'Qutbuddin Ostadi', new Set(['ttp']))?.person.id, 'UN:C', 'the exact listed name needs no group when distinctive');
});
