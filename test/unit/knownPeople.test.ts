import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { loadBuiltinGazetteer } from '../../server/src/core/gazetteer/files';
import { loadKnownPeople, parseKnownPeople } from '../../server/src/core/gazetteer/people';

test('known people: the built-in list links listed individuals to gazetteer groups with their role', () => {
  const { people, problem } = loadKnownPeople();
  assert.equal(problem, null);
  assert.ok(people.people.length > 300, `${people.people.length} people`);
  const groups = new Set(loadBuiltinGazetteer().groups.map((g) => g.id));
  for (const person of people.people) for (const g of person.groups) assert.ok(groups.has(g.id), `${person.id} links to unknown group ${g.id}`);

  const byName = (name: string) => people.people.find((p) => p.name === name);
  const mehsud = byName('Noor Wali Mehsud');
  assert.ok(mehsud);
  assert.equal(mehsud.groups[0].id, 'ttp');
  assert.match(mehsud.groups[0].role, /^Leader of Tehrik-e Taliban Pakistan/);
  const azhar = byName('Mohammed Masood Azhar Alvi');
  assert.deepEqual(azhar?.groups.map((g) => [g.id, g.role]), [
    ['jaish-e-mohammed', 'Founder of Jaish-i-Mohammed'],
    ['harkat-ul-mujahideen', 'Former leader of Harakat ul-Mujahidin / HUM'],
  ]);
  const siraj = byName('Sirajuddin Jallaloudine Haqqani');
  assert.ok(siraj?.aliases.includes('Siraj Haqqani'));
  assert.equal(siraj?.groups[0].id, 'haqqani-network');
  assert.equal(siraj?.listing.list, '1988 Sanctions List (Taliban)');
  // The Yemen regime's listings that name the Houthis, linked to the movement; its other listings are left out.
  const houthi = byName('Abdulmalik al-Houthi');
  assert.deepEqual(houthi?.groups.map((g) => [g.id, g.role]), [['houthis', "Leader of Yemen's Houthi Movement"]]);
  assert.equal(houthi?.listing.list, '2140 Sanctions List (Yemen)');
  assert.equal(people.people.find((p) => p.id === 'UN:YEi.006'), undefined, 'a Yemen listing that names no Houthi');
  // Aliases are Latin-script names without the list's bracketed notes.
  for (const p of people.people) for (const a of p.aliases) assert.doesNotMatch(a, /[()]|,$/, `${p.id}: ${a}`);
});

test('known people: broken entries are left out, a broken file is an empty list with the reason', () => {
  const parsed = parseKnownPeople({ people: [{ id: 'UN:X', name: 'A Name', groups: [{ id: 'ttp' }, { role: 'no id' }] }, { name: 'no id' }, null, 'text'] });
  assert.equal(parsed.people.length, 1);
  assert.deepEqual(parsed.people[0].groups, [{ id: 'ttp', role: '', reference: null }]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-people-')), 'people.json');
  fs.writeFileSync(file, '{ not json');
  const broken = loadKnownPeople(file);
  assert.equal(broken.people.people.length, 0);
  assert.match(broken.problem ?? '', /could not be read/);
});
