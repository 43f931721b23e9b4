const asciiOnly = /^[\x00-\x7F]*$/;

/** Whether `text` holds only ASCII characters (one regex test: faster than a loop over the characters). */
export function isAsciiText(text: string): boolean {
  return asciiOnly.test(text);
}
