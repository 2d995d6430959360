/**
 * Analyst-written patterns (gazetteer aliases, corpus globs) and the near-miss candidate scan
 * must run in linear time on adversarial input; file decoding handles every encoding we promise.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { decodeText } from '../../server/src/core/corpus/files';
import { parseGazetteer } from '../../server/src/core/gazetteer/gazetteer';
import { Glob } from '../../server/src/core/corpus/glob';
import { GroupMatcher } from '../../server/src/core/recognition/groupMatcher';
import { NearMissIndex, findNearMisses } from '../../server/src/core/recognition/nearMiss';

/** Wall time of one call of `fn` in ms. */
function time(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

/**
 * Quadrupling the input must not much more than quadruple the time (catastrophic backtracking would
 * square or explode it). Small and large runs alternate and the best of five of each counts, so a
 * busy machine slows both alike.
 */
function assertLinear(name: string, run: (n: number) => void, n: number): void {
  let small = Infinity;
  let large = Infinity;
  for (let i = 0; i < 5; i++) {
    small = Math.min(small, time(() => run(n)));
    large = Math.min(large, time(() => run(n * 4)));
  }
  assert.ok(large < Math.max(small * 10, 50), `${name}: ${small.toFixed(1)} ms for n, ${large.toFixed(1)} ms for 4n`);
}

test('adversarial globs (stars, double stars, braces) match in linear time', () => {
  const patterns = ['**/*a*a*a*a*a*a*a*a*b', '**/**/**/**/**/x', '*'.repeat(50) + 'b', '{a,b,{c,d,{e,f}}}/**/*.{txt,md}', '**/' + 'a*'.repeat(30) + '.txt'];
  for (const pattern of patterns) {
    const glob = new Glob(pattern);
    assertLinear(pattern, (n) => glob.matches('a/'.repeat(n / 20) + 'a'.repeat(n)), 2000);
  }
});

test('adversarial gazetteer aliases (repeated words, long names, many groups) match in linear time', () => {
  const groups = [
    { id: 'a', name: 'a a a a a a a a a a a a a a a a a a a b', aliases: ['a a a a a a a a c', 'Aaa-aaa-aaa'] },
    { id: 'b', name: 'Name ' + 'x '.repeat(200) + 'y', aliases: ["a'a'a'a'a", 'a\u200Ba\u200Ba'] },
    ...Array.from({ length: 500 }, (_, i) => ({ id: `g${i}`, name: `Group Number ${i} Front`, aliases: [`a ${i}`] })),
  ];
  const matcher = new GroupMatcher(parseGazetteer({ groups }, 'builtin').gazetteer);
  assertLinear('aliases', (n) => matcher.findMentions('a '.repeat(n) + "a'a'a".repeat(n / 10) + 'x '.repeat(n)), 20000);
});

test('the near-miss scan is linear on long capitalised runs and hyphen chains', () => {
  const matcher = new GroupMatcher(parseGazetteer({ groups: [{ id: 'let', name: 'Lashkar-e-Taiba', aliases: ['Tehrik-e-Taliban Pakistan'] }] }, 'builtin').gazetteer);
  const index = new NearMissIndex(matcher);
  assertLinear('capitalised run', (n) => findNearMisses('Abc '.repeat(n) + '.', index), 5000);
  assertLinear('hyphen chain', (n) => findNearMisses('Ab-e-'.repeat(n) + 'x', index), 5000);
  assertLinear('many candidates', (n) => findNearMisses('The Lashkar-e-Tayiba and New York. '.repeat(n), index), 500);
});

test('decoding: UTF-8 with and without BOM, UTF-16 LE/BE with BOM, invalid UTF-8 as Windows-1252, NUL bytes as binary', () => {
  assert.deepEqual(decodeText(Buffer.from('\uFEFFISKP é', 'utf8')), { text: 'ISKP é', encoding: 'utf-8' });
  assert.deepEqual(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ISKP é', 'utf16le')])), { text: 'ISKP é', encoding: 'utf-16le' });
  assert.deepEqual(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('ISKP é', 'utf16le').swap16()])), { text: 'ISKP é', encoding: 'utf-16be' });
  assert.deepEqual(decodeText(Buffer.from([0x93, 0x49, 0x53, 0x94, 0xe9])), { text: '“IS”é', encoding: 'windows-1252' });
  assert.equal(decodeText(Buffer.from([0x49, 0x00, 0x53])), null);
  assert.deepEqual(decodeText(Buffer.alloc(0)), { text: '', encoding: 'utf-8' });
});
