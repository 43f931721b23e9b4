import { describe, expect, test } from 'vitest';
import { createCatalogService, defaultSettings } from '../../../server/src/core/index';
import { checkDocument } from '../../../server/src/core/features/check';
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
