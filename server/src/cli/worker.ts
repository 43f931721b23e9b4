import { parentPort } from 'node:worker_threads';
import type { CatalogSettings, DocumentFormat } from '../core/index';
import { type FileOutput, type OutputOptions, fileOutputMaker } from './fileOutput';
import { FileReader } from './fileReader';
import { createCliService } from './service';

const utf8 = new TextEncoder();

/** What every worker is started with (`workerData`). */
export interface WorkerSetup {
  readonly catrecWorker: true;
  readonly settings: CatalogSettings;
  readonly schemaXml: string | undefined;
  readonly output: OutputOptions;
  /** Per file, whether a thread has claimed it (shared memory, see `claim` and `ParallelCheck` in pool.ts). */
  readonly claims: Int32Array;
}

export interface WorkerTask {
  readonly index: number;
  readonly absolutePath: string;
  readonly displayPath: string;
  readonly format: DocumentFormat;
}

export type WorkerReply =
  | { readonly index: number; readonly ok: true; readonly output: FileOutput }
  | { readonly index: number; readonly ok: false; readonly message: string }
  /** Another thread claimed the file first. */
  | { readonly index: number; readonly skipped: true };

/** Claims file `index` for the calling thread: false when another thread has claimed it. */
export function claim(claims: Int32Array, index: number): boolean {
  return Atomics.compareExchange(claims, index, 0, 1) === 0;
}

/**
 * The worker side: checks one file per message, reading it itself so I/O runs in parallel too, and formats its
 * part of the output here, so only text crosses to the main thread. Nothing of a file outlives its reply.
 */
export function runWorker(setup: WorkerSetup): void {
  const outputOf = fileOutputMaker(createCliService(setup.schemaXml), setup.settings, setup.output);
  const reader = new FileReader();
  const port = parentPort!;
  port.on('message', (task: WorkerTask) => {
    if (!claim(setup.claims, task.index)) {
      const reply: WorkerReply = { index: task.index, skipped: true };
      port.postMessage(reply);
      return;
    }
    // Read synchronously: the worker has nothing else to do meanwhile, and an asynchronous read (chunks through the
    // thread pool) left it idle for part of every file.
    let bytes: Uint8Array;
    try {
      bytes = reader.read(task.absolutePath);
    } catch (error) {
      const reply: WorkerReply = { index: task.index, ok: false, message: (error as Error).message };
      port.postMessage(reply);
      return;
    }
    const output = outputOf(bytes, task.format, task.displayPath);
    // Each chunk has an ArrayBuffer of its own (not Buffer's shared pool), so transferring it detaches nothing
    // else; the JSON format makes its bytes itself (`ByteBuilder`).
    const text = typeof output.text === 'string' ? [utf8.encode(output.text)] : output.text;
    const reply: WorkerReply = { index: task.index, ok: true, output: { ...output, text } };
    port.postMessage(reply, text.map((chunk) => chunk.buffer));
  });
}
