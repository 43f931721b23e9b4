import { describe, expect, test } from 'vitest';
import { parseSolrJson } from '../../../server/src/core/parse/solrJson';
import { applyChanges } from '../../../server/src/core/features/changes';

function shape(text: string, lines = false): string[][] {
  return parseSolrJson(text, { lines }).records.map((record) =>
    record.fields.map((field) => `${field.name}=${field.values.map((value) => value.text).join('|')}`));
}

describe('parseSolrJson', () => {
  test.each([
    ['one document', '{"id":"1","topic":["a","b"]}', [['id=1', 'topic=a|b']]],
    ['an array of documents', '[{"id":"1"},{"id":"2"}]', [['id=1'], ['id=2']]],
    ['a /select response', '{"responseHeader":{"status":0},"response":{"numFound":1,"docs":[{"id":"r"}]}}', [['id=r']]],
    ['add commands, repeated keys kept', '{"add":{"doc":{"id":"a"}},"add":{"doc":{"id":"b"}},"commit":{}}', [['id=a'], ['id=b']]],
    ['numbers keep their digits beyond 2^53', '{"_version_":1849690312389165056,"x_boolean":true}', [['_version_=1849690312389165056', 'x_boolean=true']]],
    ['atomic updates carry the value inside', '{"id":"1","topic":{"add":["x"]}}', [['id=1', 'topic=x']]],
    ['escapes are decoded', '{"title":"a\\"b\\n\\u00e9"}', [['title=a"b\né']]],
    ['a response without docs has no records', '{"responseHeader":{"status":0}}', []],
  ])('%s', (_name, text, expected) => {
    expect(shape(text)).toEqual(expected);
  });

  test('JSON Lines: one document per line, offsets into the whole file', () => {
    const text = '{"id":"1"}\r\n\r\n{"id":"2","title":"T"}\n';
    const document = parseSolrJson(text, { lines: true });
    expect(shape(text, true)).toEqual([['id=1'], ['id=2', 'title=T']]);
    const title = document.records[1]!.fields[1]!;
    expect(text.slice(title.nameSpan.start, title.nameSpan.end)).toBe('title');
    expect(text.slice(title.values[0]!.span.start, title.values[0]!.span.end)).toBe('"T"');
  });

  test('spans: names inside the quotes, values as their JSON literal; a BOM moves nothing', () => {
    const text = '\uFEFF{ "id": "x", "topic": ["a", "b"] }';
    const [record] = parseSolrJson(text).records;
    const topic = record!.fields[1]!;
    expect(text.slice(topic.nameSpan.start, topic.nameSpan.end)).toBe('topic');
    expect(topic.values.map((value) => text.slice(value.span.start, value.span.end))).toEqual(['"a"', '"b"']);
    expect(text.slice(record!.span.start, record!.span.end)).toBe(text.slice(1));
  });

  test('broken JSON is one clear problem at the right place, and what can be read is read', () => {
    const text = '{"id":"1" "title":"T"}';
    const document = parseSolrJson(text);
    expect(document.problems.map((problem) => [problem.ruleId, problem.message, problem.span.start])).toEqual([
      ['solr/invalid-json', 'Invalid JSON: comma expected.', 10],
    ]);
    expect(shape(text)).toEqual([['id=1', 'title=T']]);
  });

  test('null and nested values are reported, not silently dropped', () => {
    const document = parseSolrJson('{"id":"1","x_str":null,"_childDocuments_":[{"id":"c"}]}');
    expect(document.problems.map((problem) => problem.ruleId)).toEqual(['solr/unsupported-value', 'solr/unsupported-value']);
  });

  describe('syntax: edits keep the JSON valid', () => {
    const text = '{\n  "id": "1",\n  "topic": ["a", "b"],\n  "title": "T"\n}';
    const document = parseSolrJson(text);
    const [id, topic, title] = document.records[0]!.fields;
    const apply = (change: { span: { start: number; end: number }; newText: string }) => applyChanges(text, [change]);
    test.each([
      ['remove the first field', () => applyChanges(text, document.syntax.removeFields([id!])), { topic: ['a', 'b'], title: 'T' }],
      ['remove the last field', () => applyChanges(text, document.syntax.removeFields([title!])), { id: '1', topic: ['a', 'b'] }],
      ['remove one value', () => apply(document.syntax.removeValue(topic!, 1)), { id: '1', topic: ['a'], title: 'T' }],
      ['replace values, keeping the array', () => apply(document.syntax.replaceValues(topic!, ['z'])), { id: '1', topic: ['z'], title: 'T' }],
      ['replace a scalar', () => apply(document.syntax.replaceValues(title!, ['Q "x"'])), { id: '1', topic: ['a', 'b'], title: 'Q "x"' }],
      ['insert a field after another', () => apply(document.syntax.insertField(title!.fullSpan.end, 'title_sort', ['t'])), { id: '1', topic: ['a', 'b'], title: 'T', title_sort: 't' }],
    ])('%s', (_name, run, expected) => {
      expect(JSON.parse(run())).toEqual(expected);
    });

    test('an inserted field takes the indentation of its neighbour', () => {
      expect(apply(document.syntax.insertField(title!.fullSpan.end, 'x', ['1']))).toContain('"title": "T",\n  "x": "1"\n}');
    });
  });
});

describe('removing several fields at once', () => {
  const text = '{"id":"1","_version_":5,"x_str":null,"spelling":["x"],"title":"T","author_facet":["a"]}';
  const document = parseSolrJson(text);
  const byName = (name: string) => document.records[0]!.fields.find((field) => field.name === name)!;
  test.each([
    [['_version_', 'spelling'], { id: '1', x_str: null, title: 'T', author_facet: ['a'] }],
    [['id', '_version_'], { x_str: null, spelling: ['x'], title: 'T', author_facet: ['a'] }],
    [['title', 'author_facet'], { id: '1', _version_: 5, x_str: null, spelling: ['x'] }],
    [['id', '_version_', 'spelling', 'title', 'author_facet'], { x_str: null }],
  ])('removing %j leaves valid JSON', (names, expected) => {
    expect(JSON.parse(applyChanges(text, document.syntax.removeFields(names.map(byName))))).toEqual(expected);
  });
});
