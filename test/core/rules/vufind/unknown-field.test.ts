import { describe } from 'vitest';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';
import { rule } from '../../../../server/src/core/rules/vufind/unknown-field';
import { createCatalogService } from '../../../../server/src/core/index';
import { applyFirstFix, findings } from '../../../helpers/ruleTester';
import { expect, test } from 'vitest';

describe('vufind/unknown-field', () => {
  ruleTester(rule, {
    valid: [
      lines('id a', 'title T'),
      'doi_str_mv 10.1/x',
      'work_keys_str_mv AT x y',
      'local_boolean true',
    ],
    invalid: [
      { code: lines('id a', '⟦titel⟧ T'), messages: ['"titel" is neither a field nor a dynamic field of the schema: Solr rejects the document ("unknown field"). Did you mean "title"?'], output: lines('id a', 'title T') },
      { code: '⟦doi_strmv⟧ 10.1/x', messages: ['Did you mean "doi_str_mv"'], output: 'doi_str_mv 10.1/x' },
      { code: '⟦zzzzzzzzzzzz⟧ x', messages: ['"zzzzzzzzzzzz" is neither'], output: null },
    ],
  });

  test('offers at most three renames, best first, none of them in fix-all', () => {
    const [finding] = findings(rule, 'autor x');
    const fixes = rule.fix!({ span: finding!.span, data: finding!.data ?? {}, document: createCatalogService().parse('autor x') });
    expect(fixes.map((fix) => fix.title)).toEqual(['Rename to "author"', 'Rename to "author2"']);
    expect(fixes.every((fix) => !fix.safe)).toBe(true);
    expect(applyFirstFix(rule, 'autor x')).toBe('author x');
  });
});
