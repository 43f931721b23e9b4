import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { BlockText } from '../../../server/src/core/text/blockText';
import { LineIndex } from '../../../server/src/core/text/lineIndex';

/** Texts rich in line breaks of every kind (a "\r" then "\n" from two pieces makes one break), BOMs and astral characters. */
const pieceArbitrary = fc.constantFrom('\n', '\r', '\r\n', 'a', 'bc', ' ', 'id x', '\uFEFF', '😀', 'é', '\n\n', '');
const textArbitrary = fc.array(pieceArbitrary, { maxLength: 60 }).map((pieces) => pieces.join(''));
const editArbitrary = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 10 }), textArbitrary.map((text) => text.slice(0, 12)));

/** Every observable answer of `lines` for `text`, compared with a `LineIndex` over the same string. */
function expectSameAs(blocks: BlockText, text: string): void {
  const index = new LineIndex(text);
  expect(blocks.toString()).toBe(text);
  expect(blocks.length).toBe(text.length);
  expect(blocks.lineCount).toBe(index.lineCount);
  for (let offset = -1; offset <= text.length + 1; offset++) expect(blocks.positionAt(offset)).toEqual(index.positionAt(offset));
  for (let line = -1; line <= index.lineCount; line++) {
    for (const character of [0, 1, 2, 5, 100]) expect(blocks.offsetAt({ line, character })).toBe(index.offsetAt({ line, character }));
  }
  for (let start = 0; start <= text.length; start += 3) {
    for (let end = start; end <= text.length + 2; end += 4) expect(blocks.slice(start, end)).toBe(text.slice(start, end));
  }
}

describe('BlockText', () => {
  test('answers as the string it holds does, whatever the block size', () => {
    fc.assert(fc.property(textArbitrary, fc.integer({ min: 1, max: 8 }), (text, blockLength) => {
      expectSameAs(BlockText.of(text, blockLength), text);
    }), { numRuns: 500 });
  });

  test('after any sequence of edits it answers as the edited string does', () => {
    fc.assert(fc.property(textArbitrary, fc.array(editArbitrary, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 8 }),
      (initial, edits, blockLength) => {
        let text = initial;
        let blocks = BlockText.of(text, blockLength);
        for (const [at, deleteCount, insert] of edits) {
          const start = Math.floor(at * text.length);
          const end = Math.min(text.length, start + deleteCount);
          blocks = blocks.edited(start, end, insert);
          text = text.slice(0, start) + insert + text.slice(end);
          expectSameAs(blocks, text);
        }
      }), { numRuns: 500 });
  });

  test('an edit leaves the other versions as they were', () => {
    const original = BlockText.of('id a\ntitle A\n\nid b\ntitle B\n', 4);
    const edited = original.edited(3, 4, 'x\n');
    expect(original.toString()).toBe('id a\ntitle A\n\nid b\ntitle B\n');
    expect(edited.toString()).toBe('id x\n\ntitle A\n\nid b\ntitle B\n');
    expect(original.positionAt(14)).toEqual({ line: 3, character: 0 });
    expect(edited.positionAt(15)).toEqual({ line: 4, character: 0 });
  });
});
