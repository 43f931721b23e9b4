import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mayNeedWhitespaceNormalizing, normalizeWhitespace } from '../../../server/src/core/normalize/whitespace';

describe('mayNeedWhitespaceNormalizing', () => {
  test('is true for every value normalizeWhitespace changes (the rule skips the others)', () => {
    const character = fc.oneof(
      fc.constantFrom(' ', '  ', '\n', '\t', '\r', '\u00A0', '\u2003', '\u2028', '\uFEFF', '\u0085', '\u0007', 'a', 'é', '-'),
      fc.string({ maxLength: 1, unit: 'binary' }),
    );
    fc.assert(fc.property(fc.array(character, { maxLength: 20 }).map((parts) => parts.join('')), (value) => {
      if (normalizeWhitespace(value) !== value) expect(mayNeedWhitespaceNormalizing(value)).toBe(true);
    }), { numRuns: 3000 });
  });

  test('lets a clean value through', () => {
    expect(mayNeedWhitespaceNormalizing('Bryant, Dorothy, 1930-')).toBe(false);
    expect(mayNeedWhitespaceNormalizing('line one\nline two')).toBe(false);
  });
});
