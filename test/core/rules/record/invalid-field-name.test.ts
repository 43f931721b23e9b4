import { describe } from 'vitest';
import { rule } from '../../../../server/src/core/rules/record/invalid-field-name';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';

describe('record/invalid-field-name', () => {
  ruleTester(rule, {
    valid: ['title T', '_version_ 1', 'callnumber-first Q', 'my.field_str x', 'unknown_but_valid x'],
    invalid: [
      { code: '⟦Back:⟧ to basics', messages: ['"Back:" is not a valid Solr field name: ":" (U+003A) is not allowed'], output: null },
      { code: '⟦9title⟧ x', messages: ['"9" (U+0039) is not allowed at the start'] },
      { code: '⟦-x⟧ y', messages: ['at the start'] },
      { code: '⟦ti\u00A0tle⟧ y', messages: ['U+00A0 is not allowed'] },
      { code: lines('id 1', '⟦títle⟧ y'), messages: ['"í" (U+00ED)'] },
    ],
  });
});
