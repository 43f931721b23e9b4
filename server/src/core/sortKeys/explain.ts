import { mappedList } from '../lists';
import { type MarcRecord, dataFields, decodeIso2709 } from '../marc/iso2709';
import { type CatalogRecord, firstValue, memoizedForRecord, valuesOf } from '../model/record';
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
  return memoizedForRecord(record, explained, sortKeysOf);
}

function sortKeysOf(record: CatalogRecord): SortKeyExplanations {
  return new RecordSortKeys(record);
}

/** Each key is computed when first read: a rule about one key does not pay for the others. */
class RecordSortKeys implements SortKeyExplanations {
  #marc: MarcRecord | undefined | null = null;
  #authors: string[] | undefined;
  #title: string | undefined | null = null;
  #titleSort: SortKeyExplanation<string> | undefined | null = null;
  #authorSort: SortKeyExplanation<string> | undefined | null = null;
  #workKeys: SortKeyExplanation<readonly string[]> | undefined;

  constructor(private readonly record: CatalogRecord) {}

  get title_sort(): SortKeyExplanation<string> | undefined {
    if (this.#titleSort === null) {
      const marc = this.#marcSource();
      this.#titleSort = marc ? titleSortOfMarc(marc) : titleSortOfXslt(this.#titleOf());
    }
    return this.#titleSort;
  }

  get author_sort(): SortKeyExplanation<string> | undefined {
    if (this.#authorSort === null) {
      const marc = this.#marcSource();
      this.#authorSort = marc ? authorSortOfMarc(marc) : authorSortOfXslt(this.#authorsOf());
    }
    return this.#authorSort;
  }

  get work_keys_str_mv(): SortKeyExplanation<readonly string[]> {
    if (!this.#workKeys) {
      const marc = this.#marcSource();
      this.#workKeys = marc ? workKeysOfMarc(marc) : workKeysOfXslt(this.#titleOf(), this.#authorsOf());
    }
    return this.#workKeys;
  }

  #marcSource(): MarcRecord | undefined {
    if (this.#marc === null) this.#marc = marcSource(this.record);
    return this.#marc;
  }

  /**
   * The title's text, for title_sort and the work keys: read once, both strip its article from the same string, which
   * `stripArticles` recognizes as the one it stripped last.
   */
  #titleOf(): string | undefined {
    if (this.#title === null) this.#title = firstValue(this.record, 'title')?.text;
    return this.#title;
  }

  /**
   * The authors' texts, for author_sort and the work keys: each read of a value's text slices it anew. A list of
   * strings from the start (`mappedList`), whether the record has authors or not.
   */
  #authorsOf(): string[] {
    this.#authors ??= mappedList(valuesOf(this.record, 'author'), (value) => value.text);
    return this.#authors;
  }
}

/**
 * An explanation whose steps are traced when first read, by computing the key once more: the rules, which run on
 * every record, read only `expected`, so tracing every computation (steps, labels, joined inputs) made garbage for
 * every record (untraced, with the authors read once and ASCII skipping the romanization regex, the three sort-key
 * rules went from 23 to 20 µs per record of the benchmark corpus).
 * `trace` is a module-level function of `input` (see `memoizedByName` on closures).
 */
class Explanation<T extends string | readonly string[], Input> implements SortKeyExplanation<T> {
  #steps: readonly Step[] | undefined;

  constructor(readonly expected: T, readonly path: SortKeyPath, readonly exact: boolean, private readonly input: Input,
    private readonly trace: (input: Input, steps: Step[]) => unknown) {}

  get steps(): readonly Step[] {
    if (!this.#steps) {
      const steps: Step[] = [];
      this.trace(this.input, steps);
      this.#steps = steps;
    }
    return this.#steps;
  }
}

function titleSortOfMarc(marc: MarcRecord): SortKeyExplanation<string> | undefined {
  const expected = titleSortOfMarcTraced(marc);
  return expected === '' ? undefined : new Explanation(expected, 'marc', true, marc, titleSortOfMarcTraced);
}

function titleSortOfMarcTraced(marc: MarcRecord, steps?: Step[]): string {
  const [field245] = dataFields(marc, '245');
  return field245 && field245.subfields.some((subfield) => 'abkp'.includes(subfield.code)) ? titleSortMarc(field245, steps) : '';
}

function authorSortOfMarc(marc: MarcRecord): SortKeyExplanation<string> | undefined {
  const expected = authorSortMarc(marc);
  return expected === undefined || expected === '' ? undefined : new Explanation(expected, 'marc', true, marc, authorSortMarc);
}

function workKeysOfMarc(marc: MarcRecord): SortKeyExplanation<readonly string[]> {
  const workKeys = workKeysMarc(marc);
  return new Explanation(workKeys.keys, 'marc', workKeys.exact, marc, workKeysMarc);
}

function titleSortOfXslt(title: string | undefined): SortKeyExplanation<string> | undefined {
  if (title === undefined) return undefined;
  return new Explanation(titleSortXslt(title), 'xslt', true, title, titleSortXslt);
}

function authorSortOfXslt(authors: readonly string[]): SortKeyExplanation<string> | undefined {
  const expected = authorSortXslt(authors);
  return expected === undefined ? undefined : new Explanation(expected, 'xslt', true, authors, authorSortXslt);
}

function workKeysOfXslt(title: string | undefined, authors: readonly string[]): SortKeyExplanation<readonly string[]> {
  const workKeys = workKeysXslt(title, authors);
  return new Explanation(workKeys.keys, 'xslt', workKeys.exact, { title, authors }, workKeysOfXsltTraced);
}

function workKeysOfXsltTraced(input: { title: string | undefined; authors: readonly string[] }, steps: Step[]): void {
  workKeysXslt(input.title, input.authors, steps);
}
