import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type CursorContext, cursorContext } from '../../../server/src/core/features/cursorContext';
import { createCatalogService } from '../../../server/src/core/index';
import { type RecordDocument, recordAt, recordStartingAtOrBefore } from '../../../server/src/core/model/document';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { parseRecordTextByChunks } from '../../../server/src/core/parse/recordChunks';
import { parseRecordText } from '../../../server/src/core/parse/recordText';
import { vufindBiblioSchema as schema } from '../../../server/src/core/schema/schema';
import { BlockText } from '../../../server/src/core/text/blockText';

const lineArbitrary = fc.constantFrom(
  'id r1', 'id r2', 'title A title', 'topic a', '  b', '+ continued', '# a comment', '', '   ', 'ti', 'language ', '\uFEFFid x', 'format Book',
);
const eolArbitrary = fc.constantFrom('\n', '\r\n', '\r');
const textArbitrary = fc.tuple(fc.boolean(), fc.array(fc.tuple(lineArbitrary, eolArbitrary), { maxLength: 14 }), fc.boolean())
  .map(([bom, lines, finalBreak]) => {
    const text = (bom ? '\uFEFF' : '') + lines.map(([line, eol]) => line + eol).join('');
    return finalBreak || lines.length === 0 ? text : text.slice(0, -lines.at(-1)![1].length);
  });

/** What a context says, with its record by position (a chunked document hands out records shifted to their place). */
function described(context: CursorContext) {
  if (context.kind === 'none') return context;
  return { ...context, record: context.record?.span };
}

function chunked(text: string, blockLength: number): RecordDocument {
  return parseRecordTextByChunks(BlockText.of(text, blockLength), schema, undefined, 2);
}

const service = createCatalogService({ schema });

describe('cursor context, hover and selection in an editor\'s big document', () => {
  test('are the plain document\'s, read through slices and the chunks, at every offset', () => {
    fc.assert(fc.property(textArbitrary, fc.integer({ min: 1, max: 12 }), (text, blockLength) => {
      const plain = parseRecordText(text, { schema });
      const overBlocks = chunked(text, blockLength);
      for (let offset = 0; offset <= text.length; offset++) {
        expect(described(cursorContext(overBlocks, offset))).toEqual(described(cursorContext(plain, offset)));
        expect(recordStartingAtOrBefore(overBlocks, offset)?.span).toEqual(recordStartingAtOrBefore(plain, offset)?.span);
        expect(recordAt(overBlocks, offset)?.span).toEqual(recordAt(plain, offset)?.span);
        const position = new LineIndex(text).positionAt(offset);
        expect(service.getHover(overBlocks, position)).toEqual(service.getHover(plain, position));
        expect(service.getSelectionRanges(overBlocks, [position])).toEqual(service.getSelectionRanges(plain, [position]));
      }
    }), { numRuns: 300 });
  });

  test('does not assemble the document\'s text or records', () => {
    const text = Array.from({ length: 40 }, (_, i) => `id r${i}\ntitle T${i}\ntopic a\n  b\n`).join('\n');
    const document = chunked(text, 64);
    const read: string[] = [];
    for (const property of ['text', 'records'] as const) {
      const getter = Object.getOwnPropertyDescriptor(document, property)!.get!;
      Object.defineProperty(document, property, { get: () => { read.push(property); return getter.call(document); } });
    }
    const offset = text.indexOf('  b', text.indexOf('id r30')) + 2;
    expect(cursorContext(document, offset)).toMatchObject({ kind: 'value', fieldName: 'topic' });
    expect(read).toEqual([]);
  });
});
