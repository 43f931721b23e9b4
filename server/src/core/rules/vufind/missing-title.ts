import { valuesOf } from '../../model/record';
import { isBlankValue } from '../../model/valueText';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'vufind/missing-title',
  defaultSeverity: 'warning',
  description: 'A record without a title: VuFind lists and shows it as "Title not available" and sorts it with no key.',
  checkRecord(record, context) {
    if (valuesOf(record, 'title').some((value) => !isBlankValue(value))) return;
    const first = record.fields[0];
    if (!first) return;
    context.report({
      span: first.nameSpan,
      message: 'This record has no "title": VuFind shows "Title not available" in result lists and on the record page.',
    });
  },
};
