import type { TextChange } from '../model/document';
import { spansOverlap } from '../model/span';

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

/** Keeps each group of changes whole and drops groups that touch an earlier kept one. */
export function nonOverlapping(groups: readonly (readonly TextChange[])[]): TextChange[] {
  const kept: TextChange[] = [];
  for (const group of groups) {
    const clashes = group.some((change) => kept.some((other) =>
      spansOverlap(change.span, other.span) || (change.span.start === other.span.start && change.span.start === change.span.end)));
    if (!clashes) kept.push(...group);
  }
  return kept;
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

