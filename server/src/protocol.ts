/**
 * Custom messages between the VS Code client and the language server. The only server file the client
 * imports: types and method names, no code that knows catalogs.
 */

/** `catalogRecords/preview`: the preview page of the record under the cursor. */
export const previewRequestMethod = 'catalogRecords/preview';

export interface PreviewParams {
  readonly uri: string;
  /** The cursor as a UTF-16 offset into the document; the first record is shown when it is in none. */
  readonly offset: number;
  /** A fresh random token (base64) for the page's CSP. */
  readonly nonce: string;
  /** The webview's `cspSource`: where the stylesheet may load from. */
  readonly cspSource: string;
  /** media/preview.css and media/preview.js as webview URIs. */
  readonly styleHref: string;
  readonly scriptSrc: string;
}

export interface PreviewResult {
  /** The complete page; empty when the server could not render it (the client keeps what it shows). */
  readonly html: string;
  /** The record shown, from 0; -1 when the document has no record. */
  readonly recordIndex: number;
  readonly recordCount: number;
}

/** Posted by media/preview.js when a row or value is clicked: select `start`–`end` in the source. */
export interface RevealMessage {
  readonly type: 'reveal';
  readonly start: number;
  readonly end: number;
}

/** `catalogRecords/convert`: the document's records in another format, or as a Solr update payload. */
export const convertRequestMethod = 'catalogRecords/convert';

/** `record`/`json`/`xml` convert losslessly; `prepare` drops the Solr-managed fields for indexing. */
export type ConvertTarget = 'record' | 'json' | 'xml' | 'prepare';

export interface ConvertParams {
  readonly uri: string;
  readonly target: ConvertTarget;
  /** With `prepare`: keep `_version_` for Solr's optimistic concurrency. */
  readonly keepVersion?: boolean;
}

export interface ConvertResult {
  readonly text: string;
  /** The VS Code language id of the result. */
  readonly languageId: 'vufind-record' | 'json' | 'xml';
  /** What the result cannot say exactly as the input did; and syntax errors that kept records out. */
  readonly problems: readonly string[];
}
