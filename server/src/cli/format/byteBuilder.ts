const utf8 = new TextEncoder();

/** Up to this many bytes, a copy is a loop rather than `set`. */
const shortCopy = 16;

/** A new chunk holds at least this many bytes. */
const chunkBytes = 256 * 1024;

/**
 * A long UTF-8 text written in many small pieces straight into byte chunks: pieces that repeat (a finding's rule,
 * severity and message) are encoded once by the caller and copied as bytes, numbers are written digit by digit. A
 * report part built as one string from ~6,000 pieces per file, then encoded, cost as much as checking the file's
 * records did (strings joined, flattened and transcoded: ~0.5 s per 100k records, docs/performance.md). `bytes()`
 * owns its `ArrayBuffer`, so it can be transferred between threads.
 */
export class ByteBuilder {
  readonly #full: Uint8Array[] = [];
  #fullLength = 0;
  #chunk = new Uint8Array(0);
  #used = 0;

  /** Bytes as they are, e.g. text encoded once and written many times. */
  appendBytes(bytes: Uint8Array): void {
    const length = bytes.length;
    this.#reserve(length);
    const chunk = this.#chunk;
    const at = this.#used;
    // `set` costs more than copying a few bytes one by one (a JSON key per number of every finding).
    if (length <= shortCopy) {
      for (let i = 0; i < length; i++) chunk[at + i] = bytes[i]!;
    } else {
      chunk.set(bytes, at);
    }
    this.#used = at + length;
  }

  /** One byte: an ASCII character's code. */
  appendByte(code: number): void {
    this.#reserve(1);
    this.#chunk[this.#used++] = code;
  }

  /** A non-negative integer in decimal, as `String(value)` writes it. */
  appendInteger(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) {
      this.appendText(String(value));
      return;
    }
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    this.#reserve(digits);
    const chunk = this.#chunk;
    let rest = value;
    for (let at = this.#used + digits - 1; at >= this.#used; at--) {
      chunk[at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    this.#used += digits;
  }

  /**
   * Any text, encoded as UTF-8. ASCII is copied character by character: `TextEncoder` allocates a buffer per call,
   * which cost more than the copy for short texts such as a record id.
   */
  appendText(text: string): void {
    this.#reserve(text.length);
    const chunk = this.#chunk;
    let at = this.#used;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        this.#used = at;
        this.appendBytes(utf8.encode(text.slice(i)));
        return;
      }
      chunk[at++] = code;
    }
    this.#used = at;
  }

  get byteLength(): number {
    return this.#fullLength + this.#used;
  }

  /** Everything written, with `head` (text) before it: in one buffer of its own. */
  bytes(head = ''): Uint8Array<ArrayBuffer> {
    const headBytes = utf8.encode(head);
    const all = new Uint8Array(headBytes.length + this.byteLength);
    all.set(headBytes, 0);
    let at = headBytes.length;
    for (const chunk of this.#full) {
      all.set(chunk, at);
      at += chunk.length;
    }
    all.set(this.#chunk.subarray(0, this.#used), at);
    return all;
  }

  /** Room for `length` more bytes in the current chunk; a new chunk when they do not fit. */
  #reserve(length: number): void {
    if (this.#used + length <= this.#chunk.length) return;
    if (this.#used > 0) {
      this.#full.push(this.#chunk.subarray(0, this.#used));
      this.#fullLength += this.#used;
    }
    this.#chunk = new Uint8Array(Math.max(chunkBytes, length));
    this.#used = 0;
  }
}
