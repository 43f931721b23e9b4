import type { CatalogRecord } from '../model/record';
import { type SortKeyPath, explainSortKeys } from '../sortKeys/explain';

/** A value VuFind would compute for a derived field, and how, step by step. */
export interface ExpectedValue {
  /** One value for single-valued fields; every key for work keys. */
  readonly values: readonly string[];
  readonly steps: readonly string[];
  /** Which importer's algorithm: SolrMarc (from `fullrecord`) or the XSLT importers (from `title`/`author`). */
  readonly path: SortKeyPath;
  /** False when JavaScript can only approximate VuFind (non-Latin script in a work key). */
  readonly exact: boolean;
}

const computedFields = new Set(['title_sort', 'author_sort', 'work_keys_str_mv']);

/**
 * What VuFind would store in `fieldName` for this record, or undefined when it stores nothing there.
 * A thin view over `explainSortKeys`, the one place sort keys are computed.
 */
export function expectedValue(record: CatalogRecord, fieldName: string): ExpectedValue | undefined {
  if (!computedFields.has(fieldName)) return undefined;
  const explanations = explainSortKeys(record);
  const explanation = explanations[fieldName as keyof typeof explanations];
  if (!explanation) return undefined;
  const values = typeof explanation.expected === 'string' ? [explanation.expected] : [...explanation.expected];
  if (values.length === 0) return undefined;
  return {
    values,
    steps: explanation.steps.map((step) => `${step.label}: "${step.value}"`),
    path: explanation.path,
    exact: explanation.exact,
  };
}
