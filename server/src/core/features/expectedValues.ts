import { type CatalogRecord, firstValue, valuesOf } from '../model/record';
import { latinToAscii } from '../normalize/latinAscii';
import { stripArticles, titleSortXslt } from '../normalize/titleSort';
import { workKeysXslt } from '../normalize/workKeys';

/** A value VuFind would compute for a derived field, and how, step by step. */
export interface ExpectedValue {
  /** One value for single-valued fields; every key for work keys. */
  readonly values: readonly string[];
  readonly steps: readonly string[];
}

type Computation = (record: CatalogRecord) => ExpectedValue | undefined;

/** The derived fields the editor can recompute, each along VuFind's XSLT import path. */
const computations: Readonly<Record<string, Computation>> = {
  title_sort(record) {
    const title = firstValue(record, 'title')?.text;
    if (title === undefined) return undefined;
    const stripped = stripArticles(title);
    const folded = latinToAscii(stripped);
    const result = titleSortXslt(title);
    return {
      values: [result],
      steps: [
        `title: "${title}"`,
        `lowercase, drop one leading "a ", "an " or "the ": "${stripped}"`,
        `fold accents (Latin-ASCII): "${folded}"`,
        `runs of punctuation and whitespace → one space, trim, lowercase: "${result}"`,
      ],
    };
  },
  author_sort(record) {
    const author = firstValue(record, 'author')?.text;
    if (author === undefined) return undefined;
    return { values: [author], steps: [`the first author, as written: "${author}"`] };
  },
  work_keys_str_mv(record) {
    const title = firstValue(record, 'title')?.text;
    const authors = valuesOf(record, 'author').map((value) => value.text);
    if (title === undefined || authors.length === 0) return undefined;
    const values = workKeysXslt(title, authors);
    return {
      values,
      steps: [
        `titles: "${title}" and its article-stripped form "${stripArticles(title)}"`,
        `authors: ${authors.map((author) => `"${author}"`).join(', ')}`,
        'each part: decompose, lowercase, keep only letters and digits, NFKC, at most 255 characters',
        `one "AT <author> <title>" key per distinct title and author: ${values.map((key) => `"${key}"`).join(', ')}`,
      ],
    };
  },
};

/**
 * What VuFind would store in `fieldName` for this record, or undefined when the editor cannot compute it.
 * MARC records (`record_format marc`) get their keys from `fullrecord`, which this does not read.
 */
export function expectedValue(record: CatalogRecord, fieldName: string): ExpectedValue | undefined {
  const compute = computations[fieldName];
  if (!compute || firstValue(record, 'record_format')?.text === 'marc') return undefined;
  return compute(record);
}
