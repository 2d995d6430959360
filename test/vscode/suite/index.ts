/**
 * Entry point of the in-editor suite, loaded by @vscode/test-electron (desktop VS Code) or by the
 * test runner extension (code-server). Runs every *.test.ts bundled next to it with mocha and
 * rejects when a test fails. Results are also left on `lastResults` for the code-server runner.
 */
import Mocha from 'mocha';

export interface SuiteResults {
  passed: number;
  failed: number;
  tests: { title: string; state: 'passed' | 'failed'; durationMs: number; error?: string }[];
  failures: { title: string; error: string }[];
}

export let lastResults: SuiteResults | undefined;

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    const results: SuiteResults = { passed: 0, failed: 0, tests: [], failures: [] };
    lastResults = results;
    // The extension host is shared with VS Code's own code, whose background failures (telemetry and
    // gallery hosts that do not resolve offline: getaddrinfo ENOTFOUND …) surface as uncaught errors;
    // mocha would pin them on whichever test is running. Ignore exactly those; any other uncaught
    // error still fails the current test.
    const RunnerClass = (Mocha as unknown as { Runner: { prototype: Record<string, unknown> } }).Runner;
    if (!RunnerClass.prototype.__sourceLensPatched) {
      const original = RunnerClass.prototype._uncaught as (this: unknown, err: unknown) => void;
      RunnerClass.prototype._uncaught = function (this: unknown, err: unknown) {
        const e = err as { code?: string; syscall?: string; hostname?: string; message?: string } | undefined;
        const offlineNoise = !!e && (e.syscall === 'getaddrinfo' || /getaddrinfo|ENOTFOUND|EAI_AGAIN/.test(String(e.message)));
        if (offlineNoise) {
          console.warn(`[source-lens tests] ignored a background network error of the host: ${e?.message}`);
          return;
        }
        return original.call(this, err);
      };
      RunnerClass.prototype.__sourceLensPatched = true;
    }
    const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
    // Bundled, so there are no files for mocha to load: install the BDD globals (describe, it…)
    // the way mocha does before it requires a file, then load the test modules ourselves.
    mocha.suite.emit('pre-require', globalThis, 'extension.test', mocha);
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('./extension.test');
    } catch (error) {
      reject(error);
      return;
    }
    const runner = mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} in-editor test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => {
      results.passed++;
      results.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 });
    });
    runner.on('fail', (test, err: Error) => {
      results.failed++;
      const error = String(err?.stack ?? err) + ((err as { uncaught?: boolean })?.uncaught ? '\n(reported by mocha as an uncaught error)' : '');
      results.tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error });
      results.failures.push({ title: test.fullTitle(), error });
    });
  });
}
