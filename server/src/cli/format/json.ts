import type { Severity } from '../../core/rules/rule';
import type { CliDiagnostic } from '../checkText';
import type { FilePartWriter, ReportFormat } from './report';
import { Utf8Builder } from './utf8Builder';

/**
 * The machine-readable report: one JSON object, keys in a fixed order, on one line. Printed piece by piece, as
 * `JSON.stringify` would print the file's object: a large corpus has hundreds of thousands of findings, and an object
 * per finding to hand to `JSON.stringify` doubled the cost of formatting them. A file's part is UTF-8 bytes
 * (see `Utf8Builder`).
 */
export const jsonReport: ReportFormat = {
  head: '{"files":[',
  beforeFirst: '',
  between: ',',
  filePart: (path) => new JsonFilePart(path),
  tail: (summary) => `],"summary":${JSON.stringify(summary)}}\n`,
};

class JsonFilePart implements FilePartWriter {
  readonly #out = new Utf8Builder();
  #count = 0;
  /** A rule reports the same few messages again and again (one per Solr-managed field name): each is escaped once. */
  readonly #messages = new Map<string, string>();

  #lastRecordId: string | null = null;
  #lastRecordIdJson = 'null';

  constructor(readonly path: string) {}

  add(d: CliDiagnostic): void {
    let message = this.#messages.get(d.message);
    if (message === undefined) {
      message = JSON.stringify(d.message);
      this.#messages.set(d.message, message);
    }
    this.#out.append(`${this.#count++ === 0 ? '' : ','}${ruleAndSeverity(d)}${message},"line":${d.line},"column":${d.column},"endLine":${d.endLine},"endColumn":${d.endColumn},"recordId":${this.#recordIdJson(d.recordId)}}`);
  }

  /** A record's findings come one after the other: its id is escaped once. */
  #recordIdJson(recordId: string | null): string {
    if (recordId !== this.#lastRecordId) {
      this.#lastRecordId = recordId;
      this.#lastRecordIdJson = recordId === null ? 'null' : JSON.stringify(recordId);
    }
    return this.#lastRecordIdJson;
  }

  finish(records: number): Uint8Array<ArrayBuffer> {
    // The record count comes first in the object but is known last.
    this.#out.prepend(`{"path":${JSON.stringify(this.path)},"records":${records},"diagnostics":[`);
    this.#out.append(']}');
    return this.#out.bytes();
  }
}

const ruleAndSeverityParts = new Map<string, Record<Severity, string>>();

/** `{"rule":…,"severity":…,"message":`, the same for every finding of a rule. */
function ruleAndSeverity(d: CliDiagnostic): string {
  let parts = ruleAndSeverityParts.get(d.rule);
  if (parts === undefined) {
    const rule = `{"rule":${JSON.stringify(d.rule)},"severity":`;
    parts = { error: `${rule}"error","message":`, warning: `${rule}"warning","message":`, info: `${rule}"info","message":`, hint: `${rule}"hint","message":` };
    ruleAndSeverityParts.set(d.rule, parts);
  }
  return parts[d.severity];
}
