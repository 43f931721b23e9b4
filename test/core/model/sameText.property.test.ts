import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { FieldValue } from '../../../server/src/core/model/record';
import { sameText } from '../../../server/src/core/model/valueText';
import { parseRecordText } from '../../../server/src/core/parse/recordText';
import { vufindBiblioSchema as schema } from '../../../server/src/core/schema/schema';
import { oddWhitespaceRecordTextArbitrary, recordTextArbitrary } from '../../helpers/recordTextArbitrary';

/** Every value of a text's records, stored where the parser put them (in the source, or joined from lines). */
function valuesIn(text: string): FieldValue[] {
  return parseRecordText(text, { schema }).records.flatMap((record) => record.fields.flatMap((field) => field.values));
}

describe('sameText', () => {
  test('is `a.text === b.text` for any two values, stored or plain', () => {
    const text = fc.oneof(recordTextArbitrary, oddWhitespaceRecordTextArbitrary);
    fc.assert(fc.property(text, text, (first, second) => {
      // The first text again after the second: equal texts at other offsets of another source.
      const values = [...valuesIn(first), ...valuesIn(`${second}\n\n${first}`)];
      const plain = values.slice(0, 3).map((value) => ({ text: value.text, span: value.span, fullSpan: value.fullSpan, layout: value.layout }));
      const all = [...values, ...plain];
      for (const a of all) for (const b of all) expect(sameText(a, b)).toBe(a.text === b.text);
    }), { numRuns: 300 });
  });
});
