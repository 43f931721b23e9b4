import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type CatalogRecord, ParsedRecord, byFieldPosition, fieldsNamed, firstField, memoizedForRecord, valuesOf } from '../../../server/src/core/model/record';
import { parseRecordText } from '../../../server/src/core/parse/recordText';
import { Schema, vufindBiblioSchema } from '../../../server/src/core/schema/schema';

const names = ['id', 'title', 'title_sort', 'author', 'topic', 'nosuch'];

/** The same record without the parser's shared positions: its lookup is made from its own fields. */
function unshared(record: CatalogRecord): CatalogRecord {
  return { index: record.index, span: record.span, fields: record.fields };
}

function answers(record: CatalogRecord) {
  return names.map((name) => ({ fields: fieldsNamed(record, name), first: firstField(record, name), values: valuesOf(record, name) }));
}

describe('looking fields up by name', () => {
  // Repeated names (a name on several lines) and changing orders, in records parsed one after another.
  const fieldLine = fc.tuple(fc.constantFrom('id', 'title', 'title_sort', 'author', 'topic'), fc.constantFrom('a', 'b c'))
    .map(([name, value]) => `${name} ${value}\n`);
  const recordText = fc.array(fieldLine, { minLength: 1, maxLength: 8 }).map((lines) => lines.join(''));

  test('a parsed record answers as one made from its fields alone, whichever records share its sequence of names', () => {
    fc.assert(fc.property(fc.array(recordText, { minLength: 1, maxLength: 6 }), (records) => {
      for (const record of parseRecordText(records.join('\n')).records) {
        expect(answers(record)).toEqual(answers(unshared(record)));
      }
    }), { numRuns: 1000 });
  });

  test('records listing the same names in the same order share one map of positions', () => {
    const [first, second, third] = parseRecordText('id 1\ntitle A\ntopic x\ntopic y\n\nid 2\ntitle B\ntopic z\ntopic w\n\nid 3\ntopic q\n').records;
    expect(first).toBeInstanceOf(ParsedRecord);
    expect((first as ParsedRecord).positions).toBe((second as ParsedRecord).positions);
    expect((third as ParsedRecord).positions).not.toBe((first as ParsedRecord).positions);
    expect(valuesOf(second!, 'topic').map((value) => value.text)).toEqual(['z', 'w']);
    expect(fieldsNamed(second!, 'topic').map((field) => field.values[0]!.text)).toEqual(['z', 'w']);
  });

  test('past 20,000 sequences of names a record makes its own positions, with the same answers', () => {
    const schema = new Schema(vufindBiblioSchema.data);
    const text = Array.from({ length: 20_050 }, (_, i) => `id ${i}\nfield_${i}_s v${i}\ntitle T${i}\n`).join('\n');
    const { records } = parseRecordText(text, { schema });
    const last = records.at(-1) as ParsedRecord;
    expect(last.positions).toBeUndefined();
    expect(answers(last)).toEqual(answers(unshared(last)));
    expect(valuesOf(last, 'title').map((value) => value.text)).toEqual(['T20049']);
    expect((records[0] as ParsedRecord).positions).toBeDefined();
  });
});

describe('memoizedForRecord', () => {
  test('keeps one answer per cache and record, also when making one answer asks for another', () => {
    const [record] = parseRecordText('id 1\ntitle A\n').records;
    const outer = new WeakMap<CatalogRecord, string>();
    const inner = new WeakMap<CatalogRecord, string>();
    const third = new WeakMap<CatalogRecord, string>();
    let made = 0;
    const makeInner = (r: CatalogRecord) => `inner ${r.index} ${++made}`;
    const makeOuter = (r: CatalogRecord) => `outer(${memoizedForRecord(r, inner, makeInner)}) ${++made}`;
    const makeThird = () => `third ${++made}`;
    expect(memoizedForRecord(record!, outer, makeOuter)).toBe('outer(inner 0 1) 2');
    expect(memoizedForRecord(record!, third, makeThird)).toBe('third 3');
    for (let i = 0; i < 2; i++) {
      expect(memoizedForRecord(record!, outer, makeOuter)).toBe('outer(inner 0 1) 2');
      expect(memoizedForRecord(record!, inner, makeInner)).toBe('inner 0 1');
      expect(memoizedForRecord(record!, third, makeThird)).toBe('third 3');
    }
    expect(made).toBe(3);
  });
});

describe('byFieldPosition', () => {
  const lengths = (prefix: string, names: readonly string[]) => names.map((name) => `${prefix}${name}`);

  test('answers by field position, made once for the records of one sequence of names and one owner', () => {
    const records = parseRecordText('id 1\ntitle A\n\nid 2\ntitle B\n\nid 3\ntopic x\ntitle C\n').records;
    const cache = new WeakMap<object, WeakMap<object, readonly string[]>>();
    const owner = {};
    let made = 0;
    const make = (_: object, names: readonly string[]) => { made++; return lengths('#', names); };
    expect(byFieldPosition(records[0]!, cache, owner, make)).toEqual(['#id', '#title']);
    expect(byFieldPosition(records[1]!, cache, owner, make)).toBe(byFieldPosition(records[0]!, cache, owner, make));
    expect(made).toBe(1);
    expect(byFieldPosition(records[2]!, cache, owner, make)).toEqual(['#id', '#topic', '#title']);
    expect(byFieldPosition(records[0]!, cache, {}, make)).toEqual(['#id', '#title']);
    expect(made).toBe(3);
  });

  test('a record the parser did not make gets its answer made from its own fields', () => {
    const [record] = parseRecordText('id 1\ntitle A\n').records;
    const cache = new WeakMap<object, WeakMap<object, readonly string[]>>();
    expect(byFieldPosition(unshared(record!), cache, {}, (_, names) => lengths('!', names))).toEqual(['!id', '!title']);
  });
});

describe('hasUnindentedValues', () => {
  test('is true exactly for parsed records with a value written unindented', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('id 1', 'topic a', '  b', 'c d', 'title T', '+ more', '# note', ''), { maxLength: 14 }), (lines) => {
      for (const record of parseRecordText(lines.join('\n')).records) {
        const unindented = record.fields.some((field) => field.values.some((value) => value.layout === 'unindented'));
        expect((record as ParsedRecord).hasUnindentedValues).toBe(unindented);
      }
    }), { numRuns: 1000 });
  });
});
