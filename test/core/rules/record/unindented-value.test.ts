import { describe } from 'vitest';
import { rule } from '../../../../server/src/core/rules/record/unindented-value';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';

describe('record/unindented-value', () => {
  ruleTester(rule, {
    valid: [
      lines('spellingShingle Roger Pizarro Milian', '  Back to Basics'),
      lines('topic A', 'title T'),
      lines('title A', 'Back to basics'),
    ],
    invalid: [
      {
        code: lines('spellingShingle Roger Pizarro Milian', '⟦Back to Basics: Facilitating⟧', '⟦Journal of Innovation⟧', 'title T'),
        messages: ['"Back to Basics: Facilitating" is read as one more value of "spellingShingle"'],
        output: lines('spellingShingle Roger Pizarro Milian', '  Back to Basics: Facilitating', 'Journal of Innovation', 'title T'),
      },
      { code: 'topic A\r\n⟦Second topic⟧\r\n', output: 'topic A\r\n  Second topic\r\n' },
      { code: lines('work_keys_str_mv AT a b', '⟦AT c d⟧'), output: lines('work_keys_str_mv AT a b', '  AT c d') },
    ],
  });
});
