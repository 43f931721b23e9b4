import type { ReportFormat } from './report';

/** The machine-readable report: one JSON object, keys in a fixed order, on one line. */
export const jsonReport: ReportFormat = {
  head: '{"files":[',
  beforeFirst: '',
  between: ',',
  filePart: (report) => JSON.stringify({
    path: report.path,
    records: report.records,
    diagnostics: report.diagnostics.map((d) => ({
      rule: d.rule, severity: d.severity, message: d.message,
      line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, recordId: d.recordId,
    })),
  }),
  tail: (summary) => `],"summary":${JSON.stringify(summary)}}\n`,
};
