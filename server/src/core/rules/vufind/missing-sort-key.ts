import { firstField, firstValue } from '../../model/record';
import { explainSortKeys } from '../../sortKeys/explain';
import type { Rule } from '../rule';

/** The new line goes after the first of these fields the record has (staff views sort title_sort after them). */
const anchorFields = ['title_short', 'title'];

export const rule: Rule = {
  id: 'vufind/missing-sort-key',
  defaultSeverity: 'info',
  description: 'The record has a title but no title_sort, so VuFind sorts it as if it had no title.',
  checkRecord(record, context) {
    const title = firstField(record, 'title');
    if (!title || firstValue(record, 'title_sort')) return;
    const expected = explainSortKeys(record).title_sort?.expected;
    if (expected === undefined) return;
    const anchor = anchorFields.map((name) => firstField(record, name)).find((field) => field !== undefined) ?? title;
    context.report({
      span: title.nameSpan,
      message: `The record has a title but no title_sort; VuFind would index "${expected}".`,
      // Relative to the reported span: a record's findings are reused when an edit above it moves it.
      data: { expected, afterFromSpan: anchor.fullSpan.end - title.nameSpan.start },
    });
  },
  fix({ span, data, document }) {
    const expected = data['expected'] as string;
    const after = span.start + (data['afterFromSpan'] as number);
    return [{ title: `Add title_sort "${expected}"`, safe: true, preferred: true, changes: [document.syntax.insertField(after, 'title_sort', [expected])] }];
  },
};
