import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** The buffer holds at least this many bytes (the benchmark's files are 1.6 MB). */
const minimumBytes = 1024 * 1024;

/**
 * Reads whole files, one after the other, into one buffer it keeps. `readFileSync` gave each file a buffer of its
 * own, fresh memory that the kernel maps page by page as the file is copied in: a quarter of the page faults of a
 * check of 100k records (86k in all, `perf record -e page-faults`). The buffer keeps the size of the largest file
 * read, and one byte.
 *
 * What `read` returns is valid until the next `read`: the caller decodes it (which copies) and lets it go.
 */
export class FileReader {
  #buffer = Buffer.allocUnsafeSlow(0);

  /** The file's bytes, read to its end whatever size it claims (a file may grow, a FIFO claims none). */
  read(path: string): Uint8Array {
    const fd = openSync(path, 'r');
    try {
      // A byte more than the file claims: the read that finds its end then needs no more room.
      this.#makeRoom(fstatSync(fd).size + 1, 0);
      let length = 0;
      for (;;) {
        if (length === this.#buffer.length) this.#makeRoom(2 * length, length);
        const read = readSync(fd, this.#buffer, length, this.#buffer.length - length, null);
        if (read === 0) return this.#buffer.subarray(0, length);
        length += read;
      }
    } finally {
      closeSync(fd);
    }
  }

  /** A buffer of at least `bytes`, holding the first `kept` bytes of the one before. */
  #makeRoom(bytes: number, kept: number): void {
    if (bytes <= this.#buffer.length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(minimumBytes, bytes));
    this.#buffer.copy(bigger, 0, 0, kept);
    this.#buffer = bigger;
  }
}
