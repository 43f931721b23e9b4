import { sortKeyMismatchRule } from '../sortKeyMismatch';

export const rule = sortKeyMismatchRule({
  id: 'vufind/title-sort-mismatch',
  field: 'title_sort',
  defaultSeverity: 'warning',
  description: 'title_sort differs from the value VuFind computes from the title, so the record sorts out of place.',
  source: { marc: '245 in fullrecord', xslt: 'the title' },
  fields: ['title_sort', 'title'],
});
