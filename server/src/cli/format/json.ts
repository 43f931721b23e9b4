import { type FileReport, summarize } from './report';

/** The machine-readable report: one JSON object, keys in a fixed order, on one line. */
export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map((report) => ({
    path: report.path,
    records: report.records,
    diagnostics: report.diagnostics.map((d) => ({
      rule: d.rule, severity: d.severity, message: d.message,
      line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, recordId: d.recordId,
    })),
  }));
  return `${JSON.stringify({ files, summary: summarize(reports) })}\n`;
}
