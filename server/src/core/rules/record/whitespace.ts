import { fieldsToLookAt, valueMayNeedWhitespaceNormalizing } from '../../model/valueText';
import { describeWhitespaceIssues, normalizeWhitespace } from '../../normalize/whitespace';
import { verbatimFields } from '../../schema/verbatimFields';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'record/whitespace',
  defaultSeverity: 'warning',
  description: 'Leading, trailing or doubled spaces, tabs, no-break spaces or control characters inside a value.',
  checkRecord(record, context) {
    for (const field of fieldsToLookAt(record)) {
      if (verbatimFields.has(field.name)) continue;
      for (const value of field.values) {
        if (!valueMayNeedWhitespaceNormalizing(value)) continue;
        const text = value.text;
        if (text.trim() === '') continue; // record/empty-value reports these
        const expected = normalizeWhitespace(text);
        if (expected === text) continue;
        context.report({
          span: value.span,
          message: `The value of "${field.name}" has ${describeWhitespaceIssues(text).join(', ')}.`,
          data: { expected },
        });
      }
    }
  },
  fix({ span, data, document }) {
    const expected = data['expected'] as string;
    return [{ title: 'Normalize whitespace', safe: true, preferred: true, changes: [{ span, newText: document.syntax.encodeValue(expected) }] }];
  },
};
