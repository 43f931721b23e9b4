import type { CatalogRecord } from '../model/record';
import type { Schema } from '../schema/schema';

/** A field of a Solr document with all its values, fields merged by name in order of first appearance. */
export interface DocumentField {
  readonly name: string;
  readonly values: readonly string[];
}

/** The record as Solr sees it: a field named twice is one field with both values. */
export function documentFields(record: CatalogRecord): DocumentField[] {
  const byName = new Map<string, string[]>();
  for (const field of record.fields) {
    const values = byName.get(field.name) ?? [];
    values.push(...field.values.map((value) => value.text));
    byName.set(field.name, values);
  }
  return [...byName].map(([name, values]) => ({ name, values }));
}

const numericTypes = new Set(['long']);
const jsonNumber = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/** A value as JSON source: numbers and booleans of numeric/boolean fields stay literals (digits kept exactly). */
export function jsonValue(schema: Schema, name: string, value: string): string {
  const type = schema.resolve(name)?.type;
  if (type && numericTypes.has(type) && jsonNumber.test(value)) return value;
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value;
  return JSON.stringify(value);
}
