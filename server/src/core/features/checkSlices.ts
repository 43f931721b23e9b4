import type { CatalogRecord } from '../model/record';
import { type ParsedRecords, type SliceLines, type SliceVisitor, parseRecordText, parseRecordsInSlices, recordTextDocument } from '../parse/recordText';
import type { Severity, SliceChecker } from '../rules/rule';
import type { CheckOptions, Finding, RuleFailure } from './check';
import { type RuleRun, RunContext, checkRecords, enabledRules, everyPart, failuresOf, putInDocumentOrder, runRules, suppressionTest } from './checkRules';

/**
 * Receives a check in slices: each slice's findings in document order, with the slice's records, and the lines it was
 * read from when the parser handed them out (valid during the visit only).
 */
export interface CheckedSliceVisitor {
  slice(findings: readonly Finding[], records: readonly CatalogRecord[], lines?: SliceLines): void;
}

export interface SlicedCheck {
  readonly records: number;
  /** Rules that threw, as in `CheckResult`. */
  readonly failures: readonly RuleFailure[];
}

export type SliceCheckOptions = Pick<CheckOptions, 'schema' | 'settings' | 'rules' | 'workspace'>;

/**
 * Records per slice. A young-generation collection copies what is alive, and a slice's model is what is alive
 * while it is checked. Over 50,000 records on one thread (`--trace-gc-nvp`, pauses summed, alternating runs):
 * slices of 64 spent 170–240 ms in those collections, of 32 83–134 ms, of 16 76–100 ms, of 8 78–110 ms; whole
 * files of 1,000 records had spent 1 s (docs/performance.md).
 */
export const defaultRecordsPerSlice = 16;

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
  return { records: check.records, failures: failuresOf(check.runs) };
}

/** One enabled rule over the slices of a document, with its context in the current slice. */
interface SliceRun extends RuleRun {
  readonly configured: Severity | undefined;
  readonly slices: SliceChecker | undefined;
}

/** Checks each slice the parser hands out as `runRules` checks a document: document rules, then record by record. */
class SliceCheck implements SliceVisitor {
  readonly runs: readonly SliceRun[];
  records = 0;

  constructor(readonly text: string, readonly options: SliceCheckOptions, readonly visitor: CheckedSliceVisitor) {
    // Each slice gives every run a context of its own; until the first, one over no records.
    const none = recordTextDocument(text, [], [], []);
    this.runs = enabledRules(options).map(({ rule, configured }) => ({
      rule, configured, slices: rule.checkDocumentInSlices?.(), context: new RunContext(none, options, rule, configured, [], undefined),
    }));
  }

  slice({ records, problems, suppressions }: ParsedRecords, lines: SliceLines): void {
    const document = recordTextDocument(this.text, records, problems, suppressions);
    const suppressed = suppressionTest(document);
    const findings: Finding[] = [];
    for (const run of this.runs) run.context = new RunContext(document, this.options, run.rule, run.configured, findings, suppressed);
    for (const run of this.runs) {
      if (!run.slices || run.failure) continue;
      try {
        run.slices.checkSlice(document, run.context);
      } catch (error) {
        run.failure = { ruleId: run.rule.id, error };
      }
    }
    const documentFindings = findings.length;
    checkRecords(records, this.runs, findings);
    putInDocumentOrder(findings, documentFindings);
    this.records += records.length;
    this.visitor.slice(findings, records, lines);
  }
}
