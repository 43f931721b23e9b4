import type { RecordDocument, TextChange } from '../model/document';
import type { CatalogRecord } from '../model/record';
import type { Span } from '../model/span';
import type { Schema } from '../schema/schema';
import type { CatalogSettings } from '../settings';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/**
 * A finding of one rule, in offsets; `data` is everything its fix needs and must survive JSON. Positions in `data`
 * are relative to `span`: the editor reuses a record's findings, shifting their spans, when an edit moves the record.
 */
export interface Problem {
  readonly ruleId: string;
  readonly span: Span;
  readonly message: string;
  readonly data?: Readonly<Record<string, unknown>>;
  /** Overrides the rule's default severity for this finding (e.g. `javascript:` URLs are errors). */
  readonly severity?: Severity;
  /** Marks text the editor may fade out. */
  readonly unnecessary?: boolean;
}

export interface ReportInput {
  readonly span: Span;
  readonly message: string;
  readonly data?: Readonly<Record<string, unknown>>;
  readonly severity?: Severity;
  readonly unnecessary?: boolean;
}

/** A record elsewhere in the workspace: its document and the 0-based line (as in LSP) of its id. */
export interface RecordLocation {
  readonly uri: string;
  readonly line: number;
}

/**
 * What rules may ask about the other files of the workspace. The editor fills it from its workspace index;
 * without it (CLI on one file, tests) the rules check the document alone.
 */
export interface WorkspaceRecords {
  /** Records with this id in other documents than the one being checked. */
  otherRecordsWithId(id: string): readonly RecordLocation[];
  /** The ids used in other documents: those for which `otherRecordsWithId` finds something. */
  idsElsewhere(): ReadonlySet<string>;
}

export interface RuleContext {
  readonly document: RecordDocument;
  readonly schema: Schema;
  readonly settings: CatalogSettings;
  readonly workspace?: WorkspaceRecords;
  report(problem: ReportInput): void;
}

/** One way to fix a problem: a title for the light bulb and the changes, in offsets of the checked text. */
export interface Fix {
  readonly title: string;
  readonly changes: readonly TextChange[];
  /** Safe fixes are part of "fix all"; the others are offered one at a time only. */
  readonly safe: boolean;
  readonly preferred?: boolean;
}

/** What a fix reads: the problem as the editor hands it back (span + data), and the document it is in. */
export interface FixInput {
  readonly span: Span;
  readonly data: Readonly<Record<string, unknown>>;
  readonly document: RecordDocument;
}

/** One document's check by a document rule, slice by slice: it keeps what it must remember of the slices before. */
export interface SliceChecker {
  /** `slice` holds the next records in document order; its `text` is the whole document's. */
  checkSlice(slice: RecordDocument, context: RuleContext): void;
}

export interface Rule {
  /** `<group>/<kebab-name>`: the file name, `Diagnostic.code` and the key in `catalogRecords.rules`. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One sentence for docs, hovers and SARIF. */
  readonly description: string;
  /** The fields whose values the rule checks; a hover on such a field links the rule's page. */
  readonly fields?: readonly string[];
  checkRecord?(record: CatalogRecord, context: RuleContext): void;
  checkDocument?(document: RecordDocument, context: RuleContext): void;
  /**
   * `checkDocument` for a document read a slice of records at a time (the CLI's `.record` files), each slice dropped
   * before the next is parsed: the returned checker sees the slices in order and reports, for each, what
   * `checkDocument` reports in it for the whole document. Every rule with `checkDocument` has one (registry test).
   */
  checkDocumentInSlices?(): SliceChecker;
  fix?(input: FixInput): Fix[];
}
