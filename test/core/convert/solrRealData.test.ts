import { describe, expect, test } from 'vitest';
import { createCatalogService, defaultSettings } from '../../../server/src/core/index';
import { parseSolrJson } from '../../../server/src/core/parse/solrJson';
import { isSolrManaged } from '../../../server/src/core/convert/prepare';
import { blenderResponses } from '../../helpers/corpus';

const service = createCatalogService();
const responses = blenderResponses();

/** The documents of a Solr response as plain JSON values (numbers beyond 2^53 lose digits on both sides alike). */
function docsOf(text: string): Array<Record<string, unknown>> {
  return (JSON.parse(text) as { response: { docs: Array<Record<string, unknown>> } }).response.docs;
}

/** Per record, each finding as rule + message: what a user would read, whatever the syntax. */
function findingsByRecord(format: 'solr-json' | 'record' | 'solr-xml', text: string): string[][] {
  const document = service.parseAs(text, format);
  const { findings } = service.check(document, defaultSettings);
  return document.records.map((record) => findings
    .filter((finding) => finding.span.start >= record.span.start && finding.span.end <= record.span.end)
    .map((finding) => `${finding.ruleId}: ${finding.message}`));
}

describe.each(responses.map((response) => [response.name, response.text] as const))('VuFind fixture %s', (_name, text) => {
  const document = service.parseAs(text, 'solr-json');

  test('opens as-is: every document becomes a record, with no syntax problem', () => {
    expect(document.problems).toEqual([]);
    expect(document.records.length).toBe(docsOf(text).length);
    expect(document.records[0]!.fields.map((field) => field.name)).toEqual(Object.keys(docsOf(text)[0]!));
  });

  test('gives the same findings as the same records in .record form and in Solr XML', () => {
    const asRecord = service.convert(document, 'record');
    expect(asRecord.problems).toEqual([]);
    const json = findingsByRecord('solr-json', text);
    expect(findingsByRecord('record', asRecord.text)).toEqual(json);
    expect(findingsByRecord('solr-xml', service.convert(document, 'xml').text)).toEqual(json);
  });

  test('JSON → .record → JSON gives deep-equal documents', () => {
    const asRecord = service.convert(document, 'record').text;
    const back = service.convert(service.parse(asRecord), 'json').text;
    expect(JSON.parse(back)).toEqual(docsOf(text));
  });

  test('JSON → XML → JSON gives deep-equal documents', () => {
    const xml = service.convert(document, 'xml').text;
    const back = service.convert(service.parseAs(xml, 'solr-xml'), 'json').text;
    expect(JSON.parse(back)).toEqual(docsOf(text));
  });

  test('_version_ keeps every digit through the conversions', () => {
    const versions = [...text.matchAll(/"_version_":\s*(\d+)/g)].map((match) => match[1]);
    const converted = service.convert(service.parse(service.convert(document, 'record').text), 'json').text;
    expect([...converted.matchAll(/"_version_":\s*(\d+)/g)].map((match) => match[1])).toEqual(versions);
  });

  test('prepare for indexing drops exactly the Solr-managed fields and is valid JSON', () => {
    const prepared = JSON.parse(service.prepareForIndexing(document).text) as Array<Record<string, unknown>>;
    const original = docsOf(text);
    expect(prepared).toHaveLength(original.length);
    prepared.forEach((doc, index) => {
      const kept = Object.keys(original[index]!).filter((name) => !isSolrManaged(service.schema, name));
      expect(Object.keys(doc)).toEqual(kept);
      for (const name of kept) expect(doc[name]).toEqual(original[index]![name]);
    });
    const withVersion = JSON.parse(service.prepareForIndexing(document, { keepVersion: true }).text) as Array<Record<string, unknown>>;
    expect(withVersion.every((doc, index) => doc['_version_'] === original[index]!['_version_'])).toBe(true);
  });
});

describe('fixes in Solr JSON keep the file valid JSON', () => {
  const [first] = responses;
  test('fix-all on a response with a broken title_sort writes the computed key as a JSON string', () => {
    const text = first!.text;
    const document = service.parseAs(text, 'solr-json');
    const sortKey = document.records[0]!.fields.find((field) => field.name === 'title_sort')!.values[0]!;
    const broken = `${text.slice(0, sortKey.span.start)}"  The WRONG key"${text.slice(sortKey.span.end)}`;
    const fixed = service.fixAll(broken, defaultSettings, 'solr-json');
    expect(docsOf(fixed)).toEqual(docsOf(text));
    expect(service.fixAll(fixed, defaultSettings, 'solr-json')).toBe(fixed);
  });

  test('a missing title_sort is inserted as a property of the right document', () => {
    const text = '{\n  "id": "x",\n  "title": "The Hobbit",\n  "title_short": "The Hobbit"\n}\n';
    const fixed = service.fixAll(text, defaultSettings, 'solr-json');
    expect(JSON.parse(fixed)).toMatchObject({ id: 'x', title_sort: 'hobbit' });
    expect(parseSolrJson(fixed).problems).toEqual([]);
  });
});

describe('atomic updates', () => {
  test('convert and prepare warn that the operation is lost; the values come through', () => {
    const document = service.parseAs('{"add":{"doc":{"id":"1","topic":{"add":["New topic"]},"title":"T"}}}', 'solr-json');
    const converted = service.convert(document, 'json');
    expect(converted.problems).toEqual([expect.stringContaining('Record 1: "topic" is an atomic update ({"add": …})')]);
    expect(JSON.parse(converted.text)).toEqual([{ id: '1', topic: ['New topic'], title: 'T' }]);
    expect(service.prepareForIndexing(document).problems).toEqual(converted.problems);
    expect(service.prepareForIndexing(service.parseAs('{"id":"1"}', 'solr-json')).problems).toEqual([]);
  });
});
