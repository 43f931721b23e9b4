import type { Span } from './span';
import type { StoredField } from './storedParts';

/**
 * The record model every format maps to (staff-view text today, Solr JSON/XML and MARC later).
 * It knows fields and values with their source spans, nothing about the syntax that produced them.
 */
export interface CatalogRecord {
  /** Position of the record in its document, from 0. */
  readonly index: number;
  /** From the first to the last character of the record's lines. */
  readonly span: Span;
  readonly fields: readonly Field[];
}

export interface Field {
  readonly name: string;
  readonly nameSpan: Span;
  /** Every line of the field, line breaks included: what deleting the field removes. */
  readonly fullSpan: Span;
  readonly values: readonly FieldValue[];
}

/** A record whose fields store their spans as numbers (what the `.record` parser makes). */
export interface StoredRecord extends CatalogRecord {
  readonly fields: readonly StoredField[];
}

/** How a value was written; only the syntax that produced it gives it meaning. */
export type ValueLayout = 'inline' | 'indented' | 'unindented' | 'structured';

export interface FieldValue {
  /** The logical value: continuation lines are joined with "\n". */
  readonly text: string;
  /** Where the value's text is written, from its first to its last character. */
  readonly span: Span;
  /** The value's own lines, line breaks included (empty for the value on the field's line). */
  readonly fullSpan: Span;
  readonly layout: ValueLayout;
}

/**
 * `record` moved by `delta` characters and renumbered: what an edit above a record does to it. A field is shifted
 * when first read, and the name lookups below shift only the fields they return, so an edit of a big document
 * costs little for the records it only moves.
 */
export function shiftedRecord(record: StoredRecord, delta: number, index: number): StoredRecord {
  if (delta === 0 && index === record.index) return record;
  const base = shifts.get(record);
  const origin = base?.origin ?? record;
  const totalDelta = (base?.delta ?? 0) + delta;
  if (totalDelta === 0 && index === origin.index) return origin;
  const shiftedFields: StoredField[] = [];
  const fieldAt = (i: number): StoredField => (shiftedFields[i] ??= origin.fields[i]!.moved(totalDelta));
  let fields: readonly StoredField[] | undefined;
  const shifted: StoredRecord = {
    index,
    span: { start: origin.span.start + totalDelta, end: origin.span.end + totalDelta },
    get fields() {
      fields ??= origin.fields.map((_, i) => fieldAt(i));
      return fields;
    },
  };
  shifts.set(shifted, { origin, delta: totalDelta, fieldAt });
  return shifted;
}

const shifts = new WeakMap<CatalogRecord, { origin: StoredRecord; delta: number; fieldAt(index: number): Field }>();

/** A record's fields by name: rules ask a record for dozens of names. */
interface FieldLookup {
  fields(name: string): readonly Field[];
  first(name: string): Field | undefined;
  /** Every value of the fields called `name`, in document order. */
  values(name: string): readonly FieldValue[];
}

interface NamedFields {
  readonly fields: readonly Field[];
  readonly values: readonly FieldValue[];
}

const noFields: NamedFields = { fields: [], values: [] };

/**
 * The position of a name's field, or the fields of a name written on several. A checked document keeps one of these
 * per record, so the common case (one field) holds no list of its own: its values are the field's.
 */
class FieldsByName implements FieldLookup {
  readonly #fields: readonly Field[];
  readonly #byName = new Map<string, number | { fields: Field[]; values: FieldValue[] }>();

  constructor(fields: readonly Field[]) {
    this.#fields = fields;
    fields.forEach((field, position) => {
      const named = this.#byName.get(field.name);
      if (named === undefined) {
        this.#byName.set(field.name, position);
      } else if (typeof named === 'number') {
        const first = fields[named]!;
        this.#byName.set(field.name, { fields: [first, field], values: [...first.values, ...field.values] });
      } else {
        named.fields.push(field);
        named.values.push(...field.values);
      }
    });
  }

  fields(name: string): readonly Field[] {
    const named = this.#byName.get(name);
    if (named === undefined) return noFields.fields;
    return typeof named === 'number' ? [this.#fields[named]!] : named.fields;
  }

  first(name: string): Field | undefined {
    const named = this.#byName.get(name);
    if (named === undefined) return undefined;
    return typeof named === 'number' ? this.#fields[named] : named.fields[0];
  }

  values(name: string): readonly FieldValue[] {
    const named = this.#byName.get(name);
    if (named === undefined) return noFields.values;
    return typeof named === 'number' ? this.#fields[named]!.values : named.values;
  }
}

/** The lookup of a shifted record: only the names asked for are shifted (duplicate-id reads one field of every record after each edit). */
class ShiftedFieldsByName implements FieldLookup {
  readonly #byName = new Map<string, NamedFields>();

  constructor(readonly shift: { origin: StoredRecord; fieldAt(index: number): Field }) {}

  fields(name: string): readonly Field[] {
    return this.#named(name).fields;
  }

  first(name: string): Field | undefined {
    return this.#named(name).fields[0];
  }

  values(name: string): readonly FieldValue[] {
    return this.#named(name).values;
  }

  #named(name: string): NamedFields {
    let named = this.#byName.get(name);
    if (!named) {
      const fields = (positionsByName(this.shift.origin).get(name) ?? []).map(this.shift.fieldAt);
      named = fields.length === 0 ? noFields : { fields, values: fields.flatMap((field) => field.values) };
      this.#byName.set(name, named);
    }
    return named;
  }
}

/**
 * A record as a parser makes it, holding its own name lookup. In a `WeakMap` keyed by the record (what other
 * records use), the lookup would keep the record alive through young-generation collections: V8's scavenger
 * treats the values of an old table as live (its keys are weak, but the lookup holds the record's fields), so every
 * record of a checked file was copied and promoted to the old generation, there to wait for a full collection.
 * The `.record` parser makes these, and only it: `fieldsToLookAt` (valueText.ts) reads their lines in that syntax.
 */
export class ParsedRecord implements StoredRecord {
  #lookup: FieldLookup | undefined;
  #memos: Map<object, unknown> | undefined;

  constructor(readonly index: number, readonly span: Span, readonly fields: readonly StoredField[]) {}

  get lookup(): FieldLookup {
    this.#lookup ??= new FieldsByName(this.fields);
    return this.#lookup;
  }

  /** See `memoizedForRecord`. */
  memo<T>(key: object, make: (record: CatalogRecord) => T): T {
    this.#memos ??= new Map();
    if (this.#memos.has(key)) return this.#memos.get(key) as T;
    const value = make(this);
    this.#memos.set(key, value);
    return value;
  }
}

/**
 * `cache.get(record)`, made by `make(record)` the first time: an answer about a record that several rules and
 * features ask for. A parsed record keeps the answer itself (`cache` is then only its key), so the record stays
 * collectable young (see `ParsedRecord`); `make` should be a module-level function for the same reason (see
 * `memoizedByName`).
 */
export function memoizedForRecord<T>(record: CatalogRecord, cache: WeakMap<CatalogRecord, T>, make: (record: CatalogRecord) => T): T {
  if (record instanceof ParsedRecord) return record.memo(cache, make);
  if (cache.has(record)) return cache.get(record) as T;
  const value = make(record);
  cache.set(record, value);
  return value;
}

const lookups = new WeakMap<CatalogRecord, FieldLookup>();

/** The record's lookup, built on the first question. */
function lookupOf(record: CatalogRecord): FieldLookup {
  if (record instanceof ParsedRecord) return record.lookup;
  let lookup = lookups.get(record);
  if (!lookup) {
    const shift = shifts.get(record);
    lookup = shift ? new ShiftedFieldsByName(shift) : new FieldsByName(record.fields);
    lookups.set(record, lookup);
  }
  return lookup;
}

const positionsCache = new WeakMap<CatalogRecord, Map<string, number[]>>();

function positionsByName(record: CatalogRecord): Map<string, number[]> {
  let positions = positionsCache.get(record);
  if (!positions) {
    positions = new Map();
    record.fields.forEach((field, i) => {
      const list = positions!.get(field.name);
      if (list) list.push(i);
      else positions!.set(field.name, [i]);
    });
    positionsCache.set(record, positions);
  }
  return positions;
}

/** The fields called `name`, in document order (a new list when there is one). */
export function fieldsNamed(record: CatalogRecord, name: string): readonly Field[] {
  return lookupOf(record).fields(name);
}

export function firstField(record: CatalogRecord, name: string): Field | undefined {
  return lookupOf(record).first(name);
}

/** Every value of every field called `name`, in document order. */
export function valuesOf(record: CatalogRecord, name: string): readonly FieldValue[] {
  return lookupOf(record).values(name);
}

export function firstValue(record: CatalogRecord, name: string): FieldValue | undefined {
  return valuesOf(record, name)[0];
}

/**
 * The source of `length` characters at `start` of the value's text. A JSON or XML literal may hold quotes and
 * escapes (`\"`, `&amp;`), so its offsets are not the text's: there it is the whole literal.
 */
export function spanInValue(value: FieldValue, start: number, length: number): Span {
  if (value.layout === 'structured') return value.span;
  return { start: value.span.start + start, end: value.span.start + start + length };
}
