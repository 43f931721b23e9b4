import { describe, expect, test } from 'vitest';
import { emptyListOf, mappedList } from '../../server/src/core/lists';
import { isAsciiText } from '../../server/src/core/text/ascii';

describe('emptyListOf', () => {
  test('is a new, empty, ordinary list each time', () => {
    const first = emptyListOf<{ n: number }>();
    const second = emptyListOf<{ n: number }>();
    expect(first).toEqual([]);
    expect(Array.isArray(first)).toBe(true);
    expect(first).not.toBe(second);
    first.push({ n: 1 }, { n: 2 });
    expect(first).toEqual([{ n: 1 }, { n: 2 }]);
    expect(second).toEqual([]);
  });

  test('holds strings as well as objects, and grows and shrinks as any list does', () => {
    const names = emptyListOf<string>();
    for (let i = 0; i < 100; i++) names[i] = `name ${i}`;
    expect(names).toHaveLength(100);
    expect(names.slice(98)).toEqual(['name 98', 'name 99']);
    names.length = 1;
    expect(names).toEqual(['name 0']);
  });
});

describe('mappedList', () => {
  test('is map over any iterable, in order, into a list of its own', () => {
    const source = ['a', 'b', 'c'];
    const mapped = mappedList(source, (item) => item.toUpperCase());
    expect(mapped).toEqual(['A', 'B', 'C']);
    expect(mapped).not.toBe(source);
    expect(mappedList(new Set([1, 2]), (n) => ({ n }))).toEqual([{ n: 1 }, { n: 2 }]);
    expect(mappedList([], (item: string) => item)).toEqual([]);
  });
});

describe('isAsciiText', () => {
  test.each([
    ['', true], ['id bench-000001', true], ['\u0000\u007f', true], ['caf\u00e9', false], ['\u0080', false], ['😀', false],
  ])('%j: %s', (text, ascii) => {
    expect(isAsciiText(text)).toBe(ascii);
  });
});
