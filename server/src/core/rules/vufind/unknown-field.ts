import { type FieldPositions, byFieldPosition } from '../../model/record';
import type { Schema } from '../../schema/schema';
import { closestMatches } from '../../values/suggest';
import type { Rule } from '../rule';

/** The positions of a record's fields the schema does not know: the same for every record listing the same names. */
const unknownFieldsBySchema = new WeakMap<Schema, WeakMap<FieldPositions, readonly number[]>>();

function unknownFields(schema: Schema, names: readonly string[]): number[] {
  return names.flatMap((name, position) => (schema.isKnown(name) ? [] : [position]));
}

export const rule: Rule = {
  id: 'vufind/unknown-field',
  defaultSeverity: 'error',
  description: 'A field that matches no field and no dynamic-field pattern of the schema, so Solr rejects the whole document.',
  checkRecord(record, context) {
    for (const position of byFieldPosition(record, unknownFieldsBySchema, context.schema, unknownFields)) {
      const field = record.fields[position]!;
      const suggestions = closestMatches(field.name, candidateNames(context.schema, field.name));
      const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((name) => `"${name}"`).join(', ')}?` : '';
      context.report({
        span: field.nameSpan,
        message: `"${field.name}" is neither a field nor a dynamic field of the schema: Solr rejects the document ("unknown field").${hint}`,
        data: { suggestions },
      });
    }
  },
  fix({ span, data }) {
    const suggestions = (data['suggestions'] as string[] | undefined) ?? [];
    return suggestions.map((name, index) => ({
      title: `Rename to "${name}"`,
      safe: false,
      preferred: index === 0,
      changes: [{ span, newText: name }],
    }));
  },
};

/**
 * Declared names, plus the name with each dynamic suffix put in place of any `_…` tail it has,
 * so `doi_strmv` can become `doi_str_mv`.
 */
function candidateNames(schema: Schema, name: string): string[] {
  const candidates = [...schema.fieldNames];
  const tails = [...name.matchAll(/_/g)].map((match) => match.index);
  for (const dynamic of schema.data.dynamicFields) {
    if (!dynamic.pattern.startsWith('*')) continue;
    const suffix = dynamic.pattern.slice(1);
    for (const at of tails) if (at > 0) candidates.push(name.slice(0, at) + suffix);
  }
  return candidates;
}
