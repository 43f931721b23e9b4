import { asciiPunctuation, javaAnyChar, javaTrim } from './javaText';

/**
 * SolrMarc's text cleaning (`DataUtil` in solrmarc): the pieces `titleSortLower` and the work-key
 * non-filing option are made of.
 */

const trailingSeparator = / *([,/;:])$/;
const keepsPeriod = new RegExp(`^${javaAnyChar}*[JS]r\\.$`, 'u');
/** Any of these before a final period lets cleanData drop the period (Java `\w` is ASCII). */
const dropsPeriod = [
  new RegExp(`^${javaAnyChar}*\\w\\w\\.$`, 'u'),
  new RegExp(`^${javaAnyChar}*\\p{L}\\p{L}\\.$`, 'u'),
  new RegExp(`^${javaAnyChar}*\\w[\\u0300-\\u036F]?\\w[\\u0300-\\u036F]?\\.$`, 'u'),
  new RegExp(`^${javaAnyChar}*[${asciiPunctuation}]\\.$`, 'u'),
];

/** Drops one pair of outer square brackets, or a lone one at either end, when they are the only brackets. */
export function removeOuterBrackets(value: string): string {
  if (value.length === 0) return value;
  let result = javaTrim(value);
  if (result.length > 0) {
    const openFirst = result.startsWith('[');
    const closeLast = result.endsWith(']');
    if (openFirst && closeLast && result.indexOf('[', 1) === -1 && result.lastIndexOf(']', result.length - 2) === -1) {
      result = result.slice(1, -1);
    } else if (openFirst && !result.includes(']')) {
      result = result.slice(1);
    } else if (closeLast && !result.includes('[')) {
      result = result.slice(0, -1);
    }
  }
  return javaTrim(result);
}

/**
 * `cleanData`, repeated until nothing changes: trim; drop a trailing `,` `/` `;` `:` with the spaces before it;
 * drop a final period after two word characters or after punctuation (not after "Jr." or "Sr."); outer brackets.
 */
export function cleanData(value: string): string {
  let current = value;
  let previous: string;
  do {
    previous = current;
    current = javaTrim(current).replace(trailingSeparator, '');
    if (current.endsWith('.') && !keepsPeriod.test(current) && dropsPeriod.some((pattern) => pattern.test(current))) {
      current = current.slice(0, -1);
    }
    current = removeOuterBrackets(current);
    if (current.length === 0) return current;
  } while (current !== previous);
  return current;
}

/** Latin letters with a stroke, hook, bar or curl that SolrMarc folds to the plain letter (no expansions). */
const foldedLatin: Readonly<Record<string, string>> = Object.fromEntries(Object.entries({
  B: '\u0181\u0182', C: '\u0187', D: '\u0110\u018A\u018B', F: '\u0191', G: '\u0193\u01E4', H: '\u0126', I: '\u0197',
  K: '\u0198', L: '\u0141', N: '\u019D\u0220', O: '\u00D8\u019F\u01FE', P: '\u01A4', T: '\u0166\u01AC\u01AE',
  V: '\u01B2', Y: '\u01B3', Z: '\u01B5\u0224',
  b: '\u0180\u0183\u0253', c: '\u0188\u0255', d: '\u0111\u018C\u0221\u0256\u0257', f: '\u0192', g: '\u01E5\u0260',
  h: '\u0127\u0266', i: '\u0268', j: '\u029D', k: '\u0199', l: '\u0142\u019A\u0234\u026B\u026C\u026D', m: '\u0271',
  n: '\u019E\u0235\u0272\u0273', o: '\u00F8\u01FF', p: '\u01A5', q: '\u02A0', r: '\u027C\u027D', s: '\u0282',
  t: '\u0167\u01AB\u01AD\u0236\u0288', v: '\u028B', y: '\u01B4', z: '\u01B6\u0225\u0290\u0291',
}).flatMap(([plain, variants]) => [...variants].map((variant) => [variant, plain])));

/** `stripAccents`: NFD, drop U+0300–U+036F, fold the letters above. æ, ß, œ stay as they are. */
export function stripAccents(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036F]+/g, '').replace(/[^\x00-\x7F]/g, (char) => foldedLatin[char] ?? char);
}

/** `stripAllPunct`: every run of spaces, ASCII punctuation and Unicode punctuation (P*) becomes one space. */
export function stripAllPunct(value: string): string {
  return value.replace(new RegExp(`(?: |[${asciiPunctuation}]|\\p{P})+`, 'gu'), ' ');
}
