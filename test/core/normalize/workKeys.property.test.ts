import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { needsRomanization } from '../../../server/src/core/normalize/workKeys';

/** The definition, without the ASCII shortcut. */
const nonLatinLetterOrNumber = /(?=[\p{L}\p{N}])[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

describe('needsRomanization', () => {
  test('no ASCII character needs romanization (what its shortcut relies on)', () => {
    for (let code = 0; code < 0x80; code++) expect(nonLatinLetterOrNumber.test(String.fromCharCode(code))).toBe(false);
  });

  test('agrees with the Unicode definition on any string', () => {
    const text = fc.array(fc.oneof(fc.constantFrom('a', 'Z', '7', ' ', 'é', 'Л', 'Ж', '中', '١', 'ß', '\u0301'), fc.string({ maxLength: 2, unit: 'binary' })),
      { maxLength: 10 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (value) => {
      expect(needsRomanization(value)).toBe(nonLatinLetterOrNumber.test(value));
    }), { numRuns: 3000 });
  });
});
