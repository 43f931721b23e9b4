/**
 * Test markers: `‸` is the cursor, `⟦…⟧` an expected span. MARC uses `|` and `$`, so neither is a marker.
 * Returns the text without markers and the offsets they stood at.
 */
export function stripMarkers(marked: string): { text: string; cursor: number | undefined; spans: Array<{ start: number; end: number }> } {
  let text = '';
  let cursor: number | undefined;
  const spans: Array<{ start: number; end: number }> = [];
  const open: number[] = [];
  for (const char of marked) {
    if (char === '‸') cursor = text.length;
    else if (char === '⟦') open.push(text.length);
    else if (char === '⟧') spans.push({ start: open.pop()!, end: text.length });
    else text += char;
  }
  return { text, cursor, spans: spans.sort((a, b) => a.start - b.start) };
}

/** Lines joined with "\n", for readable multi-line inputs. */
export function lines(...parts: string[]): string {
  return parts.join('\n');
}
