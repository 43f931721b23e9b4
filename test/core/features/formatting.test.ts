import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyChanges } from '../../../server/src/core/features/changes';
import { compareCodePoints } from '../../../server/src/core/features/formatting';
import { type CatalogSettings, defaultSettings } from '../../../server/src/core/index';
import type { RecordTextDocument } from '../../../server/src/core/parse/recordText';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { rangeToSpan } from '../../../server/src/core/text/positions';
import { serviceWith } from '../../helpers/editing';
import { lines, stripMarkers } from '../../helpers/markers';

const { service } = serviceWith();
const staffView: CatalogSettings = { ...defaultSettings, format: { fieldOrder: 'staffView' } };

function format(text: string, settings: CatalogSettings = defaultSettings): string {
  const index = new LineIndex(text);
  const edits = service.format(service.parse(text), settings);
  return applyChanges(text, edits.map((edit) => ({ span: rangeToSpan(index, edit.range), newText: edit.newText })));
}

/** Formats only the records touching the `⟦…⟧` span. */
function formatRange(marked: string): string {
  const { text, spans } = stripMarkers(marked);
  const index = new LineIndex(text);
  const range = { start: index.positionAt(spans[0]!.start), end: index.positionAt(spans[0]!.end) };
  const edits = service.format(service.parse(text), defaultSettings, range);
  return applyChanges(text, edits.map((edit) => ({ span: rangeToSpan(index, edit.range), newText: edit.newText })));
}

const values = (document: RecordTextDocument) => document.records.map((record) => record.fields.map((field) => [field.name, field.values.map((value) => value.text)]));

describe('formatting', () => {
  test('canonical layout: one separator space, two-space indent, "+ " continuations, one blank line between records', () => {
    expect(format(lines('', '', 'id\ta', 'topic x', '\t\t y', '+z', '# note  ', 'title t', '   ', '', '', 'id b', ''))).toBe(
      lines('id a', 'topic x', '  y', '+ z', '# note', 'title t', '', 'id b', ''));
  });

  test('a value keeps its own spaces, leading and trailing', () => {
    expect(format('title   spaced  \ntopic a \n  b  ')).toBe('title   spaced  \ntopic a \n  b  ');
  });

  test('a staff-view paste gets its extra values indented', () => {
    expect(format(lines('spellingShingle Roger', 'Back to Basics', 'title t'))).toBe(lines('spellingShingle Roger', '  Back to Basics', 'title t'));
  });

  test('CRLF and BOM are preserved', () => {
    expect(format('\uFEFFid a\r\ntopic x\r\n    y\r\n\r\n\r\nid b\r\n')).toBe('\uFEFFid a\r\ntopic x\r\n  y\r\n\r\nid b\r\n');
  });

  test('staffView orders fields by byte order, stable for repeated fields, comments move with their field', () => {
    const text = lines('title t', 'id a', 'topic x', '# about the second id', 'id b', '_version_ 1', 'Zeta z', 'title_fullStr s', 'title_full_unstemmed u');
    expect(format(text, staffView)).toBe(
      lines('Zeta z', '_version_ 1', 'id a', '# about the second id', 'id b', 'title t', 'title_fullStr s', 'title_full_unstemmed u', 'topic x'));
  });

  test('staffView leaves a record alone when sorting would change its values', () => {
    // `unknown` after a multi-valued field would become one of its values.
    const text = lines('unknown v', 'author a');
    expect(format(text, staffView)).toBe(text);
  });

  test('range formatting touches only the records in the range', () => {
    expect(formatRange(lines('id  a', '', '', 'id ⟦b⟧', 'topic x', '     y'))).toBe(lines('id  a', '', '', 'id b', 'topic x', '  y'));
  });

  test('an already formatted document gives no edits', () => {
    expect(service.format(service.parse(lines('id a', 'topic x', '  y', '', 'id b', '')), defaultSettings)).toEqual([]);
  });
});

const lineBreak = fc.constantFrom('\n', '\r\n');
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'é', ' ', '\t', '\u00A0', '+', '#', ':', '日', '\u{1F600}'), maxLength: 8 });
const name = fc.constantFrom('id', 'title', 'author', 'topic', 'format', 'title_sort', 'x_str_mv', 'unknown', 'Zeta', '_version_');
const line = fc.oneof(
  fc.tuple(name, fc.constantFrom(' ', '\t', '  '), word).map(([n, sep, v]) => `${n}${sep}${v}`),
  name,
  fc.tuple(fc.constantFrom(' ', '  ', '\t', ' \t '), word.filter((v) => /^[^ \t]/.test(v))).map(([indent, v]) => indent + v),
  word.map((v) => `+${v}`),
  word.map((v) => `# ${v}`),
  fc.constantFrom('', ' ', '\t'),
  word,
);
const recordText = fc.tuple(fc.boolean(), fc.array(line, { maxLength: 14 }), lineBreak, fc.boolean())
  .map(([bom, body, eol, finalBreak]) => (bom ? '\uFEFF' : '') + body.join(eol) + (finalBreak ? eol : ''));

describe('formatting properties', () => {
  test.each([['keep', defaultSettings], ['staffView', staffView]] as const)('%s: values never change and formatting is idempotent', (_, settings) => {
    fc.assert(fc.property(recordText, (text) => {
      const once = format(text, settings);
      const before = values(service.parse(text));
      const after = values(service.parse(once));
      if (settings.format.fieldOrder === 'keep') expect(after).toEqual(before);
      else expect(after.map(sortByName)).toEqual(before.map(sortByName));
      expect(format(once, settings)).toBe(once);
      expect(once.startsWith('\uFEFF')).toBe(text.startsWith('\uFEFF'));
      // The layout is canonical, so no record fell back to its original text.
      const outputLines = once.replace(/^\uFEFF/, '').split(/\r\n|\n/);
      expect(outputLines.filter((l) => /^[ \t]/.test(l) && !/^  [^ \t]/.test(l))).toEqual([]);
      expect(outputLines.filter((l, i) => l === '' && outputLines[i + 1] === '')).toEqual([]);
    }), { numRuns: 500 });
  });
});

function sortByName<T extends readonly unknown[]>(fields: T[]): T[] {
  return fields.map((field, i) => ({ field, i }))
    .sort((a, b) => compareCodePoints(String(a.field[0]), String(b.field[0])) || a.i - b.i).map(({ field }) => field);
}

describe('catalogRecords.format.fieldOrder setting', () => {
  test('reads keep and staffView, anything else falls back to keep', async () => {
    const { readSettings } = await import('../../../server/src/core/index');
    expect(readSettings({ format: { fieldOrder: 'staffView' } }).format.fieldOrder).toBe('staffView');
    expect(readSettings({ format: { fieldOrder: 'alphabetical' } }).format.fieldOrder).toBe('keep');
    expect(readSettings({}).format.fieldOrder).toBe('keep');
  });
});
