import { type FieldPositions, byFieldPosition } from '../../model/record';
import type { Schema } from '../../schema/schema';
import type { Rule } from '../rule';

/**
 * The fields of a record (by position) the schema declares single-valued, each with the index of its first value too
 * many: every value after the first of the name's first field, every value of a later field with the name. The same
 * for every record listing the same names.
 */
const singleValuedBySchema = new WeakMap<Schema, WeakMap<FieldPositions, ReadonlyArray<{ position: number; firstRepeated: number }>>>();

function singleValuedFields(schema: Schema, names: readonly string[]): Array<{ position: number; firstRepeated: number }> {
  const fields: Array<{ position: number; firstRepeated: number }> = [];
  const seen = new Set<string>();
  names.forEach((name, position) => {
    const definition = schema.resolve(name);
    if (!definition || definition.multiValued) return;
    fields.push({ position, firstRepeated: seen.has(name) ? 0 : 1 });
    seen.add(name);
  });
  return fields;
}

export const rule: Rule = {
  id: 'vufind/repeated-single-valued',
  defaultSeverity: 'error',
  description: 'A second value for a field the schema declares single-valued; Solr rejects the document.',
  checkRecord(record, context) {
    for (const { position, firstRepeated } of byFieldPosition(record, singleValuedBySchema, context.schema, singleValuedFields)) {
      const field = record.fields[position]!;
      for (let index = firstRepeated; index < field.values.length; index++) {
        const value = field.values[index]!;
        context.report({
          span: value.span.end > value.span.start ? value.span : field.nameSpan,
          message: `"${field.name}" takes one value, but this record gives it more: Solr rejects the document ("multiple values encountered for non multiValued field ${field.name}").`,
        });
      }
    }
  },
};
