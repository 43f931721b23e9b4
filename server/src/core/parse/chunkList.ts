import { type CatalogRecord, shiftedRecord } from '../model/record';
import { lastIndexAtMost } from '../text/search';
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

/** At most this many chunks to a block: an edit copies the block it lands in and moves the blocks after it. */
const defaultBlockSize = 512;

/**
 * A run of consecutive chunks, shared by every version in which none of them was re-parsed (so whatever is worked
 * out per block, such as the findings' counts, is worked out once). Offsets and record indexes are as when the block
 * was made; a version adds its own shift.
 */
export interface ChunkBlock {
  readonly parsed: readonly ParsedChunk[];
  readonly starts: readonly number[];
  readonly firstIndexes: readonly number[];
  readonly recordCount: number;
  /** Positions in the block of the chunks with parse problems, and with suppression comments: usually none. */
  readonly withProblems: readonly number[];
  readonly withSuppressions: readonly number[];
}

/** A block at its place in one version. */
export interface PlacedBlock {
  readonly block: ChunkBlock;
  /** What to add to the block's offsets and record indexes in this version. */
  readonly shift: number;
  readonly recordShift: number;
  /** The index of the block's first chunk in this version. */
  readonly first: number;
}

/**
 * The chunks of one version of a document, in blocks. A keystroke makes a new list that copies the one block it
 * lands in and a small descriptor per later block (their offsets move by the length of the change): nothing per
 * chunk, so typing in a 50,000-record file neither copies 50,000 of anything nor feeds the garbage collector.
 */
export class ChunkList {
  readonly blocks: readonly PlacedBlock[];
  readonly count: number;
  readonly recordCount: number;
  readonly #blockSize: number;

  private constructor(blocks: readonly { block: ChunkBlock; shift: number; recordShift: number }[], blockSize: number) {
    this.#blockSize = blockSize;
    let first = 0;
    let recordCount = 0;
    this.blocks = blocks.map((placed) => {
      const withFirst = { block: placed.block, shift: placed.shift, recordShift: placed.recordShift, first };
      first += placed.block.parsed.length;
      recordCount += placed.block.recordCount;
      return withFirst;
    });
    this.count = first;
    this.recordCount = recordCount;
  }

  /** `blockSize` is for tests, which need many blocks in a short text. */
  static of(placements: readonly Placement[], blockSize = defaultBlockSize): ChunkList {
    return new ChunkList(blocksOf(placements, 0, blockSize).map((block) => ({ block, shift: 0, recordShift: 0 })), blockSize);
  }

  parsed(i: number): ParsedChunk {
    const placed = this.#blockOf(i);
    return placed.block.parsed[i - placed.first]!;
  }

  start(i: number): number {
    const placed = this.#blockOf(i);
    return placed.block.starts[i - placed.first]! + placed.shift;
  }

  firstIndex(i: number): number {
    const placed = this.#blockOf(i);
    return placed.block.firstIndexes[i - placed.first]! + placed.recordShift;
  }

  /** The chunks with parse problems (or suppressions), by index in this version. */
  withProblems(): number[] {
    return this.blocks.flatMap((placed) => placed.block.withProblems.map((j) => placed.first + j));
  }

  withSuppressions(): number[] {
    return this.blocks.flatMap((placed) => placed.block.withSuppressions.map((j) => placed.first + j));
  }

  /** This list with chunks `[first, oldEnd)` replaced by `region`; the chunks after them move by `shift`. */
  replaced(first: number, oldEnd: number, region: readonly Placement[], shift: number): ChunkList {
    if (this.blocks.length === 0) return ChunkList.of(region, this.#blockSize);
    const firstBlock = this.#blockIndexOf(Math.min(first, this.count - 1));
    const lastBlock = Math.max(firstBlock, this.#blockIndexOf(Math.min(Math.max(oldEnd - 1, first), this.count - 1)));
    const from = this.blocks[firstBlock]!.first;
    const to = lastBlock + 1 < this.blocks.length ? this.blocks[lastBlock + 1]!.first : this.count;
    const recordsBefore = first < this.count ? this.firstIndex(first) : this.recordCount;
    const recordsAfter = oldEnd < this.count ? this.firstIndex(oldEnd) : this.recordCount;
    const regionRecords = region.reduce((sum, placement) => sum + placement.parsed.records.length, 0);
    const recordShift = regionRecords - (recordsAfter - recordsBefore);
    // The blocks the change reaches are rebuilt from their chunks at their new places.
    const rebuilt: Placement[] = [];
    for (let i = from; i < first; i++) rebuilt.push({ parsed: this.parsed(i), start: this.start(i) });
    rebuilt.push(...region);
    for (let i = oldEnd; i < to; i++) rebuilt.push({ parsed: this.parsed(i), start: this.start(i) + shift });
    const firstRecord = from < this.count ? this.firstIndex(from) : this.recordCount;
    const blocks = [
      ...this.blocks.slice(0, firstBlock),
      ...blocksOf(rebuilt, firstRecord, this.#blockSize).map((block) => ({ block, shift: 0, recordShift: 0 })),
      ...this.blocks.slice(lastBlock + 1).map((placed) => (shift === 0 && recordShift === 0 ? placed
        : { block: placed.block, shift: placed.shift + shift, recordShift: placed.recordShift + recordShift })),
    ];
    return new ChunkList(blocks, this.#blockSize);
  }

  #blockOf(i: number): PlacedBlock {
    return this.blocks[blockIndexAt(this.blocks, i)]!;
  }

  #blockIndexOf(i: number): number {
    return blockIndexAt(this.blocks, i);
  }
}

/** The block holding chunk `i` (0 ≤ i < count). */
export function blockIndexAt(blocks: readonly PlacedBlock[], i: number): number {
  return Math.max(0, lastIndexAtMost(blocks.length, (b) => blocks[b]!.first, i));
}

/** Placements cut into blocks of at most `blockSize` chunks, record indexes counted from `firstRecord`. */
function blocksOf(placements: readonly Placement[], firstRecord: number, blockSize: number): ChunkBlock[] {
  const blockCount = Math.ceil(placements.length / blockSize);
  const blocks: ChunkBlock[] = [];
  let recordIndex = firstRecord;
  for (let b = 0; b < blockCount; b++) {
    // Even blocks: a rebuilt block that grew past the size splits into halves, not into a full one and a sliver.
    const part = placements.slice(Math.floor((b * placements.length) / blockCount), Math.floor(((b + 1) * placements.length) / blockCount));
    const block: ChunkBlock = {
      parsed: part.map((placement) => placement.parsed),
      starts: part.map((placement) => placement.start),
      firstIndexes: part.map((placement) => {
        const index = recordIndex;
        recordIndex += placement.parsed.records.length;
        return index;
      }),
      recordCount: part.reduce((sum, placement) => sum + placement.parsed.records.length, 0),
      withProblems: part.flatMap((placement, j) => (placement.parsed.problems.length > 0 ? [j] : [])),
      withSuppressions: part.flatMap((placement, j) => (placement.parsed.suppressions.length > 0 ? [j] : [])),
    };
    blocks.push(block);
  }
  return blocks;
}

/** How far chunk `i`'s spans are from its place in this version. */
export function chunkShift(list: ChunkList, i: number): number {
  return list.start(i) - list.parsed(i).start;
}

export function chunkEnd(list: ChunkList, i: number): number {
  return list.start(i) + list.parsed(i).text.length;
}

/** The records of chunk `i` in document offsets and indexes. */
export function placedRecords(list: ChunkList, i: number): CatalogRecord[] {
  const shift = chunkShift(list, i);
  const firstIndex = list.firstIndex(i);
  return list.parsed(i).records.map((record, j) => shiftedRecord(record, shift, firstIndex + j));
}

/** The last chunk starting at or before `offset`; -1 when none does. */
export function lastStartingAtOrBefore(list: ChunkList, offset: number): number {
  return lastIndexAtMost(list.count, (i) => list.start(i), offset);
}
