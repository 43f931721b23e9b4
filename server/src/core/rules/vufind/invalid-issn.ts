import { issnCheckDigit, leadingToken } from '../../values/identifiers';
import { spanInValue, valuesOf } from '../../model/record';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'vufind/invalid-issn',
  defaultSeverity: 'warning',
  description: 'An ISSN that is not written NNNN-NNNC or whose check digit is wrong.',
  checkRecord(record, context) {
    for (const value of valuesOf(record, 'issn')) {
      const { token, start } = leadingToken(value.text);
      if (token === '') continue; // record/empty-value reports these
      const span = spanInValue(value, start, token.length);
      const digits = token.replace(/-/g, '');
      if (!/^\d{7}[\dxX]$/.test(digits)) {
        context.report({ span, message: `"${token}" is not an ISSN: expected eight characters written NNNN-NNNC (seven digits and a check digit 0-9 or X).` });
        continue;
      }
      const expectedCheck = issnCheckDigit(digits.slice(0, 7));
      if (digits[7]!.toUpperCase() !== expectedCheck) {
        context.report({ span, message: `The ISSN "${token}" has the check digit ${digits[7]}, but ${digits.slice(0, 7)} gives ${expectedCheck}: a typo in the number?` });
        continue;
      }
      const canonical = `${digits.slice(0, 4)}-${digits.slice(4, 7)}${expectedCheck}`;
      if (token === canonical) continue;
      context.report({
        span,
        message: `The ISSN "${token}" is valid but written unusually: the standard form is "${canonical}" (VuFind links and matches by that form).`,
        // Where the span is the whole literal, the fix rewrites the whole value in the document's syntax.
        data: { canonical, ...(value.layout === 'structured' ? { value: value.text.slice(0, start) + canonical + value.text.slice(start + token.length) } : {}) },
      });
    }
  },
  fix({ span, data, document }) {
    const canonical = data['canonical'];
    if (typeof canonical !== 'string') return [];
    const value = data['value'];
    const newText = typeof value === 'string' ? document.syntax.encodeValue(value) : canonical;
    return [{ title: `Write as "${canonical}"`, safe: true, preferred: true, changes: [{ span, newText }] }];
  },
};
