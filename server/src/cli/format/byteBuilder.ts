import { emptyListOf } from '../../core/lists';

const utf8 = new TextEncoder();

/** The most digits an integer `isSmallInteger` accepts has (2^31 - 1). */
export const maxSmallIntegerDigits = 10;

/**
 * Whether `value` is an integer from 0 to 2^31 - 1, which `writeSmallInteger` writes with 32-bit integer arithmetic
 * (`| 0`): V8 compiles that to machine division. Findings' lines and columns always are.
 */
export function isSmallInteger(value: number): boolean {
  return value >= 0 && value <= 0x7fffffff && value === (value | 0);
}

/** Writes `value` (`isSmallInteger`) in decimal into `bytes` from `at`, as `String(value)` would; returns the end. */
export function writeSmallInteger(bytes: Uint8Array, at: number, value: number): number {
  const digits = decimalDigits(value);
  let rest = value;
  for (let i = at + digits - 1; i >= at; i--) {
    const next = (rest / 10) | 0;
    bytes[i] = 48 + rest - next * 10;
    rest = next;
  }
  return at + digits;
}

/** Up to this many bytes, a copy is a loop rather than `set`. */
const shortCopy = 16;

/** Copies `source` into `bytes` from `at`; returns the end. */
export function writeBytes(bytes: Uint8Array, at: number, source: Uint8Array): number {
  const length = source.length;
  // `set` costs more than copying a few bytes one by one (a JSON key per number of every finding).
  if (length <= shortCopy) {
    for (let i = 0; i < length; i++) bytes[at + i] = source[i]!;
  } else {
    bytes.set(source, at);
  }
  return at + length;
}

/**
 * The number of decimal digits of a non-negative integer below 2^31. A loop, not a chain of comparisons: V8
 * optimized the chain before the first line number of five digits came, and threw the code away when it did.
 */
function decimalDigits(value: number): number {
  let digits = 1;
  for (let limit = 10; digits < maxSmallIntegerDigits && value >= limit; limit *= 10) digits++;
  return digits;
}

/** UTF-8 text as chunks of bytes, in order, each with an `ArrayBuffer` of its own (transferable). */
export type ByteChunks = readonly Uint8Array<ArrayBuffer>[];

/** The number of bytes in `chunks`. */
export function byteLengthOf(chunks: ByteChunks): number {
  return chunks.reduce((sum, chunk) => sum + chunk.length, 0);
}

/** A new chunk holds at least this many bytes. */
const chunkBytes = 256 * 1024;

/**
 * A long UTF-8 text written in many small pieces straight into byte chunks: pieces that repeat (a finding's rule,
 * severity and message) are encoded once by the caller and copied as bytes, numbers are written digit by digit. A
 * report part built as one string from ~6,000 pieces per file, then encoded, cost as much as checking the file's
 * records did (strings joined, flattened and transcoded: ~0.5 s per 100k records, docs/performance.md). The
 * result is the chunks themselves, each owning its `ArrayBuffer`, so they can be transferred between threads
 * without being copied into one buffer first (2 MB per file of the benchmark).
 */
export class ByteBuilder {
  readonly #full: Uint8Array<ArrayBuffer>[] = emptyListOf();
  // A Buffer, as every later chunk is (`#reserve`): code optimized for one kind of array is thrown away on another.
  #chunk: Uint8Array<ArrayBuffer> = Buffer.allocUnsafeSlow(0);
  #used = 0;

  /** Bytes as they are, e.g. text encoded once and written many times. */
  appendBytes(bytes: Uint8Array): void {
    this.#reserve(bytes.length);
    this.#used = writeBytes(this.#chunk, this.#used, bytes);
  }

  /** One byte: an ASCII character's code. */
  appendByte(code: number): void {
    this.#reserve(1);
    this.#chunk[this.#used++] = code;
  }

  /** A non-negative integer in decimal, as `String(value)` writes it. */
  appendInteger(value: number): void {
    if (!isSmallInteger(value)) {
      this.appendText(String(value));
      return;
    }
    this.#reserve(maxSmallIntegerDigits);
    this.#used = writeSmallInteger(this.#chunk, this.#used, value);
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

  /**
   * Everything written, with `head` (text) before it, as chunks in order, each with a buffer of its own and none
   * empty. The builder is done then: its chunks are handed over, not copied.
   */
  chunks(head = ''): ByteChunks {
    const chunks: Uint8Array<ArrayBuffer>[] = head === '' ? [] : [utf8.encode(head)];
    chunks.push(...this.#full);
    if (this.#used > 0) chunks.push(this.#chunk.subarray(0, this.#used));
    return chunks;
  }

  /**
   * Room for up to `length` bytes written straight into `room()` from `used`, then `used` set past them: a writer of
   * many small pieces (a JSON finding has eleven) saves a bounds check and a call per piece.
   */
  reserve(length: number): void {
    this.#reserve(length);
  }

  /** The chunk being written into (valid until the next `reserve` or append). */
  room(): Uint8Array {
    return this.#chunk;
  }

  get used(): number {
    return this.#used;
  }

  set used(at: number) {
    this.#used = at;
  }

  /** Room for `length` more bytes in the current chunk; a new chunk when they do not fit. */
  #reserve(length: number): void {
    if (this.#used + length <= this.#chunk.length) return;
    if (this.#used > 0) {
      this.#full.push(this.#chunk.subarray(0, this.#used));
    }
    // Not zero-filled: every byte handed out is written first.
    this.#chunk = Buffer.allocUnsafeSlow(Math.max(chunkBytes, length));
    this.#used = 0;
  }
}
