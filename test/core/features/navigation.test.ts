import { describe, expect, test } from 'vitest';
import { atCursor, serviceWith } from '../../helpers/editing';
import { lines } from '../../helpers/markers';
import { outlineSymbolLimit } from '../../../server/src/core/features/symbols';
import type { Steps } from '../../../server/src/core/steps';
import { parseRecordTextByChunks } from '../../../server/src/core/parse/recordChunks';
import { BlockText } from '../../../server/src/core/text/blockText';

const twoRecords = lines(
  'id r1',
  'title First title',
  'topic a',
  '  b',
  'description line one',
  '+ line two',
  '',
  'title Untitled id',
);

describe('document symbols', () => {
  test('one symbol per record named "id — title", one child per field', () => {
    const { service } = serviceWith();
    const symbols = service.getDocumentSymbols(service.parse(twoRecords));
    expect(symbols.map((symbol) => symbol.name)).toEqual(['r1 — First title', 'record 2 — Untitled id']);
    expect(symbols[0]!.children!.map((child) => [child.name, child.detail])).toEqual([
      ['id', 'r1'], ['title', 'First title'], ['topic', 'a | b'], ['description', 'line one line two'],
    ]);
    expect(symbols[0]!.selectionRange).toEqual({ start: { line: 0, character: 3 }, end: { line: 0, character: 5 } });
    expect(symbols[0]!.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 5, character: 10 } });
    expect(symbols[0]!.children![2]!.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 3, character: 3 } });
  });

  test('a document whose fields would pass the outline limit lists its records only', () => {
    const { service } = serviceWith();
    const record = (i: number) => lines(`id r${i}`, 'title T', 'topic a', 'language English');
    // Four fields a record: the fields fit for 4,000 records (20,000 symbols with the records), not for 4,001.
    const fitting = Array.from({ length: outlineSymbolLimit / 5 }, (_, i) => record(i)).join('\n\n');
    const symbols = service.getDocumentSymbols(service.parse(fitting));
    expect(symbols.reduce((sum, symbol) => sum + 1 + symbol.children!.length, 0)).toBe(outlineSymbolLimit);
    const over = service.getDocumentSymbols(service.parse(`${fitting}\n\n${record(outlineSymbolLimit)}`));
    expect(over).toHaveLength(outlineSymbolLimit / 5 + 1);
    expect(over.every((symbol) => symbol.children!.length === 0)).toBe(true);
    expect(over.at(-1)!.name).toBe(`r${outlineSymbolLimit} — T`);
  });

  test('in steps: pauses every few hundred records, same outline', () => {
    const { service } = serviceWith();
    const text = Array.from({ length: outlineSymbolLimit / 4 }, (_, i) => lines(`id r${i}`, 'title T', 'topic a', 'language English')).join('\n\n');
    const document = parseRecordTextByChunks(BlockText.of(text), service.schema);
    const { value, pauses } = runSteps(service.documentSymbolsInSteps(document, 500));
    // Counting the symbols, then making them: 5,000 records, a pause every 500 in each pass.
    expect(pauses).toBe(20);
    expect(value).toEqual(service.getDocumentSymbols(service.parse(text)));
  });

  test('an editor\'s big document gets the same record symbols from its chunks, before and after an edit', () => {
    const { service } = serviceWith();
    const record = (i: number) => (i % 7 === 3 ? lines('title No id here', 'topic a') : lines(`id r${i}`, 'title T', 'topic a', 'language English'));
    const text = Array.from({ length: outlineSymbolLimit / 4 }, (_, i) => record(i)).join('\n\n');
    let blocks = BlockText.of(text);
    let document = parseRecordTextByChunks(blocks, service.schema);
    expect(service.getDocumentSymbols(document)).toEqual(service.getDocumentSymbols(service.parse(text)));
    // A record inserted near the top moves every later symbol down by two lines and renumbers the records.
    const at = text.indexOf('id r20');
    const inserted = 'id new\n\n';
    blocks = blocks.edited(at, at, inserted);
    document = parseRecordTextByChunks(blocks, service.schema, { document, edit: { start: at, oldEnd: at, newEnd: at + inserted.length } });
    const edited = text.slice(0, at) + inserted + text.slice(at);
    const symbols = service.getDocumentSymbols(document);
    expect(symbols).toEqual(service.getDocumentSymbols(service.parse(edited)));
    expect(symbols.find((symbol) => symbol.name.startsWith('record '))!.name).toBe('record 4 — No id here');
  });
});

describe('workspace symbols', () => {
  const { service } = serviceWith({
    'file:///a.record': lines('id doaj-1', 'title Back to Basics', '', 'id doaj-2', 'title Other'),
    'file:///b.record': lines('id marc-9', 'title Basics of cataloguing'),
  });

  test('match id or title, case-insensitively', () => {
    expect(service.getWorkspaceSymbols('basics').map((symbol) => symbol.name))
      .toEqual(['doaj-1 — Back to Basics', 'marc-9 — Basics of cataloguing']);
    expect(service.getWorkspaceSymbols('DOAJ-2').map((symbol) => [symbol.name, symbol.location]))
      .toEqual([['doaj-2 — Other', { uri: 'file:///a.record', range: { start: { line: 3, character: 3 }, end: { line: 3, character: 9 } } }]]);
    expect(service.getWorkspaceSymbols('')).toHaveLength(3);
  });
});

describe('folding ranges', () => {
  test('per record and per multi-line field or value', () => {
    const { service } = serviceWith();
    expect(service.getFoldingRanges(service.parse(twoRecords))).toEqual([
      { startLine: 0, endLine: 5, kind: 'region' },
      { startLine: 2, endLine: 3 },
      { startLine: 4, endLine: 5 },
    ]);
  });

  test('at most the editor\'s limit, records before their fields', () => {
    const { service } = serviceWith();
    const document = service.parse(lines('id r1', 'topic a', '  b', '', 'id r2', 'topic c', '  d', '', 'id r3', 'topic e', '  f'));
    expect(service.getFoldingRanges(document, 2)).toEqual([
      { startLine: 0, endLine: 2, kind: 'region' },
      { startLine: 4, endLine: 6, kind: 'region' },
    ]);
    expect(service.getFoldingRanges(document, 4)).toEqual([
      { startLine: 0, endLine: 2, kind: 'region' },
      { startLine: 1, endLine: 2 },
      { startLine: 4, endLine: 6, kind: 'region' },
      { startLine: 8, endLine: 10, kind: 'region' },
    ]);
  });
});

describe('selection ranges', () => {
  test('value → field → record', () => {
    const { service } = serviceWith();
    const { document, position } = atCursor(service, lines('id r1', 'topic a', '  b‸b', 'title t'));
    const [selection] = service.getSelectionRanges(document, [position]);
    expect(selection!.range).toEqual({ start: { line: 2, character: 2 }, end: { line: 2, character: 4 } });
    expect(selection!.parent!.range).toEqual({ start: { line: 1, character: 0 }, end: { line: 2, character: 4 } });
    expect(selection!.parent!.parent!.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 3, character: 7 } });
    expect(selection!.parent!.parent!.parent).toBeUndefined();
  });

  test('name → field → record, and an empty range between records', () => {
    const { service } = serviceWith();
    const { document, position } = atCursor(service, lines('id r1', 'ti‸tle t'));
    const [selection] = service.getSelectionRanges(document, [position]);
    expect(selection!.range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 5 } });
    expect(selection!.parent!.range.end).toEqual({ line: 1, character: 7 });
    const blank = atCursor(service, lines('id r1', '‸', 'id r2'));
    expect(service.getSelectionRanges(blank.document, [blank.position])[0]).toEqual({ range: { start: blank.position, end: blank.position } });
  });
});

describe('document links', () => {
  test('http and https url values only, without surrounding spaces', () => {
    const { service } = serviceWith();
    const text = lines('url https://jipe.ca/a?b=1', '  javascript:alert(1)', '  http://x.org/p ', '  file:///etc/passwd', '  https://two words', 'thumbnail https://not-a-link.example');
    expect(service.getDocumentLinks(service.parse(text))).toEqual([
      { range: { start: { line: 0, character: 4 }, end: { line: 0, character: 25 } }, target: 'https://jipe.ca/a?b=1' },
      { range: { start: { line: 2, character: 2 }, end: { line: 2, character: 16 } }, target: 'http://x.org/p' },
    ]);
  });

  test('in steps over an editor\'s document, chunk by chunk: the same links', () => {
    const { service } = serviceWith();
    const text = Array.from({ length: 9 }, (_, i) => lines(`id r${i}`, `url https://x.org/${i}`, '  javascript:alert(1)')).join('\n\n');
    const document = parseRecordTextByChunks(BlockText.of(text, 32), service.schema, undefined, 2);
    const { value, pauses } = runSteps(service.documentLinksInSteps(document, 2));
    expect(pauses).toBe(4);
    expect(value).toEqual(service.getDocumentLinks(service.parse(text)));
    expect(value).toHaveLength(9);
  });
});

describe('other versions (work keys)', () => {
  const shared = 'AT rogerpizarromilian backtobasics';
  const current = lines('id a1', `work_keys_str_mv ${shared}`, '  AT only here');
  const files = {
    'file:///a.record': current,
    'file:///b.record': lines('id b1', `work_keys_str_mv ${shared}`, '', 'id b2', 'work_keys_str_mv AT x y', `  ${shared}`, '', 'id b3', 'work_keys_str_mv AT x y'),
  };

  test('a code lens counts the other records and opens them with editor.action.showReferences', () => {
    const { service } = serviceWith(files);
    const [lens] = service.getCodeLenses(service.parse(current), 'file:///a.record');
    expect(lens!.range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 16 } });
    expect(lens!.command!.title).toBe('2 other versions');
    expect(lens!.command!.command).toBe('editor.action.showReferences');
    expect(lens!.command!.arguments).toEqual(['file:///a.record', { line: 1, character: 0 }, [
      { uri: 'file:///b.record', range: { start: { line: 0, character: 3 }, end: { line: 0, character: 5 } } },
      { uri: 'file:///b.record', range: { start: { line: 3, character: 3 }, end: { line: 3, character: 5 } } },
    ]]);
  });

  test('in steps over an editor\'s document, chunk by chunk: the same lenses', () => {
    const { service } = serviceWith(files);
    const text = Array.from({ length: 30 }, (_, i) => lines(`id r${i}`, `work_keys_str_mv ${i % 2 ? shared : `AT own ${i}`}`)).join('\n\n');
    const document = parseRecordTextByChunks(BlockText.of(text, 64), service.schema);
    const { value, pauses } = runSteps(service.codeLensesInSteps(document, 'file:///c.record', 4));
    expect(pauses).toBe(7);
    expect(value).toEqual(service.getCodeLenses(service.parse(text), 'file:///c.record'));
  });

  test('without other versions the lens says so and runs nothing', () => {
    const { service } = serviceWith({ 'file:///b.record': files['file:///b.record'] });
    const text = lines('id z', 'work_keys_str_mv AT no match');
    expect(service.getCodeLenses(service.parse(text), 'file:///z.record')[0]!.command).toEqual({ title: 'no other versions in the workspace', command: '' });
  });

  test('references on a work key value list every record holding it', () => {
    const { service } = serviceWith(files);
    const { document, position } = atCursor(service, lines('id a1', `work_keys_str_mv AT roger‸pizarromilian backtobasics`, '  AT only here'));
    const refs = service.getReferences(document, 'file:///a.record', position, false);
    expect(refs).toEqual([
      { uri: 'file:///b.record', range: { start: { line: 1, character: 17 }, end: { line: 1, character: 51 } } },
      { uri: 'file:///b.record', range: { start: { line: 5, character: 2 }, end: { line: 5, character: 36 } } },
    ]);
    expect(service.getReferences(document, 'file:///a.record', position, true)).toHaveLength(3);
  });
});

/** Runs steps to the end, counting the pauses. */
function runSteps<T>(steps: Steps<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, pauses };
    pauses++;
  }
}
