import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { getHeapSpaceStatistics } from 'node:v8';
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

test('heap: a compacting collection gives back the old generation\'s pages that hold only a few live objects', () => {
  const oldSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'old_space')!;
  // Objects old enough to be promoted, of which one in seven survives: pages sparsely filled.
  let all: { i: number; text: string }[] | null = [];
  for (let i = 0; i < 600_000; i++) all.push({ i, text: `item ${i}` });
  collectGarbage();
  const kept = all.filter((_, i) => i % 7 === 0);
  all = null;
  assert.equal(all, null);
  collectGarbage();
  const loose = oldSpace();
  assert.equal(collectGarbage({ compact: true }), true);
  const compacted = oldSpace();
  const slack = (s: { space_size: number; space_used_size: number }) => s.space_size - s.space_used_size;
  assert.ok(slack(compacted) < slack(loose) / 2, `old space unused ${(slack(loose) / 2 ** 20).toFixed(1)} MB -> ${(slack(compacted) / 2 ** 20).toFixed(1)} MB`);
  assert.equal(kept.length, Math.ceil(600_000 / 7));
  // The flag is set back: a plain collection afterwards is V8's usual one (it still works).
  assert.equal(collectGarbage(), true);
});
