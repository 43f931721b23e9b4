import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ValueCounts } from '../../../server/src/core/parse/documentValues';

const valueArbitrary = fc.constantFrom('a', 'b', 'c', 'd', '', ' ', 'a ');

/** What `overlapWith` must answer: the non-blank values counted at least once that `other` holds. */
function sharedByCounting(present: ReadonlyMap<string, number>, other: ReadonlySet<string>): number {
  return [...present].filter(([value, count]) => count > 0 && value.trim() !== '' && other.has(value)).length;
}

describe('ValueCounts.overlapWith', () => {
  test('after any sequence of additions and removals, for the set asked about before and for a new one', () => {
    fc.assert(fc.property(
      fc.array(valueArbitrary, { maxLength: 8 }),
      fc.array(fc.tuple(valueArbitrary, fc.boolean()), { maxLength: 30 }),
      fc.uniqueArray(valueArbitrary, { maxLength: 5 }),
      (initial, steps, otherValues) => {
        const counts = new ValueCounts();
        const present = new Map<string, number>();
        const add = (value: string, times: 1 | -1) => {
          counts.add(value, times);
          present.set(value, (present.get(value) ?? 0) + times);
        };
        for (const value of initial) add(value, 1);
        const other = new Set(otherValues);
        expect(counts.overlapWith(other)).toBe(sharedByCounting(present, other));
        for (const [value, adding] of steps) {
          // Only values that are there can be removed, as when an edit replaces a parsed chunk.
          if (adding) add(value, 1);
          else if ((present.get(value) ?? 0) > 0) add(value, -1);
          expect(counts.overlapWith(other)).toBe(sharedByCounting(present, other));
        }
        const another = new Set(['a', 'b', ' ']);
        expect(counts.overlapWith(another)).toBe(sharedByCounting(present, another));
      },
    ), { numRuns: 500 });
  });

  test('blank values are never shared, and a value counted twice is shared once', () => {
    const counts = new ValueCounts();
    for (const value of ['a', 'a', '', ' ']) counts.add(value, 1);
    expect(counts.overlapWith(new Set(['a', '', ' ']))).toBe(1);
    expect([...counts.repeated]).toEqual(['a']);
  });
});
