import type { ParseProblem, RecordDocument, Suppression } from '../model/document';
import type { CatalogRecord } from '../model/record';
import type { BlockText } from '../text/blockText';
import { LineIndex, type OffsetEdit } from '../text/lineIndex';
import { existingLineIndex, rememberLineIndex } from '../text/positions';
import type { Schema } from '../schema/schema';
import {
  ChunkList, type ParsedChunk, type Placement, chunkEnd, chunkShift, lastStartingAtOrBefore, placedRecords,
} from './chunkList';
import { takeOverValueCounts } from './documentValues';
import { forEachLine } from './recordLines';
import { type RecordTextDocument, parseRecords, recordTextDocument } from './recordText';

export type { ChunkList, ParsedChunk } from './chunkList';

const BOM = '\uFEFF';

const chunksByDocument = new WeakMap<RecordDocument, ChunkList>();

/**
 * The document's records in order. A document parsed by chunks hands them out chunk by chunk instead of assembling
 * all of them first (a quarter of a second for 50,000 records), so that work over them can pause in between.
 */
export function* recordsInOrder(document: RecordDocument): Generator<CatalogRecord, void, void> {
  const list = chunksOf(document);
  if (!list) {
    yield* document.records;
    return;
  }
  for (let i = 0; i < list.count; i++) yield* placedRecords(list, i);
}

export function firstRecord(document: RecordDocument): CatalogRecord | undefined {
  for (const record of recordsInOrder(document)) return record;
  return undefined;
}

/** How many records the document has, without assembling a big editor document's records. */
export function countRecords(document: RecordDocument): number {
  return chunksOf(document)?.recordCount ?? document.records.length;
}

/** The chunks of a document parsed by `parseRecordTextByChunks`; undefined for any other document. */
export function chunksOf(document: RecordDocument): ChunkList | undefined {
  return chunksByDocument.get(document);
}

export interface PreviousVersion {
  readonly document: RecordTextDocument;
  /** What changed from the previous version's text to the new one. */
  readonly edit: OffsetEdit;
}

/**
 * Parses `.record` text as `parseRecordText` does (same records, problems and suppressions), chunk by chunk. Given
 * the previous version and the edit, it re-parses only the chunks around the edit and moves the others. Given an
 * editor's `BlockText`, it reads only the edited stretch. Nothing here is proportional to the document unless
 * asked for: `text`, `records`, `problems` and `suppressions` are assembled when first read.
 */
export function parseRecordTextByChunks(source: string | BlockText, schema: Schema, previous?: PreviousVersion,
  chunksPerBlock?: number): RecordTextDocument {
  const bom = source.slice(0, 1) === BOM ? BOM : '';
  const previousList = previous && previous.document.bom === bom ? chunksOf(previous.document) : undefined;
  const edited = previousList && previous ? reparse(source, schema, previousList, previous.edit) : undefined;
  const list = edited?.list ?? ChunkList.of(scan(String(source), 0, schema, bom.length, source.length, new Map(), true), chunksPerBlock);
  const document = chunkedDocument(source, bom, list);
  chunksByDocument.set(document, list);
  if (edited && previous) takeOverValueCounts(previous.document, document, edited.replaced, edited.added);
  if (typeof source !== 'string') {
    rememberLineIndex(document, source);
  } else {
    const oldIndex = previous && existingLineIndex(previous.document);
    if (oldIndex instanceof LineIndex && previous) rememberLineIndex(document, oldIndex.edited(source, previous.edit));
  }
  return document;
}

/** The document over its chunks; what needs a pass over every chunk (or the whole text) is built when first read. */
function chunkedDocument(source: string | BlockText, bom: string, list: ChunkList): RecordTextDocument {
  let records: readonly CatalogRecord[] | undefined;
  let problems: readonly ParseProblem[] | undefined;
  let suppressions: readonly Suppression[] | undefined;
  let whole: RecordTextDocument | undefined;
  const document: RecordTextDocument = {
    format: 'record',
    bom,
    get text() {
      return String(source);
    },
    get records() {
      records ??= Array.from({ length: list.count }, (_, i) => placedRecords(list, i)).flat();
      return records;
    },
    get problems() {
      problems ??= list.withProblems().flatMap((i) => {
        const shift = chunkShift(list, i);
        return list.parsed(i).problems.map((problem) => (shift === 0 ? problem : { ...problem, span: shifted(problem.span, shift) }));
      });
      return problems;
    },
    get suppressions() {
      suppressions ??= list.withSuppressions().flatMap((i) => list.parsed(i).suppressions.map((suppression) => placeSuppression(source, list, i, suppression)));
      return suppressions;
    },
    get syntax() {
      return complete().syntax;
    },
    get lines() {
      return complete().lines;
    },
    slice: (start, end) => source.slice(start, end),
    recordStartingAtOrBefore(offset) {
      for (let i = lastStartingAtOrBefore(list, offset); i >= 0; i--) {
        const before = placedRecords(list, i).filter((record) => record.span.start <= offset);
        if (before.length > 0) return before.at(-1);
      }
      return undefined;
    },
  };
  /** The syntax and the lines need the whole text: the plain document over it, made once. */
  const complete = () => (whole ??= recordTextDocument(String(source), document.records, document.problems, document.suppressions));
  return document;
}

interface Reparse {
  readonly list: ChunkList;
  /** The parses of the edited stretch before the edit, and after it (a parse in both did not change). */
  readonly replaced: readonly ParsedChunk[];
  readonly added: readonly ParsedChunk[];
}

function reparse(source: string | BlockText, schema: Schema, previous: ChunkList, edit: OffsetEdit): Reparse {
  const shift = edit.newEnd - edit.oldEnd;
  const count = previous.count;
  // From the chunk before the one the edit starts in (an edit on a blank line may join two chunks) to the first
  // chunk that starts at or after the edit's end: the text on both sides of that stretch is unchanged.
  const startsIn = lastStartingAtOrBefore(previous, edit.start);
  const first = Math.max(0, startsIn - 1);
  let last = startsIn + 1;
  while (last < count && previous.start(last) < edit.oldEnd) last++;
  const regionStart = startsIn < 0 ? (source.slice(0, 1) === BOM ? 1 : 0) : previous.start(first);
  const regionEnd = last < count ? chunkEnd(previous, last) + shift : source.length;
  const oldEnd = Math.min(last + 1, count);
  const replaced = Array.from({ length: oldEnd - first }, (_, i) => previous.parsed(first + i));
  const reusable = new Map(replaced.map((parsed) => [parsed.text, parsed]));
  const region = source.slice(regionStart, regionEnd);
  const placements = scan(region, regionStart, schema, 0, region.length, reusable, false);
  return { list: previous.replaced(first, oldEnd, placements, shift), replaced, added: placements.map((placement) => placement.parsed) };
}

/**
 * Splits `[from, to)` of `text` (which starts at offset `base` of the document) into chunks, reusing parses of
 * identical chunk text. A first parse works in place (records as `parseRecordText` makes them, nothing to shift);
 * after an edit, chunks are parsed from a copy so that they do not keep this version's whole text alive.
 */
function scan(text: string, base: number, schema: Schema, from: number, to: number, reusable: ReadonlyMap<string, ParsedChunk>,
  inPlace: boolean): Placement[] {
  const placements: Placement[] = [];
  let chunkStart = -1;
  let firstIndex = 0;
  const close = (end: number): void => {
    if (chunkStart < 0) return;
    const slice = text.slice(chunkStart, end);
    const parsed = (reusable.size > 0 ? reusable.get(slice) : undefined) ?? parseChunk(text, slice, chunkStart, end, firstIndex, schema, inPlace);
    placements.push({ parsed, start: base + chunkStart });
    firstIndex += parsed.records.length;
    chunkStart = -1;
  };
  forEachLine(text, from, to, {
    line(start, _end, _next, blank) {
      if (blank) close(start);
      else if (chunkStart < 0) chunkStart = start;
    },
  });
  close(to);
  return placements;
}

function parseChunk(text: string, slice: string, start: number, end: number, firstIndex: number, schema: Schema, inPlace: boolean): ParsedChunk {
  if (inPlace) return { text: slice, start, source: text, ...parseRecords(text, start, schema, end, firstIndex) };
  const copy = ownCopy(slice);
  return { text: copy, start: 0, source: copy, ...parseRecords(copy, 0, schema) };
}

/**
 * A suppression in document offsets. A `disable-next-line` comment that ends its chunk covers the blank line below
 * it (up to the next chunk), which only the document's text shows.
 */
function placeSuppression(source: string | BlockText, list: ChunkList, i: number, suppression: Suppression): Suppression {
  const parsed = list.parsed(i);
  const shift = chunkShift(list, i);
  const span = shifted(suppression.span, shift);
  if (suppression.span.start !== parsed.start + parsed.text.length || !/[\r\n]$/.test(parsed.text)) {
    return shift === 0 ? suppression : { ...suppression, span };
  }
  const nextChunkStart = i + 1 < list.count ? list.start(i + 1) : source.length;
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

function shifted(span: { start: number; end: number }, shift: number): { start: number; end: number } {
  return { start: span.start + shift, end: span.end + shift };
}
