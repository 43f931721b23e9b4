import type { Field, FieldValue, ValueLayout } from './record';
import type { Span } from './span';

/*
 * How parsers store fields and values: offsets as numbers on the object, spans made when read. A big document
 * holds millions of values; two span objects each would be most of the model's memory (and of the parser's time,
 * in garbage collection). A span read is a young object that dies at once, which costs next to nothing.
 */

const layouts: readonly ValueLayout[] = ['inline', 'indented', 'unindented', 'structured'];
/** The bits of a value's `#kind` that hold the layout's place in `layouts`. */
const layoutBits = 3;
/** Set in a value's `#kind` (beside the layout's place in `layouts`) when its `#source` is its text. */
const ownText = 4;
/**
 * `#kind` holds the length of the value's full span from here up, as a multiple of this: a value then holds one
 * number fewer (8 bytes of each of the millions of values of a big document). Multiplied, not shifted: a length
 * beyond 2^28 makes a larger number, not a wrong one, and `&` still reads the low bits of any integer below 2^53.
 */
const fullLengthUnit = 8;

export class StoredValue implements FieldValue {
  readonly #source: string;
  /** The layout's place in `layouts`, `ownText`, and the full span's length in `fullLengthUnit`s. */
  readonly #kind: number;
  readonly #start: number;
  readonly #end: number;
  readonly #fullStart: number;

  private constructor(source: string, kind: number, start: number, end: number, fullStart: number, fullEnd: number) {
    this.#source = source;
    this.#kind = kind + (fullEnd - fullStart) * fullLengthUnit;
    this.#start = start;
    this.#end = end;
    this.#fullStart = fullStart;
  }

  /**
   * The value written from `start` to `end` of `source`, its text sliced when read. A slice that dies young costs
   * the garbage collector nothing; one kept per value is a string for every value of the document, copied by the
   * collector until it is old.
   */
  static inSource(source: string, layout: ValueLayout, start: number, end: number, fullStart: number, fullEnd: number): StoredValue {
    return new StoredValue(source, layouts.indexOf(layout), start, end, fullStart, fullEnd);
  }

  /** A value whose text is not its source as written (lines joined). */
  static withText(text: string, layout: ValueLayout, start: number, end: number, fullStart: number, fullEnd: number): StoredValue {
    return new StoredValue(text, layouts.indexOf(layout) | ownText, start, end, fullStart, fullEnd);
  }

  get text(): string {
    return this.#kind & ownText ? this.#source : this.#source.slice(this.#start, this.#end);
  }

  /** `scan` over the value's text where it is stored: a scan of every value need not slice each one (see `valueText.ts`). */
  scanText<T>(scan: (source: string, start: number, end: number) => T): T {
    return this.#kind & ownText ? scan(this.#source, 0, this.#source.length) : scan(this.#source, this.#start, this.#end);
  }

  /** The text its offsets index, when the value is written there as it reads (not joined from lines, not moved). */
  get source(): string | undefined {
    return this.#kind & ownText ? undefined : this.#source;
  }

  get layout(): ValueLayout {
    return layouts[this.#kind & layoutBits]!;
  }

  get span(): Span {
    return { start: this.#start, end: this.#end };
  }

  get fullSpan(): Span {
    return { start: this.#fullStart, end: this.#fullEnd };
  }

  get #fullEnd(): number {
    return this.#fullStart + (this.#kind - (this.#kind & (fullLengthUnit - 1))) / fullLengthUnit;
  }

  /** The same value `delta` characters further on (its text is no longer where its span says). */
  moved(delta: number): StoredValue {
    return new StoredValue(this.text, (this.#kind & layoutBits) | ownText, this.#start + delta, this.#end + delta, this.#fullStart + delta,
      this.#fullEnd + delta);
  }

  /** The value as the `FieldValue` interface shows it (its parts are getters, which JSON would skip). */
  toJSON(): FieldValue {
    return { text: this.text, span: this.span, fullSpan: this.fullSpan, layout: this.layout };
  }
}

/** A field of a `.record` text: its lines start with its name, so its full span starts where the name does. */
export class StoredField implements Field {
  readonly #nameStart: number;
  readonly #nameEnd: number;
  readonly #fullEnd: number;

  constructor(readonly name: string, readonly values: readonly StoredValue[], nameStart: number, nameEnd: number, fullEnd: number) {
    this.#nameStart = nameStart;
    this.#nameEnd = nameEnd;
    this.#fullEnd = fullEnd;
  }

  get nameSpan(): Span {
    return { start: this.#nameStart, end: this.#nameEnd };
  }

  get fullSpan(): Span {
    return { start: this.#nameStart, end: this.#fullEnd };
  }

  /** `fullSpan.end` without making a span: a scan of a record's lines asks it of field after field. */
  get fullEnd(): number {
    return this.#fullEnd;
  }

  /** The same field `delta` characters further on. */
  moved(delta: number): StoredField {
    return new StoredField(this.name, this.values.map((value) => value.moved(delta)), this.#nameStart + delta, this.#nameEnd + delta,
      this.#fullEnd + delta);
  }

  /** The field as the `Field` interface shows it (spans are getters, which JSON would skip). */
  toJSON(): Field {
    return { name: this.name, nameSpan: this.nameSpan, fullSpan: this.fullSpan, values: this.values };
  }
}
