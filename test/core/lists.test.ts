import { describe, expect, test } from 'vitest';
import { emptyListOf } from '../../server/src/core/lists';

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
