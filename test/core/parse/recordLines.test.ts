import { describe, expect, test } from 'vitest';
import { forEachLine } from '../../../server/src/core/parse/recordLines';

function linesOf(text: string, from = 0, to = text.length): Array<[string, string, boolean]> {
  const lines: Array<[string, string, boolean]> = [];
  forEachLine(text, from, to, { line: (start, end, next, blank) => lines.push([text.slice(start, end), text.slice(end, next), blank]) });
  return lines;
}

describe('forEachLine', () => {
  test('splits at LF, CRLF and a lone CR, and tells blank lines', () => {
    expect(linesOf('a\nb\r\n \t\rc')).toEqual([['a', '\n', false], ['b', '\r\n', false], [' \t', '\r', true], ['c', '', false]]);
  });

  test('visits the lines that start before the end of the stretch, whole', () => {
    expect(linesOf('a\nbc\rd\ne', 2, 3)).toEqual([['bc', '\r', false]]);
    expect(linesOf('ab\rc', 0, 1)).toEqual([['ab', '\r', false]]);
    expect(linesOf('a\nbc\rd\ne', 2, 6)).toEqual([['bc', '\r', false], ['d', '\n', false]]);
  });

  test('a text that ends with a line break has no empty line after it', () => {
    expect(linesOf('a\n')).toEqual([['a', '\n', false]]);
  });
});
