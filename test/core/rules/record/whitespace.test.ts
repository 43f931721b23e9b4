import { describe } from 'vitest';
import { rule } from '../../../../server/src/core/rules/record/whitespace';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';

describe('record/whitespace', () => {
  ruleTester(rule, {
    valid: [
      'title Plain value',
      lines('description First line', '+ second line'),
      lines('topic A', '  B'),
      // Typographic quotes are text, not whitespace.
      'description a “common core” of micro-credentials',
      // Empty values are record/empty-value's business.
      'title ',
      // MARC separators in fullrecord are data.
      'fullrecord 00042nam a2200037 a 4500\u001e\u001fa x\u001d',
    ],
    invalid: [
      { code: 'title ⟦ Leading⟧', messages: ['has leading whitespace'], output: 'title Leading' },
      { code: 'title ⟦Trailing  ⟧', messages: ['trailing whitespace, doubled spaces'], output: 'title Trailing' },
      { code: 'title ⟦Two  spaces⟧', messages: ['doubled spaces'], output: 'title Two spaces' },
      { code: 'title ⟦No\u00A0break⟧', messages: ['a no-break space'], output: 'title No break' },
      { code: 'title ⟦Tab\there⟧', messages: ['a tab'], output: 'title Tab here' },
      { code: 'title ⟦Bell\u0007⟧', messages: ['a control character'], output: 'title Bell' },
      { code: lines('topic A', '  ⟦B ⟧'), output: lines('topic A', '  B') },
      { code: lines('description ⟦First ', '+ second⟧'), output: lines('description First', '+ second') },
      { code: 'title ⟦a  b⟧\r\n', output: 'title a b\r\n' },
    ],
  });
});
