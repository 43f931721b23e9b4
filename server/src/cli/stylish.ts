import type { CheckedText } from './checkText';

/** ESLint-style text: a heading per file with problems, one line per problem, a summary. */
export function formatStylish(results: ReadonlyArray<CheckedText & { path: string }>): string {
  let out = '';
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const result of results) {
    if (result.diagnostics.length === 0) continue;
    out += `${result.path}\n`;
    for (const d of result.diagnostics) {
      counts[d.severity]++;
      out += `  ${`${d.line}:${d.column}`.padEnd(8)} ${d.severity.padEnd(7)} ${d.message}  ${d.rule}\n`;
    }
    out += '\n';
  }
  const records = results.reduce((sum, result) => sum + result.records, 0);
  out += `${results.length} file(s), ${records} record(s): ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info(s), ${counts.hint} hint(s)\n`;
  return out;
}
