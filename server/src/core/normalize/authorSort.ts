import type { MarcDataField, MarcRecord } from '../marc/iso2709';
import { asciiPunctuation, javaTrim } from './javaText';
import { firstAuthorRoles, relatorSynonyms } from './relators';
import { type Step, traced } from './trace';

/**
 * `author_sort` for MARC records: VuFind's `getFirstAuthorFilteredByRelator(100abcd:110ab:111abc:700abcd,
 * 100:110:111:700,firstAuthorRoles)`. The first of these fields (in record order) whose relators allow a first
 * author gives the value: its subfields trimmed and space-joined, trailing punctuation fixed. Case is kept.
 */
const authorSortSubfields: Readonly<Record<string, string>> = { 100: 'abcd', 110: 'ab', 111: 'abc', 700: 'abcd' };

/** author-classification.ini [PunctuationRegExToStrip], applied in order. */
const punctuationToStrip = [/[\p{White_Space}/:;,=(\[]*$/u, /\. -\.?$/u];
/** [PunctuationMatchedChars]: a closing character is dropped when its opener is absent. */
const matchedPairs = ['()', '[]'];
/** [PunctuationUntrimmedAbbreviations]: a final period after these stays. */
const untrimmedAbbreviations = new Set(['col.', 'mr.', 'mrs.', 'ms.']);

const punctuationRuns = new RegExp(`[${asciiPunctuation}]+`, 'g');

/** CreatorTools' relator normalisation: trim, lowercase, no ASCII punctuation. */
function normalizeRelator(value: string): string {
  return javaTrim(value).toLowerCase().replace(punctuationRuns, '');
}

const permittedFirstAuthorRelators = new Set(firstAuthorRoles.flatMap((code) =>
  [code, ...(relatorSynonyms[code] ?? '').split('|')].map(normalizeRelator)));

const knownRelators = new Set(Object.entries(relatorSynonyms).flatMap(([code, names]) =>
  [code, ...names.split('|')].map(normalizeRelator)));

/**
 * Whether a field may give the first author: no relator at all, a first-author relator ($e or $4), or a relator
 * VuFind does not know (unknown relators are accepted for all four tags in the stock configuration).
 */
export function acceptsFirstAuthor(field: MarcDataField): boolean {
  const relators = field.subfields.filter((subfield) => subfield.code === 'e' || subfield.code === '4');
  if (relators.length === 0) return true;
  if (relators.some((subfield) => permittedFirstAuthorRelators.has(normalizeRelator(subfield.value)))) return true;
  return relators.some((subfield) => javaTrim(subfield.value) !== '' && !knownRelators.has(normalizeRelator(subfield.value)));
}

/** CreatorTools' `fixTrailingPunctuation`, with the stock author-classification.ini settings. */
export function fixTrailingPunctuation(name: string): string {
  let result = punctuationToStrip.reduce((value, pattern) => value.replace(pattern, ''), name);
  let length = result.length;
  if (result.endsWith('.') && length > 3 && result[length - 3] !== ' ') {
    const lastSpace = result.lastIndexOf(' ');
    const lastWord = lastSpace > 0 ? result.slice(lastSpace + 1) : result;
    if (!untrimmedAbbreviations.has(lastWord.toLowerCase())) {
      result = result.slice(0, -1);
      length--;
    }
  }
  for (const [open, close] of matchedPairs.map((pair) => [...pair] as [string, string])) {
    // VuFind cuts at the length measured before this loop, so a second closer in a row is never removed.
    if (result.endsWith(close) && !result.includes(open)) result = result.slice(0, length - 1);
  }
  return result;
}

export function authorSortMarc(record: MarcRecord, trace?: Step[]): string | undefined {
  for (const field of record.fields) {
    if (field.kind !== 'data') continue;
    const codes = authorSortSubfields[field.tag];
    if (!codes || !acceptsFirstAuthor(field)) continue;
    const values = field.subfields.filter((subfield) => codes.includes(subfield.code)).map((subfield) => javaTrim(subfield.value));
    if (values.length === 0) continue;
    const joined = traced(trace, `first author field ${field.tag} $${codes}, subfields joined`, values.join(' '));
    return traced(trace, 'trailing punctuation trimmed (author-classification.ini)', fixTrailingPunctuation(joined));
  }
  return undefined;
}

/** XPath `normalize-space()`. */
export function normalizeSpace(value: string): string {
  // Most names are normalized already: the two replaces would build two new strings for every record's first author.
  if (isSpaceNormalized(value)) return value;
  return value.replace(/[ \t\r\n]+/g, ' ').replace(/^ | $/g, '');
}

/** Whether `normalizeSpace` leaves `value` as it is: no tab, CR or LF, no space at either end, no two spaces in a row. */
function isSpaceNormalized(value: string): boolean {
  const last = value.length - 1;
  for (let i = 0; i <= last; i++) {
    const code = value.charCodeAt(i);
    if (code > 0x20) continue;
    if (code === 0x09 || code === 0x0A || code === 0x0D) return false;
    if (code === 0x20 && (i === 0 || i === last || value.charCodeAt(i + 1) === 0x20)) return false;
  }
  return true;
}

/** `author_sort` from XSLT importers (doaj.xsl): the first author's name, whitespace normalized, case kept. */
export function authorSortXslt(authors: readonly string[], trace?: Step[]): string | undefined {
  const [first] = authors;
  const normalized = first === undefined ? '' : normalizeSpace(first);
  if (normalized === '') return undefined;
  return traced(trace, 'first author, normalize-space', normalized);
}
