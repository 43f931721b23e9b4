import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkDocument } from '../../../server/src/core/features/check';
import type { CatalogRecord } from '../../../server/src/core/model/record';
import { recordMayHaveBlankOrUnnormalizedValues } from '../../../server/src/core/model/valueText';
import { normalizeWhitespace } from '../../../server/src/core/normalize/whitespace';
import { parseRecordText } from '../../../server/src/core/parse/recordText';
import { rule as emptyValueRule } from '../../../server/src/core/rules/record/empty-value';
import { rule as whitespaceRule } from '../../../server/src/core/rules/record/whitespace';
import { vufindBiblioSchema as schema } from '../../../server/src/core/schema/schema';
import { verbatimFields } from '../../../server/src/core/schema/verbatimFields';
import { defaultSettings as settings } from '../../../server/src/core/settings';
import { lines } from '../../helpers/markers';
import { oddWhitespaceRecordTextArbitrary } from '../../helpers/recordTextArbitrary';

/** The record as a plain object: the same fields, but no parsed source to scan, so every value is asked. */
function unparsed(record: CatalogRecord): CatalogRecord {
  return { index: record.index, span: record.span, fields: record.fields };
}

const records = (text: string) => parseRecordText(text, { schema }).records;
const mayHave = (record: CatalogRecord) => recordMayHaveBlankOrUnnormalizedValues(record, verbatimFields);

describe('recordMayHaveBlankOrUnnormalizedValues', () => {
  test('is false only when no value outside the skipped fields is blank or needs normalizing', () => {
    fc.assert(fc.property(oddWhitespaceRecordTextArbitrary, (text) => {
      for (const record of records(text)) {
        if (mayHave(record)) continue;
        for (const field of record.fields) {
          if (verbatimFields.has(field.name)) continue;
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

  test('settles clean records of every kind of line at once', () => {
    const clean = lines('# a  comment', 'title A title', '+ continued', '+', '+ ', 'topic One', '  Two', '\t\tThree', 'Stray value',
      'fullrecord 00042\u001e\u001fa x\u001d', '  \u001dmore', 'description é – ü', 'id rec-1');
    expect(records(`${clean}\r\n\r\n${clean}`).map(mayHave)).toEqual([false, false]);
  });

  test('leaves to the questions per value records with a line to look at, and records it cannot read', () => {
    for (const line of ['title  a', 'title a ', 'title\ta', '  a\u00A0b', '+  a', '+ a ', 'title a\u2028', 'fullrecord\u001d', 'title']) {
      const [record] = records(lines('id rec-1', line, 'format Book'));
      expect(mayHave(record!), JSON.stringify(line)).toBe(true);
      expect(mayHave(unparsed(record!))).toBe(true);
    }
    // The last line too, however short: here a value of topic, which takes several.
    expect(mayHave(records(lines('topic One', '\u0007'))[0]!)).toBe(true);
  });
});
