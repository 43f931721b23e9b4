import type { TextDocument } from 'vscode-languageserver-textdocument';

/** Parses each document once per version; the LSP handlers share the result. */
export class DocumentCache<T> {
  readonly #entries = new Map<string, { version: number; value: T }>();

  constructor(readonly parse: (document: TextDocument) => T) {}

  get(document: TextDocument): T {
    const cached = this.#entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.value;
    const value = this.parse(document);
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
