import type { TextChange } from '../model/document';
import type { Span } from '../model/span';
import type { RecordTextDocument } from '../parse/recordText';
import type { RecordLine } from '../parse/recordLines';
import { minimalChange } from './changes';

/** `keep`: fields stay where they are; `staffView`: byte order of names, as VuFind's staff view (PHP ksort). */
export type FieldOrder = 'keep' | 'staffView';

export interface FormatOptions {
  readonly fieldOrder: FieldOrder;
  /** Only records and gaps touching this span are formatted; the whole document when absent. */
  readonly span?: Span;
}

/** A run of non-blank lines (a record, or comments standing alone) or the blank lines around them. */
interface Segment {
  readonly span: Span;
  readonly formatted: string;
}

/**
 * The canonical layout: one space after the name, further values indented by two spaces, `+ ` before continued
 * lines, one blank line between records, no trailing whitespace outside values. Values never change: a record
 * whose reformatted text would parse to other values is left as it is.
 */
export function formatRecordText(
  document: RecordTextDocument, parse: (text: string) => RecordTextDocument, options: FormatOptions,
): TextChange[] {
  const eol = document.lines.find((line) => line.eol !== '')?.eol ?? '\n';
  const segments = segmentsOf(document, eol, parse, options.fieldOrder);
  const wanted = options.span;
  return segments
    .filter((segment) => !wanted || (segment.span.start <= wanted.end && wanted.start <= segment.span.end))
    .map((segment) => {
      const change = minimalChange(document.text.slice(segment.span.start, segment.span.end), segment.formatted);
      return { span: { start: segment.span.start + change.span.start, end: segment.span.start + change.span.end }, newText: change.newText };
    })
    .filter((change) => change.span.start !== change.span.end || change.newText !== '');
}

function segmentsOf(document: RecordTextDocument, eol: string, parse: (text: string) => RecordTextDocument, order: FieldOrder): Segment[] {
  const chunks: Array<{ lines: RecordLine[]; span: Span }> = [];
  let current: RecordLine[] = [];
  const close = (): void => {
    if (current.length === 0) return;
    const last = current.at(-1)!;
    chunks.push({ lines: current, span: { start: current[0]!.start, end: lineContentEnd(last) } });
    current = [];
  };
  for (const line of document.lines) {
    if (line.kind === 'blank') close();
    else current.push(line);
  }
  close();
  const textStart = document.bom.length;
  const textEnd = document.text.length;
  if (chunks.length === 0) return [{ span: { start: textStart, end: textEnd }, formatted: '' }];
  const endsWithLineBreak = /[\r\n]$/.test(document.text);
  const segments: Segment[] = [{ span: { start: textStart, end: chunks[0]!.span.start }, formatted: '' }];
  chunks.forEach((chunk, i) => {
    segments.push({ span: chunk.span, formatted: formatChunk(document, chunk, eol, parse, order) });
    const nextStart = chunks[i + 1]?.span.start;
    segments.push(nextStart === undefined
      ? { span: { start: chunk.span.end, end: textEnd }, formatted: endsWithLineBreak ? eol : '' }
      : { span: { start: chunk.span.end, end: nextStart }, formatted: eol + eol });
  });
  return segments;
}

function formatChunk(
  document: RecordTextDocument, chunk: { lines: RecordLine[]; span: Span }, eol: string,
  parse: (text: string) => RecordTextDocument, order: FieldOrder,
): string {
  const original = document.text.slice(chunk.span.start, chunk.span.end);
  const unindented = unindentedValueStarts(document, chunk.span);
  const canonical = chunk.lines.map((line) => ({ line, text: canonicalLine(line, unindented.has(line.start)) }));
  const expected = valueSignature(parse(original), order);
  const candidates = order === 'staffView' ? [sortFields(canonical), canonical] : [canonical];
  for (const lines of candidates) {
    const text = lines.map((entry) => entry.text).join(eol);
    if (valueSignature(parse(text), order) === expected) return text;
  }
  return original;
}

function canonicalLine(line: RecordLine, isUnindentedValue: boolean): string {
  switch (line.kind) {
    case 'field':
      if (isUnindentedValue) return `  ${line.name}${line.separator}${line.value}`;
      return line.value === '' ? line.name : `${line.name} ${line.value}`;
    case 'value':
      return `  ${line.value}`;
    case 'continuation':
      return line.value === '' ? '+' : `+ ${line.value}`;
    case 'comment':
      return line.content.replace(/[ \t]+$/, '');
    case 'blank':
      return '';
  }
}

/** Stable sort of the fields by name; comments move with the field below them, leading lines stay first. */
function sortFields(lines: ReadonlyArray<{ line: RecordLine; text: string }>): Array<{ line: RecordLine; text: string }> {
  const head: Array<{ line: RecordLine; text: string }> = [];
  const units: Array<{ name: string; lines: Array<{ line: RecordLine; text: string }> }> = [];
  let pending: Array<{ line: RecordLine; text: string }> = [];
  for (const entry of lines) {
    if (entry.line.kind === 'comment') {
      pending.push(entry);
    } else if (entry.line.kind === 'field' && !entry.text.startsWith(' ')) {
      units.push({ name: entry.line.name, lines: [...pending, entry] });
      pending = [];
    } else {
      (units.at(-1)?.lines ?? head).push(...pending, entry);
      pending = [];
    }
  }
  const sorted = units.map((unit, position) => ({ unit, position }))
    .sort((a, b) => compareCodePoints(a.unit.name, b.unit.name) || a.position - b.position)
    .flatMap(({ unit }) => unit.lines);
  return [...head, ...sorted, ...pending];
}

/** Byte order of UTF-8 = code point order (UTF-16 code unit order differs above U+FFFF). */
export function compareCodePoints(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const difference = left[i]!.codePointAt(0)! - right[i]!.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

/** What formatting must keep: every record's fields and values (fields by name order for `staffView`). */
function valueSignature(document: RecordTextDocument, order: FieldOrder): string {
  return JSON.stringify(document.records.map((record) => {
    const fields = record.fields.map((field) => [field.name, field.values.map((value) => value.text)] as const);
    return order === 'staffView' ? fields.map((field, i) => ({ field, i }))
      .sort((a, b) => compareCodePoints(a.field[0], b.field[0]) || a.i - b.i).map(({ field }) => field) : fields;
  }));
}

function unindentedValueStarts(document: RecordTextDocument, span: Span): Set<number> {
  const starts = new Set<number>();
  for (const record of document.records) {
    if (record.span.end < span.start || record.span.start > span.end) continue;
    for (const field of record.fields) {
      for (const value of field.values) if (value.layout === 'unindented') starts.add(value.span.start);
    }
  }
  return starts;
}

function lineContentEnd(line: RecordLine): number {
  switch (line.kind) {
    case 'blank':
    case 'comment':
      return line.start + line.content.length;
    case 'field':
      return line.start + line.name.length + line.separator.length + line.value.length;
    case 'value':
      return line.start + line.indent.length + line.value.length;
    case 'continuation':
      return line.start + line.marker.length + line.value.length;
  }
}
