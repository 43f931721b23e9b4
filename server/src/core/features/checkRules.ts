import type { RecordDocument } from '../model/document';
import type { CatalogRecord } from '../model/record';
import { allRules } from '../rules/index';
import type { ReportInput, Rule, RuleContext, Severity, WorkspaceRecords } from '../rules/rule';
import type { Schema } from '../schema/schema';
import type { CatalogSettings } from '../settings';
import type { CheckOptions, CheckResult, Finding, RuleFailure } from './check';

/** Which rules run, and whether the document's suppressions apply. */
export interface RulePart {
  readonly documentRules: boolean;
  readonly recordRules: boolean;
  readonly suppress: boolean;
}

export const everyPart: RulePart = { documentRules: true, recordRules: true, suppress: true };

/**
 * One enabled rule while it checks a document; a rule that throws is not run again on that document. A check in
 * slices gives it a new context for each slice.
 */
export interface RuleRun {
  readonly rule: Rule;
  context: RuleContext;
  failure?: RuleFailure;
}

/** Runs the enabled rules (the part asked for) over the document; findings in document order. */
export function runRules(document: RecordDocument, options: CheckOptions, part: RulePart): CheckResult {
  const findings: Finding[] = [];
  const suppressed = part.suppress ? suppressionTest(document) : undefined;
  const runs: RuleRun[] = enabledRules(options).map(({ rule, configured }) =>
    ({ rule, context: new RunContext(document, options, rule, configured, findings, suppressed) }));
  if (part.documentRules) {
    for (const run of runs) {
      if (!run.rule.checkDocument) continue;
      try {
        run.rule.checkDocument(document, run.context);
      } catch (error) {
        run.failure = { ruleId: run.rule.id, error };
      }
    }
  }
  const documentFindings = findings.length;
  if (part.recordRules) checkRecords(options.records ?? document.records, runs, findings);
  putInDocumentOrder(findings, documentFindings);
  return { findings, failures: failuresOf(runs) };
}

/**
 * Record by record, every rule in turn: the record stays in the CPU cache while all rules read it. Each record's
 * findings (appended to `findings`, the runs' list) are put in document order as soon as the record is checked.
 */
export function checkRecords(records: readonly CatalogRecord[], runs: readonly RuleRun[], findings: Finding[]): void {
  const recordRuns = runs.filter((run) => run.rule.checkRecord && !run.failure);
  for (const record of records) {
    const from = findings.length;
    for (const run of recordRuns) {
      if (run.failure) continue;
      try {
        run.rule.checkRecord!(record, run.context);
      } catch (error) {
        run.failure = { ruleId: run.rule.id, error };
      }
    }
    sortShortRun(findings, from);
  }
}

/**
 * Sorts findings whose first `documentFindings` came from document rules and the rest record by record, each
 * record's already in order (`checkRecords`). Records follow one another and rules report inside their record, so
 * then only the document rules' findings (few, usually none) need sorting in; a full sort of a slice's hundred-odd
 * findings had cost ~25 µs.
 */
export function putInDocumentOrder(findings: Finding[], documentFindings: number): void {
  if (documentFindings > 0 || !isSorted(findings)) findings.sort(compareFindings);
}

function isSorted(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (compareFindings(findings[i - 1]!, findings[i]!) > 0) return false;
  return true;
}

/** Insertion sort of `findings` from `from` on: a record has a few findings, mostly in order already. */
function sortShortRun(findings: Finding[], from: number): void {
  for (let i = from + 1; i < findings.length; i++) {
    const finding = findings[i]!;
    let at = i;
    while (at > from && compareFindings(findings[at - 1]!, finding) > 0) {
      findings[at] = findings[at - 1]!;
      at--;
    }
    findings[at] = finding;
  }
}

export function failuresOf(runs: readonly RuleRun[]): RuleFailure[] {
  return runs.flatMap((run) => (run.failure ? [run.failure] : []));
}

/** The rules the settings do not turn off, with the severity they set (undefined: the rule's own). */
export function enabledRules(options: Pick<CheckOptions, 'rules' | 'settings'>): Array<{ rule: Rule; configured: Severity | undefined }> {
  const enabled: Array<{ rule: Rule; configured: Severity | undefined }> = [];
  for (const rule of options.rules ?? allRules) {
    const configured = options.settings.rules[rule.id];
    if (configured !== 'off') enabled.push({ rule, configured });
  }
  return enabled;
}

/**
 * What one rule sees while it checks a document. A class, not an object with a `report` closure: the rules' call
 * sites remember the function they called (V8's call feedback), and a young-generation collection keeps what they
 * remember alive; a closure per check would keep the last document's findings alive into the next one.
 */
export class RunContext implements RuleContext {
  readonly schema: Schema;
  readonly settings: CatalogSettings;
  readonly workspace?: WorkspaceRecords;
  readonly #rule: Rule;
  readonly #configured: Severity | undefined;
  readonly #findings: Finding[];
  readonly #suppressed: ((ruleId: string, offset: number) => boolean) | undefined;

  constructor(readonly document: RecordDocument, options: Pick<CheckOptions, 'schema' | 'settings' | 'workspace'>, rule: Rule, configured: Severity | undefined, findings: Finding[],
    suppressed: ((ruleId: string, offset: number) => boolean) | undefined) {
    this.schema = options.schema;
    this.settings = options.settings;
    if (options.workspace) this.workspace = options.workspace;
    this.#rule = rule;
    this.#configured = configured;
    this.#findings = findings;
    this.#suppressed = suppressed;
  }

  report(input: ReportInput): void {
    const rule = this.#rule;
    if (this.#suppressed?.(rule.id, input.span.start)) return;
    this.#findings.push(toFinding(input, rule.id, this.#configured ?? input.severity ?? rule.defaultSeverity));
  }
}

/**
 * The finding for a report, built field by field: spreading `input` costs microseconds per finding, as every rule
 * reports a differently shaped object.
 */
function toFinding(input: ReportInput, ruleId: string, severity: Severity): Finding {
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = { span: input.span, message: input.message, ruleId, severity };
  if (input.data !== undefined) finding.data = input.data;
  if (input.unnecessary !== undefined) finding.unnecessary = input.unnecessary;
  return finding;
}

/** Document order: by span, then by rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || compareRuleIds(a.ruleId, b.ruleId);
}

/**
 * By code unit. Rule ids are lowercase ASCII letters, digits, "-" and "/" (registry test), which code-unit order
 * sorts as the root collation (`localeCompare`) does; a collator cost ~10 ms to make, in every CLI thread and in the
 * server, for findings that share a span.
 */
export function compareRuleIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a finding of `ruleId` at `offset` is silenced; undefined when the document has no suppressions. */
export function suppressionTest(document: Pick<RecordDocument, 'suppressions'>): ((ruleId: string, offset: number) => boolean) | undefined {
  const suppressions = document.suppressions;
  if (suppressions.length === 0) return undefined;
  return (ruleId, offset) => suppressions.some((suppression) =>
    offset >= suppression.span.start && offset <= suppression.span.end
    && (suppression.ruleIds.length === 0 || suppression.ruleIds.includes(ruleId)));
}
