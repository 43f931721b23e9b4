import type { MarcDataField } from '../marc/iso2709';
import { javaTrim } from './javaText';
import { latinToAscii } from './latinAscii';
import { skipNonFiling } from './nonFiling';
import { cleanData, stripAccents, stripAllPunct } from './solrMarcClean';
import { type Step, traced } from './trace';

const englishArticles = ['a ', 'an ', 'the '];
/** ASCII punctuation and whitespace, as PHP's `[[:punct:]\s]` without the /u flag. */
const punctuationRuns = /[!-/:-@[-`{-~ \t\n\x0B\f\r]+/g;

/** PHP's `trim()` set (space, tab, LF, CR, NUL, VT): the title-sort steps run in PHP and trim only these. */
function isPhpTrimmed(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0A || code === 0x0D || code === 0x00 || code === 0x0B;
}

/**
 * PHP's `trim()`. Scanned from both ends rather than with `/^[…]+|[…]+$/g`, which V8 tries at every position of the
 * string for the second alternative, and which builds a new string even when nothing is trimmed.
 */
export function phpTrim(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && isPhpTrimmed(value.charCodeAt(start))) start++;
  while (end > start && isPhpTrimmed(value.charCodeAt(end - 1))) end--;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

/**
 * The last title stripped and its result: title_sort and the work keys both strip a record's title, one after the
 * other, and the sort keys of a record read its title once (the same string comes back, compared by identity first).
 * The title may be a slice that keeps its document's text alive, but only until the next title is stripped.
 */
let lastTitle: string | undefined;
let lastStripped = '';

/** VuFind's `stripArticles`: lowercase, then drop one leading English article. */
export function stripArticles(title: string): string {
  if (title !== lastTitle) {
    lastStripped = stripArticlesOf(title);
    lastTitle = title;
  }
  return lastStripped;
}

function stripArticlesOf(title: string): string {
  const lower = phpTrim(title).toLowerCase();
  const article = englishArticles.find((candidate) => lower.startsWith(candidate));
  return article ? lower.slice(article.length) : lower;
}

/** PHP's `[[:punct:]\s]` without /u: ASCII punctuation and whitespace (`punctuationRuns` as a test of one code). */
function isPunctuationOrSpace(code: number): boolean {
  return (code >= 0x21 && code <= 0x2F) || (code >= 0x3A && code <= 0x40) || (code >= 0x5B && code <= 0x60)
    || (code >= 0x7B && code <= 0x7E) || code === 0x20 || (code >= 0x09 && code <= 0x0D);
}

/**
 * `text.replace(punctuationRuns, ' ')`, which most titles leave as they are (words joined by single spaces): the
 * replace builds a new string even then, and every record's title goes through it.
 */
export function spacePunctuationRuns(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isPunctuationOrSpace(code)) continue;
    if (code !== 0x20 || (i + 1 < text.length && isPunctuationOrSpace(text.charCodeAt(i + 1)))) return text.replace(punctuationRuns, ' ');
  }
  return text;
}

/**
 * `title_sort` as VuFind's XSLT importers compute it (VuFind ≥ 9.1): strip one English article, fold accents
 * (Latin-ASCII), turn runs of punctuation and whitespace into one space, trim, lowercase.
 */
export function titleSortXslt(title: string, trace?: Step[]): string {
  const stripped = traced(trace, 'strip one leading English article, lowercase', stripArticles(title));
  const folded = traced(trace, 'fold accents to ASCII (Latin-ASCII)', latinToAscii(stripped));
  const spaced = traced(trace, 'punctuation and whitespace runs → one space', spacePunctuationRuns(folded));
  return traced(trace, 'trim, lowercase', phpTrim(spaced).toLowerCase());
}

/** The 245 subfields SolrMarc's `245abkp,titleSortLower,first` reads, in field order. */
const marcTitleSortCodes = 'abkp';

/**
 * `title_sort` as SolrMarc computes it for MARC records (`245abkp,titleSortLower,first`): per subfield, $a loses
 * its non-filing characters (2nd indicator), then cleanData, accent stripping, punctuation runs → one space,
 * trim, lowercase; the subfields are joined with spaces and the result cleaned once more.
 */
export function titleSortMarc(field245: MarcDataField, trace?: Step[]): string {
  const pieces = field245.subfields
    .filter((subfield) => marcTitleSortCodes.includes(subfield.code))
    .map((subfield) => {
      const filed = subfield.code === 'a' ? skipNonFiling(field245, subfield.value) : subfield.value;
      const cleaned = stripAllPunct(stripAccents(cleanData(javaTrim(filed))));
      return traced(trace, `$${subfield.code} "${subfield.value}" → non-filing, cleanData, accents, punctuation, lowercase`,
        javaTrim(cleaned).toLowerCase());
    });
  return traced(trace, 'join with spaces, cleanData', cleanData(pieces.join(' ')));
}
