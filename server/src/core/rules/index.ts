import { rule as emptyValue } from './record/empty-value';
import { rule as invalidFieldName } from './record/invalid-field-name';
import { rule as orphanValue } from './record/orphan-value';
import { rule as unindentedValue } from './record/unindented-value';
import { rule as whitespace } from './record/whitespace';
import type { Rule } from './rule';
import { rule as titleSortMismatch } from './vufind/title-sort-mismatch';
import { rule as derivedFieldMismatch } from './vufind/derived-field-mismatch';
import { rule as duplicateId } from './vufind/duplicate-id';
import { rule as invalidIsbn } from './vufind/invalid-isbn';
import { rule as invalidIssn } from './vufind/invalid-issn';
import { rule as invalidUrl } from './vufind/invalid-url';
import { rule as invalidValueType } from './vufind/invalid-value-type';
import { rule as invalidVersion } from './vufind/invalid-version';
import { rule as missingId } from './vufind/missing-id';
import { rule as missingTitle } from './vufind/missing-title';
import { rule as publishDateNotYear } from './vufind/publish-date-not-year';
import { rule as repeatedSingleValued } from './vufind/repeated-single-valued';
import { rule as solrManagedField } from './vufind/solr-managed-field';
import { rule as unknownField } from './vufind/unknown-field';
import { rule as unknownFormat } from './vufind/unknown-format';
import { rule as unknownLanguage } from './vufind/unknown-language';

/** Every rule, sorted by id: the only registry. The registry test checks it against the files and docs. */
export const allRules: readonly Rule[] = [
  emptyValue,
  invalidFieldName,
  orphanValue,
  unindentedValue,
  whitespace,
  derivedFieldMismatch,
  duplicateId,
  invalidIsbn,
  invalidIssn,
  invalidUrl,
  invalidValueType,
  invalidVersion,
  missingId,
  missingTitle,
  publishDateNotYear,
  repeatedSingleValued,
  solrManagedField,
  titleSortMismatch,
  unknownField,
  unknownFormat,
  unknownLanguage,
];

const rulesById = new Map(allRules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return rulesById.get(id);
}
