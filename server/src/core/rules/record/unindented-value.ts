import { ParsedRecord } from '../../model/record';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'record/unindented-value',
  defaultSeverity: 'warning',
  description: 'A further value of a multi-valued field written at the start of a line, as a pasted staff view does.',
  checkRecord(record, context) {
    if (record instanceof ParsedRecord && !record.hasUnindentedValues) return;
    for (const field of record.fields) {
      for (const value of field.values) {
        if (value.layout !== 'unindented') continue;
        context.report({
          span: value.span,
          message: `"${preview(value.text)}" is read as one more value of "${field.name}" because its first word is no field name. Indent it to say so.`,
        });
      }
    }
  },
  fix({ span }) {
    // An unindented value starts its line, so indenting it means inserting at the start of the reported span.
    return [{ title: 'Indent the value', safe: true, preferred: true, changes: [{ span: { start: span.start, end: span.start }, newText: '  ' }] }];
  },
};

function preview(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
