import { isMainThread, workerData } from 'node:worker_threads';
import { runCli } from './run';
import { isWorkerSetup, runWorker } from './worker';

// The bundle is both the command and its worker: the pool starts this same file as a worker thread.
if (!isMainThread && isWorkerSetup(workerData)) {
  runWorker(workerData);
} else {
  void runCli(process.argv.slice(2), {
    stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), workerScript: __filename,
  }).then((code) => { process.exitCode = code; });
}
