import type { RecordDocument } from '../model/document';
import { type CatalogRecord, valuesOf } from '../model/record';
import type { Span } from '../model/span';
import { type ParsedChunk, chunkShift } from './chunkList';
import { memoizedByName } from '../memo';
import { chunksOf } from './recordChunks';

/** One value of a field. */
export interface NamedValue {
  readonly text: string;
  readonly span: Span;
}

const valuesInParsedChunk = new WeakMap<ParsedChunk, Map<string, readonly NamedValue[]>>();

/**
 * Every value of the fields called `name` in the document, in document order. For a document parsed by chunks it
 * is built from per-chunk lists that edits elsewhere reuse.
 */
export function documentValuesOf(document: RecordDocument, name: string): readonly NamedValue[] {
  const list = chunksOf(document);
  if (!list) return recordValuesOf(document, name);
  const values: NamedValue[] = [];
  for (let i = 0; i < list.count; i++) {
    const shift = chunkShift(list, i);
    for (const value of parsedValues(list.parsed(i), name)) {
      values.push(shift === 0 ? value : { text: value.text, span: { start: value.span.start + shift, end: value.span.end + shift } });
    }
  }
  return values;
}

export function parsedValues(parsed: ParsedChunk, name: string): readonly NamedValue[] {
  return memoizedByName(valuesInParsedChunk, parsed, name, recordValuesOf);
}

function recordValuesOf(parsed: { readonly records: readonly CatalogRecord[] }, name: string): readonly NamedValue[] {
  return parsed.records.flatMap((record) => valuesOf(record, name));
}


/** How often each value of one field occurs in a document, and which values occur more than once. */
export class ValueCounts {
  readonly #counts = new Map<string, number>();
  readonly #repeated = new Set<string>();

  /** The distinct values. */
  get distinct(): ReadonlySet<string> | ReadonlyMap<string, number> {
    return this.#counts;
  }

  /** The values that occur more than once. */
  get repeated(): ReadonlySet<string> {
    return this.#repeated;
  }

  add(value: string, times: 1 | -1): void {
    const count = (this.#counts.get(value) ?? 0) + times;
    if (count > 0) this.#counts.set(value, count);
    else this.#counts.delete(value);
    if (count > 1) this.#repeated.add(value);
    else this.#repeated.delete(value);
  }
}

const valueCountsByDocument = new WeakMap<RecordDocument, Map<string, ValueCounts>>();

/**
 * The counts of the values of field `name` in the document. A document parsed by chunks takes its previous
 * version's counts over when it is parsed (`takeOverValueCounts`), so that the rule that asks after every keystroke
 * (duplicate ids) does not count 50,000 ids again. The previous version gives them up and would count afresh.
 */
export function documentValueCounts(document: RecordDocument, name: string): ValueCounts {
  return memoizedByName(valueCountsByDocument, document, name, countValues);
}

function countValues(document: RecordDocument, name: string): ValueCounts {
  const counts = new ValueCounts();
  for (const value of documentValuesOf(document, name)) counts.add(value.text, 1);
  return counts;
}

/** Moves the previous version's counts to `document`, corrected for the parses the edit replaced and added. */
export function takeOverValueCounts(previous: RecordDocument, document: RecordDocument, replaced: readonly ParsedChunk[],
  added: readonly ParsedChunk[]): void {
  const byName = valueCountsByDocument.get(previous);
  if (!byName) return;
  valueCountsByDocument.delete(previous);
  for (const [name, counts] of byName) {
    for (const parsed of replaced) for (const value of parsedValues(parsed, name)) counts.add(value.text, -1);
    for (const parsed of added) for (const value of parsedValues(parsed, name)) counts.add(value.text, 1);
  }
  valueCountsByDocument.set(document, byName);
}
