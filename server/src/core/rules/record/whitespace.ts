import { describeWhitespaceIssues, mayNeedWhitespaceNormalizing, normalizeWhitespace } from '../../normalize/whitespace';
import { verbatimFields } from '../../schema/verbatimFields';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'record/whitespace',
  defaultSeverity: 'warning',
  description: 'Leading, trailing or doubled spaces, tabs, no-break spaces or control characters inside a value.',
  checkRecord(record, context) {
    for (const field of record.fields) {
      if (verbatimFields.has(field.name)) continue;
      for (const value of field.values) {
        if (!mayNeedWhitespaceNormalizing(value.text)) continue;
        if (value.text.trim() === '') continue; // record/empty-value reports these
        const expected = normalizeWhitespace(value.text);
        if (expected === value.text) continue;
        context.report({
          span: value.span,
          message: `The value of "${field.name}" has ${describeWhitespaceIssues(value.text).join(', ')}.`,
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
