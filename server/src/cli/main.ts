import { constants } from 'node:os';
import { isMainThread, workerData } from 'node:worker_threads';
import v8Flags from './v8Flags.json';
import type { WorkerSetup } from './worker';

/*
 * The V8 flags the command runs with (v8Flags.json). They must be given when V8 starts: the bundle's first line
 * (`#!/usr/bin/env -S node …`, esbuild.mjs) gives them to `catrec` as installed, and `node dist/catrec.js` without
 * them starts itself again with them. Setting them later (`v8.setFlagsFromString`) crashes V8's collector.
 *
 * --single-threaded-gc: V8's parallel garbage-collection threads compete with our worker threads for the cores:
 * on 2 cores a check of 100k records took 11.8 s with them and 7.5 s without (BENCHMARKS.md).
 *
 * --max-semi-space-size=8: the young generation's semi-spaces, for the main thread and (V8 takes the flag over a
 * worker's `resourceLimits`) every worker. `.record` files are checked a slice of records at a time, so little
 * survives a young collection and a small young generation costs little: over 100k records two workers took the
 * same time with 8 MB as with 32 MB (2.4–3.3 s against 2.9–3.2 s, alternating runs) at ~300 MB peak RSS instead
 * of 410–510 MB; the young generations of two workers stay within the shared cache. On the main thread alone
 * (`--jobs 1`) 32 MB is ~7 % faster. Without the flag V8 starts small and grows the young generation on demand.
 *
 * --initial-old-space-size=64: every thread's old generation may grow to 64 MB before its first full collection.
 * Each file leaves its decoded text and its report part there; starting from V8's small limit a thread ran a full
 * collection every file or two. Over 50,000 records on one thread: 12 full collections taking 196 ms (pauses and
 * incremental steps) before, 6 taking 78 ms with 64 MB, 4 taking 50 ms with 128 MB; peak RSS of two workers
 * ~300 → ~330 MB.
 */

function isWorkerSetup(data: unknown): data is WorkerSetup {
  return typeof data === 'object' && data !== null && (data as Partial<WorkerSetup>).catrecWorker === true;
}

// The bundle is both the command and its worker: the pool starts this same file as a worker thread. The modules
// are loaded only on these paths (`import()` of a bundled module runs its code when called), so the start without
// the flags costs no more than Node's own start before it starts again.
if (!isMainThread && isWorkerSetup(workerData)) {
  const setup = workerData;
  void import('./worker').then(({ runWorker }) => runWorker(setup));
} else if (!v8Flags.every((flag) => process.execArgv.includes(flag))) {
  // Loaded here only: every worker thread loads this file too.
  void import('node:child_process').then(({ spawnSync }) => {
    const child = spawnSync(process.execPath, [...process.execArgv, ...v8Flags, __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
    if (child.error) {
      process.stderr.write(`catrec: could not start: ${child.error.message}\n`);
      process.exitCode = 2;
    } else {
      process.exitCode = child.status ?? 128 + (child.signal ? constants.signals[child.signal] : 0);
    }
  });
} else {
  void import('./run').then(({ runCli }) => runCli(process.argv.slice(2), {
    // Made when first used: Node makes a pipe non-blocking then, and `check` may write to the pipe from a thread of
    // its own instead (pipeWriter.ts).
    get stdout() {
      return process.stdout;
    },
    stdoutFd: 1, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), workerScript: __filename,
  })).then((code) => { process.exitCode = code; });
}
