/** Gazetteer lint: each rule, with the exact range of the offending JSON text. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { parseGazetteer } from '../../server/src/core/gazetteer/gazetteer';
import { lintGazetteer, scanJsonPaths } from '../../server/src/core/gazetteer/lint';

const fixture = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'test-gazetteer.json'), 'utf8'));
const builtin = parseGazetteer(fixture, 'builtin').gazetteer;

const TEXT = `{
  "version": 1,
  "colour": "red",
  "groups": [
    { "id": "bdf", "name": "Bannu Defence Front", "aliases": ["BDF", "", "Front", "X", "Daesh"], "colour": 1 },
    { "id": "bdf", "name": "Bannu Front", "aliases": ["Bannu Defence Front"] },
    { "id": "ttp", "aliases": ["Tehreek Taliban"] }
  ]
}`;

test('lint: every rule with exact ranges', () => {
  const problems = lintGazetteer(TEXT, builtin).map((p) => ({ code: p.code, text: TEXT.slice(p.start, p.end) }));
  const expect = [
    { code: 'invalid', text: '""' },
    { code: 'unknown-field', text: '"colour"' },
    { code: 'unknown-field', text: '"colour"' },
    { code: 'common-word', text: '"Front"' },
    { code: 'too-short', text: '"X"' },
    { code: 'alias-conflict', text: '"Daesh"' },
    { code: 'duplicate-id', text: '"bdf"' },
  ];
  for (const e of expect) assert.ok(problems.some((p) => p.code === e.code && p.text === e.text), `${JSON.stringify(e)} in ${JSON.stringify(problems)}`);
  assert.ok(!problems.some((p) => p.text.includes('Tehreek Taliban')), 'an alias added to a built-in group by its own id is fine');
  assert.ok(!problems.some((p) => p.code === 'alias-conflict' && p.text === '"Bannu Defence Front"'), 'same id in a second entry is a merge, not a conflict');
});

test('lint: invalid JSON is one error at the failure, saying the last valid version stays in force', () => {
  const bad = '{ "groups": [ { "id": "x", } ] }';
  const [p] = lintGazetteer(bad, builtin);
  assert.equal(p.code, 'json');
  assert.match(p.message, /last valid version/);
  assert.ok(p.start >= bad.indexOf(',') - 1 && p.end <= bad.length);
});

test('JSON scanner: paths map to offsets and a syntax error keeps what was scanned', () => {
  const spans = scanJsonPaths('{"a": [1, {"b": "x\\"y"}], "c": tru');
  assert.deepEqual(spans.get('a[1].b'), { start: 16, end: 22, keyStart: 11, keyEnd: 14 });
  assert.equal(spans.has('c'), false);
});
