import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkDocument } from '../../../server/src/core/features/check';
import type { RecordDocument } from '../../../server/src/core/model/document';
import { valuesOf } from '../../../server/src/core/model/record';
import { chunksOf, parseRecordTextByChunks } from '../../../server/src/core/parse/recordChunks';
import { parseRecordText } from '../../../server/src/core/parse/recordText';
import { vufindBiblioSchema } from '../../../server/src/core/schema/schema';
import { defaultSettings } from '../../../server/src/core/settings';
import { BlockText } from '../../../server/src/core/text/blockText';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { lineIndexOf } from '../../../server/src/core/text/positions';
import { recordTextArbitrary as textArbitrary } from '../../helpers/recordTextArbitrary';

const schema = vufindBiblioSchema;
const options = { schema, settings: defaultSettings };

const insertArbitrary = fc.oneof(
  fc.constantFrom('', 'x', ' ', '\n', '\r', '\r\n', '\n\n', '#', '+ ', '  ', 'id rec-1\n', '\nid rec-9\ntitle T\n', '\uFEFF', '\n# catalog-records-disable-next-line\n'),
  fc.string({ maxLength: 6 }),
);
/** Fractions of the text length, so that edits land anywhere whatever the text. */
const editArbitrary = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 12 }), insertArbitrary);

function applyEdit(text: string, [at, deleteCount, insert]: [number, number, string]) {
  const start = Math.floor(at * text.length);
  const oldEnd = Math.min(text.length, start + deleteCount);
  const newText = text.slice(0, start) + insert + text.slice(oldEnd);
  return { newText, edit: { start, oldEnd, newEnd: start + insert.length } };
}

/** The model as plain data (getters read), so that a shifted record compares like a freshly parsed one. */
function model(document: RecordDocument) {
  return JSON.parse(JSON.stringify({ records: document.records, problems: document.problems, suppressions: document.suppressions }));
}

describe('parseRecordTextByChunks', () => {
  test('parses exactly as parseRecordText does', () => {
    fc.assert(fc.property(textArbitrary, (text) => {
      const chunked = parseRecordTextByChunks(text, schema);
      expect(model(chunked)).toEqual(model(parseRecordText(text, { schema })));
      expect(chunked.text).toBe(text);
      expect(chunked.lines).toEqual(parseRecordText(text, { schema }).lines);
    }), { numRuns: 300 });
  });

  test('after any sequence of edits: same model, findings and line positions as a full parse and check', () => {
    fc.assert(fc.property(textArbitrary, fc.array(editArbitrary, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 4 }), (initial, edits, chunksPerBlock) => {
      let text = initial;
      let document = parseRecordTextByChunks(text, schema, undefined, chunksPerBlock);
      checkDocument(document, options); // fills the per-chunk findings cache that later versions reuse
      lineIndexOf(document);
      for (const step of edits) {
        const { newText, edit } = applyEdit(text, step);
        document = parseRecordTextByChunks(newText, schema, { document, edit });
        text = newText;
        const full = parseRecordText(text, { schema });
        expect(model(document)).toEqual(model(full));
        expect(checkDocument(document, options)).toEqual(checkDocument(full, options));
        const fresh = new LineIndex(text);
        for (let offset = 0; offset <= text.length; offset++) {
          expect(lineIndexOf(document).positionAt(offset)).toEqual(fresh.positionAt(offset));
        }
        expect(lineIndexOf(document).lineCount).toBe(fresh.lineCount);
      }
    }), { numRuns: 400 });
  });

  test('over an editor\'s BlockText, after any sequence of edits: same model, findings and positions, text joined on demand', () => {
    fc.assert(fc.property(textArbitrary, fc.array(editArbitrary, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 40 }),
      (initial, edits, blockLength) => {
        let text = initial;
        let blocks = BlockText.of(text, blockLength);
        let document = parseRecordTextByChunks(blocks, schema, undefined, 1 + (blockLength % 3));
        checkDocument(document, options);
        for (const step of edits) {
          const { newText, edit } = applyEdit(text, step);
          blocks = blocks.edited(edit.start, edit.oldEnd, newText.slice(edit.start, edit.newEnd));
          document = parseRecordTextByChunks(blocks, schema, { document, edit });
          text = newText;
          const full = parseRecordText(text, { schema });
          expect(checkDocument(document, options)).toEqual(checkDocument(full, options));
          expect(model(document)).toEqual(model(full));
          expect(document.text).toBe(text);
          expect(document.lines).toEqual(full.lines);
          const fresh = new LineIndex(text);
          for (let offset = 0; offset <= text.length; offset++) {
            expect(lineIndexOf(document).positionAt(offset)).toEqual(fresh.positionAt(offset));
          }
        }
      }), { numRuns: 300 });
  });

  test('an edit inside one record re-parses only that record\'s neighbourhood and keeps the others\' parses', () => {
    const records = Array.from({ length: 50 }, (_, i) => `id r${i}\ntitle Title ${i}\n`);
    const text = records.join('\n');
    const before = parseRecordTextByChunks(text, schema);
    const at = text.indexOf('Title 25') + 'Title '.length;
    const edited = parseRecordTextByChunks(`${text.slice(0, at)}X${text.slice(at)}`, schema, { document: before, edit: { start: at, oldEnd: at, newEnd: at + 1 } });
    const parses = (document: RecordDocument) => Array.from({ length: chunksOf(document)!.count }, (_, i) => chunksOf(document)!.parsed(i));
    const oldParses = new Set(parses(before));
    const reparsed = parses(edited).filter((parsed) => !oldParses.has(parsed));
    expect(reparsed.map((parsed) => parsed.text)).toEqual(['id r25\ntitle Title X25\n']);
    expect(valuesOf(edited.records[49]!, 'id')[0]!.span).toEqual({ start: text.indexOf('r49') + 1, end: text.indexOf('r49') + 4 });
  });
});
