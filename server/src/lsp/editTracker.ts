import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import type { OffsetEdit } from '../core/text/lineIndex';
import { BlockTextDocument } from './blockTextDocument';

/**
 * `TextDocuments` configuration that also remembers, per document, the stretch the edits since the last `take`
 * changed (in offsets), so that the parse of a big document can be updated instead of redone.
 */
export class EditTracker implements TextDocumentsConfiguration<BlockTextDocument> {
  /** `null`: the whole text was replaced, nothing to reuse. */
  readonly #pending = new Map<string, OffsetEdit | null>();
  /** Where the latest change of each document starts: where its user works. */
  readonly #lastEdit = new Map<string, number>();

  create(uri: string, languageId: string, version: number, content: string): BlockTextDocument {
    this.#pending.set(uri, null);
    return BlockTextDocument.create(uri, languageId, version, content);
  }

  update(document: BlockTextDocument, changes: TextDocumentContentChangeEvent[], version: number): BlockTextDocument {
    let pending: OffsetEdit | null | undefined = this.#pending.has(document.uri) ? this.#pending.get(document.uri)! : undefined;
    for (const change of changes) {
      if ('range' in change) {
        const start = document.offsetAt(change.range.start);
        const end = document.offsetAt(change.range.end);
        if (pending !== null) pending = coverBoth(pending, start, end, change.text.length);
        this.#lastEdit.set(document.uri, start);
        // Applied one at a time: each change's range is in the text the previous changes left.
        document = document.edited(start, end, change.text, version);
      } else {
        pending = null;
        document = document.replaced(change.text, version);
      }
    }
    this.#pending.set(document.uri, pending ?? null);
    return document;
  }

  /** What changed since the last call: undefined when unknown (the text was replaced, or nothing was recorded). */
  take(uri: string): OffsetEdit | undefined {
    const pending = this.#pending.get(uri);
    this.#pending.delete(uri);
    return pending ?? undefined;
  }

  /** The offset of the document's latest change (0 before any). */
  lastEditOffset(uri: string): number {
    return this.#lastEdit.get(uri) ?? 0;
  }

  forget(uri: string): void {
    this.#pending.delete(uri);
    this.#lastEdit.delete(uri);
  }
}

/** One edit covering `edit` and then the replacement of `[start, end)` (offsets after `edit`) by `length` characters. */
export function coverBoth(edit: OffsetEdit | undefined, start: number, end: number, length: number): OffsetEdit {
  const grown = length - (end - start);
  if (!edit) return { start, oldEnd: end, newEnd: end + grown };
  return {
    start: Math.min(edit.start, start),
    oldEnd: edit.oldEnd + Math.max(0, end - edit.newEnd),
    newEnd: Math.max(edit.newEnd, end) + grown,
  };
}
