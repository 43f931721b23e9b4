import { firstValue } from '../../model/record';
import { titleSortXslt } from '../../normalize/titleSort';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'vufind/title-sort-mismatch',
  defaultSeverity: 'warning',
  description: 'title_sort differs from the value VuFind computes from the title, so the record sorts out of place.',
  fields: ['title_sort', 'title'],
  checkRecord(record, context) {
    const title = firstValue(record, 'title');
    const sortKey = firstValue(record, 'title_sort');
    if (!title || !sortKey) return;
    // MARC records get their sort key from 245 in fullrecord, not from the title field.
    if (firstValue(record, 'record_format')?.text === 'marc') return;
    const expected = titleSortXslt(title.text);
    if (sortKey.text === expected) return;
    context.report({
      span: sortKey.span,
      message: `title_sort is "${sortKey.text}", but VuFind computes "${expected}" from the title.`,
      data: { expected },
    });
  },
  fix({ span, data, document }) {
    const expected = data['expected'] as string;
    return [{ title: `Replace with "${expected}"`, safe: true, preferred: true, changes: [{ span, newText: document.syntax.encodeValue(expected) }] }];
  },
};
