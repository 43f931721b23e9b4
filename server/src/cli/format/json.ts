import type { Severity } from '../../core/rules/rule';
import type { CliDiagnostic } from '../checkText';
import type { FileReport, ReportFormat } from './report';

/**
 * The machine-readable report: one JSON object, keys in a fixed order, on one line. Printed piece by piece, as
 * `JSON.stringify` would print the file's object: a large corpus has hundreds of thousands of findings, and an object
 * per finding to hand to `JSON.stringify` doubled the cost of formatting them.
 */
export const jsonReport: ReportFormat = {
  head: '{"files":[',
  beforeFirst: '',
  between: ',',
  filePart: (report) => `{"path":${JSON.stringify(report.path)},"records":${report.records},"diagnostics":[${diagnosticsJson(report)}]}`,
  tail: (summary) => `],"summary":${JSON.stringify(summary)}}\n`,
};

function diagnosticsJson({ diagnostics }: FileReport): string {
  // A rule reports the same few messages again and again (one per Solr-managed field name): each is escaped once.
  const messages = new Map<string, string>();
  let out = '';
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i]!;
    let message = messages.get(d.message);
    if (message === undefined) {
      message = JSON.stringify(d.message);
      messages.set(d.message, message);
    }
    out += `${i === 0 ? '' : ','}${ruleAndSeverity(d)}${message},"line":${d.line},"column":${d.column},"endLine":${d.endLine},"endColumn":${d.endColumn},"recordId":${d.recordId === null ? 'null' : JSON.stringify(d.recordId)}}`;
  }
  return out;
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
