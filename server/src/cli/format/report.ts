import type { CliDiagnostic } from '../checkText';

/** One checked file as every output format sees it. */
export interface FileReport {
  readonly path: string;
  readonly records: number;
  readonly diagnostics: readonly CliDiagnostic[];
}

export interface Summary {
  readonly files: number;
  readonly records: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly hints: number;
}

export function summarize(reports: readonly FileReport[]): Summary {
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  let records = 0;
  for (const report of reports) {
    records += report.records;
    for (const diagnostic of report.diagnostics) counts[diagnostic.severity]++;
  }
  return { files: reports.length, records, errors: counts.error, warnings: counts.warning, infos: counts.info, hints: counts.hint };
}
