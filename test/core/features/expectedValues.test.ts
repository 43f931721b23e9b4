import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectedValue } from '../../../server/src/core/features/expectedValues';
import { firstValue, valuesOf } from '../../../server/src/core/model/record';
import { normalizeWorkKeyPart } from '../../../server/src/core/normalize/workKeys';
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

  test('gives nothing for MARC records, missing inputs and fields it does not compute', () => {
    expect(expectedValue(recordOf(lines('record_format marc', 'title The x')), 'title_sort')).toBeUndefined();
    expect(expectedValue(recordOf('id x'), 'title_sort')).toBeUndefined();
    expect(expectedValue(recordOf('title x'), 'work_keys_str_mv')).toBeUndefined();
    expect(expectedValue(recordOf('title x'), 'publisher')).toBeUndefined();
  });

  test('work key parts keep letters and digits only, diacritics dropped, at most 255 characters', () => {
    expect(normalizeWorkKeyPart('Bryant, Dorothy, 1930-')).toBe('bryantdorothy1930');
    expect(normalizeWorkKeyPart('Ærø Łódź')).toBe('ærøłodz');
    expect(normalizeWorkKeyPart('a'.repeat(300))).toHaveLength(255);
  });
});
