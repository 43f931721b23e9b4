/** Whitespace other than the plain space: tabs, NBSP and the other Unicode spaces. */
const oddSpaces = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** C0 and C1 control characters except the line feed that joins continuation lines. */
const controlCharacters = /[\x00-\x09\x0B-\x1F\x7F-\x9F]/g;

/**
 * False only when `normalizeWhitespace(value) === value` for sure: no character it replaces or trims, no space at
 * either end of a line, no doubled space. One regex test instead of the split/replace chain for the common value.
 */
const suspectWhitespace = /[\x00-\x09\x0B-\x1F\x7F-\x9F\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]| {2}|^ | $| \n|\n /;

export function mayNeedWhitespaceNormalizing(value: string): boolean {
  return suspectWhitespace.test(value);
}

/** One space between words, none at either end of each line, no control characters. */
export function normalizeWhitespace(value: string): string {
  return value
    .split('\n')
    .map((line) => line.replace(oddSpaces, ' ').replace(controlCharacters, '').replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

/** Names what is wrong with a value's whitespace, for a message; empty when nothing is. */
export function describeWhitespaceIssues(value: string): string[] {
  const lines = value.split('\n');
  const issues: string[] = [];
  if (lines.some((line) => /^\s/.test(line))) issues.push('leading whitespace');
  if (lines.some((line) => /\s$/.test(line))) issues.push('trailing whitespace');
  if (/ {2,}/.test(value)) issues.push('doubled spaces');
  if (/\t/.test(value)) issues.push('a tab');
  if (/[\u00A0\u202F]/.test(value)) issues.push('a no-break space');
  if (/[\u1680\u2000-\u200A\u205F\u3000]/.test(value)) issues.push('an unusual space character');
  if (/[\x00-\x08\x0B-\x1F\x7F-\x9F]/.test(value)) issues.push('a control character');
  return issues;
}
