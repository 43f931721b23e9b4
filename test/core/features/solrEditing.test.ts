import type { CompletionItem, Hover, TextEdit } from 'vscode-languageserver-types';
import { describe, expect, test } from 'vitest';
import { createCatalogService } from '../../../server/src/core/index';
import type { DocumentFormat } from '../../../server/src/core/model/document';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { stripMarkers } from '../../helpers/markers';
import { TextDocument } from 'vscode-languageserver-textdocument';

const service = createCatalogService();

function at(format: DocumentFormat, marked: string) {
  const { text, cursor } = stripMarkers(marked);
  const document = service.parseAs(text, format);
  return { text, document, position: new LineIndex(text).positionAt(cursor!) };
}

function completions(format: DocumentFormat, marked: string): CompletionItem[] {
  const { document, position } = at(format, marked);
  return service.getCompletions(document, position).items;
}

function applyItem(format: DocumentFormat, marked: string, label: string): string {
  const { text } = at(format, marked);
  const item = completions(format, marked).find((candidate) => candidate.label === label);
  if (!item) throw new Error(`no completion ${label}`);
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'json', 1, text), [item.textEdit as TextEdit]);
}

describe('editing Solr JSON', () => {
  test('a property name being typed completes to schema fields, inside the quotes', () => {
    const marked = '{"id":"1","title":"The Hobbit","title_s‸"}';
    expect(completions('solr-json', marked).map((item) => item.label)).toContain('title_sort');
    expect(applyItem('solr-json', marked, 'title_sort')).toBe('{"id":"1","title":"The Hobbit","title_sort"}');
  });

  test('a value completes as a JSON string, the computed sort key first', () => {
    const marked = '{"id":"1","title":"The Hobbit","title_sort":"x‸"}';
    const [first] = completions('solr-json', marked);
    expect(first!.label).toBe('hobbit');
    expect(applyItem('solr-json', marked, 'hobbit')).toBe('{"id":"1","title":"The Hobbit","title_sort":"hobbit"}');
  });

  test('a value with quotes is escaped', () => {
    const marked = '{"id":"1","title":"Say \\"hi\\"","title_sort":"‸"}';
    expect(JSON.parse(applyItem('solr-json', marked, 'say hi'))).toMatchObject({ title_sort: 'say hi' });
  });

  test('hover on a key explains the field; on a sort key shows the computation', () => {
    const onKey = at('solr-json', '{"id":"1","tit‸le_sort":"hobbit","title":"The Hobbit"}');
    expect(markdownOf(service.getHover(onKey.document, onKey.position))).toContain('**title_sort**');
    const onValue = at('solr-json', '{"id":"1","title_sort":"hob‸bit","title":"The Hobbit"}');
    expect(markdownOf(service.getHover(onValue.document, onValue.position))).toContain('VuFind computes `hobbit` (matches)');
  });

  test('links point at the whole literal, escapes and all', () => {
    const { document, text } = at('solr-json', '{"url":["https:\\/\\/example.org\\/a"]‸}');
    const [link] = service.getDocumentLinks(document);
    expect(link!.target).toBe('https://example.org/a');
    const index = new LineIndex(text);
    expect(text.slice(index.offsetAt(link!.range.start), index.offsetAt(link!.range.end))).toBe('"https:\\/\\/example.org\\/a"');
  });

  test('formatting is left to the editor\'s JSON formatter', () => {
    const { document } = at('solr-json', '{ "id" :  "1"‸ }');
    expect(service.format(document, { rules: {}, format: { fieldOrder: 'staffView' } })).toEqual([]);
  });
});

describe('editing Solr XML', () => {
  test('a value completes XML-escaped; the name attribute completes to fields', () => {
    const marked = '<add><doc><field name="format">Bo‸</field></doc></add>';
    expect(completions('solr-xml', marked).map((item) => item.label)).toContain('Book');
    const onName = '<add><doc><field name="title_s‸">x</field></doc></add>';
    expect(completions('solr-xml', onName).map((item) => item.label)).toContain('title_sort');
  });

  test('symbols outline every document', () => {
    const { document } = at('solr-xml', '<add><doc><field name="id">a</field><field name="title">T</field></doc><doc><field name="id">b</field></doc></add>‸');
    expect(service.getDocumentSymbols(document).map((symbol) => symbol.name)).toEqual(['a — T', 'b']);
  });
});

function markdownOf(hover: Hover | null): string {
  const contents = hover?.contents;
  return typeof contents === 'object' && contents !== null && 'value' in contents ? contents.value : '';
}
