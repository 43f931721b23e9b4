import { locateField, locateValue } from '../../model/document';
import { fieldsToLookAt, isBlankValue } from '../../model/valueText';
import { alignedFields } from '../../schema/alignedFields';
import type { Rule } from '../rule';

/** A set: `in` on the table object is slower for the parser's name strings, asked for every field. */
const alignedFieldNames = new Set(Object.keys(alignedFields));

export const rule: Rule = {
  id: 'record/empty-value',
  defaultSeverity: 'warning',
  description: 'A field or value with no text: Solr indexes an empty string.',
  checkRecord(record, context) {
    for (const field of fieldsToLookAt(record)) {
      if (alignedFieldNames.has(field.name)) continue;
      for (let valueIndex = 0; valueIndex < field.values.length; valueIndex++) {
        const value = field.values[valueIndex]!;
        if (!isBlankValue(value)) continue;
        // A bare name has nothing to underline but the name itself.
        const bare = value.span.start === value.span.end;
        context.report({
          span: bare ? field.nameSpan : value.span,
          message: `"${field.name}" has an empty value.`,
          data: { onName: bare, valueIndex },
        });
      }
    }
  },
  fix({ span, data, document }) {
    const located = data['onName']
      ? withIndex(locateField(document, span.start), data['valueIndex'] as number)
      : locateValue(document, span.start);
    if (!located) return [];
    const { field, valueIndex } = located;
    const changes = field.values.length === 1 ? document.syntax.removeFields([field]) : [document.syntax.removeValue(field, valueIndex)];
    return [{ title: 'Delete the empty value', safe: true, preferred: true, changes }];
  },
};

function withIndex<T>(located: T | undefined, valueIndex: number): (T & { valueIndex: number }) | undefined {
  return located ? { ...located, valueIndex } : undefined;
}
