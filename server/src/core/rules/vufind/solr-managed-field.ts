import { type CatalogRecord, type FieldPositions, byFieldPosition } from '../../model/record';
import { recordAt } from '../../model/document';
import { answersByName, memoizedInMap } from '../../memo';
import type { Schema } from '../../schema/schema';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'vufind/solr-managed-field',
  defaultSeverity: 'info',
  description: 'A field Solr fills itself (_version_ and copyField destinations); sending it back doubles it or makes Solr reject the record.',
  checkRecord(record, context) {
    const managed = byFieldPosition(record, managedFieldsBySchema, context.schema, managedFields);
    if (managed.fields.length === 0) return;
    // One `data` for all the record's findings: most records carry several managed fields.
    const data = { fields: managed.names };
    for (const { position, message } of managed.fields) context.report({ span: record.fields[position]!.nameSpan, message, data });
  },
  fix({ span, data, document }) {
    const record = recordAt(document, span.start);
    const field = record && fieldAt(record, span.start);
    if (!field) return [];
    const names = new Set((data['fields'] as string[] | undefined) ?? [field.name]);
    const all = record.fields.filter((candidate) => names.has(candidate.name));
    return [
      { title: `Remove "${field.name}"`, safe: false, preferred: true, changes: document.syntax.removeFields([field]) },
      { title: 'Remove all Solr-managed fields of this record', safe: false, changes: document.syntax.removeFields(all) },
    ];
  },
};

function fieldAt(record: CatalogRecord, offset: number) {
  return record.fields.find((field) => offset >= field.nameSpan.start && offset <= field.nameSpan.end);
}

/**
 * The message depends on the name and the schema only; `null` for a name Solr does not manage. Made once per name,
 * read once per sequence of names (`managedFields`).
 */
const messagesBySchema = new WeakMap<Schema, Map<string, string | null>>();

interface ManagedFields {
  /** Each managed field's position in the record, with its message. */
  readonly fields: ReadonlyArray<{ position: number; message: string }>;
  /** Their names, in order: what the fix removes (`data.fields`). */
  readonly names: readonly string[];
}

/** A record's Solr-managed fields: the same for every record listing the same names. */
const managedFieldsBySchema = new WeakMap<Schema, WeakMap<FieldPositions, ManagedFields>>();

function managedFields(schema: Schema, names: readonly string[]): ManagedFields {
  const messages = answersByName(messagesBySchema, schema);
  const fields: Array<{ position: number; message: string }> = [];
  names.forEach((name, position) => {
    const message = memoizedInMap(messages, schema, name, messageOf);
    if (message !== null) fields.push({ position, message });
  });
  return { fields, names: fields.map(({ position }) => names[position]!) };
}

function messageOf(schema: Schema, name: string): string | null {
  if (!schema.managedFields.has(name)) return null;
  return `"${name}" is written by Solr, ${describeOrigin(name, schema.copySourceNamesOf(name))}. ${consequence(name, schema.isMultiValued(name))}`;
}

function describeOrigin(name: string, sources: readonly string[]): string {
  if (name === '_version_') return 'which stamps every update with a new version';
  return `which copies it from ${sources.join(', ')} (copyField)`;
}

function consequence(name: string, multiValued: boolean): string {
  if (name === '_version_') {
    return 'Posted back, it turns on optimistic concurrency: the update fails with HTTP 409 once the stored document has changed.';
  }
  return multiValued
    ? 'Posted back as it is, Solr copies the sources again and the values appear twice.'
    : 'Posted back as it is, Solr adds the copy to this value and rejects the document (multiple values in a single-valued field).';
}
