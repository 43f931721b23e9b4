import { valuesOf } from '../../model/record';
import { iso6391LanguageNames, marcLanguageNames } from '../../schema/languages';
import type { Rule } from '../rule';

const knownNames = new Set([...Object.values(marcLanguageNames), ...Object.values(iso6391LanguageNames)]);
const namesByLowerCase = new Map([...knownNames].map((name) => [name.toLowerCase(), name]));

/** The name VuFind would have stored for a code or a wrongly cased name, and what the value was read as. */
function replacementFor(value: string): { name: string; reason: string } | undefined {
  const lower = value.trim().toLowerCase();
  const marc = Object.hasOwn(marcLanguageNames, lower) ? marcLanguageNames[lower] : undefined;
  if (marc) return { name: marc, reason: `the MARC language code "${lower}"` };
  const iso = Object.hasOwn(iso6391LanguageNames, lower) ? iso6391LanguageNames[lower] : undefined;
  if (iso) return { name: iso, reason: `the ISO 639-1 code "${lower}"` };
  const name = namesByLowerCase.get(lower);
  if (name) return { name, reason: 'a language name in other letter case' };
  return undefined;
}

export const rule: Rule = {
  id: 'vufind/unknown-language',
  defaultSeverity: 'warning',
  description: "A language that is not one of the English names VuFind's language maps produce (e.g. a code like eng or en).",
  checkRecord(record, context) {
    for (const value of valuesOf(record, 'language')) {
      if (value.text.trim() === '' || knownNames.has(value.text)) continue;
      const replacement = replacementFor(value.text);
      const message = replacement
        ? `"${value.text}" looks like ${replacement.reason}; VuFind stores the name "${replacement.name}", and facets, display and translation expect it.`
        : `"${value.text}" is not a language name VuFind's language maps produce: the Language facet shows it untranslated.`;
      context.report({ span: value.span, message, ...(replacement ? { data: { name: replacement.name } } : {}) });
    }
  },
  fix({ span, data, document }) {
    const name = data['name'];
    if (typeof name !== 'string') return [];
    return [{ title: `Replace with "${name}"`, safe: true, preferred: true, changes: [{ span, newText: document.syntax.encodeValue(name) }] }];
  },
};
