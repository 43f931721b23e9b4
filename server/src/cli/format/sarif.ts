import { allRules } from '../../core/index';
import { defaultRuleDocsBase } from '../../core/index';
import { ruleDocUri } from '../../core/features/diagnostics';
import type { Severity } from '../../core/rules/rule';
import type { FileReport } from './report';

export const sarifSchemaUri = 'https://json.schemastore.org/sarif-2.1.0.json';
export const toolInformationUri = 'https://example.invalid/catalog-records';

/** SARIF has three result levels; infos and hints are both notes. */
const sarifLevel: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0 as GitHub code scanning reads it: every rule in the driver, results pointing at them by index. */
export function formatSarif(reports: readonly FileReport[], toolVersion: string): string {
  const ruleIndex = new Map(allRules.map((rule, index) => [rule.id, index]));
  const rules = allRules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: ruleDocUri(defaultRuleDocsBase, rule.id),
    defaultConfiguration: { level: sarifLevel[rule.defaultSeverity] },
  }));
  const results = reports.flatMap((report) => report.diagnostics.map((d) => ({
    ruleId: d.rule,
    ruleIndex: ruleIndex.get(d.rule) ?? -1,
    level: sarifLevel[d.severity],
    message: { text: d.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: artifactUri(report.path) },
        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
      },
    }],
  })));
  const log = {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'catrec', version: toolVersion, informationUri: toolInformationUri, rules } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A relative URI reference with "/" separators; each segment percent-encoded. */
function artifactUri(displayPath: string): string {
  return displayPath.split(/[\\/]/).map((segment) => encodeURIComponent(segment)).join('/');
}
