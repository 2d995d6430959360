// A PostgreSQL cluster of our own in a folder: initdb, pg_ctl start/stop, roles. Used by the tests
// (a throwaway cluster per test file, in a temporary folder) and by `npm run db` (a team's or an
// analyst's local shared index). PostgreSQL refuses to run as root, so as root every server program
// runs as the unprivileged `postgres` user (created by Debian's package) via runuser.
//
// Authentication: the Unix socket (in the cluster's folder, reachable only by root and the
// cluster's owner) trusts its owner, which sets the cluster up; TCP on 127.0.0.1 asks every role for
// its password (scram-sha-256), so the editor's and the indexer's password handling is exercised.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensurePostgres } from './ensure-postgres.mjs';

const SUPERUSER = 'postgres';

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** uid/gid of the unprivileged account that runs the server when we are root. */
function serviceAccount() {
  const id = (flag) => spawnSync('id', [flag, SUPERUSER], { encoding: 'utf8' });
  const uid = id('-u');
  const gid = id('-g');
  if (uid.status !== 0) throw new Error(`running as root, PostgreSQL needs an unprivileged "${SUPERUSER}" account, and there is none (${uid.stderr.trim()}); install Debian's postgresql package, which creates it`);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Runs a PostgreSQL program, as the service account when we are root. Throws with its output on failure. */
function runProgram(bin, program, args, { timeoutMs = 120_000 } = {}) {
  const exe = path.join(bin, program);
  const [cmd, cmdArgs] = isRoot() ? ['runuser', ['-u', SUPERUSER, '--', exe, ...args]] : [exe, args];
  // A clean environment: no inherited npm_* or PG* variables steering the server programs.
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  const result = spawnSync(cmd, cmdArgs, { encoding: 'utf8', env, timeout: timeoutMs, cwd: '/' });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`.trim();
    throw new Error(`${program} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${output.split('\n').slice(-20).join('\n')}`);
  }
  return result.stdout;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Creates (if needed) and starts a cluster in `dir`. Returns its connection details and stop().
 * options: { dir?: string (default: a new temporary folder, removed by stop), port?, durable?: false
 * turns fsync off (tests), settings?: extra `-c` settings }.
 */
export async function startCluster(options = {}) {
  const found = ensurePostgres();
  if (found.error) throw new Error(found.error);
  const bin = found.bin;
  const temporary = !options.dir;
  const dir = options.dir ? path.resolve(options.dir) : mkdtempSync(path.join(os.tmpdir(), 'source-lens-pg-'));
  const data = path.join(dir, 'data');
  const socketDir = path.join(dir, 'run');
  mkdirSync(socketDir, { recursive: true });
  if (isRoot()) {
    const { uid, gid } = serviceAccount();
    chownSync(dir, uid, gid);
    chownSync(socketDir, uid, gid);
    if (existsSync(data)) chownSync(data, uid, gid);
    // The service account must be able to reach the folder (mkdtemp makes it 0700, owned by it now).
    for (let p = path.dirname(dir); p !== path.dirname(p); p = path.dirname(p)) {
      if ((statSync(p).mode & 0o001) === 0) throw new Error(`${p} is not searchable by the "${SUPERUSER}" account; choose a cluster folder under a world-searchable path (e.g. /tmp or /var/lib)`);
    }
  }
  chmodSync(dir, 0o700);
  if (!existsSync(path.join(data, 'PG_VERSION'))) {
    runProgram(bin, 'initdb', ['-D', data, '-U', SUPERUSER, '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8', '--no-instructions']);
  }
  let port = options.port ?? (await freePort());
  const settings = {
    listen_addresses: '127.0.0.1',
    port: String(port),
    unix_socket_directories: socketDir,
    max_connections: '60',
    shared_buffers: options.sharedBuffers ?? '128MB',
    ...(options.durable === false ? { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } : {}),
    ...(options.settings ?? {}),
  };
  const serverOptions = Object.entries(settings)
    .map(([k, v]) => `-c ${k}=${v}`)
    .join(' ');
  const logFile = path.join(dir, 'server.log');
  let running = false;
  try {
    runProgram(bin, 'pg_ctl', ['-D', data, 'status']);
    running = true;
  } catch {
    // Not running: start it below.
  }
  if (running) {
    const previous = JSON.parse(readFileSync(path.join(dir, 'cluster.json'), 'utf8'));
    if (previous.port !== port && options.port !== undefined) throw new Error(`the cluster in ${dir} is already running on port ${previous.port}; stop it first to use port ${port}`);
    port = previous.port;
  } else runProgram(bin, 'pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '60', '-o', serverOptions, 'start']);
  if (!running) writeFileSync(path.join(dir, 'cluster.json'), JSON.stringify({ port, socketDir, pid: readPid(data) }, null, 2));
  let stopped = false;
  const cluster = {
    dir,
    bin,
    port,
    socketDir,
    host: '127.0.0.1',
    superuser: SUPERUSER,
    /** node-postgres config for the superuser over the socket (trusted). */
    adminConfig(database = 'postgres') {
      return { host: socketDir, port, user: SUPERUSER, database };
    },
    /** A URL over TCP for a role (password not included: it comes from the environment or ~/.pgpass). */
    url(user, database) {
      return `postgresql://${encodeURIComponent(user)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
    },
    /** PID of the running postmaster, or null. */
    pid() {
      return readPid(data);
    },
    log() {
      try {
        return readFileSync(logFile, 'utf8');
      } catch {
        return '';
      }
    },
    /** Stops the server (fast shutdown); a temporary cluster's folder is removed. Safe to call twice. */
    stop({ keep = false } = {}) {
      if (stopped) return;
      stopped = true;
      try {
        runProgram(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '30', 'stop']);
      } catch (error) {
        // Already down (a test killed it): nothing to stop.
        if (!/not running|No such file|does not exist/i.test(String(error))) process.stderr.write(`${error}\n`);
      }
      if (temporary && !keep) rmSync(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}

function readPid(data) {
  try {
    return Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return null;
  }
}
