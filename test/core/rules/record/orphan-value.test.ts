import { describe } from 'vitest';
import { rule } from '../../../../server/src/core/rules/record/orphan-value';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';

describe('record/orphan-value', () => {
  ruleTester(rule, {
    valid: [lines('topic A', '  B', '+ c'), lines('# comment', 'id 1')],
    invalid: [
      { code: lines('⟦  indented first⟧', 'id 1'), messages: ['has no field above it'], output: null },
      { code: lines('id 1', '', '⟦+ continued⟧', 'id 2'), messages: ['continues no value'] },
      { code: lines('⟦\tx⟧', '⟦+ y⟧'), messages: ['has no field above it', 'continues no value'] },
    ],
  });
});
