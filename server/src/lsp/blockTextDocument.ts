import type { Position, Range } from 'vscode-languageserver';
import { BlockText } from '../core/text/blockText';

/**
 * The editor's view of an open document, over a `BlockText`: a change copies the block it lands in instead of the
 * whole text, so that typing in a big file does not allocate a new copy of it on every keystroke.
 */
export class BlockTextDocument {
  constructor(readonly uri: string, readonly languageId: string, readonly version: number, readonly text: BlockText) {}

  static create(uri: string, languageId: string, version: number, content: string): BlockTextDocument {
    return new BlockTextDocument(uri, languageId, version, BlockText.of(content));
  }

  /** This document with `[start, end)` replaced by `insert` (offsets in this version). */
  edited(start: number, end: number, insert: string, version: number): BlockTextDocument {
    return new BlockTextDocument(this.uri, this.languageId, version, this.text.edited(start, end, insert));
  }

  replaced(content: string, version: number): BlockTextDocument {
    return BlockTextDocument.create(this.uri, this.languageId, version, content);
  }

  getText(range?: Range): string {
    if (!range) return this.text.toString();
    return this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  get lineCount(): number {
    return this.text.lineCount;
  }

  positionAt(offset: number): Position {
    return this.text.positionAt(offset);
  }

  /** As `vscode-languageserver-textdocument` counts: a character past the end of its line stops before the line break. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.text.lineCount) return this.text.length;
    const lineStart = this.text.offsetAt({ line: position.line, character: 0 });
    let offset = this.text.offsetAt(position);
    while (offset > lineStart && isLineBreak(this.text.slice(offset - 1, offset))) offset--;
    return offset;
  }
}

function isLineBreak(character: string): boolean {
  return character === '\n' || character === '\r';
}
