import type { MarcDataField } from '../marc/iso2709';
import { javaTrim } from './javaText';
import { latinToAscii } from './latinAscii';
import { skipNonFiling } from './nonFiling';
import { cleanData, stripAccents, stripAllPunct } from './solrMarcClean';
import { type Step, traced } from './trace';

/** PHP's `trim()` set: the title-sort steps run in PHP and trim only these. */
const phpTrim = /^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g;
const englishArticles = ['a ', 'an ', 'the '];
/** ASCII punctuation and whitespace, as PHP's `[[:punct:]\s]` without the /u flag. */
const punctuationRuns = /[!-/:-@[-`{-~ \t\n\x0B\f\r]+/g;

/** VuFind's `stripArticles`: lowercase, then drop one leading English article. */
export function stripArticles(title: string): string {
  const lower = title.replace(phpTrim, '').toLowerCase();
  const article = englishArticles.find((candidate) => lower.startsWith(candidate));
  return article ? lower.slice(article.length) : lower;
}

/**
 * `title_sort` as VuFind's XSLT importers compute it (VuFind ≥ 9.1): strip one English article, fold accents
 * (Latin-ASCII), turn runs of punctuation and whitespace into one space, trim, lowercase.
 */
export function titleSortXslt(title: string, trace?: Step[]): string {
  const stripped = traced(trace, 'strip one leading English article, lowercase', stripArticles(title));
  const folded = traced(trace, 'fold accents to ASCII (Latin-ASCII)', latinToAscii(stripped));
  const spaced = traced(trace, 'punctuation and whitespace runs → one space', folded.replace(punctuationRuns, ' '));
  return traced(trace, 'trim, lowercase', spaced.replace(phpTrim, '').toLowerCase());
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
