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
});
