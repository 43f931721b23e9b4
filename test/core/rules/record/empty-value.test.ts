import { describe } from 'vitest';
import { rule } from '../../../../server/src/core/rules/record/empty-value';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';

describe('record/empty-value', () => {
  ruleTester(rule, {
    valid: [
      'title T', lines('topic A', '  B'), lines('description A', '+'),
      // An empty role keeps roles aligned with authors, as SolrMarc writes them.
      lines('author A', '  B', 'author_role ', '  editor'),
    ],
    invalid: [
      { code: lines('id 1', '⟦title⟧', 'topic x'), messages: ['"title" has an empty value'], output: lines('id 1', 'topic x') },
      { code: lines('id 1', 'title ⟦ ⟧', 'topic x'), output: lines('id 1', 'topic x') },
      // The empty value on the field's line: the next value moves up onto it.
      { code: lines('id 1', '⟦topic⟧', '  second'), output: lines('id 1', 'topic second') },
      { code: lines('id 1', 'topic ⟦ ⟧', '  second', '  third'), output: lines('id 1', 'topic second', '  third') },
      // Only continuation lines: a value of newlines is still empty.
      { code: lines('id 1', 'description ⟦', '+⟧'), output: 'id 1\n' },
      { code: 'id 1\r\n⟦title⟧\r\ntopic x\r\n', output: 'id 1\r\ntopic x\r\n' },
    ],
  });
});
