/**
 * Builds Oniguruma regexes whose capturing groups carry TextMate capture rules, so a grammar rule never counts
 * parentheses by hand: groups are numbered in the order `capture` pieces appear, as the regex engine numbers them.
 */

/** A TextMate capture: a scope name, and optionally patterns that re-tokenize the captured text. */
export interface CaptureRule {
  readonly name?: string;
  readonly patterns?: ReadonlyArray<{ readonly include: string }>;
}

export interface RegexPiece {
  readonly source: string;
  /** One entry per capturing group in `source`, in group-number order. */
  readonly captures: readonly CaptureRule[];
}

type Part = RegexPiece | string;

const capturingGroup = /(?<!\\)\((?!\?)/;

function piece(part: Part): RegexPiece {
  if (typeof part !== 'string') return part;
  if (capturingGroup.test(part)) throw new Error(`Use capture() for capturing groups: ${part}`);
  return { source: part, captures: [] };
}

export function seq(...parts: Part[]): RegexPiece {
  const pieces = parts.map(piece);
  return { source: pieces.map((p) => p.source).join(''), captures: pieces.flatMap((p) => p.captures) };
}

export function alt(...parts: Part[]): RegexPiece {
  const pieces = parts.map(piece);
  return { source: `(?:${pieces.map((p) => p.source).join('|')})`, captures: pieces.flatMap((p) => p.captures) };
}

export function capture(rule: CaptureRule, ...parts: Part[]): RegexPiece {
  const inner = seq(...parts);
  return { source: `(${inner.source})`, captures: [rule, ...inner.captures] };
}

/** `(?:…)?`: the parts, or nothing. */
export function optional(...parts: Part[]): RegexPiece {
  const inner = seq(...parts);
  return { source: `(?:${inner.source})?`, captures: inner.captures };
}

/** The capture rules keyed by group number, as `captures` / `beginCaptures` in a grammar. */
export function captureRules(regex: RegexPiece): Record<string, CaptureRule> {
  return Object.fromEntries(regex.captures.map((rule, index) => [String(index + 1), rule]));
}

export function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches exactly one of the literal `words`. */
export function oneOf(words: readonly string[]): string {
  return `(?:${words.map(escapeLiteral).join('|')})`;
}
