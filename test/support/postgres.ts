/**
 * A throwaway PostgreSQL server for a test file: `startSharedIndexServer()` installs PostgreSQL if
 * needed (scripts/ensure-postgres.mjs), runs initdb and pg_ctl in a temporary folder, creates the
 * shared index's database with its writer and read-only roles, and returns URLs (passwords are
 * passed through PGPASSWORD, as a team would). `stop()` shuts it down and removes the folder; call
 * it from `after()`, which node:test runs even when tests fail.
 */
import * as path from 'node:path';
import { Client } from 'pg';
import { setupSharedIndex } from '../../server/src/core/store/postgres/setup';
import { REPO_ROOT } from './lspClient';

export interface SharedIndexServer {
  port: number;
  database: string;
  writerUrl: string;
  readerUrl: string;
  writerPassword: string;
  readerPassword: string;
  /** Runs SQL as the superuser on the index's database, or another (checks only; the product never does this). */
  admin<T = any>(sql: string, params?: unknown[], database?: string): Promise<T[]>;
  /** Another database with the same roles; returns its writer and reader URLs. */
  addDatabase(name: string): Promise<{ writerUrl: string; readerUrl: string }>;
  /** The server's PID (to kill it in a test). */
  pid(): number | null;
  /** Environment for a child process connecting as `role`. */
  envFor(role: 'writer' | 'reader'): Record<string, string>;
  log(): string;
  stop(): Promise<void>;
}

interface Cluster {
  port: number;
  adminConfig(database?: string): { host: string; port: number; user: string; database: string };
  url(user: string, database: string): string;
  log(): string;
  pid(): number | null;
  stop(options?: { keep?: boolean }): void;
}

// TypeScript compiles import() to require() for CommonJS; the cluster script is an ES module.
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<any>;

export async function startSharedIndexServer(options: { durable?: boolean } = {}): Promise<SharedIndexServer> {
  const { startCluster } = await importModule(path.join(REPO_ROOT, 'scripts', 'pg-cluster.mjs'));
  const cluster: Cluster = await startCluster({ durable: options.durable ?? false });
  const database = 'source_lens_test';
  const writerPassword = `w-${Math.random().toString(36).slice(2)}`;
  const readerPassword = `r-${Math.random().toString(36).slice(2)}`;
  try {
    await setupSharedIndex(cluster.adminConfig(), {
      database,
      writer: { role: 'source_lens_writer', password: writerPassword },
      reader: { role: 'source_lens_reader', password: readerPassword },
    });
  } catch (error) {
    cluster.stop();
    throw error;
  }
  return {
    port: cluster.port,
    database,
    writerUrl: cluster.url('source_lens_writer', database),
    readerUrl: cluster.url('source_lens_reader', database),
    writerPassword,
    readerPassword,
    async admin(sql, params = [], db = database) {
      const client = new Client(cluster.adminConfig(db));
      await client.connect();
      try {
        return (await client.query(sql, params as unknown[])).rows;
      } finally {
        await client.end();
      }
    },
    async addDatabase(name) {
      await setupSharedIndex(cluster.adminConfig(), {
        database: name,
        writer: { role: 'source_lens_writer', password: writerPassword },
        reader: { role: 'source_lens_reader', password: readerPassword },
      });
      return { writerUrl: cluster.url('source_lens_writer', name), readerUrl: cluster.url('source_lens_reader', name) };
    },
    pid: () => cluster.pid(),
    envFor(role) {
      return { PGPASSWORD: role === 'writer' ? writerPassword : readerPassword };
    },
    log: () => cluster.log(),
    async stop() {
      cluster.stop();
    },
  };
}

/** The environment of this process without npm's variables and without any PG* settings. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^npm_/i.test(k) || /^PG/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}
