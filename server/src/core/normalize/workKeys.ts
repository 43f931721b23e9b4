import { mappedList } from '../lists';
import type { MarcDataField, MarcRecord } from '../marc/iso2709';
import { isAsciiText } from '../text/ascii';
import { javaTrim } from './javaText';
import { skipNonFiling } from './nonFiling';
import { phpTrim, stripArticles } from './titleSort';
import { type Step, traced } from './trace';

/**
 * Work keys (`work_keys_str_mv`), VuFind's FRBR-style "other versions" keys: `UT <uniform title>` and
 * `AT <author> <title>`, each part normalized with the stock ICU rules
 * `:: NFD; :: lower; :: Latin; :: [^[:letter:] [:number:]] Remove; :: NFKC;`, lowercased and cut to 255.
 * JavaScript has no ICU `Any-Latin`, so a part holding letters or digits of another script is computed without
 * romanization and marked inexact.
 */

/** Java (SolrMarc) cuts at 255 UTF-16 units; PHP (`mb_substr`) at 255 code points. */
export type WorkKeyRuntime = 'java' | 'php';

export interface WorkKeys {
  readonly keys: readonly string[];
  /** False when some input needed ICU's romanization of a non-Latin script. */
  readonly exact: boolean;
}

const maxKeyPartLength = 255;
const notLetterOrNumber = /[^\p{L}\p{N}]/gu;
const nonLatinLetterOrNumber = /(?=[\p{L}\p{N}])[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/** Whether `value` holds letters or digits that ICU's Any-Latin would romanize. */
export function needsRomanization(value: string): boolean {
  // ASCII letters are Latin and ASCII digits Common; the simple test is several times faster than the Unicode one.
  return !isAsciiText(value) && nonLatinLetterOrNumber.test(value);
}

const notAsciiLetterOrDigit = /[^a-z0-9]/g;

/** One key part: NFD, lowercase, (Any-Latin), keep letters and numbers, NFKC, lowercase, 255 cut. */
export function normalizeWorkKeyPart(value: string, runtime: WorkKeyRuntime): string {
  // ASCII needs none of the Unicode steps (both normalizations leave it as it is) and has one code unit per character.
  if (isAsciiText(value)) return value.toLowerCase().replace(notAsciiLetterOrDigit, '').slice(0, maxKeyPartLength);
  const transliterated = value.normalize('NFD').toLowerCase().replace(notLetterOrNumber, '').normalize('NFKC');
  const lowered = transliterated.toLowerCase();
  return runtime === 'java'
    ? lowered.slice(0, Math.min(transliterated.length, maxKeyPartLength))
    : [...lowered].slice(0, maxKeyPartLength).join('');
}

/** The SolrMarc field specs VuFind's marc.properties passes to `getWorkKeys`. */
const marcWorkKeySpecs = {
  uniformTitles: { 130: 'anp', 730: 'anp' },
  titles: { 240: 'anpmr', 245: 'abn', 246: 'abn', 247: 'abn' },
  titlesWithoutNonFiling: { 240: 'anpmr', 245: 'abn' },
  authors: { 100: 'ab', 110: 'ab', 111: 'ac', 700: 'ab', 710: 'ab', 711: 'ac' },
} as const satisfies Record<string, Record<string, string>>;

/** FieldSpecTools.getFieldsByTagList: one string per matching field (record order), subfields trimmed and space-joined. */
function fieldValues(record: MarcRecord, spec: Readonly<Record<string, string>>, withoutNonFiling = false): string[] {
  const values = new Set<string>();
  for (const field of record.fields) {
    const codes = field.kind === 'data' ? spec[field.tag] : undefined;
    if (!codes || field.kind !== 'data') continue;
    const parts = field.subfields.filter((subfield) => codes.includes(subfield.code))
      .map((subfield) => subfieldForKey(field, subfield.code, subfield.value, withoutNonFiling));
    if (parts.length > 0) values.add(parts.join(' '));
  }
  return [...values];
}

function subfieldForKey(field: MarcDataField, code: string, value: string, withoutNonFiling: boolean): string {
  const trimmed = javaTrim(value);
  return withoutNonFiling && code === 'a' ? javaTrim(skipNonFiling(field, trimmed)) : trimmed;
}

/** WorkKeys.getWorkKeys (Java, SolrMarc): every key once, in insertion order; empty parts are skipped. */
export function workKeysMarc(record: MarcRecord, trace?: Step[]): WorkKeys {
  const uniformTitles = fieldValues(record, marcWorkKeySpecs.uniformTitles);
  const titles = [...new Set([
    ...fieldValues(record, marcWorkKeySpecs.titles),
    ...fieldValues(record, marcWorkKeySpecs.titlesWithoutNonFiling, true),
  ])];
  const authors = fieldValues(record, marcWorkKeySpecs.authors);
  traceInputs(trace, uniformTitles, titles, authors);
  const keys = new Set<string>();
  for (const uniformTitle of uniformTitles) {
    const normalized = normalizeWorkKeyPart(uniformTitle, 'java');
    if (normalized !== '') keys.add(`UT ${normalized}`);
  }
  if (authors.length > 0) {
    for (const title of titles) {
      const normalizedTitle = normalizeWorkKeyPart(title, 'java');
      if (normalizedTitle === '') continue;
      for (const author of authors) {
        const normalizedAuthor = normalizeWorkKeyPart(author, 'java');
        if (normalizedAuthor !== '') keys.add(`AT ${normalizedAuthor} ${normalizedTitle}`);
      }
    }
  }
  return finish([...keys], [...uniformTitles, ...titles, ...authors], trace);
}

/**
 * VuFindWorkKeys::getWorkKeys (PHP, XSLT importers) as doaj.xsl calls it: no uniform title; titles = the title and
 * its stripArticles form; authors = every author. Normalized titles are deduplicated, keys are not, and an author
 * is used even when it normalizes to nothing (PHP tests the raw value), as VuFind does.
 */
export function workKeysXslt(title: string | undefined, authors: readonly string[], trace?: Step[]): WorkKeys {
  const titles = title === undefined ? [] : [title, stripArticles(title)];
  traceInputs(trace, [], titles, authors);
  const keys: string[] = [];
  const normalizedTitles: string[] = [];
  // Each author once, not once per title: a title with a leading article gives two titles.
  let normalizedAuthors: string[] | undefined;
  if (authors.length > 0) {
    for (const candidate of titles) {
      if (candidate !== title && strippedOnlySpaceAndCase(title!, candidate)) continue; // as the title: a repeat
      const normalizedTitle = normalizeWorkKeyPart(candidate, 'php');
      // PHP's empty() is also true for "0".
      if (normalizedTitle === '' || normalizedTitle === '0' || normalizedTitles.includes(normalizedTitle)) continue;
      normalizedTitles.push(normalizedTitle);
      normalizedAuthors ??= mappedList(authors, (author) => normalizeWorkKeyPart(author, 'php'));
      for (const author of normalizedAuthors) keys.push(`AT ${author} ${normalizedTitle}`);
    }
  }
  // Not `finish`: it takes the inputs as one list, made for every record here.
  const exact = !titles.some(needsRomanization) && !authors.some(needsRomanization);
  if (trace) traceKeys(trace, exact, keys);
  return { keys, exact };
}

/**
 * Whether `stripArticles` took nothing from an ASCII title but PHP's whitespace at the ends and the case, which
 * normalizing a key part drops too: the stripped title then gives the title's key part again, which would be
 * skipped as a repeat (or as empty, as the title's). Most titles have no article, and normalizing is the most of
 * a record's work keys.
 */
function strippedOnlySpaceAndCase(title: string, stripped: string): boolean {
  // An article is taken from the trimmed title, and lowercasing keeps the length of ASCII text.
  return isAsciiText(title) && stripped.length === phpTrim(title).length;
}

function traceInputs(trace: Step[] | undefined, uniformTitles: readonly string[], titles: readonly string[], authors: readonly string[]): void {
  if (!trace) return; // the joins are for the trace only, and the rules compute every record's keys untraced
  if (uniformTitles.length > 0) traced(trace, 'uniform titles', uniformTitles.join(' | '));
  traced(trace, 'titles', titles.join(' | '));
  traced(trace, 'authors', authors.join(' | '));
}

function finish(keys: string[], inputs: readonly string[], trace: Step[] | undefined): WorkKeys {
  const exact = !inputs.some(needsRomanization);
  if (trace) traceKeys(trace, exact, keys); // as in traceInputs
  return { keys, exact };
}

function traceKeys(trace: Step[], exact: boolean, keys: readonly string[]): void {
  traced(trace, exact ? 'keys' : 'keys (not romanized: ICU Any-Latin is not available, so this is approximate)', keys.join(' | '));
}
