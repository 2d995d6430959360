/**
 * Typed-array columns: one way to lengthen them, one way to gather many into one buffer, one way
 * to keep a long-lived copy in the shared chunks.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { gathered, keptColumn, lengthened } from '../../server/src/core/corpus/columns';

test('columns: gathered parts are views of one buffer of their type, in order, with their values', () => {
  const parts = [Int32Array.of(1, 2), Int32Array.of(), Int32Array.of(3, 4, 5)];
  const views = gathered(parts);
  assert.deepEqual(views.map((v) => [...v]), [[1, 2], [], [3, 4, 5]]);
  assert.ok(views.every((v) => v instanceof Int32Array && v.buffer === views[0].buffer));
  assert.equal(views[0].buffer.byteLength, 5 * 4);
  const small = gathered([Uint16Array.of(7), Uint16Array.of(8, 9)]);
  assert.ok(small[1] instanceof Uint16Array);
  assert.deepEqual(small.map((v) => [...v]), [[7], [8, 9]]);
  assert.deepEqual(gathered([]), []);
});

test('columns: a kept column and a lengthened one copy their values (zeros after)', () => {
  const source = [4, -1, 9];
  const kept = keptColumn(source);
  assert.deepEqual([...kept], source);
  kept[0] = 0;
  assert.deepEqual(source, [4, -1, 9]);
  assert.deepEqual([...lengthened(Int32Array.of(1, 2), 4)], [1, 2, 0, 0]);
});
