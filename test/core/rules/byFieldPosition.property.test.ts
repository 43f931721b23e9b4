import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkDocument } from '../../../server/src/core/features/check';
import type { CatalogRecord } from '../../../server/src/core/model/record';
import { parseRecordText } from '../../../server/src/core/parse/recordText';
import { vufindBiblioSchema } from '../../../server/src/core/schema/schema';
import { defaultSettings } from '../../../server/src/core/settings';

const options = { schema: vufindBiblioSchema, settings: defaultSettings };

/** Known, unknown, invalid, single-valued, typed and Solr-managed names, repeated and reordered. */
const name = fc.constantFrom('id', 'title', 'title_sort', 'publishDate', 'long_lat', 'spelling', '_version_', 'no_such_field', 'bad.name!', 'x_str_mv', 'title');
const value = fc.constantFrom('A', '1999', 'not a date', '12.5,200', 'ENVELOPE(1,2,4,3)', '', '1726988259024699394');
const fieldLines = fc.tuple(name, fc.array(value, { minLength: 1, maxLength: 3 }))
  .map(([fieldName, values]) => `${fieldName} ${values[0]}\n${values.slice(1).map((text) => `  ${text}\n`).join('')}`);
const recordText = fc.array(fieldLines, { minLength: 1, maxLength: 7 }).map((lines) => lines.join(''));

/** A record without the parser's shared positions: rules make their per-field answers from its own fields. */
const unshared = (record: CatalogRecord): CatalogRecord => ({ index: record.index, span: record.span, fields: record.fields });

describe('rules reading answers by field position', () => {
  test('find the same whether records share a sequence of names or not', () => {
    fc.assert(fc.property(fc.array(recordText, { minLength: 1, maxLength: 5 }), (records) => {
      const document = parseRecordText(records.join('\n'));
      const alone = { ...document, records: document.records.map(unshared) };
      expect(checkDocument(document, options)).toEqual(checkDocument(alone, options));
    }), { numRuns: 500 });
  });

  test('the names above give findings of each of those rules', () => {
    const text = 'id 1\ntitle A\nno_such_field A\nbad.name! A\ntitle B\npublishDate x\nlong_lat 12.5,200\nspelling A\n';
    const document = parseRecordText(`${text}\n${text}`);
    const ids = new Set(checkDocument(document, options).findings.map((finding) => finding.ruleId));
    for (const id of ['vufind/invalid-value-type', 'record/invalid-field-name', 'vufind/repeated-single-valued', 'vufind/unknown-field', 'vufind/solr-managed-field']) {
      expect(ids).toContain(id);
    }
  });
});
