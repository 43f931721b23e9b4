import { latinToAscii } from './latinAscii';

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
export function titleSortXslt(title: string): string {
  const folded = latinToAscii(stripArticles(title));
  return folded.replace(punctuationRuns, ' ').replace(phpTrim, '').toLowerCase();
}
