import { remember } from '../memo';
import { type FieldPositions, fieldPositions } from '../model/record';
import type { Schema } from '../schema/schema';

/** A field name as the parser needs it: one string for all its occurrences, and what the schema says about it. */
export interface FieldName {
  readonly name: string;
  readonly known: boolean;
  readonly multiValued: boolean;
}

class RememberedName implements FieldName {
  /** The name that followed this one the last time it was read: records of a file list their fields in the same order. */
  next: RememberedName | undefined;

  constructor(readonly name: string, readonly known: boolean, readonly multiValued: boolean) {}
}

/** Beyond this many distinct sequences of names, a record's sequence is no longer remembered. */
const maxSequences = 20_000;

/**
 * The names of a record's fields so far, in order: a node of the tree of every sequence met (its parent is the
 * sequence without the last name). Records of a file list much the same names in the same order (the benchmark's
 * 100k records: 12 sequences), so the records of one sequence share its `FieldPositions` instead of each making a
 * map of its ~30 names.
 */
export class NameSequence {
  #children: Map<FieldName, NameSequence> | undefined;
  /** The child made or found last: the next record most likely takes the same way. */
  #lastChild: NameSequence | undefined;
  #positions: FieldPositions | undefined;

  constructor(readonly names: FieldNames, readonly parent: NameSequence | undefined, readonly last: FieldName | undefined) {}

  /** This sequence followed by `name`; undefined once too many sequences are remembered. */
  then(name: FieldName): NameSequence | undefined {
    if (this.#lastChild?.last === name) return this.#lastChild;
    let child = this.#children?.get(name);
    if (child === undefined) {
      if (!this.names.rememberSequence()) return undefined;
      child = new NameSequence(this.names, this, name);
      (this.#children ??= new Map()).set(name, child);
    }
    this.#lastChild = child;
    return child;
  }

  get positions(): FieldPositions {
    if (this.#positions === undefined) {
      const names: string[] = [];
      for (let sequence: NameSequence | undefined = this; sequence?.last !== undefined; sequence = sequence.parent) names.push(sequence.last.name);
      this.#positions = fieldPositions(names.reverse());
    }
    return this.#positions;
  }
}

/**
 * The field names met so far. Every record repeats the same few dozen names: a document that holds one string per
 * name instead of one per line is megabytes smaller, and a name with its hash cached makes the schema's lookups
 * cheap. A name is first guessed from the one before it (one comparison of characters), then looked up by a hash
 * of its characters.
 */
export class FieldNames {
  readonly #byHash = new Map<number, RememberedName>();
  /** The empty sequence: every record's names start here. */
  readonly noNames = new NameSequence(this, undefined, undefined);
  #sequences = 0;

  constructor(readonly schema: Schema) {}

  /** Counts one more sequence remembered; false once there are too many (a document of garbage). */
  rememberSequence(): boolean {
    if (this.#sequences >= maxSequences) return false;
    this.#sequences++;
    return true;
  }

  /** The name written at `[start, end)` of `text`, after a field called `previous` (undefined for the first). */
  at(text: string, start: number, end: number, previous: FieldName | undefined): FieldName {
    const guess = (previous as RememberedName | undefined)?.next;
    if (guess !== undefined && guess.name.length === end - start && text.startsWith(guess.name, start)) return guess;
    const name = this.#lookUp(text, start, end);
    if (previous instanceof RememberedName) previous.next = name;
    return name;
  }

  #lookUp(text: string, start: number, end: number): RememberedName {
    let hash = 0;
    for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
    const remembered = this.#byHash.get(hash);
    if (remembered !== undefined && remembered.name.length === end - start && text.startsWith(remembered.name, start)) return remembered;
    // A copy of its own: a slice would keep the whole text of the first document that used the name alive.
    const name = ` ${text.slice(start, end)}`.slice(1);
    const fieldName = new RememberedName(name, this.schema.isKnown(name), this.schema.isMultiValued(name));
    if (remembered === undefined) remember(this.#byHash, hash, fieldName);
    return fieldName;
  }
}

const namesBySchema = new WeakMap<Schema, FieldNames>();

/** The names of every document parsed with `schema`: chunks and versions of a document share one string per name. */
export function fieldNamesOf(schema: Schema): FieldNames {
  let names = namesBySchema.get(schema);
  if (!names) {
    names = new FieldNames(schema);
    namesBySchema.set(schema, names);
  }
  return names;
}
