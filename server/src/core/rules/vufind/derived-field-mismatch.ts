import { type CatalogRecord, type FieldValue, fieldsNamed, firstField, valuesOf } from '../../model/record';
import { recordAt } from '../../model/document';
import type { Schema } from '../../schema/schema';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'vufind/derived-field-mismatch',
  defaultSeverity: 'warning',
  description: 'A copyField destination whose values differ from what Solr copies from its sources.',
  checkRecord(record, context) {
    for (const { dest, sources } of checkableCopies(context.schema)) {
      const actual = valuesOf(record, dest);
      // The field is looked up only for a record without the destination's values (usually without the field) and
      // for a finding: most records hold most destinations, and agree.
      if (actual.length === 0 && !firstField(record, dest)) continue;
      if (sameAsSources(record, sources, actual)) continue;
      // `firstField` makes no list: `fieldsNamed` made one for each of the ten destinations of every record.
      const destField = firstField(record, dest)!;
      const expected = sources.flatMap((source) => valuesOf(record, source).map((value) => value.text));
      context.report({
        span: destField.nameSpan,
        message: `"${dest}" does not match its copyField sources (${sources.join(', ')}): ${describeDifference(expected, actual.map((value) => value.text))}`,
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

interface CheckableCopy {
  readonly dest: string;
  /** Distinct copyField sources, in schema order: the order in which Solr appends their values. */
  readonly sources: readonly string[];
}

const checkableCopiesBySchema = new WeakMap<Schema, readonly CheckableCopy[]>();

/**
 * The copyField destinations whose values a record shows in full, with their sources; they depend on the schema
 * only. An unstored source (allfields → spelling) never shows in a record, so its copy cannot be checked;
 * a glob source (custom schemas: `*_t` → text) copies fields this rule does not enumerate.
 */
function checkableCopies(schema: Schema): readonly CheckableCopy[] {
  let copies = checkableCopiesBySchema.get(schema);
  if (!copies) {
    copies = [...schema.managedFields]
      .map((dest) => ({ dest, sources: schema.copySourceNamesOf(dest) }))
      .filter(({ sources }) => sources.length > 0
        && sources.every((source) => !source.includes('*') && schema.resolve(source)?.stored === true));
    checkableCopiesBySchema.set(schema, copies);
  }
  return copies;
}

/** Whether `actual` holds the sources' values in copyField order; compared in place, as most records agree. */
function sameAsSources(record: CatalogRecord, sources: readonly string[], actual: readonly FieldValue[]): boolean {
  let index = 0;
  for (const source of sources) {
    for (const value of valuesOf(record, source)) {
      if (index >= actual.length || actual[index]!.text !== value.text) return false;
      index++;
    }
  }
  return index === actual.length;
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
