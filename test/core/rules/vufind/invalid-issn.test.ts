import { describe, expect, test } from 'vitest';
import { createCatalogService, defaultSettings } from '../../../../server/src/core/index';
import { applyChanges } from '../../../../server/src/core/features/changes';
import { checkDocument } from '../../../../server/src/core/features/check';
import { formatRuleTester } from '../../../helpers/formatTester';
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

const service = createCatalogService();

describe('vufind/invalid-issn in Solr JSON and XML', () => {
  formatRuleTester(rule, 'solr-json', {
    valid: ['{"id":"1","issn":["2561-5904"]}'],
    invalid: [{ code: '{"id":"1","issn":[⟦"25615904"⟧]}', messages: ['the standard form is "2561-5904"'] }],
  });
  formatRuleTester(rule, 'solr-xml', {
    valid: ['<add><doc><field name="issn">2561-5904</field></doc></add>'],
    invalid: [{ code: '<add><doc><field name="issn">⟦25615904&#32;(print)⟧</field></doc></add>', messages: ['the standard form is "2561-5904"'] }],
  });

  test.each([
    ['solr-json', '{"id":"1","issn":["25615904 \\"print\\""]}', '{"id":"1","issn":["2561-5904 \\"print\\""]}'],
    ['solr-xml', '<add><doc><field name="issn">25615904&#32;&amp;c</field></doc></add>', '<add><doc><field name="issn">2561-5904 &amp;c</field></doc></add>'],
  ] as const)('%s: the fix rewrites the whole literal in its syntax', (format, before, after) => {
    const document = service.parseAs(before, format);
    const [finding] = checkDocument(document, { schema: service.schema, settings: defaultSettings, rules: [rule] }).findings;
    const [fix] = rule.fix!({ span: finding!.span, data: finding!.data ?? {}, document });
    expect(applyChanges(before, fix!.changes)).toBe(after);
  });
});
