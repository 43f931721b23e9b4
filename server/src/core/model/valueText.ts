import { cleanLinePattern, isBlank, keptCharacter, mayNeedWhitespaceNormalizing } from '../normalize/whitespace';
import { type CatalogRecord, type Field, type FieldValue, ParsedRecord } from './record';
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
 * `.record` lines none of whose values is blank or needs normalizing, each with its line break: comments; `+` lines
 * whose text after the marker is clean or empty (it is joined to a value with "\n"); indented values (the indent is
 * not the value's); and field lines of a name, one space and a clean value, which are clean as a whole, and so also
 * when the whole line is a value (a staff-view paste). A name alone is not one of these (its value is empty), nor is
 * a blank line: a match from a record's start stops at the first line to look at, or after the record.
 */
const tidyLines = new RegExp(`(?:(?:#[^\\r\\n]*|\\+ ?(?:${cleanLinePattern})?|[ \\t]+${cleanLinePattern}|${keptCharacter}+ ${cleanLinePattern})`
  + '(?:\\r\\n?|\\n|$))*', 'y');

/**
 * False only when every value of the record outside the fields called one of `skipped` is sure to be neither blank
 * nor changed by `normalizeWhitespace`. Asked of every record by record/whitespace and record/empty-value, which
 * then have nothing to report in it: one regex over a parsed record's lines, for both, costs less than the questions
 * per value it saves (48 values a record of the benchmark corpus; in a profile of `catrec check --jobs 1` over it,
 * the two rules took 7.6 µs a record asking each value, and take 4.6 µs so, 3.7 of them in the regex). Other records,
 * and those whose source no value holds, are left to the questions per value.
 */
export function recordMayHaveBlankOrUnnormalizedValues(record: CatalogRecord, skipped: ReadonlySet<string>): boolean {
  if (!(record instanceof ParsedRecord)) return true;
  let lineStart = record.memo(firstLinesToLookAt, firstLineToLookAt);
  if (lineStart === undefined) return true;
  const end = record.span.end;
  while (lineStart < end) {
    // A line that may hold such a value: no matter in a skipped field, whose lines are then passed.
    const field = fieldAt(record, lineStart);
    if (!field || !skipped.has(field.name)) return true;
    lineStart = tidyLinesFrom(sourceOf(record)!, field.fullSpan.end);
  }
  return false;
}

/** The field whose lines hold `offset`. */
function fieldAt(record: ParsedRecord, offset: number): Field | undefined {
  return record.fields.find((field) => field.fullSpan.start <= offset && offset < field.fullSpan.end);
}

/** The key of `firstLineToLookAt`'s answers, kept by the record for the second rule that asks. */
const firstLinesToLookAt = new WeakMap<CatalogRecord, number | undefined>();

/**
 * Where the first line of a parsed record starts that may hold a value that is blank or needs normalizing (its end or
 * further when none does); undefined when no value holds the record's source.
 */
function firstLineToLookAt(record: CatalogRecord): number | undefined {
  const source = sourceOf(record as ParsedRecord);
  return source === undefined ? undefined : tidyLinesFrom(source, record.span.start);
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
