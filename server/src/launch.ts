/**
 * How a client starts the language server process: the runtime flags and environment the editor's
 * client (`client/src/extension.ts`) and the test and benchmark client (`test/support/lspClient.ts`)
 * both give it, so what is measured is what the editor runs. No imports: the client bundles this.
 *
 * These settings concern memory only; the server behaves the same without them (a server started
 * by hand, or by another editor, just keeps more memory). Measured on the 10k bench corpus, server
 * over stdio, memory asked once the cache is written (docs/performance.md, "Memory, 2026-12-03"):
 *
 * - `--max-semi-space-size=4`: V8's young generation grows to two 16 MB semi-spaces while indexing
 *   and keeps them committed; at 4 MB it keeps 8 MB. Objects that live past two scavenges are
 *   promoted sooner, which costs nothing measurable here (the index's objects live for the whole
 *   session; a hover's garbage dies young at either size). V8 reads the size when a heap is
 *   made, so it must be a flag of the process (set at run time it has no effect).
 * - `MALLOC_MMAP_THRESHOLD_`: glibc serves a block of 128 KB or more with its own mapping, returned
 *   to the system when freed. Left to itself glibc raises that threshold to the size of every large
 *   block freed (up to 32 MB), after which the index cache's 1 MB read chunks, worker messages and
 *   large typed arrays are carved from its heap, and the holes they leave between long-lived blocks
 *   are never given back. Setting the threshold also fixes the trim threshold at 128 KB, so an
 *   arena whose top is free gives that memory back.
 * - The number of arenas is left to glibc (one per thread up to 8 per core): `MALLOC_ARENA_MAX` is
 *   not set. With a cap of 2 (until 2026-12-03) the analysis workers, V8's helper threads and
 *   libuv's threads shared the main thread's arena; the workers' and compilers' short-lived blocks
 *   were carved there between the index's long-lived ones, and the holes stayed (after a cold 10k
 *   index: 43 MB of main arena for about 6 MB in use, RSS ~202 MB). With an arena per thread the
 *   short-lived blocks go to arenas that empty and shrink when their thread is done (a worker ends
 *   with the run), and the main arena keeps 6 MB (RSS ~162 MB, as after a warm start).
 *
 * The malloc settings are read by glibc's allocator, so they act where the server runs under a
 * Node built on it (Linux, and the benchmark); a runtime with another allocator ignores them.
 * Settings already in the environment are kept.
 */

/** Flags for the runtime that runs `dist/server.js` (before the script's path). */
export const SERVER_RUNTIME_FLAGS: readonly string[] = ['--max-semi-space-size=4'];

/** glibc's allocator settings for the server process. */
export const SERVER_MALLOC_ENV: Readonly<Record<string, string>> = {
  MALLOC_MMAP_THRESHOLD_: '131072',
};

/** The server's environment: `env` with the allocator settings it does not set itself. */
export function serverEnvironment(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const result: Record<string, string> = { ...SERVER_MALLOC_ENV };
  for (const [key, value] of Object.entries(env)) if (value !== undefined) result[key] = value;
  return result;
}
