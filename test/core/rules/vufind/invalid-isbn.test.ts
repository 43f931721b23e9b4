import { describe } from 'vitest';
import { formatRuleTester } from '../../../helpers/formatTester';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';
import { rule } from '../../../../server/src/core/rules/vufind/invalid-isbn';

describe('vufind/invalid-isbn', () => {
  ruleTester(rule, {
    valid: [
      'isbn 1558612742 (pbk. : alk. paper)',
      'isbn 1558612742(pbk.)',
      'isbn 978-0-306-40615-7',
      'isbn 9780306406157',
      'isbn 0-8044-2957-X',
      lines('isbn 1558612742', '  9781558612747'),
    ],
    invalid: [
      { code: 'isbn ⟦1558612743⟧ (pbk.)', messages: ['The ISBN-10 "1558612743" ends in 3, but its digits give the check digit 2'] },
      { code: 'isbn ⟦978-0-306-40615-8⟧', messages: ['The ISBN-13 "978-0-306-40615-8" ends in 8, but its digits give the check digit 7'] },
      { code: 'isbn ⟦12345⟧', messages: ['"12345" is not an ISBN'] },
      { code: 'isbn ⟦9797000000000⟧', messages: ['correct check digit but lies in no registration group'] },
    ],
  });
});

describe('vufind/invalid-isbn in Solr JSON', () => {
  formatRuleTester(rule, 'solr-json', {
    valid: ['{"id":"1","isbn":["9780261102217"]}'],
    invalid: [{ code: '{"id":"1","isbn":[⟦"9780261102218 (pbk.)"⟧]}', messages: ['ISBN-13'] }],
  });
});
