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
 * Where each name's fields are in a record's field list: the position of a name's field, or the positions of a name
 * written on several. It depends only on the names in order, so the `.record` parser shares one among all records
 * that list the same names (`parse/fieldNames.ts`).
 */
export type FieldPositions = ReadonlyMap<string, number | readonly number[]>;

/** The positions of `names`, in order. */
export function fieldPositions(names: Iterable<string>): FieldPositions {
  const positions = new Map<string, number | number[]>();
  let position = 0;
  for (const name of names) {
    const known = positions.get(name);
    if (known === undefined) positions.set(name, position);
    else if (typeof known === 'number') positions.set(name, [known, position]);
    else known.push(position);
    position++;
  }
  return positions;
}

/**
 * A record's fields by name, from their positions. A name on one field (the common case) answers with that field
 * and its own list of values; the lists of a name on several fields are made when first asked for.
 */
class FieldsByName implements FieldLookup {
  #several: Map<string, NamedFields> | undefined;

  constructor(readonly allFields: readonly Field[], readonly positions: FieldPositions) {}

  fields(name: string): readonly Field[] {
    const at = this.positions.get(name);
    if (at === undefined) return noFields.fields;
    return typeof at === 'number' ? [this.allFields[at]!] : this.#named(name, at).fields;
  }

  first(name: string): Field | undefined {
    const at = this.positions.get(name);
    if (at === undefined) return undefined;
    return this.allFields[typeof at === 'number' ? at : at[0]!];
  }

  values(name: string): readonly FieldValue[] {
    const at = this.positions.get(name);
    if (at === undefined) return noFields.values;
    return typeof at === 'number' ? this.allFields[at]!.values : this.#named(name, at).values;
  }

  #named(name: string, positions: readonly number[]): NamedFields {
    this.#several ??= new Map();
    let named = this.#several.get(name);
    if (!named) {
      const fields = positions.map((position) => this.allFields[position]!);
      named = { fields, values: fields.flatMap((field) => field.values) };
      this.#several.set(name, named);
    }
    return named;
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
      const at = positionsByName(this.shift.origin).get(name) ?? [];
      const fields = (typeof at === 'number' ? [at] : at).map(this.shift.fieldAt);
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
  #firstMemoKey: object | undefined;
  #firstMemo: unknown;
  #memos: Map<object, unknown> | undefined;

  readonly #positions: FieldPositions | undefined;
  readonly #hasUnindentedValues: boolean;

  /**
   * `positions`: where the fields' names are (shared with other records); made from the fields when not given.
   * `hasUnindentedValues`: whether a value is written unindented (a staff-view paste), which the parser knows as it
   * reads them: record/unindented-value then need not read every value's layout.
   */
  constructor(readonly index: number, readonly span: Span, readonly fields: readonly StoredField[], positions?: FieldPositions,
    hasUnindentedValues = true) {
    this.#positions = positions;
    this.#hasUnindentedValues = hasUnindentedValues;
  }

  /** False only when no value of the record is written unindented (see the constructor). */
  get hasUnindentedValues(): boolean {
    return this.#hasUnindentedValues;
  }

  /** The positions the parser gave (not part of the record's data: a record made otherwise has none). */
  get positions(): FieldPositions | undefined {
    return this.#positions;
  }

  get lookup(): FieldLookup {
    this.#lookup ??= new FieldsByName(this.fields, this.#positions ?? positionsOfFields(this.fields));
    return this.#lookup;
  }

  /** See `memoizedForRecord`. The first answer has a place of its own: most records are asked one thing (a map each was most of a record's memo cost). */
  memo<T>(key: object, make: (record: CatalogRecord) => T): T {
    if (this.#firstMemoKey === key) return this.#firstMemo as T;
    if (this.#memos?.has(key)) return this.#memos.get(key) as T;
    const value = make(this);
    if (this.#firstMemoKey === undefined) {
      this.#firstMemoKey = key;
      this.#firstMemo = value;
    } else {
      (this.#memos ??= new Map()).set(key, value);
    }
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

/**
 * `make(owner, names)` for the names of the record's fields in order, read by field position: answers about each
 * field's name (what a schema says of it) that a rule wants for every field of every record. Records the parser
 * gave the same sequence of names share one answer (made once per sequence, not looked up name by name per record);
 * other records get theirs made anew. `cache` holds the answers per owner (a schema); `make` should be a
 * module-level function (see `memoizedByName`).
 */
export function byFieldPosition<Owner extends object, T>(record: CatalogRecord, cache: WeakMap<Owner, WeakMap<FieldPositions, T>>,
  owner: Owner, make: (owner: Owner, names: readonly string[]) => T): T {
  const positions = record instanceof ParsedRecord ? record.positions : undefined;
  if (positions === undefined) return make(owner, record.fields.map((field) => field.name));
  let bySequence = cache.get(owner);
  if (bySequence === undefined) {
    bySequence = new WeakMap();
    cache.set(owner, bySequence);
  }
  let answer = bySequence.get(positions);
  if (answer === undefined) {
    answer = make(owner, record.fields.map((field) => field.name));
    bySequence.set(positions, answer);
  }
  return answer;
}

const lookups = new WeakMap<CatalogRecord, FieldLookup>();

/** The record's lookup, built on the first question. */
function lookupOf(record: CatalogRecord): FieldLookup {
  if (record instanceof ParsedRecord) return record.lookup;
  let lookup = lookups.get(record);
  if (!lookup) {
    const shift = shifts.get(record);
    lookup = shift ? new ShiftedFieldsByName(shift) : new FieldsByName(record.fields, positionsOfFields(record.fields));
    lookups.set(record, lookup);
  }
  return lookup;
}

function positionsOfFields(fields: readonly Field[]): FieldPositions {
  return fieldPositions(fields.map((field) => field.name));
}

const positionsCache = new WeakMap<CatalogRecord, FieldPositions>();

function positionsByName(record: CatalogRecord): FieldPositions {
  let positions = positionsCache.get(record);
  if (!positions) {
    positions = record instanceof ParsedRecord && record.positions ? record.positions : positionsOfFields(record.fields);
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
