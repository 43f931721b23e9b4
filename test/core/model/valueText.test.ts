import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkDocument } from '../../../server/src/core/features/check';
import type { CatalogRecord } from '../../../server/src/core/model/record';
import { fieldsToLookAt } from '../../../server/src/core/model/valueText';
import { normalizeWhitespace } from '../../../server/src/core/normalize/whitespace';
import { parseRecordText } from '../../../server/src/core/parse/recordText';
import { rule as emptyValueRule } from '../../../server/src/core/rules/record/empty-value';
import { rule as whitespaceRule } from '../../../server/src/core/rules/record/whitespace';
import { vufindBiblioSchema as schema } from '../../../server/src/core/schema/schema';
import { defaultSettings as settings } from '../../../server/src/core/settings';
import { lines } from '../../helpers/markers';
import { oddWhitespaceRecordTextArbitrary } from '../../helpers/recordTextArbitrary';

/** The record as a plain object: the same fields, but no parsed source to scan, so every field is looked at. */
function unparsed(record: CatalogRecord): CatalogRecord {
  return { index: record.index, span: record.span, fields: record.fields };
}

const records = (text: string) => parseRecordText(text, { schema }).records;
const namesToLookAt = (record: CatalogRecord) => fieldsToLookAt(record).map((field) => field.name);

describe('fieldsToLookAt', () => {
  test('leaves out only fields whose values are neither blank nor in need of normalizing', () => {
    fc.assert(fc.property(oddWhitespaceRecordTextArbitrary, (text) => {
      for (const record of records(text)) {
        const looked = new Set(fieldsToLookAt(record));
        for (const field of record.fields) {
          if (looked.has(field)) continue;
          for (const value of field.values) {
            expect(value.text.trim()).not.toBe('');
            expect(normalizeWhitespace(value.text)).toBe(value.text);
          }
        }
      }
    }), { numRuns: 2000 });
  });

  test('record/whitespace and record/empty-value find the same with and without it, in any text', () => {
    fc.assert(fc.property(oddWhitespaceRecordTextArbitrary, (text) => {
      const document = parseRecordText(text, { schema });
      const check = (records: readonly CatalogRecord[]) =>
        checkDocument({ ...document, records }, { schema, settings, rules: [whitespaceRule, emptyValueRule] });
      expect(check(document.records.map(unparsed))).toEqual(check(document.records));
    }), { numRuns: 2000 });
  });

  test('is none of the fields of clean records, of every kind of line', () => {
    const clean = lines('# a  comment', 'title A title', '+ continued', '+', '+ ', 'topic One', '  Two', '\t\tThree', 'Stray value',
      'description é – ü', '# c', '+  after a comment, no value', 'id rec-1');
    expect(records(`  orphan  line\n${clean}\r\n\r\n${clean}`).map(namesToLookAt)).toEqual([[], []]);
  });

  test('is the fields holding a line to look at, and all fields of records it cannot read', () => {
    const cases: Array<[string, string[]]> = [
      ['title  a', ['title']], ['title a ', ['title']], ['title\ta', ['title']], ['  a\u00A0b', ['id']], ['+  a', ['id']],
      ['+ a ', ['id']], ['title a\u2028', ['title']], ['title', ['title']], ['fullrecord 00042\u001e\u001fa x\u001d', ['fullrecord']],
    ];
    for (const [line, names] of cases) {
      const [record] = records(lines('id rec-1', line, 'format Book', 'topic  a'));
      expect(namesToLookAt(record!), JSON.stringify(line)).toEqual([...names, 'topic']);
      expect(namesToLookAt(unparsed(record!))).toEqual(record!.fields.map((field) => field.name));
    }
    // The last line too, however short: here a value of topic, which takes several.
    expect(namesToLookAt(records(lines('topic One', '\u0007'))[0]!)).toEqual(['topic']);
  });
});
