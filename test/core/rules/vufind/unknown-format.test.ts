import { describe, expect, test } from 'vitest';
import { createCatalogService, defaultSettings } from '../../../../server/src/core/index';
import { checkDocument } from '../../../../server/src/core/features/check';
import { rule } from '../../../../server/src/core/rules/vufind/unknown-format';
import { lines } from '../../../helpers/markers';
import { applyFirstFix, findings, ruleTester } from '../../../helpers/ruleTester';

describe('vufind/unknown-format', () => {
  ruleTester(rule, {
    valid: ['format Article', lines('format Book', '  eBook'), 'format Online'],
    invalid: [
      { code: 'format ⟦article⟧', messages: ['"article" is not a VuFind format: it gets no icon or translation and forms a facet value of its own. Did you mean "Article"?'], output: 'format Article' },
      { code: 'format ⟦Boook⟧', messages: ['Did you mean "Book"'], output: 'format Book' },
      { code: 'format ⟦Hologram⟧', output: null },
    ],
  });

  test('letter-case fixes are safe, edit-distance guesses are not', () => {
    const service = createCatalogService();
    for (const [text, safe] of [['format ebook', true], ['format Boook', false]] as const) {
      const [finding] = findings(rule, text);
      expect(rule.fix!({ span: finding!.span, data: finding!.data ?? {}, document: service.parse(text) })[0]?.safe).toBe(safe);
    }
    expect(applyFirstFix(rule, 'format ebook')).toBe('format eBook');
  });

  test('catalogRecords.formats adds local formats', () => {
    const service = createCatalogService();
    const settings = { ...defaultSettings, formats: ['Hologram'] };
    expect(checkDocument(service.parse('format Hologram'), { schema: service.schema, settings, rules: [rule] }).findings).toEqual([]);
  });
});
