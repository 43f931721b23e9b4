import type { CatalogService, CatalogSettings, Severity } from '../core/index';
import { lineIndexOf } from '../core/text/positions';

/** A finding as the CLI reports it: 1-based lines and columns. */
export interface CliDiagnostic {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface CheckedText {
  readonly records: number;
  readonly diagnostics: readonly CliDiagnostic[];
}

export function checkText(service: CatalogService, text: string, settings: CatalogSettings): CheckedText {
  const document = service.parse(text);
  const index = lineIndexOf(document);
  const { findings } = service.check(document, settings);
  return {
    records: document.records.length,
    diagnostics: findings.map((finding) => {
      const start = index.positionAt(finding.span.start);
      const end = index.positionAt(finding.span.end);
      return {
        rule: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
      };
    }),
  };
}
