import { firstValue } from '../model/record';
import { type SortKeyPath, explainSortKeys } from '../sortKeys/explain';
import type { Rule, Severity } from './rule';

/** The single-valued sort keys a rule can compare with what VuFind computes. */
type SingleSortKey = 'title_sort' | 'author_sort';

export interface SortKeyRuleSpec {
  readonly id: string;
  readonly field: SingleSortKey;
  readonly defaultSeverity: Severity;
  readonly description: string;
  /** What each computation path reads the key from, for the message. */
  readonly source: Readonly<Record<SortKeyPath, string>>;
  readonly fields: readonly string[];
}

/** A rule that reports a stored sort key differing from `explainSortKeys`, with a fix that writes the computed one. */
export function sortKeyMismatchRule(spec: SortKeyRuleSpec): Rule {
  return {
    id: spec.id,
    defaultSeverity: spec.defaultSeverity,
    description: spec.description,
    fields: spec.fields,
    checkRecord(record, context) {
      const sortKey = firstValue(record, spec.field);
      if (!sortKey) return;
      const explanation = explainSortKeys(record)[spec.field];
      if (!explanation || sortKey.text === explanation.expected) return;
      const expected = explanation.expected;
      context.report({
        span: sortKey.span,
        message: `${spec.field} is "${sortKey.text}", but VuFind computes "${expected}" from ${spec.source[explanation.path]}.`,
        data: { expected },
      });
    },
    fix({ span, data, document }) {
      const expected = data['expected'] as string;
      return [{ title: `Replace with "${expected}"`, safe: true, preferred: true, changes: [{ span, newText: document.syntax.encodeValue(expected) }] }];
    },
  };
}
