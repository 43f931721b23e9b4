/** Progress on a terminal: files and records done and the rate, redrawn at most every 100 ms on one line. */
export class Progress {
  readonly #startedAt = performance.now();
  #lastDrawAt = 0;
  #files = 0;
  #records = 0;
  #drawn = false;

  constructor(readonly stream: NodeJS.WritableStream, readonly totalFiles: number) {}

  fileDone(records: number): void {
    this.#files++;
    this.#records += records;
    const now = performance.now();
    if (now - this.#lastDrawAt < 100) return;
    this.#lastDrawAt = now;
    const seconds = (now - this.#startedAt) / 1000;
    const rate = seconds > 0 ? Math.round(this.#records / seconds) : 0;
    this.stream.write(`\r\x1b[K${this.#files}/${this.totalFiles} files, ${this.#records} records, ${rate} records/s`);
    this.#drawn = true;
  }

  /** Removes the line; the next file done draws it again. */
  clear(): void {
    if (this.#drawn) this.stream.write('\r\x1b[K');
    this.#drawn = false;
  }
}
