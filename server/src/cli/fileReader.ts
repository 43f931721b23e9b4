import { closeSync, openSync, readSync } from 'node:fs';

/** A buffer grows to at least this many bytes (the benchmark's files are 1.6 MB). */
const initialBytes = 1024 * 1024;

/**
 * Reads whole files, one after the other, into one buffer it keeps. `readFileSync` gave each file a buffer of its
 * own, fresh memory that the kernel maps page by page as the file is copied in: a quarter of the page faults of a
 * check of 100k records (86k in all, `perf record -e page-faults`).
 *
 * What `read` returns is valid until the next `read`: the caller decodes it (which copies) and lets it go.
 */
export class FileReader {
  #buffer = Buffer.allocUnsafeSlow(0);

  /** The file's bytes, read to its end whatever size it claims (a file may grow, a FIFO claims none). */
  read(path: string): Uint8Array {
    const fd = openSync(path, 'r');
    try {
      let length = 0;
      for (;;) {
        if (length === this.#buffer.length) this.#grow(length);
        const read = readSync(fd, this.#buffer, length, this.#buffer.length - length, null);
        if (read === 0) return this.#buffer.subarray(0, length);
        length += read;
      }
    } finally {
      closeSync(fd);
    }
  }

  /** A buffer twice as big (at least `initialBytes`), holding the first `length` bytes of the old one. */
  #grow(length: number): void {
    const bigger = Buffer.allocUnsafeSlow(Math.max(initialBytes, 2 * this.#buffer.length));
    this.#buffer.copy(bigger, 0, 0, length);
    this.#buffer = bigger;
  }
}
