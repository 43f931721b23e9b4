import type { TextChange } from '../model/document';
import { type Span, spansOverlap } from '../model/span';
import { lastIndexAtMost } from '../text/search';

/** Applies non-overlapping changes (offsets into `text`) in one pass. */
export function applyChanges(text: string, changes: readonly TextChange[]): string {
  const sorted = [...changes].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let result = '';
  let cursor = 0;
  for (const change of sorted) {
    result += text.slice(cursor, change.span.start) + change.newText;
    cursor = change.span.end;
  }
  return result + text.slice(cursor);
}

/**
 * Keeps each group of changes whole and drops groups that touch an earlier kept one: that overlap it, or insert
 * where a kept change starts. The kept changes are held sorted, so each test is a binary search (fix-all on a
 * 50,000-record file has ~300,000 groups; testing each against every kept change took minutes).
 */
export function nonOverlapping(groups: readonly (readonly TextChange[])[]): TextChange[] {
  const kept = new SortedSpans();
  const keptChanges: TextChange[] = [];
  for (const group of groups) {
    if (group.some((change) => kept.clashes(change.span))) continue;
    for (const change of group) kept.add(change.span);
    keptChanges.push(...group);
  }
  return keptChanges;
}

/**
 * Spans that do not overlap one another, by start (then end). Their ends then ascend too, so the only span that
 * can reach into a new one from before is the last one starting before its end.
 */
class SortedSpans {
  readonly #spans: Span[] = [];

  clashes(span: Span): boolean {
    const before = this.#firstStartingAtOrAfter(span.end) - 1;
    if (before >= 0 && spansOverlap(span, this.#spans[before]!)) return true;
    if (span.start !== span.end) return false;
    const same = this.#firstStartingAtOrAfter(span.start);
    return same < this.#spans.length && this.#spans[same]!.start === span.start;
  }

  add(span: Span): void {
    // Fixes come in document order: nearly always an append.
    let at = this.#spans.length;
    while (at > 0 && compareSpans(this.#spans[at - 1]!, span) > 0) at--;
    this.#spans.splice(at, 0, span);
  }

  #firstStartingAtOrAfter(offset: number): number {
    const spans = this.#spans;
    return lastIndexAtMost(spans.length, (i) => spans[i]!.start, offset - 1) + 1;
  }
}

function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** The smallest single change that turns `before` into `after`. */
export function minimalChange(before: string, after: string): TextChange {
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { span: { start: prefix, end: before.length - suffix }, newText: after.slice(prefix, after.length - suffix) };
}

