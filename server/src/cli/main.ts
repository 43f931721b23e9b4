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
 * A young generation that holds a file's model while it is checked (a 1,000-record file allocates ~40 MB, ~10 MB
 * of it the model): with V8's default, twice as many young collections each copied the model, and promoted it (see
 * docs/performance.md; `youngGenerationMb` in pool.ts for the workers). 64 MB would halve the collections again
 * but, with workers too, raised peak memory by ~120 MB.
 */
const semiSpace = '--max-semi-space-size=32';

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
