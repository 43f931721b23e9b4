import type { Rule } from '../rule';

const yearFields = new Set(['publishDate', 'publishDateSort']);

export const rule: Rule = {
  id: 'vufind/publish-date-not-year',
  defaultSeverity: 'info',
  description: "A publishDate that is not a four-digit year, which VuFind's year facet and range filter expect.",
  checkRecord(record, context) {
    for (const field of record.fields) {
      if (!yearFields.has(field.name)) continue;
      for (const value of field.values) {
        if (value.text.trim() === '' || /^\d{4}$/.test(value.text)) continue;
        const year = /(?<!\d)\d{4}(?!\d)/.exec(value.text)?.[0];
        context.report({
          span: value.span,
          message: `${field.name} "${value.text}" is not a year (YYYY): VuFind's publication-year range filter compares strings, so it falls outside a range that ends in its year, and the year facet lists it apart.`,
          ...(year ? { data: { year } } : {}),
        });
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
