import { describe, expect, test } from 'vitest';
import { createCatalogService, defaultSettings } from '../../../server/src/core/index';
import { checkDocument, checkDocumentLimited } from '../../../server/src/core/features/check';
import { parseRecordTextByChunks } from '../../../server/src/core/parse/recordChunks';
import { allRules } from '../../../server/src/core/rules/index';
import type { Rule } from '../../../server/src/core/rules/rule';
import { lines } from '../../helpers/markers';

const service = createCatalogService();
const sample = lines('title  Two', 'id 1', 'title_sort wrong');

describe('checkDocument', () => {
  test('a rule that throws is reported as a failure; the other rules still run', () => {
    const broken: Rule = { id: 'test/broken', defaultSeverity: 'error', description: 'Always throws.', checkRecord() { throw new Error('boom'); } };
    const result = checkDocument(service.parse(sample), { schema: service.schema, settings: defaultSettings, rules: [broken, ...allRules] });
    expect(result.failures.map((failure) => [failure.ruleId, (failure.error as Error).message])).toEqual([['test/broken', 'boom']]);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['record/whitespace', 'vufind/title-sort-mismatch']);
  });

  test('settings turn rules off and change severities', () => {
    const settings = { ...defaultSettings, rules: { 'record/whitespace': 'off', 'vufind/title-sort-mismatch': 'error' } } as const;
    const { findings } = service.check(service.parse(sample), settings);
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([['vufind/title-sort-mismatch', 'error']]);
  });

  test('suppressions silence the named rule only, or every rule when none is named', () => {
    const named = service.check(service.parse(lines('# catalog-records-disable-next-line record/whitespace', sample)), defaultSettings);
    expect(named.findings.map((finding) => finding.ruleId)).toEqual(['vufind/title-sort-mismatch']);
    const all = service.check(service.parse(lines('# catalog-records-disable', sample, '', 'id 2', 'title  Next record', 'title_sort next record')), defaultSettings);
    expect(all.findings.map((finding) => finding.ruleId)).toEqual(['record/whitespace']);
  });
});

describe('fixAll', () => {
  test('applies overlapping fixes over several rounds and is idempotent', () => {
    const text = lines('title  The Hobbit', 'title_sort x', 'topic a', 'Second', '', 'title\tCafé  ', 'title_sort cafe');
    const once = service.fixAll(text, defaultSettings);
    expect(once).toBe(lines('title The Hobbit', 'title_sort hobbit', 'topic a', '  Second', '', 'title\tCafé', 'title_sort cafe'));
    expect(service.fixAll(once, defaultSettings)).toBe(once);
  });

  test('skips rules that are turned off', () => {
    const text = lines('title  The Hobbit', 'title_sort x');
    expect(service.fixAll(text, { ...defaultSettings, rules: { 'record/whitespace': 'off' } })).toBe(lines('title  The Hobbit', 'title_sort hobbit'));
  });
});

describe('checking an editor document by chunks', () => {
  const threeRecords = lines('id 1', 'title  One', '', 'id 2', 'title  Two', '', 'id 3', 'title  Three');

  test('a rule that throws on one record loses its findings in that chunk only', () => {
    const picky: Rule = {
      id: 'test/picky', defaultSeverity: 'warning', description: 'Throws on record 2.',
      checkRecord(record, context) {
        const id = record.fields.find((field) => field.name === 'id')!.values[0]!.text;
        if (id === '2') throw new Error('boom');
        context.report({ span: record.span, message: `checked ${id}` });
      },
    };
    const document = parseRecordTextByChunks(threeRecords, service.schema);
    const options = { schema: service.schema, settings: defaultSettings, rules: [picky, ...allRules] };
    const result = checkDocumentLimited(document, options, { max: 0, focus: 0 });
    expect(result.failures.map((failure) => failure.ruleId)).toEqual(['test/picky']);
    expect(result.findings.filter((finding) => finding.ruleId === 'test/picky').map((finding) => finding.message)).toEqual(['checked 1', 'checked 3']);
    expect(result.findings.filter((finding) => finding.ruleId === 'record/whitespace')).toHaveLength(3);
  });

  test('the first check of a document, which checks its chunks together, finds what a whole-document check finds', () => {
    const text = Array.from({ length: 40 }, (_, i) => lines(`id ${i}`, i % 3 ? 'title  Spaced' : 'title The Hobbit', 'title_sort x', 'topic a')).join('\n\n');
    const options = { schema: service.schema, settings: defaultSettings };
    const chunked = checkDocumentLimited(parseRecordTextByChunks(text, service.schema, undefined, 7), options, { max: 0, focus: 0 });
    expect(chunked.findings).toEqual(checkDocument(service.parse(text), options).findings);
  });
});
