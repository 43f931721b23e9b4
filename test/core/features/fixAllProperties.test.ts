import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createCatalogService, defaultSettings } from '../../../server/src/core/index';
import type { RecordDocument } from '../../../server/src/core/model/document';

const service = createCatalogService();

/** Fields whose values a safe fix may rewrite; every other value must come out of fix-all unchanged. */
const fixableFields = new Set(['title_sort', 'issn', 'language', 'format', ...service.schema.managedFields]);

const names = [
  'id', 'title', 'title_full', 'title_fullStr', 'title_full_unstemmed', 'title_sort', 'author', 'author2', 'author_facet',
  'spellingShingle', 'spelling', 'series', 'topic', 'issn', 'isbn', 'language', 'format', 'publishDate', 'url',
  '_version_', 'first_indexed', 'doi_str_mv', 'titel', 'local_boolean',
];
const values = [
  'Back to Basics', 'The Hobbit', 'A', 'B C', 'hobbit', 'the hobbit', 'Ça va', '25615904', '2561-5904', '1050-124x',
  '2561-5905', 'eng', 'EN', 'english', 'English', 'Klingon', 'article', 'Boook', 'Book', '2021-07-01', '2021',
  'https://x.org/a', 'www.x.org', 'javascript:alert(1)', '1849690312389165056', '0', 'yes', '1558612743',
];

const field = fc.record({ name: fc.constantFrom(...names), values: fc.array(fc.constantFrom(...values), { minLength: 1, maxLength: 3 }) });
const recordText = fc.array(field, { minLength: 1, maxLength: 8 });
const documentText = fc.record({
  records: fc.array(recordText, { minLength: 1, maxLength: 3 }),
  eol: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  finalEol: fc.boolean(),
}).map(({ records, eol, bom, finalEol }) => {
  const body = records.map((fields) => fields.map(({ name, values: [first, ...rest] }) =>
    [`${name} ${first}`, ...rest.map((value) => `  ${value}`)].join(eol)).join(eol)).join(eol + eol);
  return (bom ? '\uFEFF' : '') + body + (finalEol ? eol : '');
});

/** Every value of the fields no safe fix touches, in document order. */
function untouchableValues(document: RecordDocument): string[] {
  return document.records.flatMap((record) => record.fields
    .filter((candidate) => !fixableFields.has(candidate.name))
    .map((candidate) => `${candidate.name}: ${candidate.values.map((value) => value.text).join(' | ')}`));
}

describe('fix-all over random records', () => {
  test('is idempotent, changes only fixable values, keeps line endings and BOM', () => {
    fc.assert(fc.property(documentText, (text) => {
      const once = service.fixAll(text, defaultSettings);
      expect(service.fixAll(once, defaultSettings)).toBe(once);
      expect(untouchableValues(service.parse(once))).toEqual(untouchableValues(service.parse(text)));
      expect(once.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
      if (!text.includes('\r\n')) expect(once).not.toContain('\r');
      if (text.includes('\r\n')) expect(once.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    }), { numRuns: 300 });
  });
});
