/** One physical line of a `.record` file, split into the parts the printer puts back together. */
export type RecordLine =
  | { readonly kind: 'blank'; readonly start: number; readonly content: string; readonly eol: string }
  | { readonly kind: 'comment'; readonly start: number; readonly content: string; readonly eol: string }
  /** `name SEP value`; `separator` is "" when the line holds only a name. */
  | { readonly kind: 'field'; readonly start: number; readonly name: string; readonly separator: string; readonly value: string; readonly eol: string }
  /** A value written on its own line: indented, or (for a staff-view paste) not. */
  | { readonly kind: 'value'; readonly start: number; readonly indent: string; readonly value: string; readonly eol: string }
  /** `+ text`: `marker` is "+" or "+ ". */
  | { readonly kind: 'continuation'; readonly start: number; readonly marker: string; readonly value: string; readonly eol: string };

const lineBreak = /\r\n|\n|\r/g;

/** Splits text into lines with their line break ("" for the last line). */
export function splitLines(text: string, from = 0): Array<{ start: number; content: string; eol: string }> {
  const lines: Array<{ start: number; content: string; eol: string }> = [];
  let start = from;
  lineBreak.lastIndex = from;
  for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
    lines.push({ start, content: text.slice(start, match.index), eol: match[0] });
    start = match.index + match[0].length;
  }
  lines.push({ start, content: text.slice(start), eol: '' });
  return lines;
}

/** The exact source text of a line, rebuilt from its parts. */
export function printLine(line: RecordLine): string {
  switch (line.kind) {
    case 'blank':
    case 'comment':
      return line.content + line.eol;
    case 'field':
      return line.name + line.separator + line.value + line.eol;
    case 'value':
      return line.indent + line.value + line.eol;
    case 'continuation':
      return line.marker + line.value + line.eol;
  }
}

/** What `forEachLine` tells about a line: its content span, where the next line starts, whether it is blank. */
export interface LineVisitor {
  line(start: number, end: number, next: number, blank: boolean): void;
}

/**
 * Visits each line that starts before `to`, from the line start `from`: its content span, where the next line
 * starts, and whether it is blank (only spaces and tabs). No object per line: parsing runs on every keystroke.
 *
 * The visitor is an object with a method, not a closure: the call site remembers what it called (V8's call
 * feedback), and a young-generation collection keeps what it remembers alive. A closure over a parse would keep
 * the whole parse alive until a full collection, so each file's model was copied and promoted to the old
 * generation; a method is one function for every parse.
 */
export function forEachLine(text: string, from: number, to: number, visitor: LineVisitor): void {
  // `indexOf` finds a line break much faster than a loop over the characters. Each kind of break is searched
  // again only once passed; CR (rare) only up to `to`, lest a stretch of a big text search the rest of it.
  let nextLf = text.indexOf('\n', from);
  let nextCr = indexBefore(text, '\r', from, to);
  for (let start = from; start < to;) {
    if (nextLf !== -1 && nextLf < start) nextLf = text.indexOf('\n', start);
    if (nextCr !== -1 && nextCr < start) nextCr = indexBefore(text, '\r', start, to);
    let end = nextLf === -1 ? text.length : nextLf;
    if (nextCr !== -1 && nextCr < end) end = nextCr;
    // A line that runs past `to` may have a CR there.
    for (let i = to; i < end; i++) {
      if (text.charCodeAt(i) === 13) {
        end = i;
        break;
      }
    }
    let blank = true;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code !== 32 && code !== 9) {
        blank = false;
        break;
      }
    }
    const next = end === text.length ? end : end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    visitor.line(start, end, next, blank);
    if (next === end) return;
    start = next;
  }
}

/** Where `search` first occurs in `text` from `from` to before `to`; -1 when it does not. */
function indexBefore(text: string, search: string, from: number, to: number): number {
  // The slice shares the text's characters: no copy.
  const at = text.slice(from, to).indexOf(search);
  return at === -1 ? -1 : from + at;
}
