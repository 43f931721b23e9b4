import { describe } from 'vitest';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';
import { rule } from '../../../../server/src/core/rules/vufind/invalid-issn';

describe('vufind/invalid-issn', () => {
  ruleTester(rule, {
    valid: ['issn 2561-5904', 'issn 0000-006X', 'issn 1050-124X (print)', lines('issn 2561-5904', '  0378-5955')],
    invalid: [
      { code: 'issn ⟦25615904⟧', messages: ['The ISSN "25615904" is valid but written unusually: the standard form is "2561-5904"'], output: 'issn 2561-5904' },
      { code: 'issn ⟦1050-124x⟧ (print)', output: 'issn 1050-124X (print)' },
      { code: 'issn ⟦2561-5905⟧', messages: ['has the check digit 5, but 2561590 gives 4'], output: null },
      { code: 'issn ⟦ISSN⟧ 2561-5904', messages: ['"ISSN" is not an ISSN: expected eight characters written NNNN-NNNC'], output: null },
      { code: 'issn ⟦2561-590⟧' },
    ],
  });
});
