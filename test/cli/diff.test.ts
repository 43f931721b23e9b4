import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { unifiedDiff } from '../../server/src/cli/diff';

/** Applies a unified diff of newline-terminated lines: what `patch` would do with it. */
function applyUnifiedDiff(before: string, diff: string): string {
  const beforeLines = before.split(/(?<=\n)/).filter((line) => line !== '');
  const out: string[] = [];
  let cursor = 0;
  for (const line of diff.split('\n').slice(2, -1)) {
    const header = /^@@ -(\d+)(?:,(\d+))? /.exec(line);
    if (header) {
      const start = header[2] === '0' ? Number(header[1]) : Number(header[1]) - 1;
      out.push(...beforeLines.slice(cursor, start));
      cursor = start;
    } else {
      if (line[0] !== '+') cursor++;
      if (line[0] !== '-') out.push(`${line.slice(1)}\n`);
    }
  }
  return [...out, ...beforeLines.slice(cursor)].join('');
}

describe('unifiedDiff', () => {
  test('shows a changed line with three lines of context and separate hunks far apart', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i}\n`).join('');
    const after = before.replace('line 2\n', 'LINE 2\n').replace('line 17\n', 'line 17\nnew\n');
    expect(unifiedDiff('f.record', before, after)).toBe([
      '--- a/f.record', '+++ b/f.record',
      '@@ -1,6 +1,6 @@', ' line 0', ' line 1', '-line 2', '+LINE 2', ' line 3', ' line 4', ' line 5',
      '@@ -16,5 +16,6 @@', ' line 15', ' line 16', ' line 17', '+new', ' line 18', ' line 19', '',
    ].join('\n'));
  });

  test('marks a missing final newline', () => {
    expect(unifiedDiff('f', 'a\nb', 'a\nc')).toBe('--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
  });

  test('applying the diff to the old text gives the new text', () => {
    const lines = fc.array(fc.constantFrom('a\n', 'b\n', 'c\n', 'd\n', 'e\n'), { maxLength: 30 });
    fc.assert(fc.property(lines, lines, (a, b) => {
      const before = a.join('');
      const after = b.join('');
      const diff = unifiedDiff('f', before, after);
      expect(diff === '' ? before : applyUnifiedDiff(before, diff)).toBe(after);
    }));
  });
});
