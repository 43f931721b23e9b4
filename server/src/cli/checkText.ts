import type { CatalogService, CatalogSettings, Severity } from '../core/index';
import type { DocumentFormat } from '../core/model/document';
import { type CatalogRecord, firstValue } from '../core/model/record';
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
  const recordIds = new RecordIds(document.records, service.schema.uniqueKey);
  // A loop, and objects with methods rather than closures: see `forEachLine` on what a closure over a file costs.
  const diagnostics: CliDiagnostic[] = [];
  for (const finding of findings) {
    const { start, end } = finding.span;
    const column = starts.characterAt(start) + 1;
    // Most findings end on their first line: the end cursor starts there unless it is already past it.
    if (end < ends.lineStart || ends.lineStart < starts.lineStart) ends.moveTo(starts);
    const endColumn = ends.characterAt(end) + 1;
    diagnostics.push({
      rule: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      line: starts.line + 1,
      column,
      endLine: ends.line + 1,
      endColumn,
      recordId: recordIds.at(start),
    });
  }
  return { records: document.records.length, diagnostics };
}

/**
 * The id of the record around an offset, found by binary search (records are in document order). A record has
 * several findings in a row: its id is read once.
 */
class RecordIds {
  #lastRecord = -1;
  #lastId: string | null = null;

  constructor(readonly records: readonly CatalogRecord[], readonly uniqueKey: string) {}

  at(offset: number): string | null {
    const { records } = this;
    let low = 0;
    let high = records.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const { span } = records[mid]!;
      if (offset < span.start) high = mid - 1;
      else if (offset > span.end) low = mid + 1;
      else return this.#idOf(mid);
    }
    return null;
  }

  #idOf(index: number): string | null {
    if (index !== this.#lastRecord) {
      this.#lastRecord = index;
      this.#lastId = firstValue(this.records[index]!, this.uniqueKey)?.text ?? null;
    }
    return this.#lastId;
  }
}
