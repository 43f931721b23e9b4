import { answersByName, memoizedInMap } from '../../memo';
import { type FieldPositions, byFieldPosition } from '../../model/record';
import type { Schema } from '../../schema/schema';
import type { Rule } from '../rule';

/** Solr's documented field-name form, plus the hyphens and dots that VuFind's own names use. */
const solrFieldName = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/**
 * Whether each name is valid, remembered with the schema (as the schema remembers what it resolved each name to):
 * every record repeats the same few dozen names, and a map lookup costs less than the regex test.
 */
const validityBySchema = new WeakMap<Schema, Map<string, boolean>>();

function isValidName(_schema: Schema, name: string): boolean {
  return solrFieldName.test(name);
}

/** The positions of a record's fields with invalid names: the same for every record listing the same names. */
const invalidFieldsBySchema = new WeakMap<Schema, WeakMap<FieldPositions, readonly number[]>>();

function invalidFields(schema: Schema, names: readonly string[]): number[] {
  const validity = answersByName(validityBySchema, schema);
  return names.flatMap((name, position) => (memoizedInMap(validity, schema, name, isValidName) ? [] : [position]));
}

export const rule: Rule = {
  id: 'record/invalid-field-name',
  defaultSeverity: 'error',
  description: 'A field name Solr cannot hold: it must start with a letter or "_" and use only letters, digits, "_", "-" and ".".',
  checkRecord(record, context) {
    for (const position of byFieldPosition(record, invalidFieldsBySchema, context.schema, invalidFields)) {
      const field = record.fields[position]!;
      const bad = [...field.name].find((char, index) => !(index === 0 ? /[A-Za-z_]/ : /[A-Za-z0-9_.-]/).test(char));
      context.report({
        span: field.nameSpan,
        message: `"${field.name}" is not a valid Solr field name: ${describeCharacter(bad ?? '')} is not allowed${field.name.indexOf(bad ?? '') === 0 ? ' at the start' : ''}.`,
      });
    }
  },
};

function describeCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return /\p{L}|\p{N}|\p{P}|\p{S}/u.test(char) ? `"${char}" (${hex})` : hex;
}
