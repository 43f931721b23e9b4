/**
 * Java string behaviour that SolrMarc's and VuFind's Java indexing code relies on, so that our
 * normalizers give the same result byte for byte.
 */

/** Java's `String.trim()`: strips every code unit up to U+0020 at both ends. */
export function javaTrim(value: string): string {
  return value.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
}

/** Java's `\p{Punct}` without UNICODE_CHARACTER_CLASS: the 32 ASCII punctuation characters. */
export const asciiPunctuation = '!"#$%&\'()*+,\\-./:;<=>?@[\\\\\\]^_`{|}~';

/** Java's `.`: anything but a line terminator. */
export const javaAnyChar = '[^\\n\\r\\u0085\\u2028\\u2029]';
