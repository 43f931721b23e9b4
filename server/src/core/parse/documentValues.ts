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
  /** The last set `overlapWith` was asked about, and its answer. */
  #overlap: { readonly other: ReadonlySet<string>; count: number } | undefined;

  /** The values that occur more than once. */
  get repeated(): ReadonlySet<string> {
    return this.#repeated;
  }

  /**
   * How many non-blank distinct values also are in `other`. The answer for the last set asked about is kept up to
   * date as values come and go: the editor asks after every keystroke with the same set of the workspace's ids, and
   * counting them afresh cost milliseconds.
   */
  overlapWith(other: ReadonlySet<string>): number {
    if (this.#overlap?.other !== other) this.#overlap = { other, count: countShared(this.#counts, other) };
    return this.#overlap.count;
  }

  add(value: string, times: 1 | -1): void {
    const before = this.#counts.get(value) ?? 0;
    const count = before + times;
    if (count > 0) this.#counts.set(value, count);
    else this.#counts.delete(value);
    if (count > 1) this.#repeated.add(value);
    else this.#repeated.delete(value);
    if ((before === 0) !== (count <= 0) && this.#overlap?.other.has(value) && !isBlank(value)) this.#overlap.count += count > 0 ? 1 : -1;
  }
}

function isBlank(value: string): boolean {
  return value.trim() === '';
}

/** Looks the smaller side's values up in the larger. */
function countShared(counts: ReadonlyMap<string, number>, other: ReadonlySet<string>): number {
  let shared = 0;
  if (counts.size <= other.size) {
    for (const value of counts.keys()) if (other.has(value) && !isBlank(value)) shared++;
  } else {
    for (const value of other) if (counts.has(value) && !isBlank(value)) shared++;
  }
  return shared;
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
