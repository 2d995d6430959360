import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { SERVER_MALLOC_ENV, SERVER_RUNTIME_FLAGS, serverEnvironment } from '../../server/src/launch';

test('launch: the server environment adds the allocator settings and keeps what the environment sets', () => {
  const env = serverEnvironment({ PATH: '/bin', MALLOC_ARENA_MAX: '4', EMPTY: undefined });
  assert.equal(env.PATH, '/bin');
  assert.equal(env.MALLOC_ARENA_MAX, '4', 'a setting of the user wins');
  assert.equal(env.MALLOC_MMAP_THRESHOLD_, SERVER_MALLOC_ENV.MALLOC_MMAP_THRESHOLD_);
  assert.equal('EMPTY' in env, false);
});

test('launch: the runtime accepts the server flags, and the process sees the allocator settings', () => {
  const script = 'process.stdout.write(JSON.stringify([process.execArgv.filter((a) => a.startsWith("--max")), process.env.MALLOC_ARENA_MAX ?? null, process.env.MALLOC_MMAP_THRESHOLD_]))';
  const run = spawnSync(process.execPath, [...SERVER_RUNTIME_FLAGS, '-e', script], { env: serverEnvironment({ PATH: process.env.PATH }), encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  // The number of arenas is glibc's own (an arena per thread): a cap made the analysis workers share the main thread's arena.
  assert.deepEqual(JSON.parse(run.stdout), [[...SERVER_RUNTIME_FLAGS], null, SERVER_MALLOC_ENV.MALLOC_MMAP_THRESHOLD_]);
});
