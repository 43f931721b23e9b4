import { type FoldingRange, FoldingRangeKind, type Position, type SelectionRange } from 'vscode-languageserver-types';
import { type RecordDocument, recordAt } from '../model/document';
import type { Field } from '../model/record';
import { type Span, spanContains } from '../model/span';
import { lineIndexOf, spanToRange } from '../text/positions';

/** Folds each record, each field written on several lines, and each value continued over several lines. */
/**
 * Records, then (while fewer than `limit` ranges are found) their multi-line fields and values. `limit` is what the
 * editor keeps (LSP `rangeLimit`; VS Code: 5,000): a 50,000-record file has 330,000 foldable fields and values,
 * seconds of work per edit that the editor would drop. Outer ranges go first, as VS Code keeps them first.
 */
export function getFoldingRanges(document: RecordDocument, limit = Infinity): FoldingRange[] {
  const index = lineIndexOf(document);
  const byStartLine = new Map<number, FoldingRange>();
  const add = (span: Span, kind?: FoldingRangeKind): void => {
    const startLine = index.positionAt(span.start).line;
    const endLine = index.positionAt(span.end).line;
    // The outermost range wins a start line: editors fold one range per line.
    if (endLine > startLine && !byStartLine.has(startLine)) byStartLine.set(startLine, { startLine, endLine, ...(kind ? { kind } : {}) });
  };
  const { records } = document;
  for (let i = 0; i < records.length && byStartLine.size < limit; i++) add(records[i]!.span, FoldingRangeKind.Region);
  for (let i = 0; i < records.length && byStartLine.size < limit; i++) {
    for (const field of records[i]!.fields) {
      add(fieldSpan(field));
      for (const value of field.values) add(value.span);
    }
  }
  return [...byStartLine.values()].sort((a, b) => a.startLine - b.startLine).slice(0, limit);
}

/** Per position: value (or name) → field → record. */
export function getSelectionRanges(document: RecordDocument, positions: readonly Position[]): SelectionRange[] {
  const index = lineIndexOf(document);
  return positions.map((position) => {
    const offset = index.offsetAt(position);
    const record = recordAt(document, offset);
    if (!record) return { range: { start: position, end: position } };
    const recordRange: SelectionRange = { range: spanToRange(index, record.span) };
    const field = record.fields.find((candidate) => spanContains(fieldSpan(candidate), offset));
    if (!field) return recordRange;
    const fieldRange: SelectionRange = { range: spanToRange(index, fieldSpan(field)), parent: recordRange };
    const inner = spanContains(field.nameSpan, offset)
      ? field.nameSpan
      : field.values.find((value) => spanContains(value.span, offset))?.span;
    return inner && (inner.start !== fieldSpan(field).start || inner.end !== fieldSpan(field).end)
      ? { range: spanToRange(index, inner), parent: fieldRange }
      : fieldRange;
  });
}

/** From the field's name to the end of its last value, without the final line break. */
export function fieldSpan(field: Field): Span {
  const lastValueEnd = field.values.at(-1)?.span.end ?? field.nameSpan.end;
  return { start: field.nameSpan.start, end: Math.max(lastValueEnd, field.nameSpan.end) };
}
