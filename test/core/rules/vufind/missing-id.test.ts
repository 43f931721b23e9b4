import { describe } from 'vitest';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';
import { rule } from '../../../../server/src/core/rules/vufind/missing-id';

describe('vufind/missing-id', () => {
  ruleTester(rule, {
    valid: [lines('id a', 'title T'), lines('title T', 'id a'), ''],
    invalid: [
      { code: lines('⟦title⟧ T', 'author A'), messages: ['This record has no "id"'] },
      { code: lines('id a', '', '⟦title⟧ U', 'id  ') },
    ],
  });
});
