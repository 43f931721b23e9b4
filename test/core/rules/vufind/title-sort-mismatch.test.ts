import { describe } from 'vitest';
import { rule } from '../../../../server/src/core/rules/vufind/title-sort-mismatch';
import { marcRecordLines } from '../../../helpers/marc';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';

const theTest = marcRecordLines('001 a1', '100 1  $aBryant, Dorothy,$d1930-', '245 14 $aThe test /$cDorothy Bryant.');

describe('vufind/title-sort-mismatch', () => {
  ruleTester(rule, {
    valid: [
      lines('title Back to Basics: Facilitating the Recognition of Micro-Credentials in Ontario PSE',
        'title_sort back to basics facilitating the recognition of micro credentials in ontario pse'),
      lines('title The Hobbit', 'title_sort hobbit'),
      lines('title An Étude', 'title_sort etude'),
      // No title_sort: vufind/missing-sort-key's business, not this rule's.
      'title The Hobbit',
      // MARC records are sorted by 245 in fullrecord (non-filing indicator 4), not by the title field.
      lines(...theTest, 'title The test /', 'title_sort test'),
      // A MARC record whose fullrecord cannot be decoded falls back to the title, as for XSLT records.
      lines('record_format marc', 'fullrecord garbage', 'title The Hobbit', 'title_sort hobbit'),
    ],
    invalid: [
      {
        code: lines('title The Hobbit', 'title_sort ⟦the hobbit⟧'),
        messages: ['title_sort is "the hobbit", but VuFind computes "hobbit" from the title'],
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
      {
        // The XSLT rule would strip "the"; SolrMarc keeps it because the indicator says 0 non-filing characters.
        code: lines(...marcRecordLines('245 10 $aThe test'), 'title The test', 'title_sort ⟦test⟧'),
        messages: ['VuFind computes "the test" from 245 in fullrecord'],
        output: lines(...marcRecordLines('245 10 $aThe test'), 'title The test', 'title_sort the test'),
      },
    ],
  });
});
