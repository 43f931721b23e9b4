import type { CatalogRecord } from '../../model/record';
import { recordAt } from '../../model/document';
import { answersByName, memoizedInMap } from '../../memo';
import type { Schema } from '../../schema/schema';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'vufind/solr-managed-field',
  defaultSeverity: 'info',
  description: 'A field Solr fills itself (_version_ and copyField destinations); sending it back doubles it or makes Solr reject the record.',
  checkRecord(record, context) {
    // One list for all the record's findings (most records carry several managed fields), filled as they are
    // reported and complete when this returns, before findings are read: one pass over the fields, and nothing made
    // for a record without them.
    let data: { fields: string[] } | undefined;
    const messages = answersByName(messagesBySchema, context.schema);
    for (const field of record.fields) {
      const message = memoizedInMap(messages, context.schema, field.name, messageOf);
      if (message === null) continue;
      data ??= { fields: [] };
      data.fields.push(field.name);
      context.report({ span: field.nameSpan, message, data });
    }
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
 * The message depends on the name and the schema only, and the same few names come back in every record (six in
 * most records): the schema's messages are looked up once per record. `null` for a name Solr does not manage: one
 * lookup per field rather than the schema's set and then the message. The map's keys are the parser's strings, which
 * it keeps one of per name, so a lookup finds its key by identity; the schema's set holds other strings of the same
 * text, which each lookup compares.
 */
const messagesBySchema = new WeakMap<Schema, Map<string, string | null>>();

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
