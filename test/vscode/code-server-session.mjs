// Start/stop code-server and a headless Chromium pointed at it. Shared by run-code-server.mjs and
// scripts/start.mjs. Every process started here is tracked and killed by stopAll() (also on signals),
// and runs with a clean environment (scripts/clean-env.mjs).
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { cleanEnv } from '../../scripts/clean-env.mjs';
import { node24Env } from '../../scripts/ensure-code-server.mjs';
import { onStop, spawnTracked } from '../../scripts/processes.mjs';

export { installSignalHandlers, onStop, stopAll } from '../../scripts/processes.mjs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function portFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** First free port at or after `start`; with no start, one the OS picks. */
export async function freePort(start) {
  if (start) {
    for (let port = start; port < start + 100; port++) if (await portFree(port)) return port;
    throw new Error(`no free port in ${start}..${start + 99}`);
  }
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server (under Node 24) and resolves once it answers HTTP.
 * @returns {{ port, url, folderUrl, proc, logFile, stop }}
 */
export async function startCodeServer({ codeServerBin, node24Dir, folder, userDataDir, extensionsDir, port, env = {}, logFile, inheritOutput = false }) {
  port = port ?? (await freePort());
  fs.mkdirSync(userDataDir, { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const args = [
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    folder,
  ];
  let out = 'ignore';
  if (logFile) {
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    out = fs.openSync(logFile, 'w');
  }
  const output = inheritOutput ? 'inherit' : out;
  const { proc, exited, stop } = spawnTracked(codeServerBin, args, { env: node24Env(node24Dir, env), stdio: ['ignore', output, output] });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited()) throw new Error(`code-server exited (${JSON.stringify(exited())}) before it answered on ${url}${logFile ? `; see ${logFile}` : ''}`);
    try {
      const res = await fetch(`${url}healthz`);
      if (res.ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${url} within 60 s${logFile ? `; see ${logFile}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const folderUrl = `${url}?folder=${encodeURIComponent(path.resolve(folder))}`;
  return { port, url, folderUrl, proc, logFile, stop };
}

/** Headless Chromium (Debian's) through playwright-core. */
export async function launchChromium(executablePath = '/usr/bin/chromium') {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, env: cleanEnv() });
  const stop = onStop(() => browser.close());
  return { browser, stop };
}

/** Opens the workbench at `folderUrl` and waits for `.monaco-workbench`. */
export async function openWorkbench(browser, folderUrl, { width = 1400, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(folderUrl, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  return page;
}

/** Text of every exthost log under the user-data dir (for failure reports). */
export function exthostLogs(userDataDir, maxChars = 20_000) {
  const logsDir = path.join(userDataDir, 'logs');
  const out = [];
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/exthost/i.test(full) && entry.name.endsWith('.log')) out.push(full);
    }
  };
  walk(logsDir);
  return out
    .map((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return `----- ${file}\n${text.length > maxChars ? '…' + text.slice(-maxChars) : text}`;
    })
    .join('\n');
}
