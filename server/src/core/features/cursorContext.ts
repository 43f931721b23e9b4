import { getLocation } from 'jsonc-parser';
import { type RecordDocument, recordStartingAtOrBefore, textSlice } from '../model/document';
import type { CatalogRecord, Field } from '../model/record';
import type { Span } from '../model/span';
import type { TextLines } from '../text/lineIndex';
import { lineIndexOf } from '../text/positions';

/** Where the cursor is in `.record` text, read from the line it is on (the model may not hold a half-typed line). */
export type CursorContext =
  /** In the first word of a line: a field name is being typed; `span` is that word. */
  | { readonly kind: 'fieldName'; readonly span: Span; readonly typed: string; readonly atRecordStart: boolean; readonly record: CatalogRecord | undefined }
  /** In a value of `field`; `span` is the value's text on this line. */
  | { readonly kind: 'value'; readonly span: Span; readonly fieldName: string; readonly record: CatalogRecord | undefined }
  | { readonly kind: 'none' };

export function cursorContext(document: RecordDocument, offset: number): CursorContext {
  if (document.format !== 'record') return structuredCursorContext(document, offset);
  // The line is read through the line index and slices: joining a big editor text for it took ~100 ms a keystroke.
  const index = lineIndexOf(document);
  const lineNumber = index.positionAt(offset).line;
  const bomLength = textSlice(document, 0, 1) === '\uFEFF' ? 1 : 0;
  const lineStart = Math.max(bomLength, index.offsetAt({ line: lineNumber, character: 0 }));
  const line = withoutLineBreak(textSlice(document, lineStart, index.offsetAt({ line: lineNumber + 1, character: 0 })));
  const lineEnd = lineStart + line.length;
  const beforeCursor = line.slice(0, offset - lineStart);
  if (line.startsWith('#') || line.startsWith('+')) return { kind: 'none' };
  if (/^[^ \t]*$/.test(beforeCursor)) {
    const word = /^[^ \t]*/.exec(line)![0];
    return {
      kind: 'fieldName',
      span: { start: lineStart, end: lineStart + word.length },
      typed: beforeCursor,
      atRecordStart: isRecordStart(document, index, lineNumber, lineStart, bomLength),
      record: recordAround(document, lineStart),
    };
  }
  const fieldLine = /^([^ \t]+)[ \t]/.exec(line);
  if (fieldLine) {
    const field = fieldStartingAt(document, lineStart);
    if (field && field.name === fieldLine[1]) {
      return { kind: 'value', span: { start: lineStart + fieldLine[0].length, end: lineEnd }, fieldName: field.name, record: recordAround(document, lineStart) };
    }
    const owner = fieldOwning(document, lineStart);
    if (owner) return valueContext(document, owner, lineStart, lineStart, lineEnd);
    return { kind: 'value', span: { start: lineStart + fieldLine[0].length, end: lineEnd }, fieldName: fieldLine[1]!, record: recordAround(document, lineStart) };
  }
  const owner = fieldOwning(document, lineStart);
  if (!owner) return { kind: 'none' };
  const indent = /^[ \t]*/.exec(line)![0].length;
  return valueContext(document, owner, lineStart, lineStart + indent, lineEnd);
}

function withoutLineBreak(line: string): string {
  return line.replace(/(\r\n|\n|\r)$/, '');
}

/**
 * In Solr JSON or XML the model's spans say it all: a field name (JSON key or XML name attribute) or a value
 * literal. A key still being typed has no value yet, so jsonc-parser's location finds it.
 */
function structuredCursorContext(document: RecordDocument, offset: number): CursorContext {
  for (const record of document.records) {
    if (offset < record.span.start || offset > record.span.end) continue;
    for (const field of record.fields) {
      if (offset >= field.nameSpan.start && offset <= field.nameSpan.end) {
        return { kind: 'fieldName', span: field.nameSpan, typed: document.text.slice(field.nameSpan.start, offset), atRecordStart: false, record };
      }
      const value = field.values.find((candidate) => insideValue(document.text, candidate.span, offset));
      if (value) return { kind: 'value', span: value.span, fieldName: field.name, record };
    }
    if (document.format === 'solr-json' || document.format === 'solr-jsonl') {
      const key = typedJsonKey(document.text, record.span, offset);
      if (key) return { kind: 'fieldName', span: key, typed: document.text.slice(key.start, offset), atRecordStart: false, record };
    }
  }
  return { kind: 'none' };
}

/** A JSON string literal's quotes are not inside it; XML text has no delimiters of its own. */
function insideValue(text: string, span: Span, offset: number): boolean {
  return text[span.start] === '"' ? offset > span.start && offset < span.end : offset >= span.start && offset <= span.end;
}

/** The inside of a JSON string the cursor is in, when it sits where a property name goes. */
function typedJsonKey(text: string, recordSpan: Span, offset: number): Span | undefined {
  const location = getLocation(text.slice(recordSpan.start, recordSpan.end), offset - recordSpan.start);
  const node = location.previousNode;
  if (!location.isAtPropertyKey || location.path.length !== 1 || (node?.type !== 'property' && node?.type !== 'string')) return undefined;
  return { start: recordSpan.start + node.offset + 1, end: recordSpan.start + node.offset + node.length - 1 };
}

function valueContext(document: RecordDocument, field: Field, lineStart: number, valueStart: number, lineEnd: number): CursorContext {
  return { kind: 'value', span: { start: valueStart, end: lineEnd }, fieldName: field.name, record: recordAround(document, lineStart) };
}

/** True when no record line precedes this line without a blank line in between. */
function isRecordStart(document: RecordDocument, index: TextLines, lineNumber: number, lineStart: number, bomLength: number): boolean {
  if (lineNumber === 0 || lineStart === bomLength) return true;
  const previousLine = textSlice(document, index.offsetAt({ line: lineNumber - 1, character: 0 }), lineStart);
  return /^[ \t\uFEFF]*$/.test(withoutLineBreak(previousLine));
}

function fieldStartingAt(document: RecordDocument, offset: number): Field | undefined {
  return recordStartingAtOrBefore(document, offset)?.fields.find((candidate) => candidate.nameSpan.start === offset);
}

/** The field a value line belongs to; a whitespace-only line right below a field continues it. */
function fieldOwning(document: RecordDocument, lineStart: number): Field | undefined {
  return recordStartingAtOrBefore(document, lineStart)?.fields
    .findLast((candidate) => candidate.nameSpan.start < lineStart && lineStart <= candidate.fullSpan.end);
}

/** The record holding the line, or the one that ends on the line just above it. */
function recordAround(document: RecordDocument, lineStart: number): CatalogRecord | undefined {
  const record = recordStartingAtOrBefore(document, lineStart);
  if (!record) return undefined;
  const lineBreak = /^(\r\n|\n|\r)?/.exec(textSlice(document, record.span.end, record.span.end + 2))![0];
  return lineStart <= record.span.end + lineBreak.length ? record : undefined;
}
