import { type DocumentSymbol, SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver-types';
import type { RecordDocument } from '../model/document';
import { type CatalogRecord, firstValue } from '../model/record';
import { lineIndexOf, spanToRange } from '../text/positions';
import type { RecordWorkspace, WorkspaceRecord } from '../workspace';
import { fieldSpan } from './ranges';

/** Longest value shown as a field's detail in the outline. */
const detailLength = 80;

/**
 * Most symbols an outline gets with the fields of every record; beyond it, records only. Editors ask again after
 * every edit: a 50,000-record file has 1.75 million fields, ~30 s to compute and send each time.
 */
export const outlineSymbolLimit = 20_000;

/** The outline: one symbol per record (`id — title`), one child per field while the whole fits `outlineSymbolLimit`. */
export function getDocumentSymbols(document: RecordDocument): DocumentSymbol[] {
  const index = lineIndexOf(document);
  const { records } = document;
  let symbols = records.length;
  for (let i = 0; i < records.length && symbols <= outlineSymbolLimit; i++) symbols += records[i]!.fields.length;
  const withFields = symbols <= outlineSymbolLimit;
  return records.map((record) => {
    const id = firstValue(record, 'id');
    return {
      name: recordName(id?.text, firstValue(record, 'title')?.text, record),
      kind: SymbolKind.Object,
      range: spanToRange(index, record.span),
      selectionRange: spanToRange(index, id?.span ?? record.fields[0]!.nameSpan),
      children: !withFields ? [] : record.fields.map((field): DocumentSymbol => {
        return {
          name: field.name,
          detail: shorten(field.values.slice(0, 10).map((value) => value.text.slice(0, detailLength * 2)).join(' | ')),
          kind: SymbolKind.Field,
          range: spanToRange(index, fieldSpan(field)),
          selectionRange: spanToRange(index, field.nameSpan),
        };
      }),
    };
  });
}

/** Records of the workspace whose id or title contains the query (case-insensitive); every record for "". */
export function getWorkspaceSymbols(workspace: RecordWorkspace, query: string, limit = 500): WorkspaceSymbol[] {
  const needle = query.toLowerCase();
  const symbols: WorkspaceSymbol[] = [];
  for (const record of workspace.records()) {
    if (symbols.length >= limit) break;
    if (needle !== '' && !`${record.id ?? ''}\n${record.title ?? ''}`.toLowerCase().includes(needle)) continue;
    symbols.push(workspaceSymbol(record));
  }
  return symbols;
}

function workspaceSymbol(record: WorkspaceRecord): WorkspaceSymbol {
  return {
    name: recordName(record.id, record.title, record),
    kind: SymbolKind.Object,
    location: { uri: record.uri, range: record.selectionRange },
  };
}

function recordName(id: string | undefined, title: string | undefined, record: Pick<CatalogRecord, 'index'>): string {
  const head = id ?? `record ${record.index + 1}`;
  return title ? `${head} — ${shorten(title)}` : head;
}

function shorten(text: string): string {
  // Only the start is shown: long values (spelling, descriptions) are cut before the whitespace pass.
  const oneLine = text.slice(0, detailLength * 2).replace(/\s+/g, ' ');
  return oneLine.length > detailLength ? `${oneLine.slice(0, detailLength - 1)}…` : oneLine;
}
