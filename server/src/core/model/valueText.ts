import { cleanLinePattern, isBlank, mayNeedWhitespaceNormalizing } from '../normalize/whitespace';
import { type CatalogRecord, type FieldValue, ParsedRecord } from './record';
import { StoredValue } from './storedParts';

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
 * `.record` lines whose values `normalizeWhitespace` leaves alone, each with its line break: comments, indented
 * values (the indent is not the value's), and other lines clean as a whole. A field line clean as a whole has a
 * clean value after its single separating space, and is a clean value itself when it is one (a staff-view paste); a
 * `+` line clean as a whole has a clean line after its marker, which joins a value with "\n". A blank line is none
 * of these, so a match from a record's start stops at the first line that may hold a value to normalize, or after
 * the record.
 */
const cleanRecordLines = new RegExp(`(?:(?:#[^\\r\\n]*|[ \\t]+${cleanLinePattern}|${cleanLinePattern})(?:\\r\\n?|\\n|$))*`, 'y');

/**
 * False only when `normalizeWhitespace(value.text) === value.text` for sure for every value of the record outside
 * the fields called one of `skipped`. Asked of every record by record/whitespace: one regex over a parsed record's
 * lines costs less than the one per value it saves (48 a record of the benchmark corpus, where the rule took 4.0 µs
 * a record asking each value and takes 2.6 µs so). Other records, and those whose source no value holds, are left
 * to the question per value.
 */
export function recordMayNeedWhitespaceNormalizing(record: CatalogRecord, skipped: ReadonlySet<string>): boolean {
  if (!(record instanceof ParsedRecord)) return true;
  const source = sourceOf(record);
  if (source === undefined) return true;
  const end = record.span.end;
  let lineStart = record.span.start;
  for (;;) {
    cleanRecordLines.lastIndex = lineStart;
    cleanRecordLines.test(source);
    lineStart = cleanRecordLines.lastIndex;
    if (lineStart >= end) return false;
    // A line that may need it: no matter in a skipped field, whose lines are then passed.
    const field = record.fields.find((candidate) => candidate.fullSpan.start <= lineStart && lineStart < candidate.fullSpan.end);
    if (!field || !skipped.has(field.name)) return true;
    lineStart = field.fullSpan.end;
  }
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
