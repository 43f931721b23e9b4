import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { versionProblem } from '../../../../server/src/core/rules/vufind/invalid-version';

const longMax = 2n ** 63n - 1n;

/** The check without its shortcut for plain versions. */
function referenceProblem(text: string): string | undefined {
  if (!/^[+-]?\d+$/.test(text)) return 'not an integer';
  const version = BigInt(text);
  if (version > longMax) return 'too large';
  if (version < 0n) return 'negative';
  if (version === 0n) return 'zero';
  return undefined;
}

describe('versionProblem', () => {
  test('finds a problem exactly where the BigInt definition does, for numbers of any length and sign', () => {
    const digits = fc.array(fc.constantFrom(...'0123456789'), { maxLength: 22 }).map((chars) => chars.join(''));
    const text = fc.oneof(
      fc.tuple(fc.constantFrom('', '', '+', '-', ' '), digits, fc.constantFrom('', '', 'x', ' ')).map((parts) => parts.join('')),
      fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String),
      // Around the 64-bit maximum, where the shortcut compares digits.
      fc.bigInt({ min: longMax - 1000n, max: longMax + 1000n }).map(String),
      fc.bigInt({ min: 10n ** 18n - 10n, max: 10n ** 19n + 10n }).map(String),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(fc.property(text, (value) => {
      expect(versionProblem(value) === undefined).toBe(referenceProblem(value) === undefined);
    }), { numRuns: 5000 });
  });
});
