import { describe, expect, test } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver-types';
import { atCursor, serviceWith } from '../../helpers/editing';
import { lines } from '../../helpers/markers';

function completionsAt(marked: string, files: Record<string, string> = {}): CompletionItem[] {
  const { service } = serviceWith(files);
  const { document, position } = atCursor(service, marked);
  return service.getCompletions(document, position).items;
}

const labels = (items: CompletionItem[]) => items.map((item) => item.label);
const bySortText = (items: CompletionItem[]) => [...items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1));

describe('field name completion', () => {
  test('offers every schema field with type and valuedness as detail', () => {
    const items = completionsAt('title_s‸');
    const titleSort = items.find((item) => item.label === 'title_sort')!;
    expect(titleSort.detail).toBe('string · single-valued');
    expect(titleSort.documentation).toContain('Sort key');
    expect(titleSort.textEdit).toEqual({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 7 } }, newText: 'title_sort' });
    expect(items.find((item) => item.label === 'author')!.detail).toBe('textProper · multi-valued');
  });

  test('offers dynamic patterns as snippets with the typed stem as placeholder', () => {
    const item = completionsAt('doi_s‸').find((candidate) => candidate.label === '*_str_mv')!;
    expect(item.textEdit).toMatchObject({ newText: '${1:doi}_str_mv' });
    expect(item.filterText).toBe('doi_str_mv');
    expect(completionsAt('‸').find((candidate) => candidate.label === '*_str_mv')!.textEdit).toMatchObject({ newText: '${1:name}_str_mv' });
  });

  test('ranks single-valued fields already in the record last, with a note', () => {
    const items = bySortText(completionsAt(lines('id x', 'title A', '‸')));
    expect(items.at(-1)!.label).toBe('title');
    const title = items.find((item) => item.label === 'title')!;
    expect(title.labelDetails?.description).toBe('already set');
    expect(title.documentation).toContain('Already set');
    expect(items.find((item) => item.label === 'author')!.labelDetails).toBeUndefined();
  });

  test('marks copyField destinations and _version_ as Solr-managed', () => {
    const items = completionsAt('‸');
    expect(items.find((item) => item.label === 'title_fullStr')!.detail).toContain('Solr-managed');
    expect(items.find((item) => item.label === '_version_')!.detail).toContain('Solr-managed');
    expect(items.find((item) => item.label === 'title_full')!.detail).not.toContain('Solr-managed');
  });

  test('offers the new-record snippet at the start of a record only', () => {
    const snippet = completionsAt('‸').find((item) => item.label === 'new record')!;
    const text = (snippet.textEdit as { newText: string }).newText;
    expect(text.split('\n').map((line) => line.split(' ')[0])).toEqual(
      ['id', 'title', 'title_short', 'title_full', 'title_sort', 'author', 'author_sort', 'format', 'language', 'publishDate', 'publisher', 'url']);
    expect(text).toContain('${5|Article,Atlas');
    expect(labels(completionsAt(lines('id x', 'ti‸')))).not.toContain('new record');
    expect(labels(completionsAt(lines('id x', '', 'ti‸')))).toContain('new record');
  });

  test('offers nothing in comments and continuation lines', () => {
    expect(completionsAt('# ti‸')).toEqual([]);
    expect(completionsAt(lines('title a', '+ b‸'))).toEqual([]);
  });
});

describe('value completion', () => {
  test('offers the computed title_sort first', () => {
    const items = bySortText(completionsAt(lines('title The Café: A Study', 'title_sort ‸')));
    expect(items[0]!.label).toBe('cafe a study');
    expect(items[0]!.documentation).toContain('fold accents');
  });

  test('offers the first author for author_sort and computed work keys', () => {
    expect(labels(completionsAt(lines('author Roger Pizarro Milian', 'title Back to Basics', 'author_sort ‸')))).toEqual(['Roger Pizarro Milian']);
    expect(labels(completionsAt(lines('author Roger Pizarro Milian', 'title The Basics', 'work_keys_str_mv ‸'))))
      .toEqual(['AT rogerpizarromilian thebasics', 'AT rogerpizarromilian basics']);
  });

  test('format and record_format vocabularies, without values already in the field', () => {
    const formats = labels(completionsAt(lines('format Article', '  ‸')));
    expect(formats).toContain('Book');
    expect(formats).not.toContain('Article');
    expect(labels(completionsAt('record_format ‸'))).toContain('marc');
  });

  test('language names', () => {
    expect(labels(completionsAt('language Eng‸'))).toContain('English');
  });

  test('values seen for the same field elsewhere in the workspace, most frequent first', () => {
    const files = {
      'file:///a.record': lines('id a', 'collection DOAJ', 'institution Uni A'),
      'file:///b.record': lines('id b', 'collection DOAJ'),
      'file:///c.record': lines('id c', 'collection Theses'),
    };
    expect(labels(completionsAt('collection ‸', files))).toEqual(['DOAJ', 'Theses']);
    expect(labels(completionsAt('institution ‸', files))).toEqual(['Uni A']);
    expect(labels(completionsAt(lines('id z', 'title ‸'), files))).toEqual([]);
  });

  test('true|false for booleans and an ISO template for dates', () => {
    expect(labels(completionsAt('open_boolean ‸'))).toEqual(['true', 'false']);
    const [date] = completionsAt('first_indexed ‸');
    expect(date!.textEdit).toMatchObject({ newText: '${1:2025}-${2:01}-${3:01}T${4:00}:${5:00}:${6:00}Z' });
  });

  test('replaces the value on an indented line', () => {
    const [item] = completionsAt(lines('format Book', '  Art‸icle x'));
    expect(item!.textEdit).toMatchObject({ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 11 } } });
  });
});
