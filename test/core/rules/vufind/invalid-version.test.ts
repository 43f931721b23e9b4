import { describe } from 'vitest';
import { ruleTester } from '../../../helpers/ruleTester';
import { rule } from '../../../../server/src/core/rules/vufind/invalid-version';

describe('vufind/invalid-version', () => {
  ruleTester(rule, {
    // Above 2^53: only exact integer arithmetic (BigInt) keeps these apart.
    valid: ['_version_ 1849690312389165056', '_version_ 9223372036854775807', '_version_ 1'],
    invalid: [
      { code: '_version_ ⟦9223372036854775808⟧', messages: ['is larger than the 64-bit maximum 9223372036854775807'] },
      { code: '_version_ ⟦-1⟧', messages: ['is negative'] },
      { code: '_version_ ⟦0⟧', messages: ['is 0'] },
      { code: '_version_ ⟦1.8e18⟧', messages: ['is not an integer'] },
    ],
  });
});
