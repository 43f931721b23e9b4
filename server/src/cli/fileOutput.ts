import type { CatalogService, CatalogSettings, DocumentFormat } from '../core/index';
import type { OutputFormat } from './args';
import { checkBytes } from './checkText';
import { unifiedDiff } from './diff';
import { reportFormatFor } from './format/formats';
import { type SeverityCounts, countSeverities } from './format/report';

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
   * buffer is transferred, not copied: the main thread neither decodes nor encodes it, and its memory is freed
   * as external memory, which V8 collects promptly, rather than as big strings on the main heap.
   */
  readonly text: string | Uint8Array<ArrayBuffer>;
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
    const file = checkBytes(service, bytes, format, settings, options.fix !== 'no');
    const diagnostics = options.quiet ? file.diagnostics.filter((d) => d.severity === 'error') : file.diagnostics;
    const text = options.fix === 'dry-run'
      ? (file.fixed ? unifiedDiff(displayPath, file.fixed.before, file.fixed.after) : '')
      : report.filePart({ path: displayPath, records: file.records, diagnostics });
    return {
      records: file.records,
      counts: countSeverities(diagnostics),
      text,
      changedByFixes: file.fixed !== undefined,
      fixedText: options.fix === 'write' ? file.fixed?.after : undefined,
      invalidUtf8: file.invalidUtf8,
    };
  };
}
