/**
 * Connecting to the shared index. The URL names host, port, database and role; the password never
 * travels in it: it comes from (in order) what the caller passes (the editor's secret storage),
 * PGPASSWORD, or ~/.pgpass (PGPASSFILE), as with psql. A URL that carries a password anyway is
 * accepted with the password removed and a warning, so it is never stored or logged.
 */
import { Pool, PoolConfig } from 'pg';
import { parse } from 'pg-connection-string';
// pgpass ships with pg and reads ~/.pgpass (or PGPASSFILE) the way libpq does.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const pgpass: (info: { host?: string; port?: number | string; database?: string; user?: string }, cb: (password: string | undefined) => void) => void = require('pgpass');

export interface SharedIndexUrl {
  /** The URL without any password, safe to show. */
  display: string;
  config: PoolConfig;
  /** Set when the URL carried a password, which was removed. */
  warning: string | null;
}

/** Parses a postgres:// URL; throws an Error with a readable message on a malformed one. */
export function parseSharedIndexUrl(url: string): SharedIndexUrl {
  const trimmed = url.trim();
  if (!/^postgres(?:ql)?:\/\//i.test(trimmed)) throw new Error(`not a PostgreSQL URL (expected postgresql://user@host:port/database): ${redact(trimmed)}`);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(trimmed);
  } catch (error) {
    throw new Error(`cannot read the shared index URL ${redact(trimmed)}: ${(error as Error).message}`);
  }
  const warning = parsed.password ? 'the shared index URL contains a password; it was ignored. Use "Source Lens: Set Shared Index Password", PGPASSWORD or ~/.pgpass instead.' : null;
  if (!parsed.database) throw new Error(`the shared index URL names no database: ${redact(trimmed)}`);
  const config: PoolConfig = {
    host: parsed.host ?? undefined,
    port: parsed.port ? Number(parsed.port) : undefined,
    database: parsed.database ?? undefined,
    user: parsed.user ?? undefined,
  };
  if (parsed.ssl) config.ssl = parsed.ssl as PoolConfig['ssl'];
  return { display: redact(trimmed), config, warning };
}

/** The URL with any password replaced by "***". */
export function redact(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^@/]*@/i, '$1:***@').replace(/([?&]password=)[^&]*/i, '$1***');
}

/** Where a connection's password came from, for error messages (never the password itself). */
export type PasswordSource = 'given' | 'PGPASSWORD' | '.pgpass' | 'none';

/**
 * The password for a connection: the given one, else PGPASSWORD, else ~/.pgpass. With none, the
 * client refuses to authenticate with a password (`onSource` records 'none'); servers that trust
 * the connection never ask.
 */
export function passwordResolver(explicit: string | undefined, onSource: (source: PasswordSource) => void = () => {}, env: NodeJS.ProcessEnv = process.env): (params: { host?: string; port?: number; database?: string; user?: string }) => Promise<string> {
  return (params) => {
    if (explicit) return (onSource('given'), Promise.resolve(explicit));
    if (env.PGPASSWORD) return (onSource('PGPASSWORD'), Promise.resolve(env.PGPASSWORD));
    return new Promise((resolve) => {
      const done = (password: string | undefined) => {
        onSource(password ? '.pgpass' : 'none');
        resolve(password ?? '');
      };
      try {
        pgpass({ host: params.host, port: params.port, database: params.database, user: params.user }, done);
      } catch {
        done(undefined);
      }
    });
  };
}

export interface PoolOptions {
  password?: string;
  /** Upper bound of every statement, enforced by the server. */
  statementTimeoutMs?: number;
  connectTimeoutMs?: number;
  max?: number;
  applicationName?: string;
  /**
   * Editors' sessions: plan joins as nested loops over indexes. Every editor question joins a few
   * hundred rows at most, and a prepared statement's generic plan cannot see that (the generation
   * comes from a sub-select), so it would otherwise hash-join whole partitions.
   */
  topKSessions?: boolean;
}

/** A pool that remembers where its last password came from. */
export type SharedIndexPool = Pool & { passwordSource?: PasswordSource };

export function createPool(url: SharedIndexUrl, options: PoolOptions = {}): SharedIndexPool {
  const pool: SharedIndexPool = new Pool({
    ...url.config,
    password: passwordResolver(options.password, (source) => {
      pool.passwordSource = source;
    }) as unknown as PoolConfig['password'],
    max: options.max ?? 4,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 3000,
    idleTimeoutMillis: 30_000,
    statement_timeout: options.statementTimeoutMs,
    application_name: options.applicationName ?? 'source-lens',
    options: options.topKSessions ? '-c enable_hashjoin=off -c enable_mergejoin=off' : undefined,
    allowExitOnIdle: true,
  });
  // An idle client losing its connection (server restart) must not crash the process.
  pool.on('error', () => {});
  return pool;
}

/** Whether an error means "cannot reach or log in to the database" rather than "a query failed". */
export function isConnectionError(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  const code = e?.code ?? '';
  if (['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'EAI_AGAIN', 'ENOENT', 'EPIPE'].includes(code)) return true;
  // 08xxx: connection exceptions; 28xxx: authentication; 3D000: no such database; 57P0x: shutting down.
  if (/^(08|28|3D000|57P0)/.test(code)) return true;
  return /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED|password authentication failed|no password|SASL/i.test(e?.message ?? '');
}

const NO_PASSWORD = 'no password found (set it with "Source Lens: Set Shared Index Password", PGPASSWORD or ~/.pgpass)';

/** A short reason for the status bar and the log (never containing the password). */
export function describeConnectionError(error: unknown, passwordSource?: PasswordSource): string {
  const e = error as { code?: string; message?: string };
  const message = (e?.message ?? String(error)).split('\n')[0];
  if (/client password must be a (non-empty )?string/i.test(message) || (e?.code === '28P01' && passwordSource === 'none')) return NO_PASSWORD;
  return e?.code && !message.includes(e.code) ? `${message} (${e.code})` : message;
}
