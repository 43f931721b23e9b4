import { spanInValue, valuesOf } from '../../model/record';
import { isbn10CheckDigit, isbn13CheckDigit, leadingToken } from '../../values/identifiers';
import { isInIsbnRange } from '../../values/isbnRanges';
import type { Rule } from '../rule';

export const rule: Rule = {
  id: 'vufind/invalid-isbn',
  defaultSeverity: 'warning',
  description: 'An ISBN-10 or ISBN-13 with a wrong check digit, the wrong length, or outside every assigned ISBN range.',
  checkRecord(record, context) {
    for (const value of valuesOf(record, 'isbn')) {
      const { token, start } = leadingToken(value.text);
      if (token === '') continue; // record/empty-value reports these
      const span = spanInValue(value, start, token.length);
      const problem = isbnProblem(token);
      if (problem) context.report({ span, message: problem });
    }
  },
};

function isbnProblem(token: string): string | undefined {
  const digits = token.replace(/[-\s]/g, '');
  if (/^\d{9}[\dxX]$/.test(digits)) {
    const expected = isbn10CheckDigit(digits);
    if (digits[9]!.toUpperCase() !== expected) return checkDigitMessage(token, 'ISBN-10', digits[9]!, expected);
  } else if (/^97[89]\d{10}$/.test(digits)) {
    const expected = isbn13CheckDigit(digits);
    if (digits[12] !== expected) return checkDigitMessage(token, 'ISBN-13', digits[12]!, expected);
  } else {
    return `"${token}" is not an ISBN: expected 10 characters (ISBN-10, last may be X) or 13 digits starting 978/979 (ISBN-13), hyphens allowed; a qualifier like "(pbk.)" may follow after a space.`;
  }
  if (!isInIsbnRange(digits)) {
    return `"${token}" has a correct check digit but lies in no registration group or publisher range of the ISBN agency's tables: probably mistyped.`;
  }
  return undefined;
}

function checkDigitMessage(token: string, kind: string, found: string, expected: string): string {
  return `The ${kind} "${token}" ends in ${found}, but its digits give the check digit ${expected}: a typo in the number?`;
}
