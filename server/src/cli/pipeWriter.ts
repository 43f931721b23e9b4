import { fstatSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { byteLengthOf } from './format/byteBuilder';
import type { ReportPart } from './format/report';

/** Whether `fd` is a pipe or a socket (Node's `spawn` gives a child sockets): a reader takes the bytes a buffer at a time. */
export function isPipe(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isFIFO() || stat.isSocket();
  } catch {
    return false;
  }
}

/**
 * How many bytes may wait for the writer thread before `write` waits too: bounds memory for a slow reader, as the
 * files checked ahead are bounded (pool.ts). 8 MB made the main thread wait now and then for a reader that keeps
 * up on the whole (32 MB: −3.5 % time over 100k records, eight alternating runs; +12 MB peak RSS).
 * `CATREC_REPORT_BUFFER_MB` sets it (the tests make the thread fall behind with less).
 */
const defaultBufferMb = 32;

const utf8 = new TextEncoder();

interface WriteDone {
  readonly id: number;
  readonly error?: { readonly message: string; readonly code?: string };
}

/**
 * Writes the report into a pipe from a thread of its own. A pipe holds 64 KB (a socket a few hundred): a report
 * of hundreds of megabytes goes through it in thousands of turns with the reader, and a stream of the main thread
 * moves on only while that thread waits for it. The main thread, which also checks files, waited ~170 ms per 100k
 * records so (~8 % of its time). The writer thread blocks in `write` instead, and the main thread only waits when more than
 * `CATREC_REPORT_BUFFER_MB` (32 MB) are still to be written.
 *
 * The thread writes with `writeSync` on the descriptor as it was inherited, blocking. Node makes a pipe
 * non-blocking when `process.stdout` is first used (also when a worker thread's standard streams are piped into the
 * process's), so the command must not use it while this writer exists; a descriptor made non-blocking elsewhere still
 * works: the thread then waits a moment whenever the pipe is full.
 */
export class PipeWriter {
  readonly #worker: Worker;
  readonly #maxBytesInFlight = (Number(process.env['CATREC_REPORT_BUFFER_MB']) || defaultBufferMb) * 1024 * 1024;
  /** The bytes of each message not yet written, by id. */
  readonly #waiting = new Map<number, number>();
  #nextId = 0;
  #bytesInFlight = 0;
  #error: Error | undefined;
  /** Called when the bytes in flight fall to the limit, or when everything is written. */
  #wake: (() => void) | undefined;

  constructor(fd: number) {
    // Its standard streams are not piped into the process's (which reads `process.stdout`, see above); it writes
    // nothing there (a failure comes as a message), and a stream read from it would keep the process alive.
    this.#worker = new Worker(`(${writerThread.toString()})()`, { eval: true, workerData: { fd }, stdout: true, stderr: true });
    this.#worker.on('message', (done: WriteDone) => this.#written(done));
    this.#worker.on('error', (error: Error) => this.#fail(error));
    this.#worker.unref();
  }

  /** Hands `part` to the writer thread (its byte chunks are transferred, not copied); waits while too much is in flight. */
  async write(part: ReportPart): Promise<void> {
    if (this.#error) throw this.#error;
    // Text is encoded into a buffer of its own: `Buffer.from` may take one from Node's shared pool, and transferring
    // that would take it from every other buffer in it.
    const pieces = typeof part === 'string' ? [utf8.encode(part)] : part;
    const bytes = byteLengthOf(pieces);
    if (bytes === 0) return;
    const id = this.#nextId++;
    this.#waiting.set(id, bytes);
    this.#bytesInFlight += bytes;
    // Alive while it has bytes to write, so that the process does not end before they are written.
    this.#worker.ref();
    this.#worker.postMessage({ id, pieces }, [...new Set(pieces.map((piece) => piece.buffer))]);
    while (this.#bytesInFlight > this.#maxBytesInFlight && !this.#error) await new Promise<void>((resolve) => { this.#wake = resolve; });
    if (this.#error) throw this.#error;
  }

  /** Waits until everything handed over is written, then ends the thread. */
  async close(): Promise<void> {
    while (this.#waiting.size > 0 && !this.#error) await new Promise<void>((resolve) => { this.#wake = resolve; });
    await this.#worker.terminate();
    if (this.#error) throw this.#error;
  }

  #written({ id, error }: WriteDone): void {
    if (error) {
      this.#fail(Object.assign(new Error(error.message), { code: error.code }));
      return;
    }
    this.#bytesInFlight -= this.#waiting.get(id)!;
    this.#waiting.delete(id);
    if (this.#waiting.size === 0) this.#worker.unref();
    if (this.#bytesInFlight <= this.#maxBytesInFlight || this.#waiting.size === 0) this.#wakeUp();
  }

  #fail(error: Error): void {
    this.#error ??= error;
    this.#worker.unref();
    this.#wakeUp();
  }

  #wakeUp(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}

/**
 * The writer thread's program, run from its source text (`toString`), so the thread loads nothing but Node's own
 * modules: each message's pieces are written in order, and answered with its id, or with the error that stopped it.
 */
function writerThread(): void {
  // `require`, not imports: the thread runs this function's text alone.
  const { parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  const { writeSync } = require('node:fs') as typeof import('node:fs');
  const fd = (workerData as { fd: number }).fd;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  let failed = false;
  parentPort!.on('message', ({ id, pieces }: { id: number; pieces: Uint8Array[] }) => {
    if (failed) return;
    try {
      for (const piece of pieces) {
        for (let at = 0; at < piece.length;) {
          try {
            at += writeSync(fd, piece, at);
          } catch (error) {
            if ((error as { code?: string }).code !== 'EAGAIN') throw error;
            // A non-blocking descriptor with a full pipe: wait a moment for the reader.
            Atomics.wait(pause, 0, 0, 1);
          }
        }
      }
      parentPort!.postMessage({ id });
    } catch (error) {
      failed = true;
      parentPort!.postMessage({ id, error: { message: (error as Error).message, code: (error as { code?: string }).code } });
    }
  });
}
