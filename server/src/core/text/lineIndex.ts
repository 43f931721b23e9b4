import { lastAtMost } from './search';

/** Zero-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** A replacement in offsets: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one. */
export interface OffsetEdit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/** Offsets ↔ LSP positions for one version of a text. */
export interface TextLines {
  readonly lineCount: number;
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

/** Converts offsets to LSP positions; "\r\n", "\n" and a lone "\r" each end a line, as in LSP. */
export class LineIndex implements TextLines {
  readonly #lineStarts: Int32Array;

  constructor(readonly text: string, lineStarts?: Int32Array) {
    this.#lineStarts = lineStarts ?? allLineStarts(text);
  }

  /**
   * The index of `text`, which is this index's text with `edit` applied: line starts before the edit are kept,
   * those after it shifted, only the edited stretch is scanned (an edit must not cost a pass over a big document).
   */
  edited(text: string, edit: OffsetEdit): LineIndex {
    const old = this.#lineStarts;
    const delta = edit.newEnd - edit.oldEnd;
    // A line start at p depends on the characters at p - 1 and p only.
    const keptBefore = Math.max(1, firstAtLeast(old, edit.start)); // line 0 starts at 0 whatever the edit
    const shiftedFrom = firstAtLeast(old, edit.oldEnd + 1);
    const middle = scanLineStarts(text, Math.max(edit.start, 1), Math.min(edit.newEnd, text.length), []);
    const starts = new Int32Array(keptBefore + middle.length + (old.length - shiftedFrom));
    starts.set(old.subarray(0, keptBefore));
    starts.set(middle, keptBefore);
    let at = keptBefore + middle.length;
    for (let i = shiftedFrom; i < old.length; i++) starts[at++] = old[i]! + delta;
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.#lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = Math.max(0, lastAtMost(this.#lineStarts, clamped));
    return { line, character: clamped - this.#lineStarts[line]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.#lineStarts.length) return this.text.length;
    const lineStart = this.#lineStarts[position.line]!;
    const nextStart = position.line + 1 < this.#lineStarts.length ? this.#lineStarts[position.line + 1]! : this.text.length;
    return Math.min(lineStart + Math.max(0, position.character), nextStart);
  }
}

function allLineStarts(text: string): Int32Array {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (code === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return Int32Array.from(starts);
}

/** Appends to `starts` every line start p with `from` ≤ p ≤ `to` (p ≥ 1). */
function scanLineStarts(text: string, from: number, to: number, starts: number[]): Int32Array {
  for (let p = Math.max(from, 1); p <= to; p++) {
    const before = text.charCodeAt(p - 1);
    if (before === 10 /* \n */ || (before === 13 /* \r */ && text.charCodeAt(p) !== 10)) starts.push(p);
  }
  return Int32Array.from(starts);
}

/** The first index whose value is ≥ `value` in an ascending array. */
function firstAtLeast(values: Int32Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
