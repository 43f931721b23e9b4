import { describe } from 'vitest';
import { rule } from '../../../../server/src/core/rules/solr/invalid-xml';
import { formatRuleTester } from '../../../helpers/formatTester';

describe('solr/invalid-xml', () => {
  formatRuleTester(rule, 'solr-xml', {
    valid: ['<add><doc><field name="id">1</field></doc></add>', '<response><result name="response"><doc><str name="id">1</str></doc></result></response>'],
    invalid: [
      { code: '<add><doc>⟦<field>1</field>⟧</doc></add>', messages: ['<field> without a name attribute is no field.'] },
      { code: '⟦<!DOCTYPE add>⟧<add/>', messages: ['A DOCTYPE is not processed'] },
    ],
  });
});
