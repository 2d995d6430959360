// A PostgreSQL server for a team's shared index on this machine (for teams without one).
//   npm run db -- start [--dir <folder>] [--port 54329] [--listen 127.0.0.1] [--database source_lens]
//   npm run db -- stop  [--dir <folder>]
// `start` installs PostgreSQL when missing (Debian's package), creates the cluster on first use,
// starts it, creates the writer role (indexer) and the read-only role (editors) and the database,
// and adds both roles' passwords to ~/.pgpass (mode 0600) so `source-lens index` and the editor on
// this machine find them. Passwords: SOURCE_LENS_WRITER_PASSWORD / SOURCE_LENS_READER_PASSWORD, else
// generated. They are never printed: give teammates the reader's password through your usual channel.
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { startCluster } from './pg-cluster.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const command = args[0];
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const isRoot = process.getuid?.() === 0;
const dir = path.resolve(option('--dir', isRoot ? '/var/lib/source-lens/postgres' : path.join(os.homedir(), '.local', 'share', 'source-lens', 'postgres')));
const port = Number(option('--port', '54329'));
const listen = option('--listen', '127.0.0.1');
const database = option('--database', 'source_lens');
const WRITER = 'source_lens_writer';
const READER = 'source_lens_reader';

function fail(message) {
  process.stderr.write(`db: ${message}\n`);
  process.exit(1);
}

if (command === 'stop') {
  const bin = spawnSync(process.execPath, [path.join(root, 'scripts', 'ensure-postgres.mjs')], { encoding: 'utf8' }).stdout.trim();
  const pgCtl = path.join(bin, 'pg_ctl');
  const cmd = isRoot ? ['runuser', ['-u', 'postgres', '--', pgCtl, '-D', path.join(dir, 'data'), '-m', 'fast', 'stop']] : [pgCtl, ['-D', path.join(dir, 'data'), '-m', 'fast', 'stop']];
  const result = spawnSync(cmd[0], cmd[1], { stdio: 'inherit', cwd: '/' });
  process.exit(result.status ?? 1);
}
if (command !== 'start') fail('usage: npm run db -- start|stop [--dir <folder>] [--port <port>] [--listen <addresses>] [--database <name>]');
if (!Number.isInteger(port) || port < 1024 || port > 65535) fail(`--port must be a port number from 1024 to 65535, not ${option('--port')}`);

if (!existsSync(path.join(root, 'out', 'server', 'src', 'core', 'store', 'postgres', 'setup.js'))) {
  if (spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' }).status !== 0) fail('the build failed');
}
const { setupSharedIndex } = require(path.join(root, 'out', 'server', 'src', 'core', 'store', 'postgres', 'setup.js'));

const remote = listen !== '127.0.0.1' && listen !== 'localhost';
let cluster;
try {
  cluster = await startCluster({ dir, port, settings: { listen_addresses: `'${listen}'` } });
} catch (error) {
  fail(String(error.message ?? error));
}
if (remote) {
  // Other machines of the team: passwords (scram-sha-256) on every address.
  const hba = path.join(dir, 'data', 'pg_hba.conf');
  const line = 'host all all 0.0.0.0/0 scram-sha-256';
  if (!readFileSync(hba, 'utf8').includes(line)) {
    appendFileSync(hba, `\n# Source Lens: team members connect with their role's password\n${line}\nhost all all ::/0 scram-sha-256\n`);
    process.stderr.write('db: accepting password connections from other machines; reload with "npm run db -- stop" and "start" if it was running\n');
  }
}

const secret = () => randomBytes(18).toString('base64url');
const pgpassFile = process.env.PGPASSFILE ?? path.join(os.homedir(), '.pgpass');
const known = existsSync(pgpassFile) ? readFileSync(pgpassFile, 'utf8').split('\n') : [];
const fromPgpass = (role) => known.map((l) => l.split(':')).find((f) => f.length >= 5 && f[1] === String(port) && f[2] === database && f[3] === role)?.slice(4).join(':');
const writerPassword = process.env.SOURCE_LENS_WRITER_PASSWORD ?? fromPgpass(WRITER) ?? secret();
const readerPassword = process.env.SOURCE_LENS_READER_PASSWORD ?? fromPgpass(READER) ?? secret();
try {
  const { created } = await setupSharedIndex(cluster.adminConfig(), { database, writer: { role: WRITER, password: writerPassword }, reader: { role: READER, password: readerPassword } });
  if (created.length) process.stderr.write(`db: created ${created.join(', ')}\n`);
} catch (error) {
  fail(`setting up roles and database: ${error.message}`);
}
const additions = [];
for (const [role, password] of [[WRITER, writerPassword], [READER, readerPassword]]) {
  if (fromPgpass(role) === password) continue;
  additions.push(`*:${port}:${database}:${role}:${password.replace(/\\/g, '\\\\').replace(/:/g, '\\:')}`);
}
if (additions.length) {
  appendFileSync(pgpassFile, (known.length && known[known.length - 1] !== '' ? '\n' : '') + additions.join('\n') + '\n');
  chmodSync(pgpassFile, 0o600);
}
const host = remote ? os.hostname() : '127.0.0.1';
console.log(`PostgreSQL for the shared index is running (data in ${dir}).
  index the archive:  node dist/cli.js index <archive folder> --db postgresql://${WRITER}@${host}:${port}/${database}
  editors' setting:   "sourceLens.sharedIndex.url": "postgresql://${READER}@${host}:${port}/${database}"
Passwords are in ${pgpassFile} on this machine; elsewhere use "Source Lens: Set Shared Index Password".
Stop it with: npm run db -- stop${option('--dir') ? ` --dir ${dir}` : ''}`);
