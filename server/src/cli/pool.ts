import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CatalogSettings, DocumentFormat } from '../core/index';
import { type FileOutput, type OutputOptions, fileOutputMaker } from './fileOutput';
import { FileReader } from './fileReader';
import { createCliService } from './service';
import { type WorkerReply, type WorkerSetup, type WorkerTask, claim } from './worker';

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
  /** The script a worker runs (the bundled CLI itself). */
  readonly workerScript: string;
  /** Each file as soon as it is checked, in whatever order they finish (progress). */
  readonly onFileDone: (outcome: FileOutcome, bytes: number) => void;
  /** Each file in the order of the jobs; the next one is handed over once the returned promise settles. */
  readonly consume: (outcome: FileOutcome, index: number) => Promise<void>;
}

/** Below this much input, starting workers (or a thread to write the report, check.ts) costs more than it saves. */
export const smallInputBytes = 2 * 1024 * 1024;

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

/** How a check of some files runs: their sizes, and how many threads check them (1: the main thread alone). */
export interface CheckPlan {
  readonly sizes: readonly number[];
  readonly totalBytes: number;
  readonly threads: number;
}

/** Parallel when it pays: up to `jobs` threads (default one per core), one for small inputs. */
export async function planCheck(files: readonly FileJob[], jobs: number | undefined): Promise<CheckPlan> {
  const sizes = await Promise.all(files.map((job) => stat(job.absolutePath).then((info) => info.size, () => 0)));
  const totalBytes = sizes.reduce((sum, size) => sum + size, 0);
  const threads = totalBytes < smallInputBytes ? 1 : Math.max(1, Math.min(jobs ?? availableParallelism(), files.length));
  return { sizes, totalBytes, threads };
}

/** Checks files as `plan` says; outcomes are consumed in the order of `jobs`, whatever finished first. */
export async function checkFiles(jobs: readonly FileJob[], plan: CheckPlan, options: CheckFilesOptions): Promise<void> {
  if (plan.threads <= 1) return checkOnMainThread(jobs, plan.sizes, options);
  return new ParallelCheck(jobs, plan.sizes, plan.threads, options).run();
}

async function checkOnMainThread(jobs: readonly FileJob[], sizes: readonly number[], options: CheckFilesOptions): Promise<void> {
  const outputOf = fileOutputMaker(createCliService(options.schemaXml), options.settings, options.output);
  const reader = new FileReader();
  for (const [index, job] of jobs.entries()) {
    const outcome = checkHere(outputOf, reader, job);
    options.onFileDone(outcome, sizes[index]!);
    await options.consume(outcome, index);
  }
}

/** Files sent to a worker at a time (see `ParallelCheck`). */
const queuedPerWorker = 3;

/** A file checked on the main thread, read synchronously as a worker reads it (worker.ts says why). */
function checkHere(outputOf: ReturnType<typeof fileOutputMaker>, reader: FileReader, job: FileJob): FileOutcome {
  let bytes: Uint8Array;
  try {
    bytes = reader.read(job.absolutePath);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  return { ok: true, output: outputOf(bytes, job.format, job.displayPath) };
}

/**
 * `threads` threads check the files: `threads - 1` workers and the main thread, which checks a file whenever it
 * has nothing else to do (it also writes the report). A worker started costs ~130 ms before it checks anything
 * (Node's start-up and the bundle): the main thread, already running, starts at once and saves a worker's start.
 *
 * The next file handed out is the largest not yet started within the window ahead of the consumer (see
 * `aheadBytes`), so a big file starts early without the output waiting on it for long. A worker is sent up to
 * `queuedPerWorker` files at a time: while the main thread checks a file it answers no message, and a worker with
 * nothing queued would wait for it (two were not enough: a worker still waited ~5 % of the time). Each file is
 * claimed once, by whichever thread starts it (`claims`, shared with the workers): so when the main thread has no
 * file of its own left it takes a file still waiting in a worker's queue, and the worker skips it. The threads
 * thus finish together, however deep the queues.
 */
class ParallelCheck {
  readonly #started: boolean[];
  readonly #ready = new Map<number, FileOutcome>();
  /** Each worker's files sent and not yet answered, in the order sent (a worker checks them in that order). */
  readonly #queues = new Map<Worker, WorkerTask[]>();
  /** Per file, 1 once a thread has claimed it to check it: `Atomics` on memory the workers share. */
  readonly #claims: Int32Array;
  /** Files the main thread took from a worker's queue: the worker's answer for them is a skip. */
  readonly #taken = new Set<number>();
  readonly #setup: WorkerSetup;
  readonly #heapMb: number;
  #unstarted: number;
  #consumed = 0;
  #consuming = false;
  #finished = false;
  #settle!: (error?: Error) => void;
  /** Wakes the main thread's loop when it waits for the window to move or for the last workers. */
  #wake: (() => void) | undefined;

  constructor(readonly jobs: readonly FileJob[], readonly sizes: readonly number[], readonly threads: number, readonly options: CheckFilesOptions) {
    this.#started = new Array<boolean>(jobs.length).fill(false);
    this.#unstarted = jobs.length;
    this.#claims = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * jobs.length));
    this.#setup = { catrecWorker: true, settings: options.settings, schemaXml: options.schemaXml, output: options.output, claims: this.#claims };
    const largestMb = sizes.reduce((largest, size) => Math.max(largest, size), 0) / (1024 * 1024);
    this.#heapMb = Number(process.env['CATREC_WORKER_HEAP_MB']) || Math.max(minimumHeapMb, Math.ceil(heapMbPerFileMb * largestMb));
  }

  run(): Promise<void> {
    const done = new Promise<void>((resolve, reject) => {
      this.#settle = (error) => (error ? reject(error) : resolve());
    });
    for (let i = 1; i < this.threads; i++) this.#startWorker(true);
    this.#dispatch();
    this.#checkOnMainThread().catch((error: Error) => this.#finish(error));
    return done;
  }

  async #checkOnMainThread(): Promise<void> {
    const outputOf = fileOutputMaker(createCliService(this.options.schemaXml), this.options.settings, this.options.output);
    const reader = new FileReader();
    while (!this.#finished) {
      if (this.#consuming) {
        // The report is being written: let it finish first. Written by a stream of this thread, it goes on only
        // while this thread is free, and into a pipe the report fell behind (two threads were no faster than one).
        // Into a pipe a writer thread takes the parts now (pipeWriter.ts), and this wait ends at once unless 32 MB
        // are still unwritten.
        await new Promise<void>((resolve) => { this.#wake = resolve; });
        continue;
      }
      let index = this.#nextJob();
      if (index !== undefined) {
        this.#start(index);
        claim(this.#claims, index);
      } else {
        index = this.#takeQueued();
        if (index === undefined) {
          if (this.#unstarted === 0) return;
          // The window is full: wait for the consumer to move it.
          await new Promise<void>((resolve) => { this.#wake = resolve; });
          continue;
        }
      }
      this.#settleFile(index, checkHere(outputOf, reader, this.jobs[index]!));
      // Let the workers' answers, the writes and the consumer in before the next file.
      await new Promise<void>((resolve) => { setImmediate(resolve); });
    }
  }

  /** The first file in the workers' queues that no worker has started, claimed for the main thread. */
  #takeQueued(): number | undefined {
    const queued = [...this.#queues.values()].flat().map((task) => task.index).filter((index) => !this.#taken.has(index));
    for (const index of queued.sort((a, b) => a - b)) {
      // A worker may claim it meanwhile: then the next one.
      if (!claim(this.#claims, index)) continue;
      this.#taken.add(index);
      return index;
    }
    return undefined;
  }

  #nextJob(): number | undefined {
    let best: number | undefined;
    let windowBytes = 0;
    for (let index = this.#consumed; index < this.jobs.length; index++) {
      windowBytes += this.sizes[index]!;
      if (index - this.#consumed >= 2 * this.threads && windowBytes > aheadBytes) break;
      if (!this.#started[index] && (best === undefined || this.sizes[index]! > this.sizes[best]!)) best = index;
    }
    return best;
  }

  #start(index: number): void {
    this.#started[index] = true;
    this.#unstarted--;
  }

  /** Fills the workers' queues a file at a time: every worker one first, then a second each, and so on. */
  #dispatch(): void {
    for (let depth = 1; depth <= queuedPerWorker; depth++) {
      for (const [worker, queue] of this.#queues) {
        if (queue.length >= depth) continue;
        const index = this.#nextJob();
        if (index === undefined) return;
        this.#start(index);
        this.#send(worker, index);
      }
    }
  }

  #send(worker: Worker, index: number): void {
    const { absolutePath, displayPath, format } = this.jobs[index]!;
    const task: WorkerTask = { index, absolutePath, displayPath, format };
    this.#queues.get(worker)!.push(task);
    worker.postMessage(task);
  }

  #settleFile(index: number, outcome: FileOutcome): void {
    this.#ready.set(index, outcome);
    this.options.onFileDone(outcome, this.sizes[index]!);
    this.#dispatch();
    this.#consumeReady().catch((error: Error) => this.#finish(error));
  }

  async #consumeReady(): Promise<void> {
    if (this.#consuming) return;
    this.#consuming = true;
    for (let outcome = this.#ready.get(this.#consumed); outcome !== undefined && !this.#finished; outcome = this.#ready.get(this.#consumed)) {
      this.#ready.delete(this.#consumed);
      await this.options.consume(outcome, this.#consumed);
      this.#consumed++;
      this.#dispatch();
      this.#wakeMain();
    }
    this.#consuming = false;
    this.#wakeMain();
    if (this.#consumed === this.jobs.length) this.#finish();
  }

  #wakeMain(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }

  #finish(error?: Error): void {
    if (this.#finished) return;
    this.#finished = true;
    for (const worker of this.#queues.keys()) void worker.terminate();
    this.#wakeMain();
    this.#settle(error);
  }

  #startWorker(capped: boolean): Worker {
    const resourceLimits = { maxYoungGenerationSizeMb: youngGenerationMb, ...(capped ? { maxOldGenerationSizeMb: this.#heapMb } : {}) };
    // The worker's standard streams are not piped into the process's: Node's piping reads `process.stdout`, which
    // makes a pipe there non-blocking (pipeWriter.ts). A worker writes nothing to standard output; what it writes
    // to standard error is passed on.
    const worker = new Worker(this.options.workerScript, { workerData: this.#setup, resourceLimits, stdout: true, stderr: true });
    worker.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    this.#queues.set(worker, []);
    worker.on('message', (reply: WorkerReply) => {
      this.#queues.get(worker)!.shift();
      if ('skipped' in reply) {
        this.#dispatch();
        return;
      }
      this.#settleFile(reply.index, reply.ok ? { ok: true, output: reply.output } : { ok: false, message: reply.message });
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const queue = this.#queues.get(worker) ?? [];
      if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY' || queue.length === 0 || !capped) {
        this.#finish(error);
        return;
      }
      // Its files go, in the same order, to a worker without a cap (but those the main thread took).
      this.#queues.delete(worker);
      const uncapped = this.#startWorker(false);
      for (const task of queue) {
        if (this.#taken.has(task.index)) continue;
        Atomics.store(this.#claims, task.index, 0);
        this.#send(uncapped, task.index);
      }
    });
    return worker;
  }
}
