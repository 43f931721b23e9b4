import type { Severity } from '../../core/rules/rule';
import type { CliDiagnostic } from '../checkText';
import type { ByteChunks } from './byteBuilder';

/** A file's part of the output: text, or UTF-8 bytes in chunks (`ByteBuilder`). */
export type ReportPart = string | ByteChunks;

/**
 * One file's part of the report, written as the file is checked: diagnostics are added in document order and do
 * not outlive the slice of records they were found in (see `checkSlices.ts`).
 */
export interface FilePartWriter {
  add(diagnostic: CliDiagnostic): void;
  /** The part, once every diagnostic is added; empty when the file adds nothing to the output. */
  finish(records: number): ReportPart;
}

export type SeverityCounts = Record<Severity, number>;

export interface Summary {
  readonly files: number;
  readonly records: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly hints: number;
}

export function noFindings(): SeverityCounts {
  return { error: 0, warning: 0, info: 0, hint: 0 };
}

/** Adds up the files one by one as they are written, so no report has to be kept for the summary. */
export class SummaryTally {
  #files = 0;
  #records = 0;
  readonly #counts = noFindings();

  add(records: number, counts: SeverityCounts): void {
    this.#files++;
    this.#records += records;
    for (const severity of Object.keys(counts) as Severity[]) this.#counts[severity] += counts[severity];
  }

  get summary(): Summary {
    const counts = this.#counts;
    return { files: this.#files, records: this.#records, errors: counts.error, warnings: counts.warning, infos: counts.info, hints: counts.hint };
  }
}

/**
 * An output format cut into pieces, so each file's part is formatted where the file was checked (a worker) and
 * written as soon as the files before it are: `head`, then the non-empty parts each preceded by `beforeFirst` or
 * `between`, then `tail`. The pieces concatenated are exactly the text the whole report would be.
 */
export interface ReportFormat extends ReportFrame {
  /** A writer of the part of the file at `path`. */
  filePart(path: string): FilePartWriter;
}

/** What the main thread writes around the files' parts. */
export interface ReportFrame {
  readonly head: string;
  readonly beforeFirst: string;
  readonly between: string;
  tail(summary: Summary, anyPart: boolean): string;
}

/** `--fix-dry-run`: the files' diffs one after the other, nothing around them. */
export const diffsOnly: ReportFrame = { head: '', beforeFirst: '', between: '', tail: () => '' };
