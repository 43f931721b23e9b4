import type { ParseProblem, RecordDocument, Suppression } from '../model/document';
import { type CatalogRecord, shiftedRecord, valuesOf } from '../model/record';
import type { Span } from '../model/span';
import type { Schema } from '../schema/schema';
import type { OffsetEdit } from '../text/lineIndex';
import type { BlockText } from '../text/blockText';
import { LineIndex } from '../text/lineIndex';
import { existingLineIndex, rememberLineIndex } from '../text/positions';
import { forEachLine } from './recordLines';
import { type ParsedRecords, type RecordTextDocument, parseRecords, recordTextDocument } from './recordText';

/**
 * A stretch of non-blank lines, line breaks included, parsed on its own (offsets from 0). No record, value or
 * suppression crosses a blank line, so a chunk parses alone as it does inside the document: an edit re-parses the
 * chunks it touches and only moves the others.
 */
export interface ParsedChunk extends ParsedRecords {
  readonly text: string;
  /** The offset the chunk's spans count from: where it was when parsed in place, or 0 when parsed from a copy. */
  readonly start: number;
  /** The text the spans point into (the document's, or the chunk's own copy). */
  readonly source: string;
}

/** A chunk at its place in one version of the document. */
export interface RecordChunk {
  readonly start: number;
  /** Index of the chunk's first record in the document. */
  readonly firstIndex: number;
  readonly parsed: ParsedChunk;
  /** The chunk's records in document offsets. */
  readonly records: readonly CatalogRecord[];
}

const chunksByDocument = new WeakMap<RecordDocument, readonly RecordChunk[]>();

/** The chunks of a document parsed by `parseRecordTextByChunks`; undefined for any other document. */
export function chunksOf(document: RecordDocument): readonly RecordChunk[] | undefined {
  return chunksByDocument.get(document);
}

/** One value of a field, with the record it belongs to. */
export interface NamedValue {
  readonly text: string;
  readonly span: Span;
}

const valuesInParsedChunk = new WeakMap<ParsedChunk, Map<string, readonly NamedValue[]>>();
const valuesInPlacedChunk = new WeakMap<RecordChunk, Map<string, readonly NamedValue[]>>();

/**
 * Every value of the fields called `name` in the document, in document order. For a document parsed by chunks it
 * is built from per-chunk lists that edits elsewhere reuse: the document rules (duplicate ids) read one field of
 * every record after each keystroke.
 */
export function documentValuesOf(document: RecordDocument, name: string): readonly NamedValue[] {
  const chunks = chunksOf(document);
  if (!chunks) return document.records.flatMap((record) => valuesOf(record, name));
  const values: NamedValue[] = [];
  for (const chunk of chunks) {
    for (const value of placedValues(chunk, name)) values.push(value);
  }
  return values;
}

function placedValues(chunk: RecordChunk, name: string): readonly NamedValue[] {
  let byName = valuesInPlacedChunk.get(chunk);
  if (!byName) {
    byName = new Map();
    valuesInPlacedChunk.set(chunk, byName);
  }
  let values = byName.get(name);
  if (!values) {
    const parsed = parsedValues(chunk.parsed, name);
    const delta = chunk.start - chunk.parsed.start;
    values = delta === 0 ? parsed : parsed.map((value) => ({ text: value.text, span: shift(value.span, delta) }));
    byName.set(name, values);
  }
  return values;
}

function parsedValues(parsed: ParsedChunk, name: string): readonly NamedValue[] {
  let byName = valuesInParsedChunk.get(parsed);
  if (!byName) {
    byName = new Map();
    valuesInParsedChunk.set(parsed, byName);
  }
  let values = byName.get(name);
  if (!values) {
    values = parsed.records.flatMap((record) => valuesOf(record, name));
    byName.set(name, values);
  }
  return values;
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
 * version's counts over when it is parsed (correcting them for the chunks the edit replaced), so that the rule that
 * asks after every keystroke (duplicate ids) does not count 50,000 ids again. The previous version gives them up
 * and would count afresh if asked.
 */
export function documentValueCounts(document: RecordDocument, name: string): ValueCounts {
  let byName = valueCountsByDocument.get(document);
  if (!byName) {
    byName = new Map();
    valueCountsByDocument.set(document, byName);
  }
  let counts = byName.get(name);
  if (!counts) {
    counts = new ValueCounts();
    for (const value of documentValuesOf(document, name)) counts.add(value.text, 1);
    byName.set(name, counts);
  }
  return counts;
}

function takeOverValueCounts(previous: RecordDocument, document: RecordDocument, replaced: readonly ParsedChunk[],
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

export interface PreviousVersion {
  readonly document: RecordTextDocument;
  /** What changed from the previous version's text to the new one. */
  readonly edit: OffsetEdit;
}

/**
 * Parses `.record` text as `parseRecordText` does (same records, problems and suppressions), chunk by chunk. Given
 * the previous version and the edit, it re-parses only the chunks around the edit and shifts the others. Given an
 * editor's `BlockText`, it reads only the edited stretch: the document's `text` is joined when something asks.
 */
export function parseRecordTextByChunks(source: string | BlockText, schema: Schema, previous?: PreviousVersion): RecordTextDocument {
  const bom = source.slice(0, 1) === BOM ? BOM : '';
  const oldChunks = previous && previous.document.bom === bom ? chunksOf(previous.document) : undefined;
  const edited = oldChunks && previous ? reparse(source, schema, oldChunks, previous.edit) : undefined;
  const chunks = edited?.chunks ?? scan(String(source), 0, schema, bom.length, source.length, new Map(), [], true);
  const records: CatalogRecord[] = [];
  const problems: ParseProblem[] = [];
  const suppressions: Suppression[] = [];
  for (const [i, chunk] of chunks.entries()) {
    for (const record of chunk.records) records.push(record);
    const delta = chunk.start - chunk.parsed.start;
    for (const problem of chunk.parsed.problems) problems.push(delta === 0 ? problem : { ...problem, span: shift(problem.span, delta) });
    for (const suppression of chunk.parsed.suppressions) {
      suppressions.push(placeSuppression(source, chunk, chunks[i + 1]?.start ?? source.length, suppression));
    }
  }
  const document = typeof source === 'string'
    ? recordTextDocument(source, records, problems, suppressions)
    : textOnDemand(source, bom, records, problems, suppressions);
  chunksByDocument.set(document, chunks);
  if (edited && previous) takeOverValueCounts(previous.document, document, edited.replaced, edited.added);
  if (typeof source !== 'string') {
    rememberLineIndex(document, source);
  } else {
    const oldIndex = previous && existingLineIndex(previous.document);
    if (oldIndex instanceof LineIndex && previous) rememberLineIndex(document, oldIndex.edited(source, previous.edit));
  }
  return document;
}

/** A document whose whole text (and what is built from it) is joined from the blocks only when read. */
function textOnDemand(source: BlockText, bom: string, records: readonly CatalogRecord[], problems: readonly ParseProblem[],
  suppressions: readonly Suppression[]): RecordTextDocument {
  let whole: RecordTextDocument | undefined;
  const complete = () => (whole ??= recordTextDocument(source.toString(), records, problems, suppressions));
  return {
    format: 'record', bom, records, problems, suppressions,
    get text() { return complete().text; },
    get syntax() { return complete().syntax; },
    get lines() { return complete().lines; },
  };
}

interface Reparse {
  readonly chunks: RecordChunk[];
  /** The parses of the edited stretch before the edit, and after it (a parse in both did not change). */
  readonly replaced: readonly ParsedChunk[];
  readonly added: readonly ParsedChunk[];
}

function reparse(source: string | BlockText, schema: Schema, oldChunks: readonly RecordChunk[], edit: OffsetEdit): Reparse {
  const delta = edit.newEnd - edit.oldEnd;
  // From the chunk before the one the edit starts in (an edit on a blank line may join two chunks) to the first
  // chunk that starts at or after the edit's end: the text on both sides of that stretch is unchanged.
  const startsIn = lastStartingAtOrBefore(oldChunks, edit.start);
  const first = Math.max(0, startsIn - 1);
  let last = startsIn + 1;
  while (last < oldChunks.length && oldChunks[last]!.start < edit.oldEnd) last++;
  const regionStart = startsIn < 0 ? (source.slice(0, 1) === BOM ? 1 : 0) : oldChunks[first]!.start;
  const regionEnd = last < oldChunks.length ? chunkEnd(oldChunks[last]!) + delta : source.length;
  const replaced = oldChunks.slice(first, last + 1).map((chunk) => chunk.parsed);
  const reusable = new Map(replaced.map((parsed) => [parsed.text, parsed]));
  const before = startsIn < 0 ? [] : oldChunks.slice(0, first);
  const region = source.slice(regionStart, regionEnd);
  const kept = before.length;
  const chunks = scan(region, regionStart, schema, 0, region.length, reusable, before, false);
  const added = chunks.slice(kept).map((chunk) => chunk.parsed);
  let firstIndex = nextIndex(chunks);
  for (let i = last + 1; i < oldChunks.length; i++) {
    const old = oldChunks[i]!;
    const moved = placeChunk(old.parsed, old.start + delta, firstIndex, old);
    chunks.push(moved);
    firstIndex += moved.records.length;
  }
  return { chunks, replaced, added };
}

/**
 * Splits `[from, to)` of `text` (which starts at offset `base` of the document) into chunks (appended to `chunks`),
 * reusing parses of identical chunk text. A first parse works in place (records as `parseRecordText` makes them,
 * nothing to shift); after an edit, chunks are parsed from a copy so that they do not keep this version's whole
 * text alive.
 */
function scan(text: string, base: number, schema: Schema, from: number, to: number, reusable: ReadonlyMap<string, ParsedChunk>,
  chunks: RecordChunk[], inPlace: boolean): RecordChunk[] {
  let chunkStart = -1;
  let firstIndex = nextIndex(chunks);
  const close = (end: number): void => {
    if (chunkStart < 0) return;
    const slice = text.slice(chunkStart, end);
    const parsed = reusable.get(slice) ?? parseChunk(text, slice, chunkStart, end, firstIndex, schema, inPlace);
    const chunk = placeChunk(parsed, base + chunkStart, firstIndex);
    chunks.push(chunk);
    firstIndex += chunk.records.length;
    chunkStart = -1;
  };
  forEachLine(text, from, to, (start, _end, _next, blank) => {
    if (blank) close(start);
    else if (chunkStart < 0) chunkStart = start;
  });
  close(to);
  return chunks;
}

function parseChunk(text: string, slice: string, start: number, end: number, firstIndex: number, schema: Schema, inPlace: boolean): ParsedChunk {
  if (inPlace) return { text: slice, start, source: text, ...parseRecords(text, start, schema, end, firstIndex) };
  const copy = ownCopy(slice);
  return { text: copy, start: 0, source: copy, ...parseRecords(copy, 0, schema) };
}

function placeChunk(parsed: ParsedChunk, start: number, firstIndex: number, old?: RecordChunk): RecordChunk {
  if (old && old.start === start && old.firstIndex === firstIndex) return old;
  const delta = start - parsed.start;
  return { start, firstIndex, parsed, records: parsed.records.map((record, i) => shiftedRecord(record, delta, firstIndex + i)) };
}

/**
 * A suppression in document offsets. A `disable-next-line` comment that ends its chunk covers the blank line below
 * it (up to the next chunk), which only the document's text shows.
 */
function placeSuppression(source: string | BlockText, chunk: RecordChunk, nextChunkStart: number, suppression: Suppression): Suppression {
  const delta = chunk.start - chunk.parsed.start;
  const span = shift(suppression.span, delta);
  if (suppression.span.start !== chunk.parsed.start + chunk.parsed.text.length || !/[\r\n]$/.test(chunk.parsed.text)) {
    return delta === 0 ? suppression : { ...suppression, span };
  }
  const following = source.slice(span.start, Math.max(span.start, nextChunkStart));
  let end = 0;
  while (end < following.length && following.charCodeAt(end) !== 10 && following.charCodeAt(end) !== 13) end++;
  return { ...suppression, span: { start: span.start, end: span.start + end } };
}

/**
 * The string in memory of its own. A slice shares its parent's memory, so a chunk (and every value sliced from it)
 * kept from version to version would keep each version's whole text alive.
 */
function ownCopy(slice: string): string {
  return ` ${slice}`.slice(1);
}

function shift(span: { start: number; end: number }, delta: number): { start: number; end: number } {
  return { start: span.start + delta, end: span.end + delta };
}

function chunkEnd(chunk: RecordChunk): number {
  return chunk.start + chunk.parsed.text.length;
}

function nextIndex(chunks: readonly RecordChunk[]): number {
  const last = chunks.at(-1);
  return last ? last.firstIndex + last.records.length : 0;
}

/** The last chunk starting at or before `offset`; -1 when none does. */
function lastStartingAtOrBefore(chunks: readonly RecordChunk[], offset: number): number {
  let low = 0;
  let high = chunks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (chunks[mid]!.start <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

const BOM = '\uFEFF';
