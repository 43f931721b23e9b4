import { valuesOf } from '../../model/record';
import { isBlankValue } from '../../model/valueText';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'vufind/missing-id',
  defaultSeverity: 'error',
  description: "A record without a value in the schema's uniqueKey field (id): Solr rejects it and VuFind cannot show it.",
  checkRecord(record, context) {
    const key = context.schema.uniqueKey;
    if (valuesOf(record, key).some((value) => !isBlankValue(value))) return;
    const first = record.fields[0];
    if (!first) return;
    context.report({
      span: first.nameSpan,
      message: `This record has no "${key}": Solr rejects a document without its uniqueKey, and VuFind's record page needs it.`,
    });
  },
};
