import { type CatalogRecord, shiftedRecord } from '../model/record';
import type { ParsedRecords } from './recordText';

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

/** A parse and where it sits in one version of the document. */
export interface Placement {
  readonly parsed: ParsedChunk;
  readonly start: number;
}

/**
 * The chunks of one version of a document as flat arrays. An edit copies these arrays (a few hundred kilobytes for
 * 50,000 chunks, and no pointer to follow per chunk) instead of making an object per chunk it moves. Plain arrays,
 * not typed ones: a typed array's memory lives outside the JavaScript heap, and allocating ~1 MB of it per
 * keystroke made V8 run a full, blocking collection of the whole heap every few dozen keystrokes (400 ms).
 */
export interface ChunkList {
  readonly parsed: readonly ParsedChunk[];
  /** Where each chunk starts in this version. */
  readonly starts: readonly number[];
  /** The document index of each chunk's first record. */
  readonly firstIndexes: readonly number[];
  readonly recordCount: number;
  /** Ascending indexes of the chunks with parse problems, and with suppression comments: usually few. */
  readonly withProblems: readonly number[];
  readonly withSuppressions: readonly number[];
}

/** How a list came from the previous version's: chunks `[first, oldEnd)` there are `[first, newEnd)` here. */
export interface ChunkListEdit {
  readonly previous: ChunkList;
  readonly first: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

const edits = new WeakMap<ChunkList, ChunkListEdit>();

/**
 * The edit that made `list`, while the work that follows it (a summary of the findings) has not yet been carried
 * over: whoever carries it over calls `settled`, which lets the previous version go.
 */
export function editOf(list: ChunkList): ChunkListEdit | undefined {
  return edits.get(list);
}

export function settled(list: ChunkList): void {
  edits.delete(list);
}

export function chunkListOf(placements: readonly Placement[]): ChunkList {
  const starts: number[] = [];
  const firstIndexes: number[] = [];
  const withProblems: number[] = [];
  const withSuppressions: number[] = [];
  let recordCount = 0;
  for (const [i, { parsed, start }] of placements.entries()) {
    starts.push(start);
    firstIndexes.push(recordCount);
    recordCount += parsed.records.length;
    if (parsed.problems.length > 0) withProblems.push(i);
    if (parsed.suppressions.length > 0) withSuppressions.push(i);
  }
  return { parsed: placements.map((placement) => placement.parsed), starts, firstIndexes, recordCount, withProblems, withSuppressions };
}

/** `previous` with its chunks `[first, oldEnd)` replaced by `region`; the chunks after it move by `shift`. */
export function replaceRegion(previous: ChunkList, first: number, oldEnd: number, region: readonly Placement[], shift: number): ChunkList {
  const regionList = chunkListOf(region);
  const firstIndex = first < previous.parsed.length ? previous.firstIndexes[first]! : previous.recordCount;
  const oldRegionRecords = (oldEnd < previous.parsed.length ? previous.firstIndexes[oldEnd]! : previous.recordCount) - firstIndex;
  const recordShift = regionList.recordCount - oldRegionRecords;
  const starts = previous.starts.slice(0, first);
  const firstIndexes = previous.firstIndexes.slice(0, first);
  for (let i = 0; i < region.length; i++) {
    starts.push(regionList.starts[i]!);
    firstIndexes.push(firstIndex + regionList.firstIndexes[i]!);
  }
  for (let i = oldEnd; i < previous.parsed.length; i++) {
    starts.push(previous.starts[i]! + shift);
    firstIndexes.push(previous.firstIndexes[i]! + recordShift);
  }
  const moved = region.length - (oldEnd - first);
  const regrouped = (old: readonly number[], inRegion: readonly number[]) => [
    ...old.filter((i) => i < first), ...inRegion.map((i) => first + i), ...old.filter((i) => i >= oldEnd).map((i) => i + moved),
  ];
  const list: ChunkList = {
    parsed: previous.parsed.slice(0, first).concat(regionList.parsed, previous.parsed.slice(oldEnd)),
    starts, firstIndexes, recordCount: previous.recordCount + recordShift,
    withProblems: regrouped(previous.withProblems, regionList.withProblems),
    withSuppressions: regrouped(previous.withSuppressions, regionList.withSuppressions),
  };
  // Only the newest version needs to know where it came from: the chain of versions stays one link long.
  settled(previous);
  edits.set(list, { previous, first, oldEnd, newEnd: first + region.length });
  return list;
}

/** How far chunk `i`'s spans are from its place in this version. */
export function chunkShift(list: ChunkList, i: number): number {
  return list.starts[i]! - list.parsed[i]!.start;
}

export function chunkEnd(list: ChunkList, i: number): number {
  return list.starts[i]! + list.parsed[i]!.text.length;
}

/** The records of chunk `i` in document offsets and indexes. */
export function placedRecords(list: ChunkList, i: number): CatalogRecord[] {
  const shift = chunkShift(list, i);
  const firstIndex = list.firstIndexes[i]!;
  return list.parsed[i]!.records.map((record, j) => shiftedRecord(record, shift, firstIndex + j));
}

/** The last chunk starting at or before `offset`; -1 when none does. */
export function lastStartingAtOrBefore(list: ChunkList, offset: number): number {
  let low = 0;
  let high = list.starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list.starts[mid]! <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
