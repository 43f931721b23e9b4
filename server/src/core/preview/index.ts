import type { Finding } from '../features/check';
import { type RecordDocument, recordAt } from '../model/document';
import { countRecords, firstRecord } from '../parse/recordChunks';
import { type PreviewPageOptions, renderPreviewPage } from './html';
import { buildPreviewModel } from './viewModel';

export interface RecordPreview {
  readonly html: string;
  /** The record shown, from 0; -1 when the document has no record. */
  readonly recordIndex: number;
  readonly recordCount: number;
}

/** The preview page of the record at `offset` (the first record when the offset is in none). */
export function renderRecordPreview(
  document: RecordDocument, findings: readonly Finding[], offset: number, options: PreviewPageOptions,
): RecordPreview {
  // A live preview asks after every edit: a big editor document's records are not assembled for it.
  const record = recordAt(document, offset) ?? firstRecord(document);
  const recordCount = countRecords(document);
  if (!record) return { html: renderPreviewPage(emptyModel, options), recordIndex: -1, recordCount };
  const own = findings.filter((finding) => finding.span.start >= record.span.start && finding.span.start <= record.span.end);
  const model = buildPreviewModel({ record, findings: own, recordCount });
  return { html: renderPreviewPage(model, options), recordIndex: record.index, recordCount };
}

const emptyModel = buildPreviewModel({ record: { index: -1, span: { start: 0, end: 0 }, fields: [] }, findings: [], recordCount: 0 });

export { renderPreviewPage, type PreviewPageOptions } from './html';
export { buildPreviewModel, type PreviewModel } from './viewModel';
export { escapeHtml, safeLinkTarget } from './escape';
