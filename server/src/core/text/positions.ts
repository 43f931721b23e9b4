import type { Range } from 'vscode-languageserver-types';
import type { Span } from '../model/span';
import { LineIndex } from './lineIndex';

const indexes = new WeakMap<object, LineIndex>();

/** One line index per parsed document, built on first use. */
export function lineIndexOf(document: { readonly text: string }): LineIndex {
  let index = indexes.get(document);
  if (!index) {
    index = new LineIndex(document.text);
    indexes.set(document, index);
  }
  return index;
}

/** Hands a document the index derived from its previous version's (see `LineIndex.edited`). */
export function rememberLineIndex(document: { readonly text: string }, index: LineIndex): void {
  indexes.set(document, index);
}

/** The index if the document has one already, without building it. */
export function existingLineIndex(document: { readonly text: string }): LineIndex | undefined {
  return indexes.get(document);
}

export function spanToRange(index: LineIndex, span: Span): Range {
  return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
}

export function rangeToSpan(index: LineIndex, range: Range): Span {
  return { start: index.offsetAt(range.start), end: index.offsetAt(range.end) };
}
