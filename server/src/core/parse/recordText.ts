import { emptyListOf } from '../lists';
import type { ParseProblem, RecordDocument, RecordSyntax, Suppression, TextChange } from '../model/document';
import { type CatalogRecord, ParsedRecord, type StoredRecord, type ValueLayout } from '../model/record';
import { StoredField, StoredValue } from '../model/storedParts';
import { type Schema, vufindBiblioSchema } from '../schema/schema';
import { type FieldName, type FieldNames, type NameSequence, fieldNamesOf } from './fieldNames';
import { type LineVisitor, type RecordLine, forEachLine, printLine, splitLines } from './recordLines';

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
  const bom = text.startsWith(BOM) ? BOM : '';
  const { records, problems, suppressions } = parseRecords(text, bom.length, options.schema ?? vufindBiblioSchema);
  return recordTextDocument(text, records, problems, suppressions);
}

export interface ParsedRecords {
  readonly records: StoredRecord[];
  readonly problems: ParseProblem[];
  readonly suppressions: Suppression[];
}

/**
 * The records of the lines of `text` from offset `from` (a line start) to `to` (a line start or the end), numbered
 * from `firstIndex`; a BOM is the caller's business. Records depend only on their own
 * lines, so a stretch between blank lines parses alone exactly as it does inside the document.
 */
export function parseRecords(text: string, from: number, schema: Schema, to = text.length, firstIndex = 0): ParsedRecords {
  const builder = new RecordsBuilder(text, schema, hasTab(text, from, to), firstIndex);
  forEachLine(text, from, to, builder);
  return builder.finish();
}

/** Receives a `.record` text's records a slice at a time (`parseRecordsInSlices`). */
export interface SliceVisitor {
  slice(parsed: ParsedRecords, lines: SliceLines): void;
}

/**
 * The lines a slice was read from, as LSP counts lines ("\r\n", "\n" and a lone "\r" end one; a BOM is part of the
 * first): where each starts (the first `count` entries of `starts`), and the number of the first (from 0). Every offset
 * from `starts[0]` to before `end` is on one of them. Valid during the visit only: the list is reused for the next
 * slice, and may hold more entries, left from an earlier one.
 */
export interface SliceLines {
  readonly firstLine: number;
  readonly starts: ArrayLike<number>;
  readonly count: number;
  readonly end: number;
}

/**
 * `parseRecords` of the whole text (after a BOM), handed out in slices: each time at least `recordsPerSlice` records
 * are complete and a blank line follows, those records with their problems and suppressions; the rest at the end.
 * Nothing crosses a blank line, so the slices together are exactly what `parseRecords` returns, and the caller can
 * be done with a slice before the next is parsed.
 */
export function parseRecordsInSlices(text: string, schema: Schema, recordsPerSlice: number, visitor: SliceVisitor): void {
  const from = text.startsWith(BOM) ? BOM.length : 0;
  const slicer = new Slicer(new RecordsBuilder(text, schema, hasTab(text, from, text.length)), recordsPerSlice, visitor);
  forEachLine(text, from, text.length, slicer);
  slicer.handOut(slicer.builder.finish(), text.length);
}

/**
 * Hands out the records a slice at a time, with the starts of their lines: the parser finds every line anyway, so
 * whoever places the slice's findings on lines need not search the text for line breaks again.
 */
class Slicer implements LineVisitor, SliceLines {
  firstLine = 0;
  /**
   * Written over from the start for each slice, never shortened: emptied (`length = 0`), the list gave up its storage
   * and grew again for every slice, ~1.2 KB of garbage per record.
   */
  readonly starts: number[] = [];
  count = 0;
  end = 0;

  constructor(readonly builder: RecordsBuilder, readonly recordsPerSlice: number, readonly visitor: SliceVisitor) {}

  line(start: number, contentEnd: number, lineEnd: number, blank: boolean): void {
    // The first line starts at 0 even after a BOM, which is part of it.
    this.starts[this.count] = this.firstLine === 0 && this.count === 0 ? 0 : start;
    this.count++;
    this.builder.line(start, contentEnd, lineEnd, blank);
    if (blank && this.builder.recordCount >= this.recordsPerSlice) this.handOut(this.builder.take(), lineEnd);
  }

  /** The records so far with the lines read since the last slice, which end at `end`. */
  handOut(parsed: ParsedRecords, end: number): void {
    this.end = end;
    this.visitor.slice(parsed, this);
    this.firstLine += this.count;
    this.count = 0;
  }
}

/** The document over `text` with its records already parsed (whole, or reassembled after an edit). */
export function recordTextDocument(text: string, records: readonly CatalogRecord[], problems: readonly ParseProblem[],
  suppressions: readonly Suppression[]): RecordTextDocument {
  const bom = text.startsWith(BOM) ? BOM : '';
  let lines: readonly RecordLine[] | undefined;
  return {
    format: 'record', text, bom, records, problems, suppressions, syntax: recordTextSyntax(firstLineBreak(text, bom.length), text),
    /** Only the printer and the formatter read lines: built on first use. */
    get lines() {
      lines ??= splitLines(text, bom.length).map(classifyLine);
      return lines;
    },
  };
}

/** The document's first line break, which edits copy; "\n" when it has none. */
function firstLineBreak(text: string, from: number): string {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return '\n';
    if (code === 13) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
  }
  return '\n';
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

/** Groups the lines of a stretch of text into records, fields and values. */
class RecordsBuilder implements LineVisitor {
  #records: StoredRecord[] = [];
  #problems: ParseProblem[] = [];
  #suppressions: Suppression[] = [];
  /** Records handed out by `take` already: the next record's index counts them too. */
  #takenRecords = 0;
  readonly #names: FieldNames;
  /** The fields of the record being read: the first `#fieldCount` of a list reused from record to record. */
  readonly #fields: StoredField[] = emptyListOf();
  #fieldCount = 0;
  /** The names of `#fields` so far; undefined when too many sequences are remembered. */
  #sequence: NameSequence | undefined;
  /** Whether a value of the record being read is unindented. */
  #hasUnindentedValues = false;
  #recordStart = -1;
  #recordEnd = -1;
  /** Open `# catalog-records-disable` comments of the current record: closed at its end. */
  #openSuppressions: Array<{ ruleIds: string[]; start: number }> = [];

  /** The last field's name, which most likely tells the next one (`FieldNames.at`). */
  #lastName: FieldName | undefined;
  /** The first space at or after the last field line's start; -1 when the text has none further on. */
  #nextSpace = -2;

  // The field being read, kept as plain numbers: it becomes a `StoredField` once its last line is known.
  #field: FieldName | undefined;
  #nameStart = 0;
  #nameEnd = 0;
  #fieldEnd = 0;
  /** Its values read so far but the last one: the first `#valueCount` of a list reused from field to field. */
  readonly #values: StoredValue[] = emptyListOf();
  #valueCount = 0;

  // The field's last value: `+` lines below may still add to it.
  #valueOpen = false;
  /** The value's text when `+` lines were joined to it; otherwise it is the source's from `#valueStart` to `#valueEnd`. */
  #joinedText: string | undefined;
  #valueLayout: ValueLayout = 'inline';
  #valueStart = 0;
  #valueEnd = 0;
  #valueFullStart = 0;
  #valueFullEnd = 0;
  /**
   * Whether a `+` line continues the last value: not after a comment (a value's span must hold only the value, so
   * that replacing it never deletes a comment).
   */
  #continuable = false;

  /** `hasTab`: whether the lines read have a tab anywhere; if not, a field name ends at the first space. */
  constructor(readonly text: string, schema: Schema, readonly hasTab: boolean, readonly firstIndex = 0) {
    this.#names = fieldNamesOf(schema);
    this.#sequence = this.#names.noNames;
  }

  line(start: number, contentEnd: number, lineEnd: number, blank: boolean): void {
    if (blank) this.endRecord();
    else this.#add(start, contentEnd, lineEnd);
  }

  /** A line that is not blank: `[start, contentEnd)` is its text, `lineEnd` is after its line break. */
  #add(start: number, contentEnd: number, lineEnd: number): void {
    if (this.#recordStart < 0) this.#recordStart = start;
    this.#recordEnd = contentEnd;
    const text = this.text;
    const first = text.charCodeAt(start);
    if (first === 35 /* # */) {
      this.#continuable = false;
      this.#addComment(text.slice(start, contentEnd), start, lineEnd);
    } else if (first === 43 /* + */) {
      this.#addContinuation(start + (text.charCodeAt(start + 1) === 32 ? 2 : 1), start, contentEnd, lineEnd);
    } else if (first === 32 || first === 9) {
      let valueStart = start + 1;
      while (valueStart < contentEnd && isSpaceOrTab(text.charCodeAt(valueStart))) valueStart++;
      this.#addValue(valueStart, contentEnd, 'indented', start, lineEnd);
    } else {
      this.#addFieldLine(start, contentEnd, lineEnd);
    }
  }

  finish(): ParsedRecords {
    this.endRecord();
    return this.take();
  }

  /** The records completed so far, not counting those taken before. */
  get recordCount(): number {
    return this.#records.length;
  }

  /** What was completed since the last `take`; call between records (after a blank line). */
  take(): ParsedRecords {
    const parsed = { records: this.#records, problems: this.#problems, suppressions: this.#suppressions };
    this.#takenRecords += this.#records.length;
    this.#records = [];
    this.#problems = [];
    this.#suppressions = [];
    return parsed;
  }

  #addFieldLine(start: number, contentEnd: number, lineEnd: number): void {
    const separatorAt = this.#separatorAt(start, contentEnd);
    const name = this.#names.at(this.text, start, separatorAt, this.#field ?? this.#lastName);
    if (this.#field?.multiValued && !name.known) {
      // A staff view pasted verbatim puts extra values at the start of the line.
      this.#addValue(start, contentEnd, 'unindented', start, lineEnd);
      this.#hasUnindentedValues = true;
      return;
    }
    this.#endField();
    this.#field = name;
    this.#lastName = name;
    this.#nameStart = start;
    this.#nameEnd = separatorAt;
    this.#fieldEnd = lineEnd;
    const valueStart = Math.min(separatorAt + 1, contentEnd);
    this.#startValue(valueStart, contentEnd, 'inline', valueStart, valueStart);
  }

  /** The first space or tab of the line from `start`, or `contentEnd`. */
  #separatorAt(start: number, contentEnd: number): number {
    const text = this.text;
    // `indexOf` finds the space much faster than a loop; only a text with tabs needs one, up to that space. A space
    // found beyond this line is kept for the lines up to it, so lines without spaces do not search the rest again.
    if (this.#nextSpace !== -1 && this.#nextSpace < start) this.#nextSpace = text.indexOf(' ', start);
    const space = this.#nextSpace;
    const end = space === -1 || space > contentEnd ? contentEnd : space;
    if (this.hasTab) {
      for (let i = start; i < end; i++) if (text.charCodeAt(i) === 9) return i;
    }
    return end;
  }

  #addValue(valueStart: number, valueEnd: number, layout: ValueLayout, lineStart: number, lineEnd: number): void {
    if (!this.#field) {
      this.#problems.push({
        ruleId: 'record/orphan-value',
        span: { start: lineStart, end: valueEnd },
        message: 'This value line has no field above it in the record. Start the record with a "name value" line.',
      });
      this.#continuable = false;
      return;
    }
    this.#endValue();
    this.#fieldEnd = lineEnd;
    this.#startValue(valueStart, valueEnd, layout, lineStart, lineEnd);
  }

  #startValue(start: number, end: number, layout: ValueLayout, fullStart: number, fullEnd: number): void {
    this.#valueOpen = true;
    this.#joinedText = undefined;
    this.#valueLayout = layout;
    this.#valueStart = start;
    this.#valueEnd = end;
    this.#valueFullStart = fullStart;
    this.#valueFullEnd = fullEnd;
    this.#continuable = true;
  }

  #addContinuation(textStart: number, lineStart: number, contentEnd: number, lineEnd: number): void {
    if (!this.#continuable) {
      this.#problems.push({
        ruleId: 'record/orphan-value',
        span: { start: lineStart, end: contentEnd },
        message: 'This "+" line continues no value: put it right below the value it belongs to, with no comment or blank line between.',
      });
      return;
    }
    const text = this.text;
    this.#joinedText = `${this.#joinedText ?? text.slice(this.#valueStart, this.#valueEnd)}\n${text.slice(textStart, contentEnd)}`;
    this.#valueEnd = contentEnd;
    if (this.#valueLayout !== 'inline') this.#valueFullEnd = lineEnd;
    this.#fieldEnd = lineEnd;
  }

  #endValue(): void {
    if (!this.#valueOpen) return;
    this.#values[this.#valueCount++] = this.#joinedText === undefined
      ? StoredValue.inSource(this.text, this.#valueLayout, this.#valueStart, this.#valueEnd, this.#valueFullStart, this.#valueFullEnd)
      : StoredValue.withText(this.#joinedText, this.#valueLayout, this.#valueStart, this.#valueEnd, this.#valueFullStart, this.#valueFullEnd);
    this.#valueOpen = false;
  }

  #endField(): void {
    if (!this.#field) return;
    this.#endValue();
    // A list of its own, no longer than the values (a list grown by `push` has room for 17).
    const values = this.#valueCount === 1 ? [this.#values[0]!] : this.#values.slice(0, this.#valueCount);
    this.#fields[this.#fieldCount++] = new StoredField(this.#field.name, values, this.#nameStart, this.#nameEnd, this.#fieldEnd);
    this.#sequence = this.#sequence?.then(this.#field);
    this.#valueCount = 0;
    this.#field = undefined;
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

  /** A blank line (or the end of the text) closes the record being built. */
  endRecord(): void {
    this.#endField();
    this.#continuable = false;
    if (this.#recordStart >= 0) {
      for (const open of this.#openSuppressions) {
        this.#suppressions.push({ ruleIds: open.ruleIds, span: { start: open.start, end: this.#recordEnd } });
      }
      if (this.#fieldCount > 0) {
        // A list of its own, just long enough: a list grown by `push` took two allocations and a copy per record.
        this.#records.push(new ParsedRecord(this.firstIndex + this.#takenRecords + this.#records.length,
          { start: this.#recordStart, end: this.#recordEnd }, this.#fields.slice(0, this.#fieldCount), this.#sequence?.positions,
          this.#hasUnindentedValues));
      }
    }
    this.#fieldCount = 0;
    this.#sequence = this.#names.noNames;
    this.#hasUnindentedValues = false;
    if (this.#openSuppressions.length > 0) this.#openSuppressions = [];
    this.#recordStart = -1;
    this.#recordEnd = -1;
  }
}

/** Whether `text` has a tab from `from` to before `to` (an edit parses a few records of a big text). */
function hasTab(text: string, from: number, to: number): boolean {
  // The slice shares the text's characters: no copy.
  return text.slice(from, to).includes('\t');
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

/** End of the line that starts at `lineStart`, without its line break. */
function nextLineEnd(text: string, lineStart: number): number {
  let end = lineStart;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return end;
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
