import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { coverBoth } from '../../server/src/lsp/editTracker';
import type { OffsetEdit } from '../../server/src/core/text/lineIndex';

describe('coverBoth', () => {
  test('the combined edit covers every change: outside it, old and new text are the same', () => {
    const change = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 5 }), fc.string({ maxLength: 5 }));
    fc.assert(fc.property(fc.string({ maxLength: 30 }), fc.array(change, { minLength: 1, maxLength: 6 }), (original, changes) => {
      let text = original;
      let edit: OffsetEdit | undefined;
      for (const [at, length, insert] of changes) {
        const start = Math.floor(at * text.length);
        const end = Math.min(text.length, start + length);
        edit = coverBoth(edit, start, end, insert.length);
        text = text.slice(0, start) + insert + text.slice(end);
      }
      expect(text.slice(0, edit!.start)).toBe(original.slice(0, edit!.start));
      expect(text.length - edit!.newEnd).toBe(original.length - edit!.oldEnd);
      expect(text.slice(edit!.newEnd)).toBe(original.slice(edit!.oldEnd));
    }), { numRuns: 2000 });
  });
});
