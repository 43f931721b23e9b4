import { answersByName, memoizedInMap } from '../../memo';
import { type FieldPositions, byFieldPosition } from '../../model/record';
import { isBlank } from '../../normalize/whitespace';
import type { Schema } from '../../schema/schema';
import { type ValueCheck, valueChecks } from '../../values/valueTypes';
import type { Rule } from '../rule';

/** Fields whose values a dedicated rule checks more closely. */
const checkedElsewhere = new Set(['_version_']); // vufind/invalid-version

/**
 * The check of each field name, per schema: a lookup in one map instead of three (the set above, the schema, the
 * table of checks by type) for each field of every record. `null`: no check.
 */
const checksBySchema = new WeakMap<Schema, Map<string, ValueCheck | null>>();

/** The fields of a record (by position) whose values have a type to check: the same for every record listing the same names. */
const typedFieldsBySchema = new WeakMap<Schema, WeakMap<FieldPositions, ReadonlyArray<{ position: number; check: ValueCheck }>>>();

function typedFields(schema: Schema, names: readonly string[]): Array<{ position: number; check: ValueCheck }> {
  const checks = answersByName(checksBySchema, schema);
  const typed: Array<{ position: number; check: ValueCheck }> = [];
  names.forEach((name, position) => {
    const check = memoizedInMap(checks, schema, name, checkOf);
    if (check) typed.push({ position, check });
  });
  return typed;
}

function checkOf(schema: Schema, name: string): ValueCheck | null {
  const definition = checkedElsewhere.has(name) ? undefined : schema.resolve(name);
  return (definition && valueChecks[definition.type]) ?? null;
}

export const rule: Rule = {
  id: 'vufind/invalid-value-type',
  defaultSeverity: 'error',
  description: "A value that is not valid for its field's Solr type (dates, integers, booleans, points and shapes).",
  checkRecord(record, context) {
    const fields = record.fields;
    for (const { position, check } of byFieldPosition(record, typedFieldsBySchema, context.schema, typedFields)) {
      const field = fields[position]!;
      for (const value of field.values) {
        const text = value.text;
        if (isBlank(text)) continue; // record/empty-value reports these
        const problem = check(text);
        if (problem === undefined) continue;
        context.report({
          span: value.span,
          message: `"${text}" is not valid for ${field.name} (${context.schema.resolve(field.name)!.type}): ${problem}`,
        });
      }
    }
  },
};
