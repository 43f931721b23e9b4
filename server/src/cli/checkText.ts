import { isAscii } from 'node:buffer';
import type { CatalogService, CatalogSettings, CheckedSliceVisitor, Severity, SliceLines } from '../core/index';
import type { Finding } from '../core/features/check';
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

/**
 * Takes a file's diagnostics one by one, in document order, as they are found. `add` reads what it needs at once:
 * the object it is given is reused for the next diagnostic (a file has thousands; an object each was garbage).
 */
export interface DiagnosticSink {
  add(diagnostic: CliDiagnostic): void;
}

/** `CliDiagnostic` as the placer fills it in, finding after finding. */
type DiagnosticBeingPlaced = { -readonly [K in keyof CliDiagnostic]: CliDiagnostic[K] };

export interface CheckedFile {
  readonly records: number;
  /** With fixing on, when the safe fixes changed something: the text before and after. */
  readonly fixed: { readonly before: string; readonly after: string } | undefined;
  /** The bytes were not valid UTF-8: checked as decoded with U+FFFD, and never written back. */
  readonly invalidUtf8: boolean;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Decodes bytes keeping a BOM as U+FEFF, so that writing the text back restores it. */
export function decodeUtf8(bytes: Uint8Array): { text: string; valid: boolean } {
  // ASCII reads the same as Latin-1, which Node copies into a string ~6× faster than it decodes UTF-8 (30 MB: 7
  // against 49 ms); `isAscii` is a vectorized scan.
  if (isAscii(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), valid: true };
  try {
    return { text: strictUtf8.decode(bytes), valid: true };
  } catch {
    return { text: lenientUtf8.decode(bytes), valid: false };
  }
}

/** Checks one file's bytes in its format; with `fix`, applies the safe fixes first and reports what remains. */
export function checkBytes(service: CatalogService, bytes: Uint8Array, format: DocumentFormat, settings: CatalogSettings, fix: boolean,
  sink: DiagnosticSink): CheckedFile {
  const { text, valid } = decodeUtf8(bytes);
  const fixed = fix ? service.fixAll(text, settings, format) : text;
  const records = checkText(service, fixed, format, settings, sink);
  return { records, fixed: fixed === text ? undefined : { before: text, after: fixed }, invalidUtf8: !valid };
}

/** Checks a file's text, handing its diagnostics to `sink` as each slice of records is checked; the record count. */
export function checkText(service: CatalogService, text: string, format: DocumentFormat, settings: CatalogSettings, sink: DiagnosticSink): number {
  return service.checkText(text, format, settings, new DiagnosticPlacer(text, service.schema.uniqueKey, sink)).records;
}

/**
 * Turns findings into diagnostics: 1-based lines and columns, and the id of the record. Findings come in document
 * order, slice after slice. A `.record` slice comes with the starts of its lines, which the parser found: a walk
 * over them places its findings. Otherwise one cursor walks the text to each start, another from there to the end.
 * An object with a method rather than a closure: see `forEachLine` on what a closure over a file costs.
 */
class DiagnosticPlacer implements CheckedSliceVisitor {
  readonly #starts: LineCursor;
  readonly #ends: LineCursor;
  readonly #diagnostic: DiagnosticBeingPlaced = { rule: '', severity: 'error', message: '', line: 0, column: 0, endLine: 0, endColumn: 0, recordId: null };

  constructor(text: string, readonly uniqueKey: string, readonly sink: DiagnosticSink) {
    this.#starts = new LineCursor(text);
    this.#ends = new LineCursor(text);
  }

  slice(findings: readonly Finding[], records: readonly CatalogRecord[], lines?: SliceLines): void {
    const recordIds = new RecordIds(records, this.uniqueKey);
    const diagnostic = this.#diagnostic;
    // The slice's own lines, as the parser found them, place its findings; the cursors walk the text otherwise.
    let lineIndex = 0;
    for (const finding of findings) {
      const { start, end } = finding.span;
      if (lines !== undefined && start >= lines.starts[0]! && end < lines.end) {
        const { starts, count } = lines;
        while (lineIndex > 0 && starts[lineIndex]! > start) lineIndex--;
        while (lineIndex + 1 < count && starts[lineIndex + 1]! <= start) lineIndex++;
        let endIndex = lineIndex;
        while (endIndex + 1 < count && starts[endIndex + 1]! <= end) endIndex++;
        diagnostic.line = lines.firstLine + lineIndex + 1;
        diagnostic.column = start - starts[lineIndex]! + 1;
        diagnostic.endLine = lines.firstLine + endIndex + 1;
        diagnostic.endColumn = end - starts[endIndex]! + 1;
      } else {
        this.#placeByCursors(start, end);
      }
      diagnostic.rule = finding.ruleId;
      diagnostic.severity = finding.severity;
      diagnostic.message = finding.message;
      diagnostic.recordId = recordIds.at(start);
      this.sink.add(diagnostic);
    }
  }

  #placeByCursors(start: number, end: number): void {
    const starts = this.#starts;
    const ends = this.#ends;
    const diagnostic = this.#diagnostic;
    diagnostic.column = starts.characterAt(start) + 1;
    // Most findings end on their first line: the end cursor starts there unless it is already past it.
    if (end < ends.lineStart || ends.lineStart < starts.lineStart) ends.moveTo(starts);
    diagnostic.endColumn = ends.characterAt(end) + 1;
    diagnostic.line = starts.line + 1;
    diagnostic.endLine = ends.line + 1;
  }
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
