import type { Schema } from '../schema/schema';

/** A field name as the parser needs it: one string for all its occurrences, and what the schema says about it. */
export interface FieldName {
  readonly name: string;
  readonly known: boolean;
  readonly multiValued: boolean;
}

/** Beyond this many distinct names (a document of garbage), new names are no longer remembered. */
const maxRemembered = 10_000;

/**
 * The field names met so far, by a hash of their characters. Every record repeats the same few dozen names: a
 * document that holds one string per name instead of one per line is megabytes smaller, and a name with its
 * hash cached makes the schema's lookups cheap.
 */
export class FieldNames {
  readonly #byHash = new Map<number, FieldName>();

  constructor(readonly schema: Schema) {}

  /** The name written at `[start, end)` of `text`; `hash` is `nameHash` over those characters. */
  at(text: string, start: number, end: number, hash: number): FieldName {
    const remembered = this.#byHash.get(hash);
    if (remembered !== undefined && remembered.name.length === end - start && text.startsWith(remembered.name, start)) return remembered;
    // A copy of its own: a slice would keep the whole text of the first document that used the name alive.
    const name = ` ${text.slice(start, end)}`.slice(1);
    const fieldName: FieldName = { name, known: this.schema.isKnown(name), multiValued: this.schema.isMultiValued(name) };
    if (remembered === undefined && this.#byHash.size < maxRemembered) this.#byHash.set(hash, fieldName);
    return fieldName;
  }
}

/** The hash `FieldNames.at` expects, one character at a time: `hash = nameHash(hash, code)` from 0. */
export function nameHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
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
