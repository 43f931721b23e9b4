import { rule as emptyValue } from './record/empty-value';
import { rule as invalidFieldName } from './record/invalid-field-name';
import { rule as orphanValue } from './record/orphan-value';
import { rule as unindentedValue } from './record/unindented-value';
import { rule as whitespace } from './record/whitespace';
import { rule as invalidJson } from './solr/invalid-json';
import { rule as invalidXml } from './solr/invalid-xml';
import { rule as unsupportedValue } from './solr/unsupported-value';
import { rule as authorSortMismatch } from './vufind/author-sort-mismatch';
import { rule as derivedFieldMismatch } from './vufind/derived-field-mismatch';
import { rule as duplicateId } from './vufind/duplicate-id';
import { rule as invalidIsbn } from './vufind/invalid-isbn';
import { rule as invalidIssn } from './vufind/invalid-issn';
import { rule as invalidUrl } from './vufind/invalid-url';
import { rule as invalidValueType } from './vufind/invalid-value-type';
import { rule as invalidVersion } from './vufind/invalid-version';
import { rule as missingId } from './vufind/missing-id';
import { rule as missingSortKey } from './vufind/missing-sort-key';
import { rule as missingTitle } from './vufind/missing-title';
import { rule as publishDateNotYear } from './vufind/publish-date-not-year';
import { rule as repeatedSingleValued } from './vufind/repeated-single-valued';
import { rule as solrManagedField } from './vufind/solr-managed-field';
import { rule as titleSortMismatch } from './vufind/title-sort-mismatch';
import { rule as unknownField } from './vufind/unknown-field';
import { rule as unknownFormat } from './vufind/unknown-format';
import { rule as unknownLanguage } from './vufind/unknown-language';
import { rule as workKeysMismatch } from './vufind/work-keys-mismatch';
import type { Rule } from './rule';

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
  derivedFieldMismatch,
  duplicateId,
  invalidIsbn,
  invalidIssn,
  invalidUrl,
  invalidValueType,
  invalidVersion,
  missingId,
  missingSortKey,
  missingTitle,
  publishDateNotYear,
  repeatedSingleValued,
  solrManagedField,
  titleSortMismatch,
  unknownField,
  unknownFormat,
  unknownLanguage,
  workKeysMismatch,
];

const rulesById = new Map(allRules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return rulesById.get(id);
}
