import type { Severity } from '../../core/rules/rule';
import type { CliDiagnostic } from '../checkText';
import { ByteBuilder, type ByteChunks } from './byteBuilder';
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
  #lastRecordId: string | null = null;
  #lastRecordIdJson = 'null';

  constructor(readonly path: string) {}

  add(d: CliDiagnostic): void {
    const out = this.#out;
    if (this.#count++ > 0) out.appendByte(comma);
    out.appendBytes(this.#head(d));
    out.appendInteger(d.line);
    out.appendBytes(columnKey);
    out.appendInteger(d.column);
    out.appendBytes(endLineKey);
    out.appendInteger(d.endLine);
    out.appendBytes(endColumnKey);
    out.appendInteger(d.endColumn);
    out.appendBytes(recordIdKey);
    out.appendText(this.#recordIdJson(d.recordId));
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
    }
    return this.#lastRecordIdJson;
  }
}
