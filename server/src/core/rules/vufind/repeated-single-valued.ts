import { firstField } from '../../model/record';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'vufind/repeated-single-valued',
  defaultSeverity: 'error',
  description: 'A second value for a field the schema declares single-valued; Solr rejects the document.',
  checkRecord(record, context) {
    for (const field of record.fields) {
      const definition = context.schema.resolve(field.name);
      if (!definition || definition.multiValued) continue;
      // Every value after the field's first one, and every value of a second field with this name. Asking the record
      // for the first field of the name rather than keeping a set of the names seen: the record has its lookup anyway.
      const firstRepeated = firstField(record, field.name) === field ? 1 : 0;
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
