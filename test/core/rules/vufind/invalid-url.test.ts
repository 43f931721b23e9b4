import { describe, expect, test } from 'vitest';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';
import { rule } from '../../../../server/src/core/rules/vufind/invalid-url';
import { findings } from '../../../helpers/ruleTester';

describe('vufind/invalid-url', () => {
  ruleTester(rule, {
    valid: ['url https://jipe.ca/index.php/jipe/article/view/92', 'url http://example.org/a b', 'url ftp://ftp.example.org/x', 'thumbnail https://example.org/t.jpg', 'title javascript:alert(1)'],
    invalid: [
      { code: 'url ⟦www.example.org/x⟧', messages: ['"www.example.org/x" is not an absolute URL, so the link VuFind shows leads nowhere. Add the scheme: "https://www.example.org/x".'] },
      { code: 'url ⟦mailto:a@example.org⟧', messages: ['"mailto:" addresses do not open in a browser'] },
      { code: 'url ⟦javascript:alert(1)⟧', messages: ['"javascript:" links run code'] },
      { code: 'thumbnail ⟦data:image/png;base64,AAAA⟧' },
      { code: 'url ⟦ JaVa\tScRiPt:alert(1)⟧' },
      { code: 'url ⟦https://⟧' },
    ],
  });

  test('script and data URLs are errors, other bad URLs warnings', () => {
    expect(findings(rule, lines('url vbscript:x', '  nope')).map((finding) => finding.severity)).toEqual(['error', 'warning']);
  });
});
