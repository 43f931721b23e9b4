import type { CatalogService, CatalogSettings, Severity } from '../core/index';
import type { DocumentFormat, RecordDocument } from '../core/model/document';
import { firstValue } from '../core/model/record';
import { LineCursor } from '../core/text/lineCursor';

/** A finding as the CLI reports it: 1-based lines and columns (UTF-16 code units, as the editor counts). */
export interface CliDiagnostic {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The unique key (`id`) of the record the finding starts in; null outside records or without one. */
  readonly recordId: string | null;
}

export interface CheckedText {
  readonly records: number;
  readonly diagnostics: readonly CliDiagnostic[];
}

export interface CheckedFile extends CheckedText {
  /** With fixing on, when the safe fixes changed something: the text before and after. */
  readonly fixed: { readonly before: string; readonly after: string } | undefined;
  /** The bytes were not valid UTF-8: checked as decoded with U+FFFD, and never written back. */
  readonly invalidUtf8: boolean;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Decodes bytes keeping a BOM as U+FEFF, so that writing the text back restores it. */
export function decodeUtf8(bytes: Uint8Array): { text: string; valid: boolean } {
  try {
    return { text: strictUtf8.decode(bytes), valid: true };
  } catch {
    return { text: lenientUtf8.decode(bytes), valid: false };
  }
}

/** Checks one file's bytes in its format; with `fix`, applies the safe fixes first and reports what remains. */
export function checkBytes(service: CatalogService, bytes: Uint8Array, format: DocumentFormat, settings: CatalogSettings, fix: boolean): CheckedFile {
  const { text, valid } = decodeUtf8(bytes);
  const fixed = fix ? service.fixAll(text, settings, format) : text;
  return { ...checkText(service, fixed, format, settings), fixed: fixed === text ? undefined : { before: text, after: fixed }, invalidUtf8: !valid };
}

export function checkText(service: CatalogService, text: string, format: DocumentFormat, settings: CatalogSettings): CheckedText {
  const document = service.parseAs(text, format);
  const { findings } = service.check(document, settings);
  // Findings come in document order: one cursor walks to each start, another from there to the end.
  const starts = new LineCursor(text);
  const ends = new LineCursor(text);
  const recordIdAt = recordIdLookup(document, service.schema.uniqueKey);
  return {
    records: document.records.length,
    diagnostics: findings.map((finding): CliDiagnostic => {
      const { start, end } = finding.span;
      const column = starts.characterAt(start) + 1;
      // Most findings end on their first line: the end cursor starts there unless it is already past it.
      if (end < ends.lineStart || ends.lineStart < starts.lineStart) ends.moveTo(starts);
      const endColumn = ends.characterAt(end) + 1;
      return {
        rule: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        line: starts.line + 1,
        column,
        endLine: ends.line + 1,
        endColumn,
        recordId: recordIdAt(start),
      };
    }),
  };
}

/**
 * Finds the record around an offset by binary search (records are in document order). A record has several findings
 * in a row: its id is read once.
 */
function recordIdLookup(document: RecordDocument, uniqueKey: string): (offset: number) => string | null {
  const { records } = document;
  let lastRecord = -1;
  let lastId: string | null = null;
  const idOf = (index: number): string | null => {
    if (index !== lastRecord) {
      lastRecord = index;
      lastId = firstValue(records[index]!, uniqueKey)?.text ?? null;
    }
    return lastId;
  };
  return (offset) => {
    let low = 0;
    let high = records.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const { span } = records[mid]!;
      if (offset < span.start) high = mid - 1;
      else if (offset > span.end) low = mid + 1;
      else return idOf(mid);
    }
    return null;
  };
}
