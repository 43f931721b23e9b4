import { describe } from 'vitest';
import { rule } from '../../../../server/src/core/rules/vufind/missing-sort-key';
import { marcRecordLines } from '../../../helpers/marc';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';

describe('vufind/missing-sort-key', () => {
  ruleTester(rule, {
    valid: [
      lines('title The Hobbit', 'title_sort hobbit'),
      // A wrong key is vufind/title-sort-mismatch's business.
      lines('title The Hobbit', 'title_sort the hobbit'),
      'author Nobody',
    ],
    invalid: [
      {
        code: lines('⟦title⟧ The Hobbit', 'title_short The Hobbit', 'url https://example.org/'),
        messages: ['no title_sort; VuFind would index "hobbit"'],
        output: lines('title The Hobbit', 'title_short The Hobbit', 'title_sort hobbit', 'url https://example.org/'),
      },
      {
        // Last line without a line break: the new line still gets a line of its own.
        code: 'id x\r\n⟦title⟧ The Hobbit',
        output: 'id x\r\ntitle The Hobbit\r\ntitle_sort hobbit',
      },
      {
        code: lines(...marcRecordLines('245 14 $aThe test /'), '⟦title⟧ The test /', ''),
        output: lines(...marcRecordLines('245 14 $aThe test /'), 'title The test /', 'title_sort test', ''),
      },
    ],
  });
});
