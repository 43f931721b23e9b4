import { type Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import type { RecordDocument } from '../model/document';
import type { Severity } from '../rules/rule';
import { lineIndexOf, spanToRange } from '../text/positions';
import type { Finding } from './check';

export const diagnosticSource = 'catalog-records';

const lspSeverity: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Findings as LSP diagnostics: rule id as `code`, a link to the rule's page, the fix input in `data`. */
export function toDiagnostics(document: RecordDocument, findings: readonly Finding[], ruleDocsBase: string): Diagnostic[] {
  const index = lineIndexOf(document);
  // One link object per rule, not per finding: a big document has hundreds of thousands of findings.
  const descriptions = new Map<string, { href: string }>();
  return findings.map((finding) => {
    let codeDescription = descriptions.get(finding.ruleId);
    if (!codeDescription) {
      codeDescription = { href: ruleDocUri(ruleDocsBase, finding.ruleId) };
      descriptions.set(finding.ruleId, codeDescription);
    }
    const diagnostic: Diagnostic = {
      range: spanToRange(index, finding.span),
      severity: lspSeverity[finding.severity],
      code: finding.ruleId,
      codeDescription,
      source: diagnosticSource,
      message: finding.message,
      data: finding.data ?? {},
    };
    if (finding.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
    return diagnostic;
  });
}

export function ruleDocUri(ruleDocsBase: string, ruleId: string): string {
  return `${ruleDocsBase.replace(/\/$/, '')}/${ruleId}.md`;
}

/**
 * The note that ends a truncated report, so that nobody takes a short list for the whole story. It carries no rule
 * id: it is not a finding and no setting turns it off except the limit.
 */
export function limitNote(shown: number, total: number): Diagnostic {
  const count = (n: number) => n.toLocaleString('en-US');
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: diagnosticSource,
    message: `Showing ${count(shown)} of ${count(total)} findings in this file: errors first, then warnings, infos and hints, `
      + 'nearest the last edit first. Raise catalogRecords.maxDiagnostics (0 shows all) or run `catrec check` for the full list.',
  };
}
