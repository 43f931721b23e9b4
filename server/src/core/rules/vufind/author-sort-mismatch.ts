import { sortKeyMismatchRule } from '../sortKeyMismatch';

export const rule = sortKeyMismatchRule({
  id: 'vufind/author-sort-mismatch',
  field: 'author_sort',
  defaultSeverity: 'warning',
  description: 'author_sort differs from the value VuFind computes from the first author, so the record sorts out of place.',
  source: { marc: 'the first author field in fullrecord', xslt: 'the first author' },
  fields: ['author_sort', 'author'],
});
