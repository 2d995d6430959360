/**
 * The corpus-wide people index: one identity per person across documents (the same name, or the
 * same listed individual under two forms), mention and statement counts kept right as documents
 * are added, changed and removed, statements newest first, bounded pages.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { CorpusIndex } from '../../server/src/core/corpus/corpusIndex';
import { PeopleIndex } from '../../server/src/core/corpus/peopleIndex';
import { loadBuiltinGazetteer } from '../../server/src/core/gazetteer/files';
import { loadKnownPeople } from '../../server/src/core/gazetteer/people';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';
import { documentRows } from '../../server/src/core/store/postgres/rows';

export const PEOPLE_FIXTURE: Record<string, string> = {
  'file:///corpus/2023-03-20-haidari-ttp.txt':
    'PESHAWAR, 20 March 2023 — The researcher Lina Haidari said the TTP had rebuilt its networks in the tribal districts.\n\n' +
    '"The TTP is recruiting again in Bajaur," Haidari said.\n',
  'file:///corpus/2024-05-02-haidari-iskp.txt':
    'KABUL, 2 May 2024 — The analyst Lina Haidari said ISKP had moved its recruiters to the north.\n\n' +
    'Officials in Kabul did not comment.\n',
  'file:///corpus/2023-04-18-jem-claim.txt':
    'SRINAGAR, 18 April 2023 — Jaish-e-Mohammed claimed the ambush. Police said the cell reported to the group\'s founder Masood Azhar.\n',
  'file:///corpus/2023-05-01-azhar-profile.txt':
    'ISLAMABAD, 1 May 2023 — Maulana Masood Azhar, who founded Jaish-e-Mohammed, has not been seen in public for two years.\n',
};

export function fixtureIndex(): { index: CorpusIndex; people: PeopleIndex } {
  const index = new CorpusIndex(new GroupMatcher(loadBuiltinGazetteer()));
  const people = new PeopleIndex(loadKnownPeople().people);
  index.observe(people);
  for (const [uri, text] of Object.entries(PEOPLE_FIXTURE)) index.update(uri, text);
  return { index, people };
}

test('people index: one person across documents, with mentions, documents and statements', () => {
  const { people } = fixtureIndex();
  const haidari = people.summary('lina haidari');
  assert.ok(haidari, `people: ${[...people.ids()].join(', ')}`);
  assert.equal(haidari.name, 'Lina Haidari');
  assert.equal(haidari.documents, 2);
  assert.ok(haidari.mentions >= 3, `${haidari.mentions} mentions`);
  assert.ok(haidari.statements >= 2, `${haidari.statements} statements`);
  assert.equal(haidari.statementDocuments, 2);
  assert.equal(haidari.known, null);
});

test('people index: two forms of a listed individual are one person, carrying the listing', () => {
  const { people } = fixtureIndex();
  const azhar = people.summary('UN:QDi.422');
  assert.ok(azhar, `people: ${[...people.ids()].join(', ')}`);
  assert.equal(azhar.known?.name, 'Mohammed Masood Azhar Alvi');
  assert.equal(azhar.documents, 2);
  assert.equal(people.has('masood azhar'), false, 'no second, unlisted Masood Azhar');
  const uris = people.mentionsOf('UN:QDi.422').map((m) => m.uri);
  assert.deepEqual([...new Set(uris)].sort(), ['file:///corpus/2023-04-18-jem-claim.txt', 'file:///corpus/2023-05-01-azhar-profile.txt']);
});

test('people index: statements newest first by document date, paged, one document left out on request', () => {
  const { people } = fixtureIndex();
  const all = people.statementsOf('lina haidari', { limit: 10 });
  assert.ok(all.total >= 2);
  assert.equal(all.items[0].uri, 'file:///corpus/2024-05-02-haidari-iskp.txt', 'the 2024 statement first');
  assert.equal(all.items[0].date, '2024-05-02');
  const elsewhere = people.statementsOf('lina haidari', { excludeUri: 'file:///corpus/2024-05-02-haidari-iskp.txt', limit: 10 });
  assert.ok(elsewhere.items.every((s) => s.uri === 'file:///corpus/2023-03-20-haidari-ttp.txt'));
  const page = people.statementsOf('lina haidari', { limit: 1, offset: 1 });
  assert.equal(page.items.length, 1);
  assert.equal(page.total, all.total);
  assert.equal(page.items[0].claim, all.items[1].claim);
  const aboutTtp = people.statementsOf('lina haidari', { groupId: 'ttp', limit: 10 });
  assert.ok(aboutTtp.items.length >= 1 && aboutTtp.items.every((s) => s.claim.subjects.includes('ttp')));
  const groups = people.statementGroups('lina haidari').map((g) => g.groupId);
  assert.ok(groups.includes('ttp') && groups.includes('iskp'), groups.join(', '));
});

test('people index: kept right when a document changes or goes, and empty after clear', () => {
  const { index, people } = fixtureIndex();
  const before = people.summary('lina haidari')!;
  index.remove('file:///corpus/2024-05-02-haidari-iskp.txt');
  const after = people.summary('lina haidari')!;
  assert.equal(after.documents, 1);
  assert.ok(after.statements < before.statements);
  assert.equal(people.statementGroups('lina haidari').some((g) => g.groupId === 'iskp'), false);
  // An edit that drops the name removes the person from that document.
  index.update('file:///corpus/2023-03-20-haidari-ttp.txt', 'PESHAWAR, 20 March 2023 — Nobody was named.\n');
  assert.equal(people.summary('lina haidari'), undefined);
  index.update('file:///corpus/2024-05-02-haidari-iskp.txt', PEOPLE_FIXTURE['file:///corpus/2024-05-02-haidari-iskp.txt']);
  assert.equal(people.summary('lina haidari')?.documents, 1);
  index.clear();
  assert.equal(people.count, 0);
});

test('people index: the person at a position, top people paged and filtered', () => {
  const { index, people } = fixtureIndex();
  const uri = 'file:///corpus/2023-03-20-haidari-ttp.txt';
  const mention = index.get(uri)!.people!.mentions[0];
  const at = people.personAt(uri, mention.range.start.line, mention.range.start.character + 2);
  assert.equal(at?.id, 'lina haidari');
  assert.equal(people.personAt(uri, 0, 0), undefined, 'the dateline names nobody');
  const top = people.top({ limit: 1 });
  assert.equal(top.items[0].id, 'lina haidari', 'most statements first');
  assert.equal(top.total, people.count);
  const filtered = people.top({ filter: 'alvi', limit: 10 });
  assert.deepEqual(filtered.items.map((p) => p.id), ['UN:QDi.422'], 'the listed name is searched too');
});

test("the shared index's rows key people as the people index does: the listing's id, else the identity key", () => {
  const { index, people } = fixtureIndex();
  const known = people.knownIndex;
  const archived = new Map<string, { mentions: number; statements: number }>();
  for (const [uri, text] of Object.entries(PEOPLE_FIXTURE)) {
    const doc = index.get(uri)!;
    const rows = documentRows(1, { key: '1', path: uri, contentHash: 'h', size: text.length, text, analysis: doc, dateline: null, knownPeople: known });
    for (const line of rows.people.split('\n').filter(Boolean)) {
      const [, , personKey, , mentions, statements] = line.split('\t');
      const a = archived.get(personKey) ?? { mentions: 0, statements: 0 };
      archived.set(personKey, { mentions: a.mentions + Number(mentions), statements: a.statements + Number(statements) });
    }
    // Every person mention row carries an id the people index knows.
    for (const line of rows.person_mentions.split('\n').filter(Boolean)) assert.ok(people.has(line.split('\t')[3]), line);
  }
  assert.deepEqual([...archived.keys()].sort(), [...people.ids()].sort());
  for (const [id, counts] of archived) {
    const local = people.summary(id)!;
    assert.deepEqual(counts, { mentions: local.mentions, statements: local.statements }, id);
  }
  assert.ok([...archived.keys()].some((id) => id.startsWith('UN:')), 'a listed individual keyed by the listing');
});
