import fc from 'fast-check';
import { groups, parse } from 'isbn3';
import { describe, expect, test } from 'vitest';
import { isbn10CheckDigit, isbn13CheckDigit } from '../../../server/src/core/values/identifiers';
import { isInIsbnRange } from '../../../server/src/core/values/isbnRanges';

const digit = fc.constantFrom(...'0123456789');

/** The start of an ISBN-13: a prefix and digits that often begin with a real group and lie near a range's bounds. */
const groupEntries = Object.entries(groups);
const isbn13Start = fc.oneof(
  fc.tuple(fc.constantFrom('978', '979'), fc.array(digit, { minLength: 9, maxLength: 9 })).map(([prefix, rest]) => prefix + rest.join('')),
  fc.tuple(fc.constantFrom(...groupEntries), fc.nat(), fc.boolean(), fc.array(digit, { minLength: 9, maxLength: 9 }))
    .map(([[key, group], rangeIndex, atMax, rest]) => {
      const range = group.ranges[rangeIndex % Math.max(group.ranges.length, 1)];
      const bound = range ? range[atMax ? 1 : 0] : '';
      return (key.replace('-', '') + bound + rest.join('')).slice(0, 12);
    }),
);

describe('isInIsbnRange', () => {
  test('agrees with isbn3 on every ISBN-13 and ISBN-10 with a right check digit', () => {
    fc.assert(fc.property(isbn13Start, fc.boolean(), (start, lowerX) => {
      const isbn13 = start + isbn13CheckDigit(start);
      expect(isInIsbnRange(isbn13)).toBe(parse(isbn13) !== null);
      if (start.startsWith('978')) {
        const check = isbn10CheckDigit(start.slice(3));
        const isbn10 = start.slice(3) + (lowerX ? check.toLowerCase() : check);
        expect(isInIsbnRange(isbn10)).toBe(parse(isbn10) !== null);
      }
    }), { numRuns: 20000 });
  });
});
