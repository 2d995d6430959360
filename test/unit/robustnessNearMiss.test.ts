/** Near-miss discovery: finds new transliterations and typos, stays quiet on ordinary prose. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseGazetteer } from '../../server/src/core/gazetteer/gazetteer';
import { loadBuiltinGazetteer } from '../../server/src/core/gazetteer/files';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';
import { NearMissIndex, findNearMisses, normalizeName } from '../../server/src/core/recognition/nearMiss';

const ROOT = path.join(__dirname, '..', '..', '..');
const fixture = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'test-gazetteer.json'), 'utf8'));
const index = new NearMissIndex(new GroupMatcher(parseGazetteer(fixture, 'builtin').gazetteer));

test('near-miss: new transliterations and typos of long names', () => {
  const text = 'Fighters of the Tehreek-e-Talibaan Pakistan and the Lashkar-e-Tayiba met. In Jamaat-ul-Ahraar circles, Islamic Stat Khorasan Province said.';
  assert.deepEqual(
    findNearMisses(text, index).map((n) => [n.text, n.groupId]),
    [
      ['Tehreek-e-Talibaan Pakistan', 'ttp'],
      ['Lashkar-e-Tayiba', 'let'],
      ['Jamaat-ul-Ahraar', 'jua'],
      ['Islamic Stat Khorasan Province', 'iskp'],
    ],
  );
});

test('near-miss: known names, acronyms, single words and ignored names are not flagged', () => {
  const text = 'The Tehrik-e-Taliban Pakistan, TTP, ISKB, Talibs, New York, United Nations and the Lashkar-e-Tayiba.';
  assert.deepEqual(findNearMisses(text, index, new Set([normalizeName('Lashkar-e-Tayiba')])), []);
});

test('near-miss: quiet on the sample corpus with the built-in gazetteer', () => {
  const builtin = new NearMissIndex(new GroupMatcher(loadBuiltinGazetteer(path.join(ROOT, 'server', 'data', 'gazetteer.json'))));
  const dir = path.join(ROOT, 'samples', 'corpus');
  const hits = fs.readdirSync(dir).flatMap((f) => findNearMisses(fs.readFileSync(path.join(dir, f), 'utf8'), builtin).map((n) => `${f}: ${n.text} ~ ${n.alias}`));
  assert.ok(hits.length <= 2, hits.join('\n'));
});

test('near-miss: an article (or "Abu") and a surname is not a misspelt "al-" group name; an article and the name mistyped is', () => {
  const builtin = new NearMissIndex(new GroupMatcher(loadBuiltinGazetteer(path.join(ROOT, 'server', 'data', 'gazetteer.json'))));
  assert.deepEqual(findNearMisses('Governor Al-Shabani met the envoy. Al-Shebaab fighters were seen near the town.', builtin).map((n) => [n.text, n.groupId]), [['Al-Shebaab', 'al-shabaab']]);
  // The same for a kunya: a commander's "Abu Yahya" is no misspelt "Abu Sayyaf"; "Abu Sayaf" is.
  assert.deepEqual(findNearMisses('Commander Abu Yahya said the Abu Sayaf cell had moved to Jolo.', builtin).map((n) => [n.text, n.groupId]), [['Abu Sayaf', 'abu-sayyaf-group']]);
});
