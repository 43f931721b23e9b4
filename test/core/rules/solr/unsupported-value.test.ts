import { describe } from 'vitest';
import { rule } from '../../../../server/src/core/rules/solr/unsupported-value';
import { formatRuleTester } from '../../../helpers/formatTester';

describe('solr/unsupported-value', () => {
  formatRuleTester(rule, 'solr-json', {
    valid: ['{"id":"1","topic":["a","b"],"x_boolean":true,"_version_":1,"topic_facet":{"set":["a"]}}'],
    invalid: [
      { code: '{"id":"1","x_str":⟦null⟧}', messages: ['The value of "x_str" is null'] },
      { code: '{"id":"1","_childDocuments_":[⟦{"id":"c"}⟧]}', messages: ['a nested object'] },
      { code: '{"id":"1","x_str_mv":[⟦["a"]⟧]}', messages: ['a nested array'] },
    ],
  });
  formatRuleTester(rule, 'solr-xml', {
    valid: ['<add><doc><field name="id">1</field></doc></add>'],
    invalid: [{ code: '<add><doc><field name="id">1</field>⟦<doc>⟧<field name="id">c</field></doc></doc></add>', messages: ['Nested (child) documents'] }],
  });
});
