// Child processes and clean-ups that must not outlive the scripts. Every child started here runs in
// its own process group and is tracked: stopAll() — also run on SIGINT/SIGTERM/SIGHUP once
// installSignalHandlers() was called — stops them (SIGTERM, then SIGKILL after a grace period) and
// runs the registered clean-ups, last registered first. Shared by scripts/ and test/vscode/.
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const cleanups = new Set();
const livePids = new Set();

/** Registers `fn` to run on stopAll(); returns a function that runs it once and unregisters it. */
export function onStop(fn) {
  let done = false;
  const once = async () => {
    if (done) return;
    done = true;
    cleanups.delete(once);
    try {
      await fn();
    } catch {
      /* best effort */
    }
  };
  cleanups.add(once);
  return once;
}

export async function stopAll() {
  for (const fn of [...cleanups].reverse()) await fn();
}

let handlersInstalled = false;
let stoppedBy = null;
/** The signal that is stopping this process, or null. */
export const stoppingSignal = () => stoppedBy;

export function installSignalHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, async () => {
      if (stoppedBy) return;
      stoppedBy = signal;
      process.stderr.write(`\n${signal}: stopping what was started and removing partial work…\n`);
      await stopAll();
      process.exit(130);
    });
  }
  process.on('exit', () => {
    // Synchronous last resort: kill what is still tracked.
    for (const pid of livePids) killGroup(pid, 'SIGKILL');
  });
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts `command` in its own process group, tracked until it exits.
 * @returns {{ proc, exited: () => ({ code, signal } | null), done: Promise<{ code, signal }>, stop: () => Promise<void> }}
 * `stop` (also run by stopAll) sends SIGTERM to the group, waits up to `graceMs`, then SIGKILL.
 */
export function spawnTracked(command, args, { graceMs = 5000, ...options } = {}) {
  const proc = spawn(command, args, { ...options, detached: true });
  let exit = null;
  const done = new Promise((resolve) => {
    proc.on('error', (error) => {
      exit ??= { code: null, signal: null, error };
      resolve(exit);
    });
    proc.on('exit', (code, signal) => {
      exit ??= { code, signal };
      livePids.delete(proc.pid);
      resolve(exit);
    });
  });
  if (proc.pid) livePids.add(proc.pid);
  const stop = onStop(async () => {
    if (exit || !killGroup(proc.pid, 'SIGTERM')) return;
    const t = Date.now();
    while (!exit && Date.now() - t < graceMs) await new Promise((r) => setTimeout(r, 100));
    if (!exit) killGroup(proc.pid, 'SIGKILL');
    await Promise.race([done, new Promise((r) => setTimeout(r, 2000))]);
    livePids.delete(proc.pid);
  });
  void done.then(() => cleanups.delete(stop)); // exited on its own: nothing left to stop
  return { proc, exited: () => exit, done, stop };
}

/** Runs `command` with output inherited; resolves to its exit status (1 when killed or not started). */
export async function run(command, args, options = {}) {
  const { done } = spawnTracked(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  const { code, error } = await done;
  if (error) process.stderr.write(`could not run ${command}: ${error.message}\n`);
  return code ?? 1;
}

/**
 * Runs `command` with its output appended to `logFile`; resolves to { code, signal, error, tail }
 * where tail holds the last `tailLines` lines of what it printed.
 */
export async function runLogged(command, args, { logFile, tailLines = 15, ...options }) {
  const fd = fs.openSync(logFile, 'a');
  const start = fs.fstatSync(fd).size;
  fs.writeSync(fd, `\n$ ${[command, ...args].join(' ')}\n`);
  const { done } = spawnTracked(command, args, { stdio: ['ignore', fd, fd], ...options });
  const result = await done;
  fs.closeSync(fd);
  const printed = fs.readFileSync(logFile).subarray(start).toString('utf8').split('\n').slice(2);
  const tail = printed.map((l) => l.trimEnd()).filter(Boolean).slice(-tailLines).join('\n');
  return { ...result, tail };
}
