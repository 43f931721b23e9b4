/** What the cache needs of an open document. */
export interface VersionedDocument {
  readonly uri: string;
  readonly version: number;
}
import type { OffsetEdit } from '../core/text/lineIndex';

/** The cached value of the document's previous version and what changed since. */
export interface PreviousValue<T> {
  readonly value: T;
  readonly edit: OffsetEdit;
}

/**
 * Parses each document once per version; the LSP handlers share the result. A new version is parsed from the
 * previous one when `takeEdit` knows what changed in between.
 */
export class DocumentCache<T, D extends VersionedDocument = VersionedDocument> {
  readonly #entries = new Map<string, { version: number; value: T }>();

  constructor(readonly parse: (document: D, previous?: PreviousValue<T>) => T,
    readonly takeEdit: (uri: string) => OffsetEdit | undefined = () => undefined) {}

  get(document: D): T {
    const cached = this.#entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.value;
    const edit = this.takeEdit(document.uri);
    const value = cached && edit ? this.parse(document, { value: cached.value, edit }) : this.parse(document);
    this.#entries.set(document.uri, { version: document.version, value });
    return value;
  }

  delete(uri: string): void {
    this.#entries.delete(uri);
  }

  clear(): void {
    this.#entries.clear();
  }
}
