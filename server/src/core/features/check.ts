import type { RecordDocument } from '../model/document';
import type { Schema } from '../schema/schema';
import { allRules } from '../rules/index';
import type { Problem, ReportInput, Rule, Severity, WorkspaceRecords } from '../rules/rule';
import type { CatalogSettings } from '../settings';

export interface Finding extends Problem {
  readonly severity: Severity;
}

export interface RuleFailure {
  readonly ruleId: string;
  readonly error: unknown;
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  /** Rules that threw: the caller logs them; the other rules' findings still count. */
  readonly failures: readonly RuleFailure[];
}

export interface CheckOptions {
  readonly schema: Schema;
  readonly settings: CatalogSettings;
  readonly rules?: readonly Rule[];
  /** The other documents of the workspace, for rules that look beyond one file (duplicate ids). */
  readonly workspace?: WorkspaceRecords;
}

/** Runs every enabled rule over the document; findings in document order, suppressions applied. */
export function checkDocument(document: RecordDocument, options: CheckOptions): CheckResult {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  const suppressed = suppressionTest(document);
  for (const rule of options.rules ?? allRules) {
    const configured = options.settings.rules[rule.id];
    if (configured === 'off') continue;
    const context = {
      document,
      schema: options.schema,
      settings: options.settings,
      ...(options.workspace ? { workspace: options.workspace } : {}),
      report(input: ReportInput) {
        if (suppressed?.(rule.id, input.span.start)) return;
        findings.push({ ...input, ruleId: rule.id, severity: configured ?? input.severity ?? rule.defaultSeverity });
      },
    };
    try {
      rule.checkDocument?.(document, context);
      if (rule.checkRecord) for (const record of document.records) rule.checkRecord(record, context);
    } catch (error) {
      failures.push({ ruleId: rule.id, error });
    }
  }
  findings.sort(compareFindings);
  return { findings, failures };
}

/** `localeCompare` without arguments, minus the per-call locale setup (sorting runs once per finding pair). */
const ruleIdCollator = new Intl.Collator();

/** Document order: by span, then by rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || ruleIdCollator.compare(a.ruleId, b.ruleId);
}

/** Whether a finding of `ruleId` at `offset` is silenced; undefined when the document has no suppressions. */
export function suppressionTest(document: Pick<RecordDocument, 'suppressions'>): ((ruleId: string, offset: number) => boolean) | undefined {
  const suppressions = document.suppressions;
  if (suppressions.length === 0) return undefined;
  return (ruleId, offset) => suppressions.some((suppression) =>
    offset >= suppression.span.start && offset <= suppression.span.end
    && (suppression.ruleIds.length === 0 || suppression.ruleIds.includes(ruleId)));
}
