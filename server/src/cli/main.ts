import { spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import { isMainThread, workerData } from 'node:worker_threads';
import { runCli } from './run';
import { isWorkerSetup, runWorker } from './worker';

/**
 * V8's parallel garbage-collection threads compete with our worker threads for the cores: on 2 cores a check of
 * 100k records took 11.8 s with them and 7.5 s without (BENCHMARKS.md). The flag must be given when V8 starts, so
 * the command starts itself again with it (once: the flag is then in `execArgv`).
 */
const singleThreadedGc = '--single-threaded-gc';
/**
 * The young generation's semi-spaces, for the main thread and (V8 takes the flag over a worker's `resourceLimits`)
 * every worker. `.record` files are checked a slice of records at a time, so little survives a young collection
 * and a small young generation costs little: over 100k records two workers took the same time with 8 MB as with
 * 32 MB (2.4–3.3 s against 2.9–3.2 s, alternating runs) at ~300 MB peak RSS instead of 410–510 MB; the young
 * generations of two workers stay within the shared cache. On the main thread alone (`--jobs 1`) 32 MB is ~7 %
 * faster. Without the flag V8 starts small and grows the young generation on demand.
 */
const semiSpace = '--max-semi-space-size=8';

// The bundle is both the command and its worker: the pool starts this same file as a worker thread.
if (!isMainThread && isWorkerSetup(workerData)) {
  runWorker(workerData);
} else if (!process.execArgv.includes(singleThreadedGc)) {
  const child = spawnSync(process.execPath, [...process.execArgv, singleThreadedGc, semiSpace, __filename, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (child.error) {
    process.stderr.write(`catrec: could not start: ${child.error.message}\n`);
    process.exitCode = 2;
  } else {
    process.exitCode = child.status ?? 128 + (child.signal ? constants.signals[child.signal] : 0);
  }
} else {
  void runCli(process.argv.slice(2), {
    stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), workerScript: __filename,
  }).then((code) => { process.exitCode = code; });
}
