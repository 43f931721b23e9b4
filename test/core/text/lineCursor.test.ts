import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LineCursor } from '../../../server/src/core/text/lineCursor';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

/** Texts rich in line breaks of every kind (a "\r" then "\n" from two pieces makes one break). */
const pieceArbitrary = fc.constantFrom('\n', '\r', '\r\n', 'a', 'bc', ' ', '😀', '\n\n', '');
const textArbitrary = fc.array(pieceArbitrary, { maxLength: 60 }).map((pieces) => pieces.join(''));

function positionOf(cursor: LineCursor, offset: number) {
  const character = cursor.characterAt(offset);
  return { line: cursor.line, character };
}

describe('LineCursor', () => {
  test('places ascending offsets where LineIndex does', () => {
    fc.assert(fc.property(textArbitrary, (text) => {
      const index = new LineIndex(text);
      const cursor = new LineCursor(text);
      for (let offset = -1; offset <= text.length + 1; offset++) expect(positionOf(cursor, offset)).toEqual(index.positionAt(offset));
    }), { numRuns: 500 });
  });

  test('places offsets in any order, and from where another cursor is', () => {
    fc.assert(fc.property(textArbitrary, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 20 }), (text, at) => {
      const index = new LineIndex(text);
      const cursor = new LineCursor(text);
      const follower = new LineCursor(text);
      for (const fraction of at) {
        const offset = Math.floor(fraction * (text.length + 1));
        expect(positionOf(cursor, offset)).toEqual(index.positionAt(offset));
        follower.moveTo(cursor);
        const later = Math.min(text.length, offset + 3);
        expect(positionOf(follower, later)).toEqual(index.positionAt(later));
      }
    }), { numRuns: 500 });
  });
});
