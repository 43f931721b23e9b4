import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkDocument, type Finding } from '../../../server/src/core/features/check';
import { checkRecordTextInSlices } from '../../../server/src/core/features/checkSlices';
import { firstValue } from '../../../server/src/core/model/record';
import type { CatalogRecord } from '../../../server/src/core/model/record';
import { parseRecordText } from '../../../server/src/core/parse/recordText';
import { allRules } from '../../../server/src/core/rules/index';
import type { Rule } from '../../../server/src/core/rules/rule';
import { vufindBiblioSchema } from '../../../server/src/core/schema/schema';
import { type CatalogSettings, defaultSettings } from '../../../server/src/core/settings';
import { recordTextArbitrary } from '../../helpers/recordTextArbitrary';

const schema = vufindBiblioSchema;

/** The slices as the visitor saw them. */
function sliced(text: string, recordsPerSlice: number, options: { rules?: readonly Rule[]; settings?: CatalogSettings } = {}) {
  const slices: Array<{ findings: readonly Finding[]; records: readonly CatalogRecord[] }> = [];
  const result = checkRecordTextInSlices(text, { schema, settings: options.settings ?? defaultSettings, ...(options.rules ? { rules: options.rules } : {}) }, {
    slice: (findings, records) => slices.push({ findings, records }),
  }, recordsPerSlice);
  return { ...result, slices, findings: slices.flatMap((slice) => slice.findings), records: slices.flatMap((slice) => slice.records) };
}

/** Plain data (getters read), so that records compare by content. */
function plain(value: unknown) {
  return JSON.parse(JSON.stringify(value));
}

const record = (id: string, more = '') => `id ${id}\ntitle Title ${id}\n${more}`;

describe('checkRecordTextInSlices', () => {
  test('finds exactly what checking the whole document finds, in the same order, for any text and slice size', () => {
    fc.assert(fc.property(recordTextArbitrary, fc.integer({ min: 1, max: 5 }), (text, recordsPerSlice) => {
      const document = parseRecordText(text, { schema });
      const whole = checkDocument(document, { schema, settings: defaultSettings });
      const result = sliced(text, recordsPerSlice);
      expect(plain(result.findings)).toEqual(plain(whole.findings));
      expect(plain(result.records)).toEqual(plain(document.records));
      expect(result.records).toHaveLength(document.records.length);
      expect(result.failures).toEqual([]);
    }), { numRuns: 400 });
  });

  test('cuts slices at blank lines once they hold enough records; each slice is sorted and comes in document order', () => {
    const text = Array.from({ length: 10 }, (_, i) => record(`r${i}`, 'title_sort wrong\n')).join('\n');
    const { slices } = sliced(text, 3);
    expect(slices.map((slice) => slice.records.map((r) => firstValue(r, 'id')?.text))).toEqual([
      ['r0', 'r1', 'r2'], ['r3', 'r4', 'r5'], ['r6', 'r7', 'r8'], ['r9'],
    ]);
    expect(slices.map((slice) => slice.records.map((r) => r.index))).toEqual([[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]);
    for (const slice of slices) {
      for (const finding of slice.findings) {
        expect(finding.span.start).toBeGreaterThanOrEqual(slice.records[0]!.span.start);
        expect(finding.span.end).toBeLessThanOrEqual(slice.records.at(-1)!.span.end);
      }
    }
  });

  test('an id used again several slices later is a duplicate, named with the line of its first use', () => {
    const text = [record('a'), record('b'), record('c'), record('a')].join('\n');
    const duplicates = sliced(text, 1).findings.filter((finding) => finding.ruleId === 'vufind/duplicate-id');
    expect(duplicates.map((finding) => [text.slice(finding.span.start, finding.span.end), finding.message])).toEqual([
      ['a', 'The id "a" is already used by the record on line 1: Solr keeps only the document indexed last, replacing the other.'],
    ]);
  });

  test('a suppression comment silences findings in its own slice only, as in the whole document', () => {
    const text = [record('a', 'title_sort wrong\n'), `# catalog-records-disable vufind/title-sort-mismatch\n${record('b', 'title_sort wrong\n')}`,
      record('c', 'title_sort wrong\n')].join('\n');
    const mismatches = sliced(text, 1).findings.filter((finding) => finding.ruleId === 'vufind/title-sort-mismatch');
    expect(mismatches.map((finding) => finding.span.start)).toEqual([text.indexOf('wrong'), text.lastIndexOf('wrong')]);
  });

  test('a rule that throws is a failure; what it found before stays, and the other rules check every slice', () => {
    const broken: Rule = {
      id: 'test/broken', defaultSeverity: 'error', description: 'Throws on record "b".',
      checkRecord(checked, context) {
        if (firstValue(checked, 'id')?.text === 'b') throw new Error('boom');
        context.report({ span: checked.span, message: 'seen' });
      },
    };
    const text = [record('a', 'title_sort wrong\n'), record('b'), record('c', 'title_sort wrong\n')].join('\n');
    const result = sliced(text, 1, { rules: [broken, ...allRules] });
    expect(result.failures.map((failure) => failure.ruleId)).toEqual(['test/broken']);
    expect(result.findings.filter((finding) => finding.ruleId === 'test/broken')).toHaveLength(1);
    expect(result.findings.filter((finding) => finding.ruleId === 'vufind/title-sort-mismatch')).toHaveLength(2);
  });

  test('a document rule without a slice form sees the whole document, as one slice', () => {
    const counting: Rule = {
      id: 'test/count', defaultSeverity: 'info', description: 'Reports how many records the document has.',
      checkDocument: (document, context) => context.report({ span: { start: 0, end: 0 }, message: `${document.records.length} records` }),
    };
    const text = [record('a'), record('b'), record('c')].join('\n');
    const result = sliced(text, 1, { rules: [counting] });
    expect(result.slices).toHaveLength(1);
    expect(result.findings.map((finding) => finding.message)).toEqual(['3 records']);
    expect(result.records).toHaveLength(3);
  });

  test('rules turned off are not run; configured severities apply', () => {
    const text = record('a', 'title_sort wrong\n');
    const settings: CatalogSettings = { ...defaultSettings, rules: { 'vufind/title-sort-mismatch': 'error', 'vufind/missing-sort-key': 'off' } };
    const expected = checkDocument(parseRecordText(text, { schema }), { schema, settings }).findings;
    const result = sliced(text, 1, { settings });
    expect(plain(result.findings)).toEqual(plain(expected));
    expect(result.findings.find((finding) => finding.ruleId === 'vufind/title-sort-mismatch')?.severity).toBe('error');
  });
});
