/** Unified diffs of whole texts, line by line, for `--fix-dry-run`. */

const contextLines = 3;

/** Lines with their line breaks, so CRLF and a missing final newline show up in the diff. */
function splitKeepingEol(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
}

type Edit = { readonly kind: ' ' | '-' | '+'; readonly line: string };

/** Myers' O(ND) shortest edit script over the lines between the common prefix and suffix. */
function editScript(before: readonly string[], after: readonly string[]): Edit[] {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix
    && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  const a = before.slice(prefix, before.length - suffix);
  const b = after.slice(prefix, after.length - suffix);
  const middle = myers(a, b);
  return [
    ...before.slice(0, prefix).map((line): Edit => ({ kind: ' ', line })),
    ...middle,
    ...before.slice(before.length - suffix).map((line): Edit => ({ kind: ' ', line })),
  ];
}

/** Myers' algorithm; the trace keeps only the live diagonals of each step, O(D²) memory rather than O(D·N). */
function myers(a: readonly string[], b: readonly string[]): Edit[] {
  const n = a.length;
  const m = b.length;
  const offset = n + m + 1;
  const v = new Int32Array(2 * offset + 1);
  /** trace[d][k + d] is the furthest x on diagonal k before step d. */
  const trace: Int32Array[] = [];
  const choosesDown = (at: (k: number) => number, k: number, d: number) => k === -d || (k !== d && at(k - 1) < at(k + 1));
  const current = (k: number) => v[offset + k]!;
  outer: for (let d = 0; d <= n + m; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = choosesDown(current, k, d) ? current(k + 1) : current(k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const before = trace[d]!;
    const at = (k: number) => before[k + d]!;
    const k = x - y;
    const previousK = choosesDown(at, k, d) ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      edits.push({ kind: ' ', line: a[x]! });
    }
    if (d > 0) {
      if (x === previousX) edits.push({ kind: '+', line: b[--y]! });
      else edits.push({ kind: '-', line: a[--x]! });
    }
  }
  return edits.reverse();
}

/** A unified diff (`--- a/path`, `+++ b/path`, hunks with 3 lines of context); "" when nothing changed. */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  const edits = editScript(splitKeepingEol(before), splitKeepingEol(after));
  const name = path.replace(/^\/+/, '');
  let out = `--- a/${name}\n+++ b/${name}\n`;
  const changed = edits.map((edit, index) => (edit.kind === ' ' ? -1 : index)).filter((index) => index >= 0);
  let hunkStart = 0;
  while (hunkStart < changed.length) {
    let hunkEnd = hunkStart;
    while (hunkEnd + 1 < changed.length && changed[hunkEnd + 1]! - changed[hunkEnd]! <= 2 * contextLines + 1) hunkEnd++;
    const from = Math.max(0, changed[hunkStart]! - contextLines);
    const to = Math.min(edits.length, changed[hunkEnd]! + contextLines + 1);
    out += hunk(edits, from, to);
    hunkStart = hunkEnd + 1;
  }
  return out;
}

function hunk(edits: readonly Edit[], from: number, to: number): string {
  let oldStart = 1;
  let newStart = 1;
  for (const edit of edits.slice(0, from)) {
    if (edit.kind !== '+') oldStart++;
    if (edit.kind !== '-') newStart++;
  }
  let oldCount = 0;
  let newCount = 0;
  let body = '';
  for (const edit of edits.slice(from, to)) {
    if (edit.kind !== '+') oldCount++;
    if (edit.kind !== '-') newCount++;
    const hasEol = /[\r\n]$/.test(edit.line);
    body += `${edit.kind}${edit.line}${hasEol ? '' : '\n\\ No newline at end of file\n'}`;
  }
  const range = (start: number, count: number) => `${count === 0 ? start - 1 : start}${count === 1 ? '' : `,${count}`}`;
  return `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n${body}`;
}
