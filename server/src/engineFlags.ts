/**
 * V8 settings of every Source Lens process (the language server and the command line, and so their
 * worker threads), applied on import by the main thread, before the first pattern runs. Imported
 * first by each entry point.
 *
 * Regular expressions are compiled straight to machine code. By default V8 first compiles each one
 * to bytecode, optimises that bytecode, and compiles to machine code on the second use; for the
 * claim extractor's large patterns the bytecode step is by far the slowest (the responsibility
 * pattern: 650 ms to bytecode, then 24 ms to machine code; 37 ms straight to machine code), and each
 * pattern runs thousands of times in any corpus. Measured with `source-lens claims` on the 1k bench
 * corpus: about 3.3 s less CPU time (14.0 s → 10.7 s), paid once per process.
 */
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

// V8's flags belong to the process: set once, by the main thread, before any worker starts (a worker
// changing them while other threads run V8 can crash the process).
if (isMainThread) {
  try {
    setFlagsFromString('--no-regexp-tier-up');
  } catch {
    // A runtime that refuses the flag keeps V8's default: slower to start, the same results.
  }
}
