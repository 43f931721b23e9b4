import { fieldsNamed, firstField } from '../../model/record';
import { isBlank } from '../../normalize/whitespace';
import type { Rule } from '../rule';

const yearFields = ['publishDate', 'publishDateSort'];

export const rule: Rule = {
  id: 'vufind/publish-date-not-year',
  defaultSeverity: 'info',
  description: "A publishDate that is not a four-digit year, which VuFind's year facet and range filter expect.",
  checkRecord(record, context) {
    // Two lookups in the record's index rather than a set lookup for each of its fields; findings are sorted by span.
    for (const name of yearFields) {
      if (!firstField(record, name)) continue;
      for (const field of fieldsNamed(record, name)) {
        for (const value of field.values) {
          const text = value.text;
          if (isBlank(text) || /^\d{4}$/.test(text)) continue;
          const year = /(?<!\d)\d{4}(?!\d)/.exec(text)?.[0];
          context.report({
            span: value.span,
            message: `${field.name} "${text}" is not a year (YYYY): VuFind's publication-year range filter compares strings, so it falls outside a range that ends in its year, and the year facet lists it apart.`,
            ...(year ? { data: { year } } : {}),
          });
        }
      }
    }
  },
  fix({ span, data }) {
    const year = data['year'];
    if (typeof year !== 'string') return [];
    // The month and day are lost, and doaj.xsl writes full dates on purpose: never part of fix-all.
    return [{ title: `Keep the year only ("${year}")`, safe: false, changes: [{ span, newText: year }] }];
  },
};
