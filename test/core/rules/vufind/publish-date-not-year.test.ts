import { describe } from 'vitest';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';
import { rule } from '../../../../server/src/core/rules/vufind/publish-date-not-year';

describe('vufind/publish-date-not-year', () => {
  ruleTester(rule, {
    valid: ['publishDate 2021', lines('publishDate 1999', '  2001'), 'publishDateSort 2021', 'dateSpan 1999-2001'],
    invalid: [
      { code: 'publishDate ⟦2021-07-01⟧', messages: ['publishDate "2021-07-01" is not a year (YYYY)'], output: 'publishDate 2021' },
      { code: 'publishDateSort ⟦c1999.⟧', output: 'publishDateSort 1999' },
      { code: 'publishDate ⟦n.d.⟧', output: null },
    ],
  });
});
