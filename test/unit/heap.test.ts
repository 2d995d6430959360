import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { collectGarbage } from '../../server/src/heap';

test('heap: a full collection can be run without the --expose-gc flag, and frees what nothing holds', () => {
  let garbage: object[] | null = Array.from({ length: 200_000 }, (_, i) => ({ i, text: `item ${i}` }));
  const before = process.memoryUsage().heapUsed;
  garbage = null;
  assert.equal(garbage, null);
  assert.equal(collectGarbage(), true, 'gc() was obtained');
  const after = process.memoryUsage().heapUsed;
  assert.ok(before - after > 5 * 2 ** 20, `heap ${(before / 2 ** 20).toFixed(1)} MB -> ${(after / 2 ** 20).toFixed(1)} MB`);
});
