import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'record/empty-value',
  defaultSeverity: 'warning',
  description: 'A field or value with no text: Solr indexes an empty string.',
  checkRecord(record, context) {
    for (const field of record.fields) {
      field.values.forEach((value, index) => {
        if (value.text.trim() !== '') return;
        const onlyValue = field.values.length === 1;
        // Deleting the value on the field's line pulls the next value up onto it.
        const removal = onlyValue
          ? field.fullSpan
          : value.layout === 'inline'
            ? { start: field.nameSpan.end, end: field.values[index + 1]!.span.start }
            : value.fullSpan;
        const reported = value.span.start === value.span.end ? field.nameSpan : value.span;
        context.report({
          span: reported,
          message: `"${field.name}" has an empty value.`,
          // Relative to the reported span, so the fix still fits after edits elsewhere in the file.
          data: {
            from: removal.start - reported.start,
            to: removal.end - reported.start,
            replacement: onlyValue || value.layout !== 'inline' ? '' : ' ',
          },
        });
      });
    }
  },
  fix({ span: reported, data }) {
    const span = { start: reported.start + (data['from'] as number), end: reported.start + (data['to'] as number) };
    return [{ title: 'Delete the empty value', safe: true, preferred: true, changes: [{ span, newText: data['replacement'] as string }] }];
  },
};
