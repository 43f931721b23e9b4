import type { Rule, Severity } from './rule';

/** A rule that reports what the parser found under its id: the parser finds it, the rule makes it configurable. */
export function parseProblemRule(id: string, defaultSeverity: Severity, description: string): Rule {
  return {
    id,
    defaultSeverity,
    description,
    checkDocument(document, context) {
      for (const problem of document.problems) {
        if (problem.ruleId === id) context.report({ span: problem.span, message: problem.message });
      }
    },
  };
}
