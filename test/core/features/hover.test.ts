import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { decodeSolrVersion } from '../../../server/src/core/normalize/solrVersion';
import { atCursor, serviceWith } from '../../helpers/editing';
import { lines } from '../../helpers/markers';

function hoverAt(marked: string): { text: string; range: unknown } | null {
  const { service } = serviceWith();
  const { document, position } = atCursor(service, marked);
  const hover = service.getHover(document, position);
  if (!hover) return null;
  return { text: (hover.contents as { value: string }).value, range: hover.range };
}

describe('hover on field names', () => {
  test('title_sort: type, flags, origin per import path and the rule that checks it', () => {
    const hover = hoverAt('title_so‸rt abc')!;
    expect(hover.text).toContain('**title_sort**: `string · single-valued`, indexed, stored');
    expect(hover.text).toContain('MARC (marc.properties): 245abkp');
    expect(hover.text).toContain('XSLT (doaj.xsl): titleSortLower(stripArticles(title))');
    expect(hover.text).toContain('[vufind/title-sort-mismatch](https://docs.example/rules/vufind/title-sort-mismatch.md)');
    expect(hover.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 10 } });
  });

  test('copyField destinations say Solr derives them and from what', () => {
    expect(hoverAt('author_fac‸et x')!.text).toContain('Solr derives it: copyField from `author`, `author2`, `author_corporate`');
    expect(hoverAt('title_fu‸ll x')!.text).toContain('Solr copies it to `title_fullStr`, `title_full_unstemmed`');
  });

  test('dynamic fields name their pattern; unknown fields say Solr rejects them', () => {
    expect(hoverAt('doi_s‸tr_mv 10.1/x')!.text).toContain('Dynamic field: matches `*_str_mv`');
    expect(hoverAt('titel‸ x')!.text).toContain('not in the VuFind biblio schema');
  });
});

describe('hover on values', () => {
  test('a sort key shows the expected value step by step', () => {
    const hover = hoverAt(lines('title The Café', 'title_sort ca‸fe'))!;
    expect(hover.text).toContain('VuFind computes `cafe` (matches)');
    expect(hover.text).toContain('Computed as VuFind\'s XSLT importers do');
    expect(hover.text).toContain('1. strip one leading English article, lowercase: "café"');
    expect(hover.text).toContain('2. fold accents to ASCII \\(Latin\\-ASCII\\): "cafe"');
    // Record text never turns into markdown formatting.
    expect(hoverAt(lines('title *Bold* [x](y)', 'title_sort b‸old'))!.text).toContain('1. strip one leading English article, lowercase: "\\*bold\\* \\[x\\]\\(y\\)"');
    expect(hoverAt(lines('title The Café', 'title_sort the ca‸fe'))!.text).toContain('(differs from this value)');
  });

  test('_version_ decodes to the time of the last update', () => {
    const hover = hoverAt('_version_ 18496903123‸89165056')!;
    expect(hover.text).toContain('**2025-11-24T16:35:44.231Z**');
  });

  test('other values have no hover', () => {
    expect(hoverAt('publisher Hum‸ber')).toBeNull();
  });

  test('the example record hovers on every line without throwing', () => {
    const text = readFileSync(path.resolve(__dirname, '../../../examples/doaj-article.record'), 'utf8');
    const { service } = serviceWith();
    const document = service.parse(text);
    text.split('\n').forEach((_, line) => service.getHover(document, { line, character: 2 }));
    const sortKey = text.split('\n').findIndex((line) => line.startsWith('title_sort '));
    expect((service.getHover(document, { line: sortKey, character: 14 })!.contents as { value: string }).value).toContain('(matches)');
  });
});

describe('decodeSolrVersion', () => {
  test('splits milliseconds and counter with BigInt precision', () => {
    expect(decodeSolrVersion('1849690312389165056')).toEqual({ epochMillis: 1764002144231n, counter: 0n, iso: '2025-11-24T16:35:44.231Z' });
    expect(decodeSolrVersion(String((1764002144231n << 20n) | 5n))!.counter).toBe(5n);
    expect(decodeSolrVersion('-1')).toBeUndefined();
    expect(decodeSolrVersion('abc')).toBeUndefined();
  });
});

test('hover on a sort-key field name names the value VuFind computes for this record', () => {
  const hover = hoverAt(lines('title The Hobbit', 'title_s‸ort the hobbit'))!;
  expect(hover.text).toContain('For this record VuFind computes `hobbit`.');
});
