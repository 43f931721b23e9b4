import type { Span } from './span';

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

const noFields: readonly Field[] = [];
const noValues: readonly FieldValue[] = [];

/** The record's fields and values by name, built on the first lookup: rules ask a record for dozens of names. */
const byName = new WeakMap<CatalogRecord, Map<string, { fields: Field[]; values: FieldValue[] }>>();

function entriesOf(record: CatalogRecord): Map<string, { fields: Field[]; values: FieldValue[] }> {
  let entries = byName.get(record);
  if (!entries) {
    entries = new Map();
    for (const field of record.fields) {
      const entry = entries.get(field.name);
      if (entry) {
        entry.fields.push(field);
        entry.values.push(...field.values);
      } else {
        entries.set(field.name, { fields: [field], values: [...field.values] });
      }
    }
    byName.set(record, entries);
  }
  return entries;
}

export function fieldsNamed(record: CatalogRecord, name: string): readonly Field[] {
  return entriesOf(record).get(name)?.fields ?? noFields;
}

export function firstField(record: CatalogRecord, name: string): Field | undefined {
  return entriesOf(record).get(name)?.fields[0];
}

/** Every value of every field called `name`, in document order. */
export function valuesOf(record: CatalogRecord, name: string): readonly FieldValue[] {
  return entriesOf(record).get(name)?.values ?? noValues;
}

export function firstValue(record: CatalogRecord, name: string): FieldValue | undefined {
  return valuesOf(record, name)[0];
}
