import { describe, expect, test } from 'vitest';
import { createCatalogService, defaultSettings } from '../../../server/src/core/index';
import { fixAll } from '../../../server/src/core/features/fixAll';
import type { RecordDocument } from '../../../server/src/core/model/document';

const service = createCatalogService();

describe('fixAll', () => {
  test('drops a round whose result parses with more problems than its input', () => {
    const original = 'id 1\ntitle A Dog\ntitle_sort dog\npublisher Sample Press \n';
    // A parser that finds the fixed text broken: as if a fix had written invalid syntax.
    const parse = (text: string): RecordDocument => {
      const document = service.parse(text);
      return text === original ? document : { ...document, problems: [{ ruleId: 'solr/invalid-json', span: { start: 0, end: 1 }, message: 'broken' }] };
    };
    expect(service.fixAll(original, defaultSettings)).not.toBe(original);
    expect(fixAll(original, parse, { schema: service.schema, settings: defaultSettings })).toBe(original);
  });

  test('leaves out a removal that would make the line below it a value of the field above, and applies the rest', () => {
    // Removing the second title_full_unstemmed (a derived field, regenerated) would put the unknown "titel" line
    // right under author2, a multi-valued field, which would then read it as one of its values.
    const reattaching = [
      'id r1', 'title Back to Basics', 'title_full_unstemmed Back to Basics', 'author2 Back to Basics',
      'title_full_unstemmed Back to Basics', 'titel Back to Basics',
    ].join('\n');
    const other = ['id r2', 'title The Hobbit', 'title_sort wrong'].join('\n');
    const fixed = service.fixAll(`${reattaching}\n\n${other}\n`, defaultSettings);
    // The other fixes of the round still apply: a missing title_sort added, a wrong one corrected.
    expect(fixed).toBe(`${reattaching.replace('title Back to Basics\n', 'title Back to Basics\ntitle_sort back to basics\n')}\n\n${other.replace('title_sort wrong', 'title_sort hobbit')}\n`);
    expect(service.fixAll(fixed, defaultSettings)).toBe(fixed);
  });
});
