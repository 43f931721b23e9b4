import { type DocumentSymbol, SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver-types';
import type { RecordDocument } from '../model/document';
import type { Span } from '../model/span';
import { type ChunkList, type ParsedChunk, chunksOf } from '../parse/recordChunks';
import { Pace, type Steps, finished } from '../steps';
import type { TextLines } from '../text/lineIndex';
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
  return finished(documentSymbolsInSteps(document, Infinity));
}

/**
 * `getDocumentSymbols`, about `recordsPerStep` records at a time: a big editor document's outline takes up to a
 * second (its record heads the first time, then 50,000 symbols each time).
 */
export function* documentSymbolsInSteps(document: RecordDocument, recordsPerStep: number): Steps<DocumentSymbol[]> {
  const index = lineIndexOf(document);
  const list = chunksOf(document);
  if (list && (yield* symbolCount(list, recordsPerStep)) > outlineSymbolLimit) return yield* recordSymbolsByChunk(list, index, recordsPerStep);
  const { records } = document;
  let symbols = records.length;
  for (let i = 0; i < records.length && symbols <= outlineSymbolLimit; i++) symbols += records[i]!.fields.length;
  const withFields = symbols <= outlineSymbolLimit;
  return records.map((record) => {
    const head = headOf(record);
    return {
      ...recordSymbol(head, record.index, index, 0),
      children: !withFields ? [] : record.fields.map((field): DocumentSymbol => ({
        name: field.name,
        detail: shorten(field.values.slice(0, 10).map((value) => value.text.slice(0, detailLength * 2)).join(' | ')),
        kind: SymbolKind.Field,
        range: spanToRange(index, fieldSpan(field)),
        selectionRange: spanToRange(index, field.nameSpan),
      })),
    };
  });
}

/** What a record's symbol shows, in the offsets of the parse it comes from. */
interface RecordHead {
  readonly id: string | undefined;
  readonly title: string | undefined;
  readonly span: Span;
  readonly selection: Span;
  readonly fieldCount: number;
}

function headOf(record: CatalogRecord): RecordHead {
  const id = firstValue(record, 'id');
  return {
    id: id?.text, title: firstValue(record, 'title')?.text, span: record.span, selection: id?.span ?? record.fields[0]!.nameSpan,
    fieldCount: record.fields.length,
  };
}

function recordSymbol(head: RecordHead, recordIndex: number, index: TextLines, shift: number): DocumentSymbol {
  return {
    name: recordName(head.id, head.title, { index: recordIndex }),
    kind: SymbolKind.Object,
    range: spanToRange(index, shifted(head.span, shift)),
    selectionRange: spanToRange(index, shifted(head.selection, shift)),
    children: [],
  };
}

function shifted(span: Span, shift: number): Span {
  return shift === 0 ? span : { start: span.start + shift, end: span.end + shift };
}

/**
 * A big editor document's record heads, per chunk parse: an edit elsewhere reuses them, where reading them from
 * the assembled records (each record shifted to its place, a lookup of its names built) took a second per edit.
 */
const headsByChunk = new WeakMap<ParsedChunk, readonly RecordHead[]>();

function chunkHeads(parsed: ParsedChunk): readonly RecordHead[] {
  let heads = headsByChunk.get(parsed);
  if (!heads) {
    heads = parsed.records.map(headOf);
    headsByChunk.set(parsed, heads);
  }
  return heads;
}

function* symbolCount(list: ChunkList, recordsPerStep: number): Steps<number> {
  let count = 0;
  const pace = new Pace(recordsPerStep);
  for (const { block } of list.blocks) {
    for (const parsed of block.parsed) {
      for (const head of chunkHeads(parsed)) count += 1 + head.fieldCount;
      if (pace.counted(parsed.records.length)) yield;
    }
  }
  return count;
}

function* recordSymbolsByChunk(list: ChunkList, index: TextLines, recordsPerStep: number): Steps<DocumentSymbol[]> {
  const symbols: DocumentSymbol[] = [];
  const pace = new Pace(recordsPerStep);
  for (const placed of list.blocks) {
    const { block } = placed;
    for (let j = 0; j < block.parsed.length; j++) {
      const parsed = block.parsed[j]!;
      const shift = block.starts[j]! + placed.shift - parsed.start;
      const firstIndex = block.firstIndexes[j]! + placed.recordShift;
      chunkHeads(parsed).forEach((head, k) => symbols.push(recordSymbol(head, firstIndex + k, index, shift)));
      if (pace.counted(parsed.records.length)) yield;
    }
  }
  return symbols;
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
