import type { Position, TextLines } from './lineIndex';
import { lastAtMost } from './search';

/** About this long; a block only ends at a line start, so one very long line makes one long block. */
const defaultBlockLength = 1 << 16;

/** One block and where its lines start (from 0, the block's start always among them). Shared between versions. */
interface Block {
  readonly text: string;
  readonly lineStarts: Int32Array;
}

/**
 * An editor's text as blocks of about 64 KiB that end at line starts. An edit makes a new version that copies the
 * blocks it touches and shares all the others: typing in an 80 MB document copies 64 KiB, not 80 MB, and nothing
 * has to rescan the whole text to know where lines start.
 */
export class BlockText implements TextLines {
  readonly length: number;
  readonly lineCount: number;
  readonly #blocks: readonly Block[];
  readonly #blockLength: number;
  /** Offset and first line of each block, one more entry for the end (plain arrays: see `ChunkList`). */
  readonly #blockStarts: number[];
  readonly #blockLines: number[];
  #joined: string | undefined;

  private constructor(blocks: readonly Block[], blockLength: number) {
    this.#blocks = blocks;
    this.#blockLength = blockLength;
    this.#blockStarts = [0];
    this.#blockLines = [0];
    for (let i = 0; i < blocks.length; i++) {
      this.#blockStarts.push(this.#blockStarts[i]! + blocks[i]!.text.length);
      this.#blockLines.push(this.#blockLines[i]! + blocks[i]!.lineStarts.length);
    }
    this.length = this.#blockStarts[blocks.length]!;
    // The line after a final line break (or the only line of an empty text) starts at the very end.
    this.lineCount = this.#blockLines[blocks.length]! + (this.length === 0 || endsWithLineBreak(blocks.at(-1)!.text) ? 1 : 0);
  }

  /** `blockLength` is for tests, which need many blocks in a short text. */
  static of(text: string, blockLength = defaultBlockLength): BlockText {
    const blockText = new BlockText(splitIntoBlocks(text, blockLength), blockLength);
    // The blocks are slices of `text`: asking for the whole text again costs nothing.
    blockText.#joined = text;
    return blockText;
  }

  /** This text with `[start, end)` replaced by `insert`; the blocks the change does not reach are shared. */
  edited(start: number, end: number, insert: string): BlockText {
    if (this.#blocks.length === 0) return BlockText.of(insert, this.#blockLength);
    let first = this.#blockAt(start);
    let last = this.#blockAt(Math.max(start, end - 1));
    let region = this.slice(this.#blockStarts[first]!, start) + insert + this.slice(end, this.#blockStarts[last + 1]!);
    // Blocks must keep ending at line starts: a change at a block's edge can join its lines with the neighbour's.
    for (;;) {
      const before = first > 0 ? this.#blocks[first - 1]!.text : undefined;
      const after = last + 1 < this.#blocks.length ? this.#blocks[last + 1]!.text : undefined;
      if (before !== undefined && (region === '' || !isLineStartBetween(before, region))) {
        region = before + region;
        first--;
      } else if (after !== undefined && (region === '' || !isLineStartBetween(region, after))) {
        region += after;
        last++;
      } else {
        break;
      }
    }
    const blocks = [...this.#blocks.slice(0, first), ...splitIntoBlocks(region, this.#blockLength), ...this.#blocks.slice(last + 1)];
    return new BlockText(blocks, this.#blockLength);
  }

  slice(start = 0, end = this.length): string {
    const from = Math.max(0, Math.min(start, this.length));
    const to = Math.max(from, Math.min(end, this.length));
    if (from === to) return '';
    if (from === 0 && to === this.length) return this.toString();
    const first = this.#blockAt(from);
    const last = this.#blockAt(to - 1);
    if (first === last) return this.#blocks[first]!.text.slice(from - this.#blockStarts[first]!, to - this.#blockStarts[first]!);
    let text = this.#blocks[first]!.text.slice(from - this.#blockStarts[first]!);
    for (let i = first + 1; i < last; i++) text += this.#blocks[i]!.text;
    return text + this.#blocks[last]!.text.slice(0, to - this.#blockStarts[last]!);
  }

  /** The whole text as one string, joined once per version and only when something asks for it. */
  toString(): string {
    this.#joined ??= this.#blocks.map((block) => block.text).join('');
    return this.#joined;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.length));
    if (this.#blocks.length === 0) return { line: 0, character: 0 };
    if (clamped === this.length && this.lineCount > this.#blockLines[this.#blocks.length]!) {
      return { line: this.lineCount - 1, character: 0 };
    }
    const b = this.#blockAt(Math.min(clamped, this.length - 1));
    const local = clamped - this.#blockStarts[b]!;
    const starts = this.#blocks[b]!.lineStarts;
    const line = lastAtMost(starts, local);
    return { line: this.#blockLines[b]! + line, character: local - starts[line]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineCount) return this.length;
    const lineStart = this.#lineStart(position.line);
    const nextStart = position.line + 1 < this.lineCount ? this.#lineStart(position.line + 1) : this.length;
    return Math.min(lineStart + Math.max(0, position.character), nextStart);
  }

  #lineStart(line: number): number {
    if (line >= this.#blockLines[this.#blocks.length]!) return this.length;
    const b = lastAtMost(this.#blockLines, line, this.#blocks.length);
    return this.#blockStarts[b]! + this.#blocks[b]!.lineStarts[line - this.#blockLines[b]!]!;
  }

  /** The block holding the character at `offset` (0 ≤ offset < length). */
  #blockAt(offset: number): number {
    return lastAtMost(this.#blockStarts, offset, this.#blocks.length);
  }
}

function splitIntoBlocks(text: string, blockLength: number): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + blockLength);
    while (end < text.length && !isLineStart(text, end)) end++;
    const blockText = text.slice(start, end);
    blocks.push({ text: blockText, lineStarts: lineStartsOf(blockText) });
    start = end;
  }
  return blocks;
}

/** Line starts of a text that begins at a line start: 0 and every position after a line break, before its end. */
function lineStartsOf(text: string): Int32Array {
  if (text.indexOf('\r') < 0) return lineFeedStartsOf(text);
  const starts = [0];
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return Int32Array.from(starts);
}

/** The common case, "\n" only: `indexOf` finds the breaks far faster than a loop over the characters. */
function lineFeedStartsOf(text: string): Int32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < text.length - 1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let at = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < text.length - 1; i = text.indexOf('\n', i + 1)) starts[at++] = i + 1;
  return starts;
}

/** Whether a line starts at `offset` (0 < offset < length): "\r\n", "\n" and a lone "\r" end lines, as in LSP. */
function isLineStart(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  return before === 10 || (before === 13 && text.charCodeAt(offset) !== 10);
}

function isLineStartBetween(before: string, after: string): boolean {
  const last = before.charCodeAt(before.length - 1);
  return last === 10 || (last === 13 && after.charCodeAt(0) !== 10);
}

function endsWithLineBreak(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 10 || last === 13;
}
