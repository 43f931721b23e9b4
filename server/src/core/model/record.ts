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

export function fieldsNamed(record: CatalogRecord, name: string): Field[] {
  return record.fields.filter((field) => field.name === name);
}

export function firstField(record: CatalogRecord, name: string): Field | undefined {
  return record.fields.find((field) => field.name === name);
}

/** Every value of every field called `name`, in document order. */
export function valuesOf(record: CatalogRecord, name: string): FieldValue[] {
  return fieldsNamed(record, name).flatMap((field) => field.values);
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
