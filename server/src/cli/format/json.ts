import type { Severity } from '../../core/rules/rule';
import type { CliDiagnostic } from '../checkText';
import type { FileReport, ReportFormat } from './report';
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
  filePart: (report) => {
    const out = new Utf8Builder();
    out.append(`{"path":${JSON.stringify(report.path)},"records":${report.records},"diagnostics":[`);
    appendDiagnostics(out, report);
    out.append(']}');
    return out.bytes();
  },
  tail: (summary) => `],"summary":${JSON.stringify(summary)}}\n`,
};

function appendDiagnostics(out: Utf8Builder, { diagnostics }: FileReport): void {
  // A rule reports the same few messages again and again (one per Solr-managed field name): each is escaped once.
  const messages = new Map<string, string>();
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i]!;
    let message = messages.get(d.message);
    if (message === undefined) {
      message = JSON.stringify(d.message);
      messages.set(d.message, message);
    }
    out.append(`${i === 0 ? '' : ','}${ruleAndSeverity(d)}${message},"line":${d.line},"column":${d.column},"endLine":${d.endLine},"endColumn":${d.endColumn},"recordId":${d.recordId === null ? 'null' : JSON.stringify(d.recordId)}}`);
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
