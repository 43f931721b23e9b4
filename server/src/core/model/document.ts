import type { CatalogRecord } from './record';
import type { Span } from './span';

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
  /** Inserts a new field line with its values after `afterOffset` (the end of a field's full span). */
  insertField(afterOffset: number, name: string, values: readonly string[]): TextChange;
}

export type DocumentFormat = 'record';

export interface RecordDocument {
  readonly format: DocumentFormat;
  readonly text: string;
  readonly records: readonly CatalogRecord[];
  readonly problems: readonly ParseProblem[];
  readonly suppressions: readonly Suppression[];
  readonly syntax: RecordSyntax;
}

export function recordAt(document: RecordDocument, offset: number): CatalogRecord | undefined {
  return document.records.find((record) => offset >= record.span.start && offset <= record.span.end);
}
