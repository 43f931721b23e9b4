import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectedValue } from '../../../server/src/core/features/expectedValues';
import { firstValue, valuesOf } from '../../../server/src/core/model/record';
import { serviceWith } from '../../helpers/editing';
import { lines } from '../../helpers/markers';

const { service } = serviceWith();
const recordOf = (text: string) => service.parse(text).records[0]!;

describe('expectedValue', () => {
  test('reproduces the example record\'s title_sort, author_sort and work key', () => {
    const record = recordOf(readFileSync(path.resolve(__dirname, '../../../examples/doaj-article.record'), 'utf8'));
    for (const name of ['title_sort', 'author_sort']) expect(expectedValue(record, name)!.values).toEqual([firstValue(record, name)!.text]);
    expect(expectedValue(record, 'work_keys_str_mv')!.values).toEqual(valuesOf(record, 'work_keys_str_mv').map((value) => value.text));
  });

  test('gives nothing for missing inputs and fields it does not compute', () => {
    expect(expectedValue(recordOf('id x'), 'title_sort')).toBeUndefined();
    expect(expectedValue(recordOf('title x'), 'work_keys_str_mv')).toBeUndefined();
    expect(expectedValue(recordOf('title x'), 'publisher')).toBeUndefined();
  });

  test('explains the computation step by step and names the path', () => {
    const expected = expectedValue(recordOf(lines('title The Hobbit', 'author J. R. R. Tolkien')), 'title_sort')!;
    expect(expected.values).toEqual(['hobbit']);
    expect(expected.path).toBe('xslt');
    expect(expected.steps.length).toBeGreaterThan(2);
    expect(expected.steps.at(-1)).toContain('"hobbit"');
  });
});
