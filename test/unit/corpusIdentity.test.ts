/**
 * People across the corpus (`people/corpusIdentity.ts`): document-level person ids joined into one
 * person when the corpus shows they are one (a second name carried in one document, a listing
 * another document ties the name to, one name transliterated two ways, a middle name omitted), and
 * left apart when it does not (two brothers, a long name met once, common names, two listed
 * people); the same answer whatever the order documents come in; ids a view holds before a merge
 * still find their person; names of common words only keyed as spelt.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { CorpusIndex } from '../../server/src/core/corpus/corpusIndex';
import { PeopleIndex } from '../../server/src/core/corpus/peopleIndex';
import { loadBuiltinGazetteer } from '../../server/src/core/gazetteer/files';
import { loadKnownPeople } from '../../server/src/core/gazetteer/people';
import { aliasKeys, CorpusIdentity, EntityIdentity } from '../../server/src/core/people/corpusIdentity';
import { spellingKey } from '../../server/src/core/people/identity';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';

const person = (key: string, aliases: string[] = []): EntityIdentity => ({ id: key, key, listed: false, aliases });
const listed = (id: string, key: string): EntityIdentity => ({ id, key, listed: true, aliases: [] });

test('corpus identity: a middle name omitted joins the one longer name written in two documents', () => {
  const ids = new CorpusIdentity();
  ids.set('a', [person('kashim adamu bulama')]);
  ids.set('b', [person('kashim adamu bulama')]);
  ids.set('c', [person('kashim bulama')]);
  assert.equal(ids.resolve('kashim bulama'), 'kashim adamu bulama');
  assert.deepEqual(ids.members('kashim bulama'), ['kashim adamu bulama', 'kashim bulama']);
  // The document that made the long name a recurring one goes: the two are apart again.
  ids.remove('b');
  assert.equal(ids.resolve('kashim bulama'), 'kashim bulama');
});

test('corpus identity: no join for two brothers, a long name met once, or a name of common words only', () => {
  const ids = new CorpusIdentity();
  // Two longer names fit "Modu Gana": brothers, or cousins; nobody knows which is meant.
  ids.set('a', [person('modu lawan gana'), person('modu kachalla gana')]);
  ids.set('b', [person('modu lawan gana'), person('modu kachalla gana')]);
  ids.set('c', [person('modu gana')]);
  assert.equal(ids.resolve('modu gana'), 'modu gana');
  // A long name met once: a source quoted in one story, and a short name in a byline elsewhere.
  ids.set('d', [person('hodan abdi warfaa')]);
  ids.set('e', [person('hodan warfaa')]);
  assert.equal(ids.resolve('hodan warfaa'), 'hodan warfaa');
  // Common words only: "Muhammad Khan" is thousands of people.
  ids.set('f', [person('muhammad akbar khan'), person('muhammad khan')]);
  ids.set('g', [person('muhammad akbar khan')]);
  assert.equal(ids.resolve('muhammad khan'), 'muhammad khan');
});

test('corpus identity: a second name carried in one document joins the documents naming either', () => {
  const ids = new CorpusIdentity();
  ids.set('a', [person('abdullahi gaab')]);
  ids.set('b', [person('abdullahi nur hirsi')]);
  assert.equal(ids.resolve('abdullahi gaab'), 'abdullahi gaab');
  ids.set('c', [person('abdullahi nur hirsi', ['abdullahi gaab'])]);
  assert.equal(ids.resolve('abdullahi gaab'), 'abdullahi nur hirsi', 'the longer name is the person');
  assert.equal(ids.resolve('abdullahi nur hirsi'), 'abdullahi nur hirsi');
});

test('corpus identity: a name tied to a listing in one document is that listing where no group ties it', () => {
  const ids = new CorpusIdentity();
  ids.set('a', [listed('UN:X.1', 'tarkhani')]);
  ids.set('b', [person('tarkhani')]);
  assert.equal(ids.resolve('tarkhani'), 'UN:X.1');
  // Two listings reached by one name: neither is chosen.
  ids.set('c', [listed('UN:X.2', 'tarkhani')]);
  assert.equal(ids.resolve('tarkhani'), 'tarkhani');
  // And two listed people are never one, whatever joins their names.
  const two = new CorpusIdentity();
  two.set('a', [listed('UN:X.1', 'aziz tarkhani'), listed('UN:X.2', 'aziz tarkhaani')]);
  assert.notEqual(two.resolve('UN:X.1'), two.resolve('UN:X.2'));
});

test('corpus identity: one name transliterated two ways is one person', () => {
  const ids = new CorpusIdentity();
  ids.set('a', [person('cabdiqani xasan dhoorre')]);
  ids.set('b', [person('abdiqani hasan dhoore')]);
  assert.equal(ids.resolve('cabdiqani xasan dhoorre'), ids.resolve('abdiqani hasan dhoore'));
});

test('corpus identity: the same people whatever order the documents come in', () => {
  const docs: [string, EntityIdentity[]][] = [
    ['a', [person('kashim adamu bulama'), listed('UN:X.1', 'tarkhani')]],
    ['b', [person('kashim adamu bulama'), person('tarkhani')]],
    ['c', [person('kashim bulama', ['kashim dogo'])]],
    ['d', [person('kashim dogo'), person('cabdi xasan')]],
    ['e', [person('abdi hasan')]],
  ];
  const forward = new CorpusIdentity();
  for (const [uri, e] of docs) forward.set(uri, e);
  const backward = new CorpusIdentity();
  for (const [uri, e] of [...docs].reverse()) backward.set(uri, e);
  for (const id of ['kashim bulama', 'kashim dogo', 'kashim adamu bulama', 'tarkhani', 'cabdi xasan', 'abdi hasan']) assert.equal(forward.resolve(id), backward.resolve(id), id);
  assert.equal(forward.resolve('kashim dogo'), 'kashim adamu bulama');
});

test('alias keys: other full names of an entity, not its own shorter forms or common names', () => {
  assert.deepEqual(aliasKeys({ key: 'ali dhere', forms: ['Sheikh Ali Dhere', 'Dhere', 'Ali Mohamud Rage'] }), ['ali mohamud rage']);
  assert.deepEqual(aliasKeys({ key: 'abdi nur warsame', forms: ['Abdi Nur Warsame', 'Abdi Warsame', 'Muhammad Ali'] }), []);
});

test('spelling key: common names as spelt, titles and honorifics dropped', () => {
  assert.equal(spellingKey('Haji Gul Rehman'), 'gul rehman');
  assert.equal(spellingKey('Mohammad Yousuf'), 'mohammad yousuf');
  assert.equal(spellingKey('Colonel Muhammad Yusuf'), 'muhammad yusuf');
});

const CORPUS: Record<string, string> = {
  'file:///c/2025-02-01-a.txt':
    'MAIDUGURI, 1 February 2025 — Governor Kashim Adamu Bulama said the road to Gubio would reopen next week.\n\n' +
    'Haji Gul Rehman, a trader in the market, said prices had doubled.\n',
  'file:///c/2025-03-01-b.txt': 'MAIDUGURI, 1 March 2025 — Governor Kashim Adamu Bulama told farmers the state would pay for seed.\n',
  'file:///c/2025-04-01-c.txt':
    'BAMA, 1 April 2025 — Governor Kashim Bulama said the camps would close by June.\n\n' +
    'Gul Rahman, a driver from the town, said the checkpoints were still there.\n',
};

test('people index: a person joined across documents answers by any of its ids, and parts again when a document goes', () => {
  const index = new CorpusIndex(new GroupMatcher(loadBuiltinGazetteer()));
  const people = new PeopleIndex(loadKnownPeople().people);
  index.observe(people);
  index.update('file:///c/2025-04-01-c.txt', CORPUS['file:///c/2025-04-01-c.txt']);
  // A view holds the short name's id before the other documents come.
  const held = people.personAt('file:///c/2025-04-01-c.txt', 0, 'BAMA, 1 April 2025 — Governor Kas'.length)?.id;
  assert.equal(held, 'kashim bulama');
  index.update('file:///c/2025-02-01-a.txt', CORPUS['file:///c/2025-02-01-a.txt']);
  index.update('file:///c/2025-03-01-b.txt', CORPUS['file:///c/2025-03-01-b.txt']);
  const joined = people.summary(held!);
  assert.equal(joined?.id, 'kashim adamu bulama');
  assert.equal(joined?.name, 'Kashim Adamu Bulama');
  assert.equal(joined?.documents, 3);
  assert.equal(people.has('kashim bulama'), true);
  assert.equal(people.idAt('file:///c/2025-04-01-c.txt', 0), 'kashim adamu bulama');
  assert.equal(new Set(people.mentionsOf(held!).map((m) => m.uri)).size, 3);
  assert.equal(people.statementsOf(held!, { limit: 10 }).total, 3);
  assert.ok(![...people.ids()].includes('kashim bulama'), 'listed once, under the person');
  // Two traders spelt two ways by two papers, of common names only: two people.
  assert.equal(people.has('gul rehman') && people.has('gul rahman'), true);
  assert.notEqual(people.summary('gul rehman')?.id, people.summary('gul rahman')?.id);
  // The second long-name document goes: the short name is its own person again.
  index.remove('file:///c/2025-03-01-b.txt');
  assert.equal(people.summary(held!)?.id, 'kashim bulama');
  assert.equal(people.summary('kashim adamu bulama')?.documents, 1);
});
