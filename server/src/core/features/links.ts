import type { DocumentLink } from 'vscode-languageserver-types';
import type { RecordDocument } from '../model/document';
import { valuesOf } from '../model/record';
import { lineIndexOf, spanToRange } from '../text/positions';

/** Fields whose values are links VuFind shows under "Online Access". */
const linkFields = ['url'];

/** A link per `url` value that is an http(s) URL; other schemes (javascript:, file:) are never made clickable. */
export function getDocumentLinks(document: RecordDocument): DocumentLink[] {
  const index = lineIndexOf(document);
  return document.records.flatMap((record) => linkFields.flatMap((name) => valuesOf(record, name))).flatMap((value) => {
    const leading = value.text.length - value.text.trimStart().length;
    const url = value.text.trim();
    if (/\s/.test(url) || !isHttpUrl(url)) return [];
    // A JSON or XML literal may escape characters (`\/`, `&amp;`): its whole literal is the link.
    const start = value.span.start + leading;
    const span = value.layout === 'structured' ? value.span : { start, end: start + url.length };
    return [{ range: spanToRange(index, span), target: url }];
  });
}

function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    return new URL(text).host !== '';
  } catch {
    return false;
  }
}
