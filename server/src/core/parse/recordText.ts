import type { ParseProblem, RecordDocument, RecordSyntax, Suppression, TextChange } from '../model/document';
import type { CatalogRecord, Field, FieldValue, ValueLayout } from '../model/record';
import type { Span } from '../model/span';
import { type Schema, vufindBiblioSchema } from '../schema/schema';
import { type RecordLine, printLine, splitLines } from './recordLines';

/** The parsed `.record` file: the format-free record model plus the lines it came from. */
export interface RecordTextDocument extends RecordDocument {
  readonly format: 'record';
  readonly bom: string;
  readonly lines: readonly RecordLine[];
}

export function isRecordText(document: RecordDocument): document is RecordTextDocument {
  return document.format === 'record' && 'lines' in document;
}

export interface RecordTextParseOptions {
  /** Decides which unindented lines are field lines (known names) and which fields take more values. */
  readonly schema?: Schema;
}

const BOM = '\uFEFF';
const suppressionComment = /^#\s*catalog-records-disable(-next-line)?(?=\s|$)(.*)$/;

/** Parses `.record` text. Never throws: whatever the input, every character ends up in exactly one line. */
export function parseRecordText(text: string, options: RecordTextParseOptions = {}): RecordTextDocument {
  const schema = options.schema ?? vufindBiblioSchema;
  const bom = text.startsWith(BOM) ? BOM : '';
  const lines = splitLines(text, bom.length).map(classifyLine);
  const builder = new RecordsBuilder(text, schema);
  for (const line of lines) builder.add(line);
  const { records, problems, suppressions } = builder.finish();
  const eol = lines.find((line) => line.eol !== '')?.eol ?? '\n';
  return { format: 'record', text, bom, lines, records, problems, suppressions, syntax: recordTextSyntax(eol, text) };
}

/** Prints the document from its lines; for every input, `printRecordText(parseRecordText(x)) === x`. */
export function printRecordText(document: RecordTextDocument): string {
  return document.bom + document.lines.map(printLine).join('');
}

function classifyLine({ start, content, eol }: { start: number; content: string; eol: string }): RecordLine {
  if (/^[ \t]*$/.test(content)) return { kind: 'blank', start, content, eol };
  const first = content[0];
  if (first === '#') return { kind: 'comment', start, content, eol };
  if (first === '+') {
    const marker = content[1] === ' ' ? '+ ' : '+';
    return { kind: 'continuation', start, marker, value: content.slice(marker.length), eol };
  }
  if (first === ' ' || first === '\t') {
    const indent = /^[ \t]+/.exec(content)![0];
    return { kind: 'value', start, indent, value: content.slice(indent.length), eol };
  }
  const separatorAt = content.search(/[ \t]/);
  if (separatorAt < 0) return { kind: 'field', start, name: content, separator: '', value: '', eol };
  return {
    kind: 'field', start, name: content.slice(0, separatorAt), separator: content[separatorAt]!,
    value: content.slice(separatorAt + 1), eol,
  };
}

interface MutableValue {
  text: string;
  span: { start: number; end: number };
  fullSpan: { start: number; end: number };
  layout: ValueLayout;
}

interface MutableField {
  name: string;
  nameSpan: Span;
  fullSpan: { start: number; end: number };
  values: MutableValue[];
}

/** Groups classified lines into records, fields and values. */
class RecordsBuilder {
  readonly #records: CatalogRecord[] = [];
  readonly #problems: ParseProblem[] = [];
  readonly #suppressions: Suppression[] = [];
  #fields: MutableField[] = [];
  #recordStart = -1;
  #recordEnd = -1;
  /** Open `# catalog-records-disable` comments of the current record: closed at its end. */
  #openSuppressions: Array<{ ruleIds: string[]; start: number }> = [];
  /** The value last written: an unindented line below it may be one more value of its field. */
  #lastValue: MutableValue | undefined;
  /**
   * The value a `+` line continues: the last value, unless a comment came between (a value's span must
   * hold only the value, so that replacing it never deletes a comment).
   */
  #continuable: MutableValue | undefined;

  constructor(readonly text: string, readonly schema: Schema) {}

  add(line: RecordLine): void {
    if (line.kind === 'blank') {
      this.#endRecord();
      return;
    }
    if (this.#recordStart < 0) this.#recordStart = line.start;
    const contentEnd = line.start + printLine(line).length - line.eol.length;
    const lineEnd = contentEnd + line.eol.length;
    this.#recordEnd = contentEnd;
    switch (line.kind) {
      case 'comment':
        this.#continuable = undefined;
        this.#addComment(line.content, line.start, lineEnd);
        return;
      case 'continuation':
        this.#addContinuation(line.start + line.marker.length, line.value, line.start, contentEnd, lineEnd);
        return;
      case 'value':
        this.#addValue(line.start + line.indent.length, line.value, 'indented', line.start, lineEnd);
        return;
      case 'field':
        this.#addFieldLine(line, contentEnd, lineEnd);
        return;
    }
  }

  finish(): { records: CatalogRecord[]; problems: ParseProblem[]; suppressions: Suppression[] } {
    this.#endRecord();
    return { records: this.#records, problems: this.#problems, suppressions: this.#suppressions };
  }

  #addFieldLine(line: Extract<RecordLine, { kind: 'field' }>, contentEnd: number, lineEnd: number): void {
    const current = this.#fields.at(-1);
    const continuesMultiValued = current !== undefined && this.#lastValue !== undefined
      && this.schema.isMultiValued(current.name) && !this.schema.isKnown(line.name);
    if (continuesMultiValued) {
      // A staff view pasted verbatim puts extra values at the start of the line.
      this.#addValue(line.start, printLine(line).slice(0, contentEnd - line.start), 'unindented', line.start, lineEnd);
      return;
    }
    const valueStart = line.start + line.name.length + line.separator.length;
    const value: MutableValue = {
      text: line.value,
      span: { start: valueStart, end: contentEnd },
      fullSpan: { start: valueStart, end: valueStart },
      layout: 'inline',
    };
    this.#fields.push({
      name: line.name,
      nameSpan: { start: line.start, end: line.start + line.name.length },
      fullSpan: { start: line.start, end: lineEnd },
      values: [value],
    });
    this.#lastValue = value;
    this.#continuable = value;
  }

  #addValue(valueStart: number, text: string, layout: ValueLayout, lineStart: number, lineEnd: number): void {
    const field = this.#fields.at(-1);
    const valueEnd = valueStart + text.length;
    if (!field) {
      this.#problems.push({
        ruleId: 'record/orphan-value',
        span: { start: lineStart, end: valueEnd },
        message: 'This value line has no field above it in the record. Start the record with a "name value" line.',
      });
      this.#lastValue = undefined;
    this.#continuable = undefined;
      return;
    }
    const value: MutableValue = {
      text, layout, span: { start: valueStart, end: valueEnd }, fullSpan: { start: lineStart, end: lineEnd },
    };
    field.values.push(value);
    field.fullSpan.end = lineEnd;
    this.#lastValue = value;
    this.#continuable = value;
  }

  #addContinuation(textStart: number, text: string, lineStart: number, contentEnd: number, lineEnd: number): void {
    const value = this.#continuable;
    if (!value) {
      this.#problems.push({
        ruleId: 'record/orphan-value',
        span: { start: lineStart, end: contentEnd },
        message: 'This "+" line continues no value: put it right below the value it belongs to, with no comment or blank line between.',
      });
      return;
    }
    value.text += `\n${text}`;
    value.span.end = textStart + text.length;
    if (value.layout !== 'inline') value.fullSpan.end = lineEnd;
    this.#fields.at(-1)!.fullSpan.end = lineEnd;
  }

  #addComment(content: string, lineStart: number, lineEnd: number): void {
    const match = suppressionComment.exec(content);
    if (!match) return;
    const ruleIds = match[2]!.split(/[\s,]+/).filter((id) => id !== '');
    if (match[1]) {
      const next = nextLineEnd(this.text, lineEnd);
      this.#suppressions.push({ ruleIds, span: { start: lineEnd, end: next } });
    } else {
      this.#openSuppressions.push({ ruleIds, start: lineStart });
    }
  }

  #endRecord(): void {
    this.#lastValue = undefined;
    this.#continuable = undefined;
    if (this.#recordStart >= 0) {
      for (const open of this.#openSuppressions) {
        this.#suppressions.push({ ruleIds: open.ruleIds, span: { start: open.start, end: this.#recordEnd } });
      }
      if (this.#fields.length > 0) {
        this.#records.push({
          index: this.#records.length,
          span: { start: this.#recordStart, end: this.#recordEnd },
          fields: this.#fields.map(freezeField),
        });
      }
    }
    this.#fields = [];
    this.#openSuppressions = [];
    this.#recordStart = -1;
    this.#recordEnd = -1;
  }
}

function freezeField(field: MutableField): Field {
  return {
    name: field.name,
    nameSpan: field.nameSpan,
    fullSpan: { ...field.fullSpan },
    values: field.values.map((value): FieldValue => ({
      text: value.text, layout: value.layout, span: { ...value.span }, fullSpan: { ...value.fullSpan },
    })),
  };
}

/** End of the line that starts at `lineStart`, without its line break. */
function nextLineEnd(text: string, lineStart: number): number {
  const match = /\r\n|\n|\r/.exec(text.slice(lineStart));
  return match ? lineStart + match.index : text.length;
}

function recordTextSyntax(eol: string, text: string): RecordSyntax {
  const encodeValue = (value: string): string => value.split(/\r\n|\n|\r/).join(`${eol}+ `);
  /** The first value goes on the name's line; the others are indented lines below it. */
  const valueLines = (values: readonly string[]): string => {
    const [first = '', ...rest] = values;
    return [encodeValue(first), ...rest.map((value) => `  ${encodeValue(value)}`)].join(eol);
  };
  return {
    encodeValue,
    insertField(afterOffset, name, values): TextChange {
      const line = `${name} ${valueLines(values)}`;
      // After a last line that has no line break, the break goes before the new line instead of after it.
      const atLineStart = afterOffset === 0 || /[\r\n]$/.test(text.slice(0, afterOffset));
      return { span: { start: afterOffset, end: afterOffset }, newText: atLineStart ? `${line}${eol}` : `${eol}${line}` };
    },
    removeFields: (fields) => fields.map((field) => ({ span: field.fullSpan, newText: '' })),
    removeValue(field, valueIndex): TextChange {
      const value = field.values[valueIndex]!;
      if (value.layout !== 'inline') return { span: value.fullSpan, newText: '' };
      // The value on the name's line: the next value moves up onto it.
      return { span: { start: field.nameSpan.end, end: field.values[valueIndex + 1]!.span.start }, newText: ' ' };
    },
    replaceValues(field, values): TextChange {
      const first = field.values[0]!;
      const last = field.values.at(-1)!;
      const start = first.layout === 'inline' ? field.nameSpan.end : first.fullSpan.start;
      const end = last.span.end;
      return { span: { start, end }, newText: `${first.layout === 'inline' ? ' ' : ''}${valueLines(values)}` };
    },
  };
}
