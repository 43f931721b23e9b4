import { rule as emptyValue } from './record/empty-value';
import { rule as invalidFieldName } from './record/invalid-field-name';
import { rule as orphanValue } from './record/orphan-value';
import { rule as unindentedValue } from './record/unindented-value';
import { rule as whitespace } from './record/whitespace';
import type { Rule } from './rule';
import { rule as invalidJson } from './solr/invalid-json';
import { rule as invalidXml } from './solr/invalid-xml';
import { rule as unsupportedValue } from './solr/unsupported-value';
import { rule as authorSortMismatch } from './vufind/author-sort-mismatch';
import { rule as missingSortKey } from './vufind/missing-sort-key';
import { rule as titleSortMismatch } from './vufind/title-sort-mismatch';
import { rule as workKeysMismatch } from './vufind/work-keys-mismatch';

/** Every rule, sorted by id: the only registry. The registry test checks it against the files and docs. */
export const allRules: readonly Rule[] = [
  emptyValue,
  invalidFieldName,
  orphanValue,
  unindentedValue,
  whitespace,
  invalidJson,
  invalidXml,
  unsupportedValue,
  authorSortMismatch,
  missingSortKey,
  titleSortMismatch,
  workKeysMismatch,
];

const rulesById = new Map(allRules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return rulesById.get(id);
}
