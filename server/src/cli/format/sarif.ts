import { allRules } from '../../core/index';
import { defaultRuleDocsBase } from '../../core/index';
import { ruleDocUri } from '../../core/features/diagnostics';
import type { Severity } from '../../core/rules/rule';
import type { CliDiagnostic } from '../checkText';
import type { FilePartWriter, ReportFormat } from './report';

export const sarifSchemaUri = 'https://json.schemastore.org/sarif-2.1.0.json';
export const toolInformationUri = 'https://example.invalid/catalog-records';

/** SARIF has three result levels; infos and hints are both notes. */
const sarifLevel: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** `results` is the last property of the run, itself the last of the log: everything after it closes them. */
const emptyResults = '"results": []';
/** Where `JSON.stringify(log, null, 2)` puts the elements of `runs[0].results`. */
const resultIndent = ' '.repeat(8);
const closingResults = `\n${' '.repeat(6)}]`;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: every rule in the driver, results pointing at them by index.
 * Pretty-printed as `JSON.stringify(log, null, 2)` would print the whole log, one file's results at a time.
 */
export function sarifReport(toolVersion: string): ReportFormat {
  const ruleIndex = new Map(allRules.map((rule, index) => [rule.id, index]));
  const rules = allRules.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    helpUri: ruleDocUri(defaultRuleDocsBase, rule.id),
    defaultConfiguration: { level: sarifLevel[rule.defaultSeverity] },
  }));
  const log = {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'catrec', version: toolVersion, informationUri: toolInformationUri, rules } },
      columnKind: 'utf16CodeUnits',
      results: [],
    }],
  };
  const whole = `${JSON.stringify(log, null, 2)}\n`;
  const cut = whole.lastIndexOf(emptyResults) + emptyResults.length - 1;
  const afterResults = whole.slice(cut + 1);
  return {
    head: whole.slice(0, cut),
    beforeFirst: '\n',
    between: ',\n',
    filePart: (path) => new SarifFilePart(artifactUri(path), ruleIndex),
    tail: (_summary, anyPart) => `${anyPart ? closingResults : ']'}${afterResults}`,
  };
}

class SarifFilePart implements FilePartWriter {
  #out = '';

  constructor(readonly uri: string, readonly ruleIndex: ReadonlyMap<string, number>) {}

  add(d: CliDiagnostic): void {
    const result = indented(JSON.stringify({
      ruleId: d.rule,
      ruleIndex: this.ruleIndex.get(d.rule) ?? -1,
      level: sarifLevel[d.severity],
      message: { text: d.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: this.uri },
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
        },
      }],
    }, null, 2));
    this.#out = this.#out === '' ? result : `${this.#out},\n${result}`;
  }

  finish(): string {
    return this.#out;
  }
}

/** JSON strings hold no raw line breaks, so every "\n" of the printed result starts one of its lines. */
function indented(json: string): string {
  return resultIndent + json.replaceAll('\n', `\n${resultIndent}`);
}

/** A relative URI reference with "/" separators; each segment percent-encoded. */
function artifactUri(displayPath: string): string {
  return displayPath.split(/[\\/]/).map((segment) => encodeURIComponent(segment)).join('/');
}
