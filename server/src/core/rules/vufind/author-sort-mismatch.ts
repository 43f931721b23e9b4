import { firstValue } from '../../model/record';
import { explainSortKeys } from '../../sortKeys/explain';
import type { Rule } from '../rule';

const authorSource = { marc: 'the first author field in fullrecord', xslt: 'the first author' } as const;

export const rule: Rule = {
  id: 'vufind/author-sort-mismatch',
  defaultSeverity: 'warning',
  description: 'author_sort differs from the value VuFind computes from the first author, so the record sorts out of place.',
  checkRecord(record, context) {
    const sortKey = firstValue(record, 'author_sort');
    if (!sortKey) return;
    const explanation = explainSortKeys(record).author_sort;
    if (!explanation || sortKey.text === explanation.expected) return;
    const expected = explanation.expected;
    context.report({
      span: sortKey.span,
      message: `author_sort is "${sortKey.text}", but VuFind computes "${expected}" from ${authorSource[explanation.path]}.`,
      data: { expected },
    });
  },
  fix({ span, data, document }) {
    const expected = data['expected'] as string;
    return [{ title: `Replace with "${expected}"`, safe: true, preferred: true, changes: [{ span, newText: document.syntax.encodeValue(expected) }] }];
  },
};
