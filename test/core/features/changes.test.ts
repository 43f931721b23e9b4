import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nonOverlapping } from '../../../server/src/core/features/changes';
import type { TextChange } from '../../../server/src/core/model/document';
import { spansOverlap } from '../../../server/src/core/model/span';

/** The definition: a group is kept when none of its changes overlaps, or inserts where starts, a change kept before. */
function keptByDefinition(groups: readonly (readonly TextChange[])[]): TextChange[] {
  const kept: TextChange[] = [];
  for (const group of groups) {
    const clashes = group.some((change) => kept.some((other) =>
      spansOverlap(change.span, other.span) || (change.span.start === other.span.start && change.span.start === change.span.end)));
    if (!clashes) kept.push(...group);
  }
  return kept;
}

const changeArbitrary = fc.tuple(fc.nat({ max: 30 }), fc.nat({ max: 4 })).map(([start, length]): TextChange => ({ span: { start, end: start + length }, newText: 'x' }));
/** One fix's changes, which never clash with one another (`applyChanges` could not apply them). */
const groupArbitrary = fc.array(changeArbitrary, { minLength: 1, maxLength: 3 })
  .filter((group) => keptByDefinition(group.map((change) => [change])).length === group.length);

describe('nonOverlapping', () => {
  test('keeps exactly the groups the definition keeps, in any order of groups and spans', () => {
    fc.assert(fc.property(fc.array(groupArbitrary, { maxLength: 25 }), (groups) => {
      expect(nonOverlapping(groups)).toEqual(keptByDefinition(groups));
    }), { numRuns: 2000 });
  });

  test('an insertion where a kept change starts clashes; one where it ends does not', () => {
    const replace = { span: { start: 2, end: 5 }, newText: 'abc' };
    const atStart = { span: { start: 2, end: 2 }, newText: '<' };
    const atEnd = { span: { start: 5, end: 5 }, newText: '>' };
    expect(nonOverlapping([[replace], [atStart], [atEnd]])).toEqual([replace, atEnd]);
  });

  test('a group is dropped whole when one of its changes clashes', () => {
    const first = { span: { start: 0, end: 3 }, newText: '' };
    const group = [{ span: { start: 10, end: 12 }, newText: 'y' }, { span: { start: 2, end: 4 }, newText: 'z' }];
    expect(nonOverlapping([[first], group])).toEqual([first]);
  });
});
