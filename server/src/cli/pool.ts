import { readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CatalogSettings, DocumentFormat } from '../core/index';
import { type FileOutput, type OutputOptions, fileOutputMaker } from './fileOutput';
import { createCliService } from './service';
import type { WorkerReply, WorkerSetup, WorkerTask } from './worker';

export interface FileJob {
  readonly absolutePath: string;
  readonly displayPath: string;
  readonly format: DocumentFormat;
}

export type FileOutcome = { readonly ok: true; readonly output: FileOutput } | { readonly ok: false; readonly message: string };

export interface CheckFilesOptions {
  readonly settings: CatalogSettings;
  readonly schemaXml: string | undefined;
  readonly output: OutputOptions;
  /** Upper bound on worker threads; 1 checks everything on the main thread. */
  readonly jobs: number | undefined;
  /** The script a worker runs (the bundled CLI itself). */
  readonly workerScript: string;
  /** Each file as soon as it is checked, in whatever order they finish (progress). */
  readonly onFileDone: (outcome: FileOutcome, bytes: number) => void;
  /** Each file in the order of the jobs; the next one is handed over once the returned promise settles. */
  readonly consume: (outcome: FileOutcome, index: number) => Promise<void>;
}

/** Below this much input, starting workers costs more than it saves. */
const smallInputBytes = 2 * 1024 * 1024;

/**
 * How far ahead of the first file not yet consumed the workers may go: at least two files per thread, more while
 * their input stays within this many bytes. Bounds what waits in memory for a slow consumer or a slow file.
 */
const aheadBytes = 32 * 1024 * 1024;

/**
 * A worker's old generation is capped at this much per MB of the largest file, and never below `minimumHeapMb`; a
 * file that needs more (a worker that runs out of memory) is checked again by a worker without a cap.
 *
 * The cap also sets how V8 grows the heap: the old generation may grow by a factor of 1.3 after a full collection
 * under a 256 MB cap, rising linearly to 4 at 2 GB (V8's `MaxGrowingFactor`). Each file leaves its decoded text
 * (promoted while the file is checked) in the old generation, so under a 384 MB cap a worker ran a full collection
 * every three or four files: 100k records took 8.3 s of CPU, 5.6 s with 2 GB. Files checked a slice at a time leave
 * little else, so the heap stays far below the cap (peak RSS BENCHMARKS.md).
 */
const heapMbPerFileMb = 64;
const minimumHeapMb = 2048;
/**
 * A worker's young generation: two 8 MB semi-spaces and the young large-object space, as the main thread gets from
 * `--max-semi-space-size` (main.ts, which says why 8). Left to V8, a worker with a capped old generation got one
 * sized from the cap.
 */
const youngGenerationMb = 24;

/** Checks files, in parallel when it pays; outcomes are consumed in the order of `jobs`, whatever finished first. */
export async function checkFiles(jobs: readonly FileJob[], options: CheckFilesOptions): Promise<void> {
  const sizes = await Promise.all(jobs.map((job) => stat(job.absolutePath).then((info) => info.size, () => 0)));
  const totalBytes = sizes.reduce((sum, size) => sum + size, 0);
  const threads = Math.min(options.jobs ?? availableParallelism(), jobs.length);
  if (threads <= 1 || totalBytes < smallInputBytes) return checkOnMainThread(jobs, sizes, options);
  return checkWithWorkers(jobs, sizes, threads, options);
}

async function checkOnMainThread(jobs: readonly FileJob[], sizes: readonly number[], options: CheckFilesOptions): Promise<void> {
  const outputOf = fileOutputMaker(createCliService(options.schemaXml), options.settings, options.output);
  for (const [index, job] of jobs.entries()) {
    const outcome: FileOutcome = await readFile(job.absolutePath).then(
      (bytes) => ({ ok: true, output: outputOf(bytes, job.format, job.displayPath) }),
      (error: Error) => ({ ok: false, message: error.message }),
    );
    options.onFileDone(outcome, sizes[index]!);
    await options.consume(outcome, index);
  }
}

/**
 * One file at a time per worker. The next file handed out is the largest not yet started within the window
 * ahead of the consumer (see `aheadBytes`), so a big file starts early without the output waiting on it for long.
 */
function checkWithWorkers(jobs: readonly FileJob[], sizes: readonly number[], threads: number, options: CheckFilesOptions): Promise<void> {
  const started = new Array<boolean>(jobs.length).fill(false);
  const ready = new Map<number, FileOutcome>();
  const idle: Worker[] = [];
  const workers: Worker[] = [];
  let consumed = 0;
  let consuming = false;
  const setup: WorkerSetup = { catrecWorker: true, settings: options.settings, schemaXml: options.schemaXml, output: options.output };
  const running = new Map<Worker, WorkerTask>();
  const largestMb = sizes.reduce((largest, size) => Math.max(largest, size), 0) / (1024 * 1024);
  const heapMb = Number(process.env['CATREC_WORKER_HEAP_MB']) || Math.max(minimumHeapMb, Math.ceil(heapMbPerFileMb * largestMb));

  const nextJob = (): number | undefined => {
    let best: number | undefined;
    let windowBytes = 0;
    for (let index = consumed; index < jobs.length; index++) {
      windowBytes += sizes[index]!;
      if (index - consumed >= 2 * threads && windowBytes > aheadBytes) break;
      if (!started[index] && (best === undefined || sizes[index]! > sizes[best]!)) best = index;
    }
    return best;
  };

  return new Promise((resolve, reject) => {
    let finished = false;
    const finish = (error?: Error) => {
      if (finished) return;
      finished = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const dispatch = () => {
      while (idle.length > 0) {
        const index = nextJob();
        if (index === undefined) return;
        started[index] = true;
        const { absolutePath, displayPath, format } = jobs[index]!;
        const task: WorkerTask = { index, absolutePath, displayPath, format };
        const worker = idle.pop()!;
        running.set(worker, task);
        worker.postMessage(task);
      }
    };
    const consumeReady = async () => {
      if (consuming) return;
      consuming = true;
      for (let outcome = ready.get(consumed); outcome !== undefined && !finished; outcome = ready.get(consumed)) {
        ready.delete(consumed);
        await options.consume(outcome, consumed);
        consumed++;
        dispatch();
      }
      consuming = false;
      if (consumed === jobs.length) finish();
    };
    const startWorker = (capped: boolean): Worker => {
      const resourceLimits = { maxYoungGenerationSizeMb: youngGenerationMb, ...(capped ? { maxOldGenerationSizeMb: heapMb } : {}) };
      const worker = new Worker(options.workerScript, { workerData: setup, resourceLimits });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        running.delete(worker);
        const outcome: FileOutcome = reply.ok ? { ok: true, output: reply.output } : { ok: false, message: reply.message };
        ready.set(reply.index, outcome);
        options.onFileDone(outcome, sizes[reply.index]!);
        idle.push(worker);
        dispatch();
        consumeReady().catch(finish);
      });
      worker.on('error', (error: Error & { code?: string }) => {
        const task = running.get(worker);
        if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY' || task === undefined || !capped) {
          finish(error);
          return;
        }
        running.delete(worker);
        workers.splice(workers.indexOf(worker), 1);
        const uncapped = startWorker(false);
        running.set(uncapped, task);
        uncapped.postMessage(task);
      });
      return worker;
    };
    for (let i = 0; i < threads; i++) idle.push(startWorker(true));
    dispatch();
  });
}
