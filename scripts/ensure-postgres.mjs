// Makes sure PostgreSQL's server programs (initdb, pg_ctl, postgres) are on this machine, installing
// Debian's `postgresql` package when they are missing, and prints the folder that holds them.
//   node scripts/ensure-postgres.mjs            prints e.g. /usr/lib/postgresql/15/bin
// Used by the tests (a throwaway cluster per test file) and by `npm run db:start`. Exit code 1 with a
// block saying what failed, why (the last lines of the installer's output) and what to do.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PROGRAMS = ['initdb', 'pg_ctl', 'postgres'];

/** The newest /usr/lib/postgresql/<version>/bin that has every program, or a folder from SOURCE_LENS_PG_BIN. */
export function findPostgresBin() {
  const override = process.env.SOURCE_LENS_PG_BIN;
  if (override) return PROGRAMS.every((p) => existsSync(path.join(override, p))) ? override : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => /^\d+(\.\d+)?$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = path.join(root, version, 'bin');
    if (PROGRAMS.every((p) => existsSync(path.join(bin, p)))) return bin;
  }
  return null;
}

function tail(text, lines = 15) {
  return text.trim().split('\n').slice(-lines).join('\n');
}

function failure(what, why, todo) {
  return [
    '',
    '==== PostgreSQL is not available ====',
    `What failed: ${what}`,
    'Why (last lines):',
    ...why.split('\n').map((l) => `  | ${l}`),
    `What to do: ${todo}`,
    '=====================================',
    '',
  ].join('\n');
}

/** Returns { bin } or { error } (a printable block); installs with apt-get when possible. */
export function ensurePostgres({ log = (s) => process.stderr.write(s + '\n') } = {}) {
  const found = findPostgresBin();
  if (found) return { bin: found };
  if (process.env.SOURCE_LENS_PG_BIN) {
    return { error: failure(`SOURCE_LENS_PG_BIN=${process.env.SOURCE_LENS_PG_BIN} does not hold ${PROGRAMS.join(', ')}`, 'missing programs', 'point SOURCE_LENS_PG_BIN at a PostgreSQL bin folder, or unset it') };
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' });
  if (apt.status !== 0) {
    return { error: failure('no PostgreSQL server programs under /usr/lib/postgresql and no apt-get to install them', 'apt-get not found', 'install PostgreSQL 13 or newer (server package) and set SOURCE_LENS_PG_BIN to its bin folder') };
  }
  const sudo = isRoot ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log('PostgreSQL server programs not found: installing Debian\'s "postgresql" package (once)…');
  const steps = [
    [...sudo, 'apt-get', 'update'],
    [...sudo, 'apt-get', 'install', '-y', '--no-install-recommends', 'postgresql'],
  ];
  for (const step of steps) {
    const result = spawnSync(step[0], step.slice(1), { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) {
      const output = tail(`${result.stdout ?? ''}\n${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`);
      const todo = isRoot ? 'check the network access to the Debian mirrors, then run "apt-get install -y postgresql" by hand' : 'run "sudo apt-get install -y postgresql" once (this script may only use sudo without a password)';
      return { error: failure(`"${step.join(' ')}" exited with ${result.status ?? result.signal}`, output || '(no output)', todo) };
    }
  }
  const bin = findPostgresBin();
  if (!bin) return { error: failure('"apt-get install postgresql" succeeded but no /usr/lib/postgresql/<version>/bin holds initdb, pg_ctl and postgres', 'nothing found', 'check "dpkg -L postgresql-15" (or the installed version) and set SOURCE_LENS_PG_BIN') };
  log(`PostgreSQL installed: ${bin}`);
  return { bin };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = ensurePostgres();
  if (result.error) {
    process.stderr.write(result.error);
    process.exit(1);
  }
  process.stdout.write(result.bin + '\n');
}
