import { describe, expect, test } from 'vitest';
import { compareCodePoints } from '../../../server/src/core/preview/viewModel';
import { lines, stripMarkers } from '../../helpers/markers';
import { exampleText, previewOf, table } from './previewHelpers';

describe('preview model of the example record (shared/examples/doaj-article.staffview.txt)', () => {
  const model = previewOf(exampleText);

  test('Bibliographic Details show the rows of the VuFind page, in its order', () => {
    expect(table(model.details)).toEqual([
      ['Main Author', ['Roger Pizarro Milian']],
      ['Format', ['Article']],
      ['Language', ['English']],
      ['Published', ['Humber Press 2021-07-01']],
      ['Series', ['Journal of Innovation in Polytechnic Education']],
      ['Online Access', ['https://jipe.ca/index.php/jipe/article/view/92']],
    ]);
    expect(model.details.at(-1)!.values[0]!.href).toBe('https://jipe.ca/index.php/jipe/article/view/92');
  });

  test('the heading is the short title and the summary is cut at 300 characters like the page', () => {
    expect(model.heading.values.map((value) => value.text)).toEqual(['Back to Basics: Facilitating the Recognition of Micro-Credentials in Ontario PSE']);
    expect(model.summary?.truncated).toBe(true);
    expect(model.summary?.shortText).toHaveLength(303);
    expect(model.summary?.shortText.endsWith('the full recognition of micro-credentials...')).toBe(true);
  });

  test('the description tab shows the summary and the ISSN', () => {
    expect(table(model.description).map(([label]) => label)).toEqual(['Summary', 'Format', 'ISSN']);
  });

  test('the staff view lists every field in PHP ksort (byte) order', () => {
    const names = model.staff.map((row) => row.label);
    expect(names[0]).toBe('_version_');
    expect(names.indexOf('title_fullStr')).toBeLessThan(names.indexOf('title_full_unstemmed'));
    expect(names).toEqual([...names].sort(compareCodePoints));
    expect(model.staff.find((row) => row.label === 'spellingShingle')?.values).toHaveLength(3);
  });

  test('each row remembers the field it came from', () => {
    const author = model.details[0]!;
    const start = exampleText.indexOf('author Roger');
    expect(author.sources).toEqual([{ start, end: start + 'author Roger Pizarro Milian'.length }]);
    const published = model.details.find((row) => row.label === 'Published')!;
    expect(published.sources.map((span) => exampleText.slice(span.start, span.end))).toEqual(['publishDate 2021-07-01', 'publisher Humber Press']);
  });
});

describe('author rows', () => {
  const authorRows = (...recordLines: string[]) =>
    table(previewOf(lines(...recordLines)).details).filter(([label]) => /Author/.test(label));

  test.each([
    { name: 'one main author is singular', record: ['author Ada'], rows: [['Main Author', ['Ada']]] },
    { name: 'two main authors are plural', record: ['author Ada', 'author Bea'], rows: [['Main Authors', ['Ada', 'Bea']]] },
    { name: 'one corporate author is singular', record: ['author_corporate ACME'], rows: [['Corporate Author', ['ACME']]] },
    { name: 'two corporate authors are plural', record: ['author_corporate ACME', '  Initech'], rows: [['Corporate Authors', ['ACME', 'Initech']]] },
    { name: 'other authors are plural even alone', record: ['author2 Cy'], rows: [['Other Authors', ['Cy']]] },
    {
      name: 'groups come in the order main, corporate, other',
      record: ['author2 Cy', 'author_corporate ACME', 'author Ada'],
      rows: [['Main Author', ['Ada']], ['Corporate Author', ['ACME']], ['Other Authors', ['Cy']]],
    },
    {
      name: 'a name repeated in a later group is merged into the first',
      record: ['author Ada', 'author2 Ada', '  Cy', 'author_corporate Ada'],
      rows: [['Main Author', ['Ada']], ['Other Authors', ['Cy']]],
    },
    { name: 'a name repeated in one group shows once', record: ['author Ada', 'author Ada'], rows: [['Main Author', ['Ada']]] },
    {
      name: 'roles follow the name, merged roles are joined',
      record: ['author Ada', 'author_role edt', 'author2 Ada', 'author2_role trl'],
      rows: [['Main Author', ['Ada (edt, trl)']]],
    },
    { name: 'no author fields, no author rows', record: ['title Untitled'], rows: [] },
  ])('$name', ({ record, rows }) => {
    expect(authorRows(...record)).toEqual(rows);
  });
});

describe('other core rows', () => {
  test.each([
    { name: 'empty rows are omitted', record: ['title T', 'format'], rows: [] },
    { name: 'Published zips publisher and date by index', record: ['publisher P1', '  P2', 'publishDate 1999'], rows: [['Published', ['P1 1999', 'P2']]] },
    { name: 'Series comes from series', record: ['series S', 'series2 S2'], rows: [['Series', ['S']]] },
    { name: 'Series falls back to series2', record: ['series2 S2'], rows: [['Series', ['S2']]] },
    { name: 'Published in shows the first container title', record: ['container_title J1', '  J2'], rows: [['Published in', ['J1']]] },
    { name: 'Subjects gather topic, geographic, genre and era', record: ['era 1900s', 'topic Bees', 'genre Fiction'], rows: [['Subjects', ['Bees', 'Fiction', '1900s']]] },
    {
      name: 'the core order is VuFind\'s, not the record\'s',
      record: ['url https://x.test/', 'edition 2nd', 'language English', 'title_new New', 'container_title J'],
      rows: [['Published in', ['J']], ['New Title', ['New']], ['Language', ['English']], ['Edition', ['2nd']], ['Online Access', ['https://x.test/']]],
    },
  ])('$name', ({ record, rows }) => {
    expect(table(previewOf(lines(...record)).details)).toEqual(rows);
  });

  test.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['http://example.org/a', 'http://example.org/a'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
    ['javascript:alert(1)', undefined],
    ['JavaScript:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['file:///etc/passwd', undefined],
    ['//example.org/a', undefined],
    ['https:example.org', undefined],
  ])('Online Access links %j only when the scheme is safe', (url, href) => {
    const online = previewOf(`url ${url}`).details.find((row) => row.label === 'Online Access')!;
    expect(online.values[0]!.href).toBe(href);
  });
});

describe('heading, summary and description', () => {
  test('the heading joins short title and subtitle; title is the fallback', () => {
    expect(previewOf(lines('title Full', 'title_short Short', 'title_sub the sub')).heading.values[0]!.text).toBe('Short the sub');
    expect(previewOf('title Full').heading.values[0]!.text).toBe('Full');
    expect(previewOf('format Book').heading.values).toEqual([]);
  });

  test('a short description is not truncated; a long one is cut at 300 code points', () => {
    expect(previewOf('description Short.').summary).toMatchObject({ shortText: 'Short.', truncated: false });
    const long = '😀'.repeat(301);
    expect(previewOf(`description ${long}`).summary).toMatchObject({ shortText: `${'😀'.repeat(300)}...`, truncated: true });
  });

  test('description rows: ISBN, ISSN, DOI (first of doi_str_mv) in VuFind order', () => {
    const model = previewOf(lines('doi_str_mv 10.1/a', '  10.1/b', 'issn 1234-5678', 'isbn 9780000000002', 'physical 200 p.'));
    expect(table(model.description)).toEqual([
      ['Physical Description', ['200 p.']],
      ['ISBN', ['9780000000002']],
      ['ISSN', ['1234-5678']],
      ['DOI', ['10.1/a']],
    ]);
  });
});

describe('diagnostics beside rows', () => {
  test('a finding is shown on every row whose field it falls in', () => {
    const { text, spans } = stripMarkers(lines('id h1', 'title The Hobbit', 'title_sort ⟦the hobbit⟧', 'author Tolkien', 'author_sort Tolkien', 'work_keys_str_mv AT tolkien thehobbit', '  AT tolkien hobbit'));
    const model = previewOf(text);
    const titleSort = model.staff.find((row) => row.label === 'title_sort')!;
    expect(titleSort.diagnostics.map((d) => [d.ruleId, d.severity, d.span])).toEqual([['vufind/title-sort-mismatch', 'warning', spans[0]]]);
    expect(model.staff.find((row) => row.label === 'title')!.diagnostics).toEqual([]);
    expect(model.details.flatMap((row) => row.diagnostics)).toEqual([]);
    expect(model.otherDiagnostics).toEqual([]);
  });

  test('a finding on an empty field reaches its staff row and not the omitted core row', () => {
    const model = previewOf(lines('title T', 'format'));
    expect(model.staff.find((row) => row.label === 'format')!.diagnostics.map((d) => d.ruleId)).toEqual(['record/empty-value']);
    expect(model.otherDiagnostics).toEqual([]);
  });
});

test('compareCodePoints orders like UTF-8 bytes, unlike UTF-16 comparison', () => {
  const names = ['\u{FF21}', '\u{1F600}', 'a', 'B', '_'];
  expect([...names].sort(compareCodePoints)).toEqual(['B', '_', 'a', '\u{FF21}', '\u{1F600}']);
  expect([...names].sort()).not.toEqual([...names].sort(compareCodePoints));
});
