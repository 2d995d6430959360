// Shared start/stop of a code-server + headless Chromium session for the real-editor tests.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer } from '../../scripts/ensure-code-server.mjs';
import { stageExtension } from '../../scripts/stage-extension.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SAMPLES = path.join(REPO_ROOT, 'samples');
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function freePort(preferred = 0, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', (e) => {
      if (preferred && e.code === 'EADDRINUSE') resolve(freePort(preferred + 1, host));
      else reject(e);
    });
    srv.listen(preferred, host, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, ms, proc) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`code-server exited early with code ${proc.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer at ${url} within ${ms} ms`);
}

/**
 * Starts code-server with a fresh (or given) user-data-dir and extensions dir holding the staged
 * Source Lens extension plus any extra extension folders.
 */
export async function startCodeServer({
  folder = SAMPLES, env = {}, extraExtensions = [], extensionsDir, userDataDir, port, host = '127.0.0.1', log = console.error, stdio = 'pipe',
} = {}) {
  const cs = ensureCodeServer({ quiet: true });
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-cs-'));
  extensionsDir ??= path.join(workDir, 'extensions');
  userDataDir ??= path.join(workDir, 'user-data');
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.mkdirSync(userDataDir, { recursive: true });
  stageExtension(extensionsDir);
  for (const dir of extraExtensions) {
    const m = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    fs.cpSync(dir, path.join(extensionsDir, `${m.publisher}.${m.name}-${m.version}`), { recursive: true });
  }
  // Settings that keep the workbench quiet and deterministic.
  const userDir = path.join(userDataDir, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  const settingsFile = path.join(userDir, 'settings.json');
  if (!fs.existsSync(settingsFile)) {
    fs.writeFileSync(settingsFile, JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'security.workspace.trust.enabled': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'chat.disableAIFeatures': true,
    }, null, 2));
  }
  port ??= await freePort();
  const args = [
    '--auth', 'none', '--bind-addr', `${host}:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, folder,
  ];
  const proc = spawn(cs.codeServerBin, args, {
    env: { ...process.env, ...env, PATH: `${path.dirname(cs.node24Bin)}:${process.env.PATH}` },
    stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so stop() kills the extension host and language server too
  });
  let output = '';
  if (proc.stdout) {
    proc.stdout.on('data', (d) => { output += d; });
    proc.stderr.on('data', (d) => { output += d; });
  }
  const url = `http://${host}:${port}/?folder=${encodeURIComponent(folder)}`;
  const session = {
    proc, port, url, folder, userDataDir, extensionsDir, workDir, codeServer: cs,
    output: () => output,
    browser: null,
    async openBrowser() {
      const { chromium } = await import('playwright-core');
      session.browser = await chromium.launch({ executablePath: cs.chromium, headless: true, args: CHROMIUM_FLAGS });
      const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(url);
      await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
      return page;
    },
    exthostLogs() {
      const out = [];
      const logs = path.join(userDataDir, 'logs');
      const walk = (d) => {
        if (!fs.existsSync(d)) return;
        for (const e of fs.readdirSync(d, { withFileTypes: true })) {
          const p = path.join(d, e.name);
          if (e.isDirectory()) walk(p);
          else if (/exthost/.test(p) && p.endsWith('.log')) out.push(`==> ${p} <==\n${fs.readFileSync(p, 'utf8').slice(-20000)}`);
        }
      };
      walk(logs);
      return out.join('\n');
    },
    async stop() {
      if (session.browser) { await session.browser.close().catch(() => {}); session.browser = null; }
      if (proc.exitCode === null && proc.signalCode === null) {
        try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* gone */ }
        await new Promise((r) => { const t = setTimeout(r, 5000); proc.once('exit', () => { clearTimeout(t); r(); }); });
        try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ }
      }
    },
  };
  try {
    await waitForHttp(`http://${host}:${port}/healthz`, 60_000, proc);
  } catch (e) {
    await session.stop();
    throw new Error(`${e.message}\n${output.slice(-4000)}`);
  }
  log?.(`code-server ${cs.codeServerBin} on ${url}`);
  return session;
}
