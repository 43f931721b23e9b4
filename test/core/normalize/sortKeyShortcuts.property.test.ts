import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeSpace } from '../../../server/src/core/normalize/authorSort';
import { phpTrim, spacePunctuationRuns, stripArticles } from '../../../server/src/core/normalize/titleSort';

/** Text that hits the shortcuts' edges: the characters they test for, next to each other and at both ends. */
const text = fc.array(fc.oneof(
  fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\0', '\x0B', '\f', '.', ',', '-', ':', 'a', 'The ', 'an ', 'A ', 'é', '\u00A0', '中'),
  fc.string({ maxLength: 2, unit: 'binary' }),
), { maxLength: 12 }).map((parts) => parts.join(''));

describe('sort-key shortcuts agree with their definitions', () => {
  test('phpTrim is the regex trim of PHP\'s set', () => {
    fc.assert(fc.property(text, (value) => {
      expect(phpTrim(value)).toBe(value.replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, ''));
    }), { numRuns: 3000 });
  });

  test('spacePunctuationRuns is the replace of every run of ASCII punctuation and whitespace by one space', () => {
    fc.assert(fc.property(text, (value) => {
      expect(spacePunctuationRuns(value)).toBe(value.replace(/[!-/:-@[-`{-~ \t\n\x0B\f\r]+/g, ' '));
    }), { numRuns: 3000 });
  });

  test('normalizeSpace is XPath normalize-space', () => {
    fc.assert(fc.property(text, (value) => {
      expect(normalizeSpace(value)).toBe(value.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, ''));
    }), { numRuns: 3000 });
  });

  test('stripArticles answers each title, asked in any order, as if asked alone', () => {
    const strip = (title: string) => {
      const lower = title.replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, '').toLowerCase();
      const article = ['a ', 'an ', 'the '].find((candidate) => lower.startsWith(candidate));
      return article ? lower.slice(article.length) : lower;
    };
    fc.assert(fc.property(fc.array(text, { maxLength: 4 }), (titles) => {
      for (const title of [...titles, ...titles.reverse()]) expect(stripArticles(title)).toBe(strip(title));
    }), { numRuns: 1000 });
  });
});
