import type { Range } from 'vscode-languageserver-types';
import type { Span } from '../model/span';
import { LineIndex, type TextLines } from './lineIndex';

const indexes = new WeakMap<object, TextLines>();

/** One line index per parsed document, built on first use. */
export function lineIndexOf(document: { readonly text: string }): TextLines {
  let index = indexes.get(document);
  if (!index) {
    index = new LineIndex(document.text);
    indexes.set(document, index);
  }
  return index;
}

/** Hands a document the index derived from its previous version's (see `LineIndex.edited`). */
export function rememberLineIndex(document: { readonly text: string }, index: TextLines): void {
  indexes.set(document, index);
}

/** The index if the document has one already, without building it. */
export function existingLineIndex(document: { readonly text: string }): TextLines | undefined {
  return indexes.get(document);
}

export function spanToRange(index: TextLines, span: Span): Range {
  return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
}

export function rangeToSpan(index: TextLines, range: Range): Span {
  return { start: index.offsetAt(range.start), end: index.offsetAt(range.end) };
}
