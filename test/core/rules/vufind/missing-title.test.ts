import { describe } from 'vitest';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';
import { rule } from '../../../../server/src/core/rules/vufind/missing-title';

describe('vufind/missing-title', () => {
  ruleTester(rule, {
    valid: [lines('id a', 'title T'), lines('id a', 'title_short S', 'title T')],
    invalid: [
      { code: lines('⟦id⟧ a', 'title_short S'), messages: ['This record has no "title": VuFind shows "Title not available"'] },
    ],
  });
});
