// Latency samples as every benchmark reports them: n, p50, p95 and max in milliseconds.
import { performance } from 'node:perf_hooks';

export const round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Summary of samples (ms); nulls when there are none. */
export function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  if (!s.length) return { n: 0, p50: null, p95: null, max: null };
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, p50: round(at(0.5)), p95: round(at(0.95)), max: round(s[s.length - 1]) };
}

/** Runs `fn(i)` n times one after the other and summarises how long each took. */
export async function time(n, fn) {
  const samples = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

/** Polls the server's index status until `done(status)` holds: that status, or null after `timeoutMs`. */
async function statusWhen(client, done, timeoutMs) {
  const start = performance.now();
  for (;;) {
    const status = await client.request('sourceLens/indexStatus', {});
    if (done(status)) return status;
    if (performance.now() - start > timeoutMs) return null;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Waits until the language server has written its index cache (it does so after indexing ends,
 * in the same process): its index status then, or null when still writing after `timeoutMs`.
 */
export function cacheWritten(client, timeoutMs = 120_000) {
  return statusWhen(client, (status) => !status.cacheWriting, timeoutMs);
}

/**
 * Waits until the language server has finished rehearsing its first hovers (it does so after the
 * cache is written; server/src/warmUp.ts): true when done within `timeoutMs`.
 */
export async function rehearsed(client, timeoutMs = 60_000) {
  return (await statusWhen(client, (status) => !status.warmingUp, timeoutMs)) !== null;
}
