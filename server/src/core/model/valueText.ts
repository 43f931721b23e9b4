import { cleanLinePattern, isBlank, keptCharacter, mayNeedWhitespaceNormalizing } from '../normalize/whitespace';
import { type CatalogRecord, type Field, type FieldValue, ParsedRecord } from './record';
import { type StoredField, StoredValue } from './storedParts';

/*
 * Questions rules ask about every value of every record, answered where the parser stored the text. A value's
 * `text` is sliced from the document each time it is read: record/empty-value, which asked `text.trim()` of every
 * value, took 2.9 µs per record of the benchmark corpus that way, and takes 1.8 µs scanning in place.
 */

function scanned(value: FieldValue, scan: (source: string, start: number, end: number) => boolean): boolean {
  if (value instanceof StoredValue) return value.scanText(scan);
  const text = value.text;
  return scan(text, 0, text.length);
}

/** `value.text.trim() === ''`. */
export function isBlankValue(value: FieldValue): boolean {
  return scanned(value, isBlank);
}

/** `mayNeedWhitespaceNormalizing(value.text)`. */
export function valueMayNeedWhitespaceNormalizing(value: FieldValue): boolean {
  return scanned(value, mayNeedWhitespaceNormalizing);
}

/**
 * `.record` lines none of whose values is blank or needs normalizing, each with its line break: comments; `+` lines
 * whose text after the marker is clean or empty (it is joined to a value with "\n"); indented values (the indent is
 * not the value's); and field lines of a name, one space and a clean value, which are clean as a whole, and so also
 * when the whole line is a value (a staff-view paste). A name alone is not one of these (its value is empty), nor is
 * a blank line: a match from a record's start stops at the first line to look at, or after the record.
 */
const tidyLines = new RegExp(`(?:(?:#[^\\r\\n]*|\\+ ?(?:${cleanLinePattern})?|[ \\t]+${cleanLinePattern}|${keptCharacter}+ ${cleanLinePattern})`
  + '(?:\\r\\n?|\\n|$))*', 'y');

/**
 * The fields of a record that may hold a value that is blank or needs normalizing: of a record parsed from `.record`
 * text, those holding a line that `tidyLines` does not pass (usually none); of another record, or one whose source
 * no value holds, all. The other fields hold only values that are neither. Asked of every record by
 * record/whitespace and record/empty-value, which need not look at the other fields: one regex over a parsed
 * record's lines, for both, costs less than the questions per value it saves (48 values a record of the benchmark
 * corpus; in profiles of `catrec check --jobs 1` over it, the two rules took 4.4 µs a record asking each value, and
 * take 2.9 µs so, nearly all in the regex).
 */
export function fieldsToLookAt(record: CatalogRecord): readonly Field[] {
  return record instanceof ParsedRecord ? record.memo(fieldsToLookAtByRecord, parsedFieldsToLookAt) : record.fields;
}

/** The key of `parsedFieldsToLookAt`'s answers, kept by the record for the second rule that asks. */
const fieldsToLookAtByRecord = new WeakMap<CatalogRecord, readonly Field[]>();

const noFields: readonly Field[] = [];

function parsedFieldsToLookAt(record: CatalogRecord): readonly Field[] {
  const { fields } = record as ParsedRecord;
  const source = sourceOf(record as ParsedRecord);
  if (source === undefined) return fields;
  const end = record.span.end;
  let found: StoredField[] | undefined;
  let fieldIndex = 0;
  for (let lineStart = tidyLinesFrom(source, record.span.start); lineStart < end;) {
    while (fieldIndex < fields.length && fields[fieldIndex]!.fullEnd <= lineStart) fieldIndex++;
    const field = fields[fieldIndex];
    if (field && field.fullSpan.start <= lineStart) {
      (found ??= []).push(field);
      fieldIndex++;
      lineStart = tidyLinesFrom(source, field.fullEnd);
    } else {
      // A line of no field (a comment's orphan) holds no value.
      lineStart = tidyLinesFrom(source, nextLineStart(source, lineStart));
    }
  }
  return found ?? noFields;
}

/** After the line break of the line at `lineStart`; the end of the source for its last line (a sticky regex past it would start over). */
function nextLineStart(source: string, lineStart: number): number {
  let at = lineStart;
  while (at < source.length && source.charCodeAt(at) !== 10 && source.charCodeAt(at) !== 13) at++;
  if (at === source.length) return at;
  return source.charCodeAt(at) === 13 && source.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
}

function tidyLinesFrom(source: string, lineStart: number): number {
  tidyLines.lastIndex = lineStart;
  tidyLines.test(source);
  return tidyLines.lastIndex;
}

/** The text a parsed record's offsets index, as one of its values holds it. */
function sourceOf(record: ParsedRecord): string | undefined {
  for (const field of record.fields) {
    for (const value of field.values) {
      const source = value.source;
      if (source !== undefined) return source;
    }
  }
  return undefined;
}
