import type { TextChange } from '../../model/document';
import { recordAt } from '../../model/document';
import { type FieldValue, fieldsNamed, valuesOf } from '../../model/record';
import { explainSortKeys } from '../../sortKeys/explain';
import type { Rule } from '../rule';

const fieldName = 'work_keys_str_mv';

/** What differs between the stored and the computed keys, in words. */
function describeDifference(found: readonly string[], expected: readonly string[]): string {
  const missing = expected.filter((key) => !found.includes(key));
  const extra = found.filter((key) => !expected.includes(key));
  const parts = [
    ...(missing.length > 0 ? [`missing ${missing.map((key) => `"${key}"`).join(', ')}`] : []),
    ...(extra.length > 0 ? [`not computed ${extra.map((key) => `"${key}"`).join(', ')}`] : []),
  ];
  if (parts.length > 0) return parts.join('; ');
  return found.length === expected.length ? 'the keys are in a different order' : 'some keys are repeated';
}

/** Whether the values' texts are `keys`, in order: compared without a list of the texts, as most records agree. */
function holdsExactly(values: readonly FieldValue[], keys: readonly string[]): boolean {
  if (values.length !== keys.length) return false;
  for (let index = 0; index < keys.length; index++) if (values[index]!.text !== keys[index]) return false;
  return true;
}

export const rule: Rule = {
  id: 'vufind/work-keys-mismatch',
  defaultSeverity: 'warning',
  description: 'work_keys_str_mv differs from the keys VuFind computes from title and authors, so "other versions" links break.',
  checkRecord(record, context) {
    const values = valuesOf(record, fieldName);
    const [first] = values;
    if (!first) return;
    const explanation = explainSortKeys(record).work_keys_str_mv;
    const expected = explanation.expected;
    if (holdsExactly(values, expected)) return;
    const found = values.map((value) => value.text);
    const span = { start: first.span.start, end: values.at(-1)!.span.end };
    if (!explanation.exact) {
      context.report({
        span,
        severity: 'info',
        message: `work_keys_str_mv cannot be checked exactly: the title or an author is in a non-Latin script, which VuFind romanizes with ICU (Any-Latin). Without romanization the keys would be ${expected.map((key) => `"${key}"`).join(', ') || 'none'}.`,
      });
      return;
    }
    context.report({
      span,
      message: `work_keys_str_mv differs from what VuFind computes: ${describeDifference(found, expected)}. Expected ${expected.map((key) => `"${key}"`).join(', ') || 'no keys'}.`,
      data: { expected },
    });
  },
  fix({ span, data, document }) {
    const expected = data['expected'];
    const record = recordAt(document, span.start);
    if (!Array.isArray(expected) || !record) return [];
    const [first, ...rest] = fieldsNamed(record, fieldName);
    if (!first) return [];
    const keys = expected.map(String);
    const changes: TextChange[] = keys.length === 0
      ? document.syntax.removeFields([first, ...rest])
      : [document.syntax.replaceValues(first, keys), ...document.syntax.removeFields(rest)];
    return [{ title: keys.length === 0 ? 'Remove the work keys' : 'Replace with the computed work keys', safe: true, preferred: true, changes }];
  },
};
