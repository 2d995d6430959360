/**
 * One-time set-up of a shared index on a PostgreSQL server, run by an administrator: the two roles
 * (a writer for the indexer, a read-only role for editors) and the database, owned by the writer.
 * Role names and passwords go through PostgreSQL's own quoting (`format` with %I and %L), since
 * CREATE ROLE takes no parameters.
 */
import { Client, ClientConfig } from 'pg';
import { checkRoleName } from './schema';

export interface SetupOptions {
  database: string;
  writer: { role: string; password: string };
  reader: { role: string; password: string };
}

export interface SetupResult {
  created: string[];
}

async function quoted(client: Client, template: string, values: string[]): Promise<string> {
  const { rows } = await client.query<{ sql: string }>(`SELECT format($1, ${values.map((_, i) => `$${i + 2}::text`).join(', ')}) AS sql`, [template, ...values]);
  return rows[0].sql;
}

/** Creates (or updates the passwords of) the roles and creates the database. Idempotent. */
export async function setupSharedIndex(admin: ClientConfig, options: SetupOptions): Promise<SetupResult> {
  checkRoleName(options.writer.role);
  checkRoleName(options.reader.role);
  if (!/^[A-Za-z_][A-Za-z0-9_-]{0,62}$/.test(options.database)) throw new Error(`invalid database name "${options.database}"`);
  const created: string[] = [];
  const client = new Client(admin);
  await client.connect();
  try {
    for (const { role, password } of [options.writer, options.reader]) {
      const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      const verb = exists.rowCount ? 'ALTER' : 'CREATE';
      await client.query(await quoted(client, `${verb} ROLE %I LOGIN PASSWORD %L`, [role, password]));
      if (!exists.rowCount) created.push(`role ${role}`);
    }
    const db = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (!db.rowCount) {
      await client.query(await quoted(client, 'CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', [options.database, options.writer.role, 'UTF8']));
      created.push(`database ${options.database}`);
    }
    // Editors connect and read (SELECT on the index's tables is granted by the indexer); PostgreSQL 15
    // gives no one CREATE in the public schema by default.
    await client.query(await quoted(client, 'GRANT CONNECT ON DATABASE %I TO %I', [options.database, options.reader.role]));
  } finally {
    await client.end();
  }
  return { created };
}
