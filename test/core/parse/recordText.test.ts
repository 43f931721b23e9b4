import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseRecordText, printRecordText } from '../../../server/src/core/parse/recordText';
import { lines } from '../../helpers/markers';

const example = readFileSync(path.resolve(__dirname, '../../../examples/doaj-article.record'), 'utf8');

/** Each field as `name=value|value`, to compare structure at a glance. */
function shape(text: string): string[][] {
  return parseRecordText(text).records.map((record) =>
    record.fields.map((field) => `${field.name}=${field.values.map((value) => value.text).join('|')}`));
}

describe('parseRecordText', () => {
  test('reads the example staff view: one record, every field, the pasted values kept', () => {
    const document = parseRecordText(example);
    expect(document.records).toHaveLength(1);
    const names = document.records[0]!.fields.map((field) => field.name);
    expect(names[0]).toBe('_version_');
    expect(names.at(-1)).toBe('work_keys_str_mv');
    expect(names).toHaveLength(25);
    const shingle = document.records[0]!.fields.find((field) => field.name === 'spellingShingle')!;
    expect(shingle.values.map((value) => [value.text, value.layout])).toEqual([
      ['Roger Pizarro Milian', 'inline'],
      ['Back to Basics: Facilitating the Recognition of Micro-Credentials in Ontario PSE', 'unindented'],
      ['Journal of Innovation in Polytechnic Education', 'unindented'],
    ]);
    expect(document.problems).toEqual([]);
  });

  test('spans point at the exact source text', () => {
    const text = 'title  Padded \ntitle_sort padded';
    const record = parseRecordText(text).records[0]!;
    const [title, sort] = record.fields;
    expect(text.slice(title!.nameSpan.start, title!.nameSpan.end)).toBe('title');
    expect(title!.values[0]!.text).toBe(' Padded ');
    expect(text.slice(title!.values[0]!.span.start, title!.values[0]!.span.end)).toBe(' Padded ');
    expect(text.slice(title!.fullSpan.start, title!.fullSpan.end)).toBe('title  Padded \n');
    expect(text.slice(sort!.values[0]!.span.start, sort!.values[0]!.span.end)).toBe('padded');
  });

  test.each([
    ['indented values belong to the field above', lines('topic One', '  Two', '\tThree'), [['topic=One|Two|Three']]],
    ['a tab separates name and value', 'title\tTabbed', [['title=Tabbed']]],
    ['only the first space separates', 'title   three spaces', [['title=  three spaces']]],
    ['a bare name has an empty value', lines('title', 'id 1'), [['title=', 'id=1']]],
    ['"+" continues the value with a newline', lines('description First', '+ second', '+', '+third'), [['description=First\nsecond\n\nthird']]],
    ['"+" continues an indented value', lines('contents A', '  B', '+ b2'), [['contents=A|B\nb2']]],
    ['blank lines separate records', lines('id 1', '', '  ', 'id 2'), [['id=1'], ['id=2']]],
    ['comments are transparent', lines('# head', 'topic A', '# between', '  B'), [['topic=A|B']]],
    ['unknown first word under a multi-valued field is a value', lines('topic A', 'Second topic'), [['topic=A|Second topic']]],
    ['a known field name under a multi-valued field starts a field', lines('topic A', 'title T'), [['topic=A', 'title=T']]],
    ['under a single-valued field an unknown word starts a field', lines('title A', 'Second line'), [['title=A', 'Second=line']]],
    ['dynamic multi-valued fields take unindented values too', lines('work_keys_str_mv AT a b', 'AT c d'), [['work_keys_str_mv=AT a b|AT c d']]],
    ['CRLF and a lone CR end lines', 'id 1\r\ntitle T\rtopic X', [['id=1', 'title=T', 'topic=X']]],
    ['a BOM is not part of the first name', '\uFEFFid 1', [['id=1']]],
    ['an empty file has no records', '', []],
    ['a file of comments has no records', lines('# a', '# b'), []],
  ])('%s', (_name, text, expected) => {
    expect(shape(text)).toEqual(expected);
  });

  test('value lines without a field are reported, not lost', () => {
    const text = lines('  lonely', '+ more', 'id 1');
    const document = parseRecordText(text);
    expect(document.problems.map((problem) => [problem.ruleId, text.slice(problem.span.start, problem.span.end)])).toEqual([
      ['record/orphan-value', '  lonely'],
      ['record/orphan-value', '+ more'],
    ]);
    expect(shape(text)).toEqual([['id=1']]);
    expect(printRecordText(document)).toBe(text);
  });

  test('suppression comments cover the next line or the rest of the record', () => {
    const text = lines('# catalog-records-disable-next-line record/whitespace', 'title  x', 'id 1', '# catalog-records-disable', 'topic y', '', 'id 2');
    const document = parseRecordText(text);
    expect(document.suppressions.map((s) => [s.ruleIds, text.slice(s.span.start, s.span.end)])).toEqual([
      [['record/whitespace'], 'title  x'],
      [[], '# catalog-records-disable\ntopic y'],
    ]);
  });

  test('the syntax writes multi-line values as "+" lines with the file\'s line ending', () => {
    const document = parseRecordText('id 1\r\n');
    expect(document.syntax.encodeValue('a\nb')).toBe('a\r\n+ b');
    expect(document.syntax.insertField(6, 'topic', ['x', 'y\nz']).newText).toBe('topic x\r\n  y\r\n+ z\r\n');
  });
});

describe('round trip', () => {
  test('the example prints back byte for byte', () => {
    expect(printRecordText(parseRecordText(example))).toBe(example);
  });

  const recordish = fc.array(fc.constantFrom('id', 'title', 'topic', ' ', '\t', '+', '#', '\n', '\r\n', '\r', '\uFEFF', 'é', '\u00A0', '😀', 'x', ':', '\u0000'), { maxLength: 60 }).map((parts) => parts.join(''));

  test('any text survives parse → print unchanged', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), recordish), (text) => {
      expect(printRecordText(parseRecordText(text))).toBe(text);
    }), { numRuns: 2000 });
  });

  test('every value span holds the value text (newlines written as "+" lines)', () => {
    fc.assert(fc.property(recordish, (text) => {
      for (const record of parseRecordText(text).records) {
        for (const field of record.fields) {
          expect(text.slice(field.nameSpan.start, field.nameSpan.end)).toBe(field.name);
          for (const value of field.values) {
            const written = text.slice(value.span.start, value.span.end).replace(/(\r\n|\n|\r)\+ ?/g, '\n');
            expect(written).toBe(value.text);
          }
        }
      }
    }), { numRuns: 3000 });
  });
});

describe('field names', () => {
  // Names that are prefixes of one another, written in changing orders: the parser guesses each name from the one
  // before it (the order it saw last, in any earlier text) and must never take a guess for what the line says.
  const name = fc.constantFrom('title', 'title_sort', 'titles', 'topic', 'id', 'i', 'x_str_mv');
  const fieldLine = fc.tuple(name, fc.constantFrom(' ', '\t', ' \t', ''), fc.constantFrom('', 'v', 'a b', '\tc'), fc.constantFrom('\n', '\r\n', '\n\n'))
    .map(([fieldName, separator, value, eol]) => `${fieldName}${separator}${value}${eol}`);
  const recordText = fc.array(fieldLine, { maxLength: 12 }).map((parts) => parts.join(''));

  test('each name is its line up to the first space or tab, whatever was parsed before', () => {
    fc.assert(fc.property(fc.array(recordText, { minLength: 1, maxLength: 4 }), (texts) => {
      for (const text of texts) {
        for (const record of parseRecordText(text).records) {
          for (const field of record.fields) {
            const line = text.slice(field.nameSpan.start).split(/\r\n|\n/)[0]!;
            expect(field.name).toBe(/^[^ \t]*/.exec(line)![0]);
            expect(field.nameSpan.end - field.nameSpan.start).toBe(field.name.length);
          }
        }
      }
    }), { numRuns: 2000 });
  });

  test('a long run of lines without a space: one search for a space serves every line up to it', () => {
    const text = `${'name\n'.repeat(200_000)}title A`;
    const document = parseRecordText(text);
    expect(document.records).toHaveLength(1);
    expect(document.records[0]!.fields.at(-1)).toMatchObject({ name: 'title', values: [{ text: 'A' }] });
  });
});

describe('comments and continuation', () => {
  test('a "+" line after a comment continues nothing, so no value span ever holds a comment', () => {
    const text = lines('description A', '# note', '+ b');
    const document = parseRecordText(text);
    expect(shape(text)).toEqual([['description=A']]);
    expect(document.problems.map((problem) => problem.ruleId)).toEqual(['record/orphan-value']);
  });
});
