import type { CatalogRecord, Field } from './record';
import type { Span } from './span';
import { lastIndexAtMost } from '../text/search';

/** A replacement of the text at `span` (offsets into the original text). */
export interface TextChange {
  readonly span: Span;
  readonly newText: string;
}

/** Something the parser could not read as intended; reported under a rule id like any other finding. */
export interface ParseProblem {
  readonly ruleId: string;
  readonly span: Span;
  readonly message: string;
  readonly data?: unknown;
}

/** A `# catalog-records-disable…` comment: which rules it silences and over which offsets. */
export interface Suppression {
  /** Empty means every rule. */
  readonly ruleIds: readonly string[];
  readonly span: Span;
}

/**
 * How edits are written in the document's own syntax, so that rules and fixes never
 * build source text themselves (a value with a newline is `+`-continued in `.record`,
 * escaped in JSON, and so on).
 */
export interface RecordSyntax {
  /** The source text that holds `value` at the place of an existing value. */
  encodeValue(value: string): string;
  /** Inserts a new field with its values after `afterOffset` (the end of a field's full span). */
  insertField(afterOffset: number, name: string, values: readonly string[]): TextChange;
  /** Removes the fields with all their values, leaving the document well-formed (commas and all). */
  removeFields(fields: readonly Field[]): TextChange[];
  /** Removes one value of a field that has others. */
  removeValue(field: Field, valueIndex: number): TextChange;
  /** Replaces all values of a field with `values` (at least one). */
  replaceValues(field: Field, values: readonly string[]): TextChange;
}

export type DocumentFormat = 'record' | 'solr-json' | 'solr-jsonl' | 'solr-xml';

export interface RecordDocument {
  readonly format: DocumentFormat;
  readonly text: string;
  readonly records: readonly CatalogRecord[];
  readonly problems: readonly ParseProblem[];
  readonly suppressions: readonly Suppression[];
  readonly syntax: RecordSyntax;
  /**
   * For a document over an editor's big text, whose `text` and `records` are assembled when first read (tens of
   * milliseconds per version): a stretch of the text, and the last record starting at or before an offset, without
   * assembling either. Use `textSlice` and `recordStartingAtOrBefore`, which fall back on `text` and `records`.
   */
  readonly slice?: (start: number, end: number) => string;
  readonly recordStartingAtOrBefore?: (offset: number) => CatalogRecord | undefined;
}

export function textSlice(document: RecordDocument, start: number, end: number): string {
  return document.slice ? document.slice(start, end) : document.text.slice(start, end);
}

/** The last record that starts at or before `offset`: the one the offset is in, or the one above it. */
export function recordStartingAtOrBefore(document: RecordDocument, offset: number): CatalogRecord | undefined {
  if (document.recordStartingAtOrBefore) return document.recordStartingAtOrBefore(offset);
  const { records } = document;
  return records[lastIndexAtMost(records.length, (i) => records[i]!.span.start, offset)];
}

/** The field and value whose value span starts at `offset` (where a finding about a value points). */
export function locateValue(document: RecordDocument, offset: number): { record: CatalogRecord; field: Field; valueIndex: number } | undefined {
  const record = recordAt(document, offset);
  if (!record) return undefined;
  for (const field of record.fields) {
    const valueIndex = field.values.findIndex((value) => value.span.start === offset);
    if (valueIndex >= 0) return { record, field, valueIndex };
  }
  return undefined;
}

/** The field whose name starts at `offset`. */
export function locateField(document: RecordDocument, offset: number): { record: CatalogRecord; field: Field } | undefined {
  const record = recordAt(document, offset);
  const field = record?.fields.find((candidate) => candidate.nameSpan.start === offset);
  return record && field ? { record, field } : undefined;
}

/** The record whose span holds `offset` (the first, where two touch). */
export function recordAt(document: RecordDocument, offset: number): CatalogRecord | undefined {
  if (document.recordStartingAtOrBefore) {
    // An editor's `.record` text: blank lines separate records, so spans never touch.
    const record = document.recordStartingAtOrBefore(offset);
    return record && offset <= record.span.end ? record : undefined;
  }
  // Records are in document order: the first that ends at or after the offset is the only candidate. (A scan made
  // fix-all quadratic: one lookup per finding, 300,000 findings in a 50,000-record file.)
  const { records } = document;
  const record = records[lastIndexAtMost(records.length, (i) => records[i]!.span.end, offset - 1) + 1];
  return record && record.span.start <= offset ? record : undefined;
}
