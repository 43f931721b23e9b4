import { valuesOf } from '../../model/record';
import { vufindFormats } from '../../schema/formats';
import { closestMatches } from '../../values/suggest';
import type { Rule } from '../rule';

const noLocalFormats: readonly string[] = [];

/** VuFind's formats and the local ones, per settings list: built once, not for every record. */
const allowedByLocalFormats = new WeakMap<readonly string[], { allowed: readonly string[]; allowedSet: ReadonlySet<string> }>();

function allowedFormats(localFormats: readonly string[]): { allowed: readonly string[]; allowedSet: ReadonlySet<string> } {
  let formats = allowedByLocalFormats.get(localFormats);
  if (!formats) {
    const allowed = [...vufindFormats, ...localFormats];
    formats = { allowed, allowedSet: new Set(allowed) };
    allowedByLocalFormats.set(localFormats, formats);
  }
  return formats;
}

export const rule: Rule = {
  id: 'vufind/unknown-format',
  defaultSeverity: 'warning',
  description: "A format outside VuFind's format vocabulary and the catalogRecords.formats setting.",
  checkRecord(record, context) {
    const { allowed, allowedSet } = allowedFormats(context.settings.formats ?? noLocalFormats);
    for (const value of valuesOf(record, 'format')) {
      if (value.text.trim() === '' || allowedSet.has(value.text)) continue;
      const caseMatch = allowed.find((format) => format.toLowerCase() === value.text.toLowerCase());
      const suggestions = caseMatch ? [caseMatch] : closestMatches(value.text, allowed);
      const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((format) => `"${format}"`).join(', ')}?` : '';
      context.report({
        span: value.span,
        message: `"${value.text}" is not a VuFind format: it gets no icon or translation and forms a facet value of its own.${hint} Local formats go in the catalogRecords.formats setting.`,
        data: { suggestions, caseOnly: caseMatch !== undefined },
      });
    }
  },
  fix({ span, data, document }) {
    const suggestions = (data['suggestions'] as string[] | undefined) ?? [];
    const caseOnly = data['caseOnly'] === true;
    return suggestions.map((format, index) => ({
      title: `Replace with "${format}"`,
      // Fixing letter case only is certain; an edit-distance guess needs a human.
      safe: caseOnly,
      preferred: index === 0,
      changes: [{ span, newText: document.syntax.encodeValue(format) }],
    }));
  },
};
