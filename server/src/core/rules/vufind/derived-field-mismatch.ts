import { fieldsNamed, valuesOf } from '../../model/record';
import { recordAt } from '../../model/document';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'vufind/derived-field-mismatch',
  defaultSeverity: 'warning',
  description: 'A copyField destination whose values differ from what Solr copies from its sources.',
  checkRecord(record, context) {
    for (const dest of context.schema.managedFields) {
      const destFields = fieldsNamed(record, dest);
      const copyFields = context.schema.copySourcesOf(dest);
      if (destFields.length === 0 || copyFields.length === 0) continue;
      const sources = [...new Set(copyFields.map((copyField) => copyField.source))];
      // An unstored source (allfields → spelling) never shows in a record, so its copy cannot be checked;
      // a glob source (custom schemas: `*_t` → text) copies fields this rule does not enumerate.
      if (sources.some((source) => source.includes('*') || context.schema.resolve(source)?.stored !== true)) continue;
      const expected = sources.flatMap((source) => valuesOf(record, source).map((value) => value.text));
      const actual = destFields.flatMap((field) => field.values.map((value) => value.text));
      if (sameList(expected, actual)) continue;
      context.report({
        span: destFields[0]!.nameSpan,
        message: `"${dest}" does not match its copyField sources (${sources.join(', ')}): ${describeDifference(expected, actual)}`,
        data: { dest, expected },
      });
    }
  },
  fix({ span, data, document }) {
    const dest = data['dest'] as string;
    const expected = data['expected'] as string[];
    const record = recordAt(document, span.start);
    const [first, ...rest] = record ? fieldsNamed(record, dest) : [];
    if (!first) return [];
    const changes = expected.length > 0
      ? [document.syntax.replaceValues(first, expected), ...document.syntax.removeFields(rest)]
      : document.syntax.removeFields([first, ...rest]);
    return [{
      title: expected.length > 0 ? `Regenerate "${dest}" from its sources` : `Remove "${dest}" (its sources are empty)`,
      // With no source values, the destination may be the only trace of a lost source: removing it needs a human.
      safe: expected.length > 0,
      preferred: true,
      changes,
    }];
  },
};

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function describeDifference(expected: readonly string[], actual: readonly string[]): string {
  const missing = expected.filter((value) => !actual.includes(value));
  const extra = actual.filter((value) => !expected.includes(value));
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`missing ${missing.map(quote).join(', ')}`);
  if (extra.length > 0) parts.push(`not in the sources: ${extra.map(quote).join(', ')}`);
  if (parts.length === 0) parts.push(`expected the values in copyField order: ${expected.map(quote).join(', ')}`);
  return `${parts.join('; ')}.`;
}

function quote(value: string): string {
  return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
}
