import { isBlank } from '../../normalize/whitespace';
import { valueChecks } from '../../values/valueTypes';
import type { Rule } from '../rule';

/** Fields whose values a dedicated rule checks more closely. */
const checkedElsewhere = new Set(['_version_']); // vufind/invalid-version

export const rule: Rule = {
  id: 'vufind/invalid-value-type',
  defaultSeverity: 'error',
  description: "A value that is not valid for its field's Solr type (dates, integers, booleans, points and shapes).",
  checkRecord(record, context) {
    for (const field of record.fields) {
      if (checkedElsewhere.has(field.name)) continue;
      const definition = context.schema.resolve(field.name);
      const check = definition && valueChecks[definition.type];
      if (!check) continue;
      for (const value of field.values) {
        const text = value.text;
        if (isBlank(text)) continue; // record/empty-value reports these
        const problem = check(text);
        if (problem === undefined) continue;
        context.report({
          span: value.span,
          message: `"${text}" is not valid for ${field.name} (${definition.type}): ${problem}`,
        });
      }
    }
  },
};
