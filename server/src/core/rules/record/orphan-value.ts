import type { Rule } from '../rule';

/** Reported by the parser: an indented or `+` line with no field above it. */
export const rule: Rule = {
  id: 'record/orphan-value',
  defaultSeverity: 'error',
  description: 'A value line (indented or "+") that belongs to no field.',
  checkDocument(document, context) {
    for (const problem of document.problems) {
      if (problem.ruleId === rule.id) context.report({ span: problem.span, message: problem.message });
    }
  },
};
