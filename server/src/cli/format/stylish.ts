import type { ReportFormat } from './report';

/** ESLint-style text: a heading per file with problems, one line per problem, a summary. */
export const stylishReport: ReportFormat = {
  head: '',
  beforeFirst: '',
  between: '',
  filePart: (report) => {
    if (report.diagnostics.length === 0) return '';
    let out = `${report.path}\n`;
    for (const d of report.diagnostics) {
      out += `  ${`${d.line}:${d.column}`.padEnd(8)} ${d.severity.padEnd(7)} ${d.message}  ${d.rule}\n`;
    }
    return `${out}\n`;
  },
  tail: (s) => `${s.files} file(s), ${s.records} record(s): ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info(s), ${s.hints} hint(s)\n`,
};
