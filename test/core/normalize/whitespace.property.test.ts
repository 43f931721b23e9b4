import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isBlank, mayNeedWhitespaceNormalizing } from '../../../server/src/core/normalize/whitespace';

/** Strings rich in the characters the scans single out, with arbitrary UTF-16 units among them. */
const text = fc.array(fc.oneof(
  fc.constantFrom(' ', '  ', '\n', ' \n', '\n ', '\t', '\v', '\f', '\r', '\u0085', '\u00A0', '\u1680', '\u180E', '\u2000', '\u200A',
    '\u200B', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF', '\u0000', '\u001F', '\u007F', '\u009F', '\u00A1', 'a', 'é', '-'),
  fc.string({ maxLength: 2, unit: 'binary' }),
), { maxLength: 12 }).map((parts) => parts.join(''));

/** A text and a window in it, as a value's span in its document. */
const window = text.chain((source) => fc.tuple(fc.constant(source), fc.nat(source.length), fc.nat(source.length))
  .map(([source, a, b]) => ({ source, start: Math.min(a, b), end: Math.max(a, b) })));

/** The definition the scan replaced. */
const suspectWhitespace = /[\x00-\x09\x0B-\x1F\x7F-\x9F\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]| {2}|^ | $| \n|\n /;

describe('character scans over a window of a text', () => {
  test('mayNeedWhitespaceNormalizing agrees with its regex on the window\'s text', () => {
    fc.assert(fc.property(window, ({ source, start, end }) => {
      expect(mayNeedWhitespaceNormalizing(source, start, end)).toBe(suspectWhitespace.test(source.slice(start, end)));
    }), { numRuns: 5000 });
  });

  test('isBlank is trim() === \'\' of the window\'s text', () => {
    fc.assert(fc.property(window, ({ source, start, end }) => {
      expect(isBlank(source, start, end)).toBe(source.slice(start, end).trim() === '');
    }), { numRuns: 5000 });
  });

  test('every single UTF-16 unit is classified as the definitions do', () => {
    for (let code = 0; code <= 0xFFFF; code++) {
      const char = String.fromCharCode(code);
      for (const probe of [char, `a${char}b`]) {
        if (mayNeedWhitespaceNormalizing(probe) !== suspectWhitespace.test(probe)) expect.fail(`mayNeedWhitespaceNormalizing(${JSON.stringify(probe)})`);
        if (isBlank(probe) !== (probe.trim() === '')) expect.fail(`isBlank(${JSON.stringify(probe)})`);
      }
    }
  });
});
