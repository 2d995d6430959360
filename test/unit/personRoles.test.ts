/**
 * Roles read around a person's mention: the title in the name, a role phrase before it, an
 * apposition after it; nothing when the text says nothing.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { rolesAround } from '../../server/src/core/people/roles';

const cases: [string, string, string[]][] = [
  ['"The ceasefire will continue," TTP spokesman Mohammad Khurasani said.', 'Mohammad Khurasani', ['TTP spokesman']],
  ['the house belonged to an associate of Sirajuddin Haqqani, the Taliban’s interior minister, who', 'Sirajuddin Haqqani', ['Taliban’s interior minister']],
  ['Interior Minister Ahmed Farah Gure told reporters', 'Interior Minister Ahmed Farah Gure', ['Interior Minister']],
  ['Farid Azimi, a former Afghan intelligence officer who now works in Doha, believes', 'Farid Azimi', ['former Afghan intelligence officer']],
  ['The researcher Lina Haidari said the TTP', 'Lina Haidari', ['researcher']],
  ['He met Lina Haidari, the day before.', 'Lina Haidari', []],
  ['Farid Azimi said so.', 'Farid Azimi', []],
];

for (const [text, name, expected] of cases) {
  test(`roles around "${name}" in "${text.slice(0, 50)}…"`, () => {
    const at = text.indexOf(name);
    assert.deepEqual(rolesAround(text, at, at + name.length), expected);
  });
}
