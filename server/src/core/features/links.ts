import type { DocumentLink } from 'vscode-languageserver-types';
import type { RecordDocument } from '../model/document';
import { valuesOf } from '../model/record';
import { recordsInOrder } from '../parse/recordChunks';
import { Pace, type Steps, finished } from '../steps';
import { lineIndexOf, spanToRange } from '../text/positions';

/** Fields whose values are links VuFind shows under "Online Access". */
const linkFields = ['url'];

/** A link per `url` value that is an http(s) URL; other schemes (javascript:, file:) are never made clickable. */
export function getDocumentLinks(document: RecordDocument): DocumentLink[] {
  return finished(documentLinksInSteps(document, Infinity));
}

/** `getDocumentLinks`, `recordsPerStep` records at a time: the editor asks after every pause in typing. */
export function* documentLinksInSteps(document: RecordDocument, recordsPerStep: number): Steps<DocumentLink[]> {
  const index = lineIndexOf(document);
  const links: DocumentLink[] = [];
  const pace = new Pace(recordsPerStep);
  for (const record of recordsInOrder(document)) {
    for (const name of linkFields) {
      for (const value of valuesOf(record, name)) {
        const text = value.text;
        const url = text.trim();
        if (/\s/.test(url) || !isHttpUrl(url)) continue;
        // A JSON or XML literal may escape characters (`\/`, `&amp;`): its whole literal is the link.
        const start = value.span.start + text.length - text.trimStart().length;
        const span = value.layout === 'structured' ? value.span : { start, end: start + url.length };
        links.push({ range: spanToRange(index, span), target: url });
      }
    }
    if (pace.counted()) yield;
  }
  return links;
}

function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    return new URL(text).host !== '';
  } catch {
    return false;
  }
}
