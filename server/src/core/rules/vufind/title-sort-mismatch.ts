import { firstValue } from '../../model/record';
import { explainSortKeys } from '../../sortKeys/explain';
import type { Rule } from '../rule';

/** Where each computation path takes the title from, for messages. */
const titleSource = { marc: '245 in fullrecord', xslt: 'the title' } as const;

export const rule: Rule = {
  id: 'vufind/title-sort-mismatch',
  defaultSeverity: 'warning',
  description: 'title_sort differs from the value VuFind computes from the title, so the record sorts out of place.',
  fields: ['title_sort', 'title'],
  checkRecord(record, context) {
    const sortKey = firstValue(record, 'title_sort');
    if (!sortKey) return;
    const explanation = explainSortKeys(record).title_sort;
    if (!explanation || sortKey.text === explanation.expected) return;
    const expected = explanation.expected;
    context.report({
      span: sortKey.span,
      message: `title_sort is "${sortKey.text}", but VuFind computes "${expected}" from ${titleSource[explanation.path]}.`,
      data: { expected },
    });
  },
  fix({ span, data, document }) {
    const expected = data['expected'] as string;
    return [{ title: `Replace with "${expected}"`, safe: true, preferred: true, changes: [{ span, newText: document.syntax.encodeValue(expected) }] }];
  },
};
