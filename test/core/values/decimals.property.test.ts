import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DecimalScanner } from '../../../server/src/core/values/decimals';

const plainDecimal = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

/** Plain decimals: short and long digit runs, many decimals, leading zeros, signs, a point at either end. */
const decimalText = fc.oneof(
  fc.tuple(fc.constantFrom('', '+', '-'), fc.stringMatching(/^\d{0,25}$/), fc.constantFrom('', '.'), fc.stringMatching(/^\d{0,30}$/))
    .map((parts) => parts.join('')),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => value.toFixed(Math.floor(Math.abs(value) % 20))),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -400, max: 400 }).map(String),
).filter((text) => plainDecimal.test(text));

describe('DecimalScanner', () => {
  test('reads any plain decimal exactly as Number does (-0 included)', () => {
    fc.assert(fc.property(decimalText, (text) => {
      expect(Object.is(new DecimalScanner(text, 0).next(), Number(text))).toBe(true);
    }), { numRuns: 20_000 });
  });

  test('reads numbers one after the other, skipping what separates them, then NaN', () => {
    fc.assert(fc.property(fc.array(decimalText, { minLength: 1, maxLength: 5 }), fc.constantFrom(', ', ',', ' ', '\t,\u00A0'), (numbers, separator) => {
      const scanner = new DecimalScanner(`ENVELOPE(${numbers.join(separator)})`, 0);
      for (const number of numbers) expect(Object.is(scanner.next(), Number(number))).toBe(true);
      expect(scanner.next()).toBeNaN();
    }), { numRuns: 2000 });
  });
});
