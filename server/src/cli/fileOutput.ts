import type { CatalogService, CatalogSettings, DocumentFormat } from '../core/index';
import type { OutputFormat } from './args';
import { type CliDiagnostic, type DiagnosticSink, checkBytes } from './checkText';
import { unifiedDiff } from './diff';
import { reportFormatFor } from './format/formats';
import { type FilePartWriter, type ReportPart, type SeverityCounts, noFindings } from './format/report';

/** What `check` writes, decided once and handed to every worker. */
export interface OutputOptions {
  readonly format: OutputFormat;
  /** `--quiet`: errors only, in the output and in the counts. */
  readonly quiet: boolean;
  /** `--fix` writes the fixed text back; `--fix-dry-run` prints the diff instead of the report. */
  readonly fix: 'no' | 'write' | 'dry-run';
}

/**
 * One file's share of the output, ready to write: the text, and the few numbers the summary and the exit code
 * need. Small to post from a worker: no diagnostic objects cross threads.
 */
export interface FileOutput {
  readonly records: number;
  readonly counts: SeverityCounts;
  /**
   * This file's part of the report, or with `--fix-dry-run` its diff. A worker sends it as UTF-8 bytes whose
   * buffers are transferred, not copied: the main thread neither decodes nor encodes it, and its memory is freed
   * as external memory, which V8 collects promptly, rather than as big strings on the main heap.
   */
  readonly text: ReportPart;
  /** With `--fix`, when the safe fixes changed something: the text to write back. */
  readonly fixedText: string | undefined;
  /** With fixing on: the safe fixes changed the text. */
  readonly changedByFixes: boolean;
  /** The bytes were not valid UTF-8: checked as decoded with U+FFFD, and never written back. */
  readonly invalidUtf8: boolean;
}


/** Makes the output of many files with one format, in whichever thread checks them. */
export function fileOutputMaker(service: CatalogService, settings: CatalogSettings, options: OutputOptions) {
  const report = reportFormatFor(options.format);
  return (bytes: Uint8Array, format: DocumentFormat, displayPath: string): FileOutput => {
    // With `--fix-dry-run` the diff replaces the report: the diagnostics are only counted.
    const part = options.fix === 'dry-run' ? undefined : report.filePart(displayPath);
    const diagnostics = new FileDiagnostics(part, options.quiet);
    const file = checkBytes(service, bytes, format, settings, options.fix !== 'no', diagnostics);
    const text = part ? part.finish(file.records) : file.fixed ? unifiedDiff(displayPath, file.fixed.before, file.fixed.after) : '';
    return {
      records: file.records,
      counts: diagnostics.counts,
      text,
      changedByFixes: file.fixed !== undefined,
      fixedText: options.fix === 'write' ? file.fixed?.after : undefined,
      invalidUtf8: file.invalidUtf8,
    };
  };
}

/** A file's diagnostics on their way into its part of the report: counted, and with `--quiet` only errors. */
class FileDiagnostics implements DiagnosticSink {
  readonly counts = noFindings();

  constructor(readonly part: FilePartWriter | undefined, readonly quiet: boolean) {}

  add(diagnostic: CliDiagnostic): void {
    if (this.quiet && diagnostic.severity !== 'error') return;
    this.counts[diagnostic.severity]++;
    this.part?.add(diagnostic);
  }
}
