import { type FileReport, summarize } from './report';

/** ESLint-style text: a heading per file with problems, one line per problem, a summary. */
export function formatStylish(reports: readonly FileReport[]): string {
  let out = '';
  for (const report of reports) {
    if (report.diagnostics.length === 0) continue;
    out += `${report.path}\n`;
    for (const d of report.diagnostics) {
      out += `  ${`${d.line}:${d.column}`.padEnd(8)} ${d.severity.padEnd(7)} ${d.message}  ${d.rule}\n`;
    }
    out += '\n';
  }
  const s = summarize(reports);
  out += `${s.files} file(s), ${s.records} record(s): ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info(s), ${s.hints} hint(s)\n`;
  return out;
}
