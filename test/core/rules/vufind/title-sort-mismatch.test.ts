import { describe } from 'vitest';
import { rule } from '../../../../server/src/core/rules/vufind/title-sort-mismatch';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';

describe('vufind/title-sort-mismatch', () => {
  ruleTester(rule, {
    valid: [
      lines('title Back to Basics: Facilitating the Recognition of Micro-Credentials in Ontario PSE',
        'title_sort back to basics facilitating the recognition of micro credentials in ontario pse'),
      lines('title The Hobbit', 'title_sort hobbit'),
      lines('title An Étude', 'title_sort etude'),
      // No title_sort: vufind/missing-sort-key's business, not this rule's.
      'title The Hobbit',
      // MARC records are sorted by 245 in fullrecord, not by the title field.
      lines('record_format marc', 'title The Hobbit', 'title_sort the hobbit'),
    ],
    invalid: [
      {
        code: lines('title The Hobbit', 'title_sort ⟦the hobbit⟧'),
        messages: ['title_sort is "the hobbit", but VuFind computes "hobbit"'],
        output: lines('title The Hobbit', 'title_sort hobbit'),
      },
      {
        code: lines('title Back to Basics: Facilitating the Recognition of Micro-Credentials in Ontario PSE',
          'title_sort ⟦Back to Basics⟧'),
        output: lines('title Back to Basics: Facilitating the Recognition of Micro-Credentials in Ontario PSE',
          'title_sort back to basics facilitating the recognition of micro credentials in ontario pse'),
      },
      {
        code: 'title_sort ⟦x⟧\r\ntitle Ça va\r\n',
        output: 'title_sort ca va\r\ntitle Ça va\r\n',
      },
    ],
  });
});
