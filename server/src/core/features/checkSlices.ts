import type { CatalogRecord } from '../model/record';
import { type ParsedRecords, type SliceVisitor, parseRecordText, parseRecordsInSlices, recordTextDocument } from '../parse/recordText';
import type { Rule, Severity, SliceChecker } from '../rules/rule';
import type { CheckOptions, Finding, RuleFailure } from './check';
import { RunContext, compareFindings, enabledRules, everyPart, runRules, suppressionTest } from './checkRules';

/** Receives a check in slices: each slice's findings in document order, with the slice's records. */
export interface CheckedSliceVisitor {
  slice(findings: readonly Finding[], records: readonly CatalogRecord[]): void;
}

export interface SlicedCheck {
  readonly records: number;
  /** Rules that threw, as in `CheckResult`. */
  readonly failures: readonly RuleFailure[];
}

export type SliceCheckOptions = Pick<CheckOptions, 'schema' | 'settings' | 'rules' | 'workspace'>;

/**
 * Records per slice. A young-generation collection copies what is alive, and a slice's model is what is alive
 * while it is checked: over 100,000 records, slices of 64 spent 0.15 s in those collections, slices of 200 0.6 s,
 * whole files of 1,000 records 2 s (docs/performance.md).
 */
export const defaultRecordsPerSlice = 64;

/**
 * `checkDocument(parseRecordText(text))` a slice of records at a time: each slice is parsed, checked and handed
 * to `visitor` before the next one is parsed, so that nothing of it needs to outlive the visit. The findings are the
 * same, in the same order, except that a rule that throws keeps what it found in the slices before.
 */
export function checkRecordTextInSlices(text: string, options: SliceCheckOptions, visitor: CheckedSliceVisitor,
  recordsPerSlice = defaultRecordsPerSlice): SlicedCheck {
  const check = new SliceCheck(text, options, visitor);
  if (check.runs.some((run) => run.rule.checkDocument && !run.slices)) {
    // A document rule that cannot take slices sees the whole document, as one slice.
    const document = parseRecordText(text, { schema: options.schema });
    const whole = runRules(document, options, everyPart);
    visitor.slice(whole.findings, document.records);
    return { records: document.records.length, failures: whole.failures };
  }
  parseRecordsInSlices(text, options.schema, recordsPerSlice, check);
  return { records: check.records, failures: check.runs.flatMap((run) => (run.failure ? [run.failure] : [])) };
}

/** One enabled rule over the slices of a document; a rule that throws is not run again on the document. */
interface SliceRun {
  readonly rule: Rule;
  readonly configured: Severity | undefined;
  readonly slices: SliceChecker | undefined;
  failure?: RuleFailure;
}

/** Checks each slice the parser hands out as `runRules` checks a document: document rules, then record by record. */
class SliceCheck implements SliceVisitor {
  readonly runs: readonly SliceRun[];
  records = 0;

  constructor(readonly text: string, readonly options: SliceCheckOptions, readonly visitor: CheckedSliceVisitor) {
    this.runs = enabledRules(options).map(({ rule, configured }) => ({ rule, configured, slices: rule.checkDocumentInSlices?.() }));
  }

  slice({ records, problems, suppressions }: ParsedRecords): void {
    const document = recordTextDocument(this.text, records, problems, suppressions);
    const suppressed = suppressionTest(document);
    const findings: Finding[] = [];
    const contexts = this.runs.map((run) => new RunContext(document, this.options, run.rule, run.configured, findings, suppressed));
    for (const [i, run] of this.runs.entries()) {
      if (!run.slices || run.failure) continue;
      try {
        run.slices.checkSlice(document, contexts[i]!);
      } catch (error) {
        run.failure = { ruleId: run.rule.id, error };
      }
    }
    for (const record of records) {
      for (let i = 0; i < this.runs.length; i++) {
        const run = this.runs[i]!;
        if (!run.rule.checkRecord || run.failure) continue;
        try {
          run.rule.checkRecord(record, contexts[i]!);
        } catch (error) {
          run.failure = { ruleId: run.rule.id, error };
        }
      }
    }
    findings.sort(compareFindings);
    this.records += records.length;
    this.visitor.slice(findings, records);
  }
}
