import type { RecordDocument } from '../model/document';
import type { Rule, RuleContext, Severity, SliceChecker } from './rule';

/** A rule that reports what the parser found under its id: the parser finds it, the rule makes it configurable. */
export function parseProblemRule(id: string, defaultSeverity: Severity, description: string): Rule {
  const report = (document: RecordDocument, context: RuleContext): void => {
    for (const problem of document.problems) {
      if (problem.ruleId === id) context.report({ span: problem.span, message: problem.message });
    }
  };
  // A slice's problems are the document's problems in that slice: nothing to remember between slices.
  const inSlices: SliceChecker = { checkSlice: report };
  return { id, defaultSeverity, description, checkDocument: report, checkDocumentInSlices: () => inSlices };
}
