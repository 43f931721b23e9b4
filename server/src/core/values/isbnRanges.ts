import { groups } from 'isbn3';

/*
 * Whether an ISBN with a correct check digit lies in a registration group and publisher range of the ISBN agency's
 * tables (isbn3's `groups`): what `parse(isbn) !== null` of isbn3 answers once the check digit is right, without
 * what `parse` builds besides (a dozen strings and an object per ISBN: group, publisher, hyphenated forms), and
 * without its slices: the ISBN's digits are compared in place with the tables' range bounds.
 */

/**
 * The publisher ranges of each group, by the digits of prefix and group behind a leading 1 as a number (978-0 is
 * 19780, 979-10 is 197910): the 1 keeps the group's leading zeros, and a number is looked up without a string.
 */
const rangesByGroup = new Map<number, ReadonlyArray<readonly [string, string]>>();
for (const [key, group] of Object.entries(groups)) {
  rangesByGroup.set(Number(`1${key.replace('-', '')}`), group.ranges as ReadonlyArray<readonly [string, string]>);
}

/** isbn3 looks for a group of up to five digits, the shortest first. */
const longestGroup = 5;

/**
 * `digits`: an ISBN-10 (nine digits and a digit or x/X) or an ISBN-13 (13 digits starting 978 or 979) whose check
 * digit is right.
 */
export function isInIsbnRange(digits: string): boolean {
  // An ISBN-10 is read as the ISBN-13 with prefix 978: its digits are those after the prefix, 3 places earlier.
  const shift = digits.length === 10 ? 3 : 0;
  let key = 1;
  for (let index = 0; index < 3; index++) key = key * 10 + isbn13DigitAt(digits, shift, index);
  for (let groupLength = 0; groupLength <= longestGroup; groupLength++) {
    if (groupLength > 0) key = key * 10 + isbn13DigitAt(digits, shift, 2 + groupLength);
    const ranges = rangesByGroup.get(key);
    if (ranges) return inSomeRange(digits, 3 + groupLength - shift, ranges);
  }
  return false;
}

/** The digit at `index` of the ISBN-13 form of `digits` (an ISBN-10 when `shift` is 3). */
function isbn13DigitAt(digits: string, shift: number, index: number): number {
  return index < shift ? Number(isbn10Prefix[index]) : digits.charCodeAt(index - shift) - 0x30;
}

const isbn10Prefix = '978';

/**
 * isbn3's test: the first range whose bounds hold the publisher, read as the digits after the group as long as the
 * range's lower bound (all bounds of a range have the same length); strings compared as JavaScript compares them.
 */
function inSomeRange(digits: string, publisherStart: number, ranges: ReadonlyArray<readonly [string, string]>): boolean {
  for (const [min, max] of ranges) {
    const publisherEnd = Math.min(publisherStart + min.length, digits.length);
    if (compareWith(digits, publisherStart, publisherEnd, min) >= 0 && compareWith(digits, publisherStart, publisherEnd, max) <= 0) return true;
  }
  return false;
}

/** `Math.sign`-like comparison of `text.slice(start, end)` with `other`, as `<` and `>` compare strings. */
function compareWith(text: string, start: number, end: number, other: string): number {
  const length = end - start;
  const common = Math.min(length, other.length);
  for (let i = 0; i < common; i++) {
    const difference = text.charCodeAt(start + i) - other.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return length - other.length;
}
