import { type MarcRecord, dataFields, decodeIso2709 } from '../marc/iso2709';
import { type CatalogRecord, firstValue, valuesOf } from '../model/record';
import { authorSortMarc, authorSortXslt } from '../normalize/authorSort';
import { titleSortMarc, titleSortXslt } from '../normalize/titleSort';
import type { Step } from '../normalize/trace';
import { workKeysMarc, workKeysXslt } from '../normalize/workKeys';

/**
 * The one place where a record's sort keys are computed as VuFind would: rules, hovers and the CLI all ask here.
 * Records with `record_format marc` and a decodable `fullrecord` follow SolrMarc (marc.properties); all others
 * follow the XSLT importers (doaj.xsl), from `title` and `author`.
 */

export type SortKeyPath = 'marc' | 'xslt';

export interface SortKeyExplanation<T extends string | readonly string[]> {
  readonly expected: T;
  readonly path: SortKeyPath;
  /** False when the value could only be approximated (non-Latin script in a work key). */
  readonly exact: boolean;
  /** The computation, step by step. */
  readonly steps: readonly Step[];
}

export interface SortKeyExplanations {
  /** Undefined when VuFind writes no title_sort (no title, or no 245 $a/$b/$k/$p). */
  readonly title_sort: SortKeyExplanation<string> | undefined;
  /** Undefined when VuFind writes no author_sort (no usable author). */
  readonly author_sort: SortKeyExplanation<string> | undefined;
  readonly work_keys_str_mv: SortKeyExplanation<readonly string[]>;
}

/** The MARC record in `fullrecord` when the record is a MARC record and its fullrecord decodes to fields. */
export function marcSource(record: CatalogRecord): MarcRecord | undefined {
  if (firstValue(record, 'record_format')?.text !== 'marc') return undefined;
  const fullrecord = firstValue(record, 'fullrecord');
  if (!fullrecord) return undefined;
  const decoded = decodeIso2709(fullrecord.text).record;
  return decoded && decoded.fields.length > 0 ? decoded : undefined;
}

/** Records never change once parsed, and several rules and features ask about the same record. */
const explained = new WeakMap<CatalogRecord, SortKeyExplanations>();

export function explainSortKeys(record: CatalogRecord): SortKeyExplanations {
  let explanations = explained.get(record);
  if (!explanations) {
    const marc = marcSource(record);
    explanations = marc ? explainMarc(marc) : explainXslt(record);
    explained.set(record, explanations);
  }
  return explanations;
}

function explainMarc(marc: MarcRecord): SortKeyExplanations {
  const [field245] = dataFields(marc, '245');
  const titleSteps: Step[] = [];
  const titleSort = field245 && field245.subfields.some((subfield) => 'abkp'.includes(subfield.code))
    ? titleSortMarc(field245, titleSteps) : '';
  const authorSteps: Step[] = [];
  const authorSort = authorSortMarc(marc, authorSteps);
  const workSteps: Step[] = [];
  const workKeys = workKeysMarc(marc, workSteps);
  return {
    title_sort: titleSort === '' ? undefined : { expected: titleSort, path: 'marc', exact: true, steps: titleSteps },
    author_sort: authorSort === undefined || authorSort === ''
      ? undefined : { expected: authorSort, path: 'marc', exact: true, steps: authorSteps },
    work_keys_str_mv: { expected: workKeys.keys, path: 'marc', exact: workKeys.exact, steps: workSteps },
  };
}

function explainXslt(record: CatalogRecord): SortKeyExplanations {
  const title = firstValue(record, 'title')?.text;
  const authors = valuesOf(record, 'author').map((value) => value.text);
  const titleSteps: Step[] = [];
  const titleSort = title === undefined ? undefined : titleSortXslt(title, titleSteps);
  const authorSteps: Step[] = [];
  const authorSort = authorSortXslt(authors, authorSteps);
  const workSteps: Step[] = [];
  const workKeys = workKeysXslt(title, authors, workSteps);
  return {
    title_sort: titleSort === undefined ? undefined : { expected: titleSort, path: 'xslt', exact: true, steps: titleSteps },
    author_sort: authorSort === undefined ? undefined : { expected: authorSort, path: 'xslt', exact: true, steps: authorSteps },
    work_keys_str_mv: { expected: workKeys.keys, path: 'xslt', exact: workKeys.exact, steps: workSteps },
  };
}
