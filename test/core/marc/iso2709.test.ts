import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dataFields, decodeIso2709 } from '../../../server/src/core/marc/iso2709';
import { iso2709 } from '../../helpers/marc';
import { sharedDir } from '../../helpers/solrDoc';

const vufindData = path.join(sharedDir, 'corpus/vufind/tests/data');

/** Records of a UTF-8 .mrc file, split on the record terminator as bytes, then read as text. */
function mrcRecords(file: string): string[] {
  const bytes = readFileSync(path.join(vufindData, file));
  const records: string[] = [];
  let start = 0;
  for (let at = 0; at < bytes.length; at++) {
    if (bytes[at] === 0x1d) {
      records.push(bytes.subarray(start, at + 1).toString('utf8'));
      start = at + 1;
    }
  }
  return records;
}

describe('decodeIso2709', () => {
  test('reads leader, control fields, indicators and subfields; offsets count UTF-8 bytes', () => {
    const { record, problems } = decodeIso2709(iso2709('001 id1', '245 14 $aThé tëst /$cÅse.', '650  0 $aΕλλάδα'));
    expect(problems).toEqual([]);
    expect(record!.leader).toMatch(/^\d{5}nam a22/);
    expect(record!.fields).toEqual([
      { kind: 'control', tag: '001', value: 'id1' },
      { kind: 'data', tag: '245', ind1: '1', ind2: '4', subfields: [{ code: 'a', value: 'Thé tëst /' }, { code: 'c', value: 'Åse.' }] },
      { kind: 'data', tag: '650', ind1: ' ', ind2: '0', subfields: [{ code: 'a', value: 'Ελλάδα' }] },
    ]);
  });

  test('weird_ids.mrc (UTF-8): every record decodes cleanly, 001 and 245 $a as VuFind indexes them', () => {
    const records = mrcRecords('weird_ids.mrc').map((text) => decodeIso2709(text));
    expect(records.length).toBe(9);
    for (const { record, problems } of records) {
      expect(problems).toEqual([]);
      expect(dataFields(record!, '245')).toHaveLength(1);
    }
    const ids = records.map(({ record }) => record!.fields.find((field) => field.tag === '001'));
    expect(ids).toContainEqual({ kind: 'control', tag: '001', value: 'dot.dash-underscore__3.space suffix' });
  });

  test('heb.mrc: Hebrew UTF-8 whose multi-byte text only fits the directory when counted in bytes', () => {
    const [text] = mrcRecords('heb.mrc');
    const { record, problems } = decodeIso2709(text!);
    expect(problems.filter((problem) => problem.includes('directory'))).toEqual([]);
    expect(dataFields(record!, '245')[0]!.subfields[0]!.value).toMatch(/[\u0590-\u05FF]/);
  });

  test('a directory that is off: the fields are found by splitting on the field terminator', () => {
    const good = iso2709('001 x', '245 10 $aTitle', '500    $aNote');
    const broken = good.replace(/245\d{4}/, '2450099');
    const { record, problems } = decodeIso2709(broken);
    expect(problems.some((problem) => problem.includes('splitting on the field terminator'))).toBe(true);
    expect(record!.fields).toEqual(decodeIso2709(good).record!.fields);
  });

  test('a wrong base address and record length are reported, the fields still read', () => {
    const good = iso2709('001 x', '245 10 $aTitle');
    const broken = `99999${good.slice(5, 12)}00000${good.slice(17)}`;
    const { record, problems } = decodeIso2709(broken);
    expect(problems).toHaveLength(2);
    expect(dataFields(record!, '245')[0]!.subfields).toEqual([{ code: 'a', value: 'Title' }]);
  });

  test.each(['', 'abc', 'x'.repeat(24), '00000nam a2200000 a 4500\x1e\x1d', '\x1e\x1f\x1d'.repeat(20), 'garbage'])(
    'garbage %j gives problems, not an exception', (input) => {
      const result = decodeIso2709(input);
      expect(result.problems.length).toBeGreaterThan(0);
    });

  test('never throws on any input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (input) => {
      decodeIso2709(input);
      decodeIso2709(`01234nam a2200037 a 4500${input}`);
    }));
  });
});
