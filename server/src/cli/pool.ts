import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CatalogSettings, DocumentFormat } from '../core/index';
import { type CheckedFile, checkBytes } from './checkText';
import { createCliService } from './service';
import type { WorkerReply, WorkerSetup, WorkerTask } from './worker';

export interface FileJob {
  readonly absolutePath: string;
  readonly format: DocumentFormat;
}

export type FileOutcome = { readonly ok: true; readonly file: CheckedFile } | { readonly ok: false; readonly message: string };

export interface CheckFilesOptions {
  readonly settings: CatalogSettings;
  readonly schemaXml: string | undefined;
  readonly fix: boolean;
  /** Upper bound on worker threads; 1 checks everything on the main thread. */
  readonly jobs: number | undefined;
  /** The script a worker runs (the bundled CLI itself). */
  readonly workerScript: string;
  readonly onFileDone: (outcome: FileOutcome, bytes: number) => void;
}

/** Below this much input, starting workers costs more than it saves. */
const smallInputBytes = 2 * 1024 * 1024;

/** Checks files, in parallel when it pays; outcomes come back in the order of `jobs`, whatever finished first. */
export async function checkFiles(jobs: readonly FileJob[], options: CheckFilesOptions): Promise<FileOutcome[]> {
  const sizes = await Promise.all(jobs.map((job) => stat(job.absolutePath).then((info) => info.size, () => 0)));
  const totalBytes = sizes.reduce((sum, size) => sum + size, 0);
  const threads = Math.min(options.jobs ?? availableParallelism(), jobs.length);
  if (threads <= 1 || totalBytes < smallInputBytes) return checkOnMainThread(jobs, sizes, options);
  return checkWithWorkers(jobs, sizes, threads, options);
}

async function checkOnMainThread(jobs: readonly FileJob[], sizes: readonly number[], options: CheckFilesOptions): Promise<FileOutcome[]> {
  const service = createCliService(options.schemaXml);
  const outcomes: FileOutcome[] = [];
  for (const [index, job] of jobs.entries()) {
    const outcome: FileOutcome = await readFile(job.absolutePath).then(
      (bytes) => ({ ok: true, file: checkBytes(service, bytes, job.format, options.settings, options.fix) }),
      (error: Error) => ({ ok: false, message: error.message }),
    );
    options.onFileDone(outcome, sizes[index]!);
    outcomes.push(outcome);
  }
  return outcomes;
}

/** Hands out the largest files first, one at a time, so no worker is left with a big file at the end. */
function checkWithWorkers(jobs: readonly FileJob[], sizes: readonly number[], threads: number, options: CheckFilesOptions): Promise<FileOutcome[]> {
  const queue = jobs.map((_, index) => index).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const outcomes = new Array<FileOutcome>(jobs.length);
  const setup: WorkerSetup = { catrecWorker: true, settings: options.settings, schemaXml: options.schemaXml, fix: options.fix };
  return new Promise((resolve, reject) => {
    let pending = jobs.length;
    const workers: Worker[] = [];
    const finish = (error?: Error) => {
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(outcomes);
    };
    const feed = (worker: Worker) => {
      const index = queue.shift();
      if (index === undefined) return;
      const task: WorkerTask = { index, absolutePath: jobs[index]!.absolutePath, format: jobs[index]!.format };
      worker.postMessage(task);
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(options.workerScript, { workerData: setup });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        const outcome: FileOutcome = reply.ok ? { ok: true, file: reply.file } : { ok: false, message: reply.message };
        outcomes[reply.index] = outcome;
        options.onFileDone(outcome, sizes[reply.index]!);
        if (--pending === 0) finish();
        else feed(worker);
      });
      worker.on('error', (error) => finish(error));
      feed(worker);
    }
  });
}
