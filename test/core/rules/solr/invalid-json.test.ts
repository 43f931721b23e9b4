import { describe } from 'vitest';
import { rule } from '../../../../server/src/core/rules/solr/invalid-json';
import { formatRuleTester } from '../../../helpers/formatTester';

describe('solr/invalid-json', () => {
  formatRuleTester(rule, 'solr-json', {
    valid: ['{"id":"1"}', '[{"id":"1"},{"id":"2"}]', '{"response":{"docs":[]}}'],
    invalid: [
      { code: '{"id":"1" ⟦"title"⟧:"T"}', messages: ['Invalid JSON: comma expected.'] },
      { code: '{"id":"1",⟦}⟧', messages: ['Invalid JSON: property name expected.'] },
      { code: '⟦"just a string"⟧', messages: ['Expected a Solr document'] },
    ],
  });
  formatRuleTester(rule, 'solr-jsonl', {
    valid: ['{"id":"1"}\n{"id":"2"}\n'],
    invalid: [{ code: '{"id":"1"}\n{"id":⟦}⟧\n', messages: ['Invalid JSON: value expected.'] }],
  });
});
