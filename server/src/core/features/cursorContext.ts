import { getLocation } from 'jsonc-parser';
import type { RecordDocument } from '../model/document';
import type { CatalogRecord, Field } from '../model/record';
import type { Span } from '../model/span';

/** Where the cursor is in `.record` text, read from the line it is on (the model may not hold a half-typed line). */
export type CursorContext =
  /** In the first word of a line: a field name is being typed; `span` is that word. */
  | { readonly kind: 'fieldName'; readonly span: Span; readonly typed: string; readonly atRecordStart: boolean; readonly record: CatalogRecord | undefined }
  /** In a value of `field`; `span` is the value's text on this line. */
  | { readonly kind: 'value'; readonly span: Span; readonly fieldName: string; readonly record: CatalogRecord | undefined }
  | { readonly kind: 'none' };

export function cursorContext(document: RecordDocument, offset: number): CursorContext {
  if (document.format !== 'record') return structuredCursorContext(document, offset);
  const text = document.text;
  const bomLength = text.startsWith('\uFEFF') ? 1 : 0;
  const lineStart = Math.max(bomLength, Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1);
  const lineEnd = endOfLine(text, lineStart);
  const line = text.slice(lineStart, lineEnd);
  const beforeCursor = text.slice(lineStart, offset);
  if (line.startsWith('#') || line.startsWith('+')) return { kind: 'none' };
  if (/^[^ \t]*$/.test(beforeCursor)) {
    const word = /^[^ \t]*/.exec(line)![0];
    return {
      kind: 'fieldName',
      span: { start: lineStart, end: lineStart + word.length },
      typed: beforeCursor,
      atRecordStart: isRecordStart(text, lineStart),
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

function endOfLine(text: string, from: number): number {
  const match = /\r|\n/.exec(text.slice(from));
  return match ? from + match.index : text.length;
}

/** True when no record line precedes this line without a blank line in between. */
function isRecordStart(text: string, lineStart: number): boolean {
  if (lineStart === 0 || text.slice(0, lineStart) === '\uFEFF') return true;
  const previousEnd = lineStart - (text.slice(lineStart - 2, lineStart) === '\r\n' ? 2 : 1);
  const previousStart = Math.max(text.lastIndexOf('\n', previousEnd - 1), text.lastIndexOf('\r', previousEnd - 1)) + 1;
  return /^[ \t\uFEFF]*$/.test(text.slice(previousStart, previousEnd));
}

function fieldStartingAt(document: RecordDocument, offset: number): Field | undefined {
  for (const record of document.records) {
    const field = record.fields.find((candidate) => candidate.nameSpan.start === offset);
    if (field) return field;
  }
  return undefined;
}

/** The field a value line belongs to; a whitespace-only line right below a field continues it. */
function fieldOwning(document: RecordDocument, lineStart: number): Field | undefined {
  for (const record of document.records) {
    const field = record.fields.findLast((candidate) => candidate.nameSpan.start < lineStart && lineStart <= candidate.fullSpan.end);
    if (field) return field;
  }
  return undefined;
}

/** The record holding the line, or the one that ends on the line just above it. */
function recordAround(document: RecordDocument, lineStart: number): CatalogRecord | undefined {
  return document.records.find((record) => {
    const lineBreak = /^(\r\n|\n|\r)?/.exec(document.text.slice(record.span.end, record.span.end + 2))![0];
    return lineStart >= record.span.start && lineStart <= record.span.end + lineBreak.length;
  });
}
