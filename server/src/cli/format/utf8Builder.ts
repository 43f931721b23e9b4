const utf8 = new TextEncoder();

/** Below this many characters, pieces are joined as a string; then that string is encoded and a new one begun. */
const chunkCharacters = 16 * 1024;

/**
 * A long text built from many small pieces, kept as UTF-8 bytes. Appending to one string makes a rope that V8 must
 * flatten (a copy, walking tens of thousands of pieces) before encoding it: on a 2 MB report part that cost about
 * three times the formatting itself. Encoding every 16 K characters keeps each rope shallow, and the bytes are what
 * a worker hands over anyway. The result owns its `ArrayBuffer`, so it can be transferred between threads.
 */
export class Utf8Builder {
  readonly #chunks: Array<Uint8Array<ArrayBuffer>> = [];
  #byteLength = 0;
  #pending = '';

  /** `text` must be well formed (no half of a surrogate pair at either end): pieces are encoded in groups. */
  append(text: string): void {
    this.#pending += text;
    if (this.#pending.length >= chunkCharacters) this.#encodePending();
  }

  /** Puts `text` before everything appended so far. */
  prepend(text: string): void {
    const chunk = utf8.encode(text);
    this.#chunks.unshift(chunk);
    this.#byteLength += chunk.length;
  }

  bytes(): Uint8Array<ArrayBuffer> {
    this.#encodePending();
    if (this.#chunks.length === 1) return this.#chunks[0]!;
    const all = new Uint8Array(this.#byteLength);
    let at = 0;
    for (const chunk of this.#chunks) {
      all.set(chunk, at);
      at += chunk.length;
    }
    return all;
  }

  #encodePending(): void {
    if (this.#pending.length === 0) return;
    const chunk = utf8.encode(this.#pending);
    this.#chunks.push(chunk);
    this.#byteLength += chunk.length;
    this.#pending = '';
  }
}
