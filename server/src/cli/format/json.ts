import type { Severity } from '../../core/rules/rule';
import { isAsciiText } from '../../core/text/ascii';
import type { CliDiagnostic } from '../checkText';
import { ByteBuilder, type ByteChunks, isSmallInteger, maxSmallIntegerDigits, writeBytes, writeSmallInteger } from './byteBuilder';
import type { FilePartWriter, ReportFormat } from './report';

const utf8 = new TextEncoder();

/**
 * The machine-readable report: one JSON object, keys in a fixed order, on one line, exactly as `JSON.stringify`
 * prints it. A large corpus has hundreds of thousands of findings: a file's part is written as UTF-8 bytes (see
 * `ByteBuilder`), each finding from its encoded `{"rule":…,"severity":…,"message":…,"line":` (the same for every
 * finding with that message), its numbers, and its record's escaped id.
 */
export const jsonReport: ReportFormat = {
  head: '{"files":[',
  beforeFirst: '',
  between: ',',
  filePart: (path) => new JsonFilePart(path),
  tail: (summary) => `],"summary":${JSON.stringify(summary)}}\n`,
};

const ascii = (text: string) => utf8.encode(text);
const columnKey = ascii(',"column":');
const endLineKey = ascii(',"endLine":');
const endColumnKey = ascii(',"endColumn":');
const recordIdKey = ascii(',"recordId":');
const comma = 44;
const closingBrace = 125;
/** The bytes of a finding besides its head, numbers and record id: a comma, the four keys, the closing brace. */
const keyBytes = 1 + columnKey.length + endLineKey.length + endColumnKey.length + recordIdKey.length + 1;

/** A finding's first bytes, with what they were made from (one message may come from two rules or severities). */
interface EncodedHead {
  readonly rule: string;
  readonly severity: Severity;
  readonly bytes: Uint8Array;
}

class JsonFilePart implements FilePartWriter {
  readonly #out = new ByteBuilder();
  #count = 0;
  /** By message: a rule reports the same few messages again and again (one per Solr-managed field name). */
  readonly #heads = new Map<string, EncodedHead>();
  // Starts as the empty id, not null: the comparison in `#recordIdJson` then sees strings from the first call on, as
  // V8 optimizes it for; a null first in every file had thrown that code away.
  #lastRecordId: string | null = '';
  #lastRecordIdJson = '""';
  #recordIdIsAscii = true;

  constructor(readonly path: string) {}

  add(d: CliDiagnostic): void {
    const head = this.#head(d);
    const recordId = this.#recordIdJson(d.recordId);
    const { line, column, endLine, endColumn } = d;
    const out = this.#out;
    if (!this.#recordIdIsAscii || !(isSmallInteger(line) && isSmallInteger(column) && isSmallInteger(endLine) && isSmallInteger(endColumn))) {
      this.#addPieceByPiece(head, d, recordId);
      return;
    }
    // Room for the longest this finding can be, then every piece written in place.
    out.reserve(head.length + 4 * maxSmallIntegerDigits + keyBytes + recordId.length);
    const bytes = out.room();
    let at = out.used;
    if (this.#count++ > 0) bytes[at++] = comma;
    at = writeBytes(bytes, at, head);
    at = writeSmallInteger(bytes, at, line);
    at = writeBytes(bytes, at, columnKey);
    at = writeSmallInteger(bytes, at, column);
    at = writeBytes(bytes, at, endLineKey);
    at = writeSmallInteger(bytes, at, endLine);
    at = writeBytes(bytes, at, endColumnKey);
    at = writeSmallInteger(bytes, at, endColumn);
    at = writeBytes(bytes, at, recordIdKey);
    for (let i = 0; i < recordId.length; i++) bytes[at++] = recordId.charCodeAt(i);
    bytes[at++] = closingBrace;
    out.used = at;
  }

  /** `add` for a finding with a number beyond 2^31 - 1 or a record id beyond ASCII. */
  #addPieceByPiece(head: Uint8Array, d: CliDiagnostic, recordId: string): void {
    const out = this.#out;
    if (this.#count++ > 0) out.appendByte(comma);
    out.appendBytes(head);
    out.appendInteger(d.line);
    out.appendBytes(columnKey);
    out.appendInteger(d.column);
    out.appendBytes(endLineKey);
    out.appendInteger(d.endLine);
    out.appendBytes(endColumnKey);
    out.appendInteger(d.endColumn);
    out.appendBytes(recordIdKey);
    out.appendText(recordId);
    out.appendByte(closingBrace);
  }

  finish(records: number): ByteChunks {
    // The record count comes first in the object but is known last.
    this.#out.appendText(']}');
    return this.#out.chunks(`{"path":${JSON.stringify(this.path)},"records":${records},"diagnostics":[`);
  }

  #head(d: CliDiagnostic): Uint8Array {
    const known = this.#heads.get(d.message);
    if (known !== undefined && known.rule === d.rule && known.severity === d.severity) return known.bytes;
    const bytes = utf8.encode(`{"rule":${JSON.stringify(d.rule)},"severity":"${d.severity}","message":${JSON.stringify(d.message)},"line":`);
    this.#heads.set(d.message, { rule: d.rule, severity: d.severity, bytes });
    return bytes;
  }

  /** A record's findings come one after the other: its id is escaped once. */
  #recordIdJson(recordId: string | null): string {
    if (recordId !== this.#lastRecordId) {
      this.#lastRecordId = recordId;
      this.#lastRecordIdJson = recordId === null ? 'null' : JSON.stringify(recordId);
      this.#recordIdIsAscii = isAsciiText(this.#lastRecordIdJson);
    }
    return this.#lastRecordIdJson;
  }
}
