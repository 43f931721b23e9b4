/**
 * Check digits of ISSN and ISBN. VuFind indexes these fields raw (an `isn` text field) and never checks them,
 * so a mistyped number is only found when a patron's search by number fails.
 */

/** ISSN (ISO 3297): weights 8..2 over the first seven digits, mod 11; 10 is written `X`. */
export function issnCheckDigit(firstSeven: string): string {
  const sum = [...firstSeven].reduce((total, digit, index) => total + Number(digit) * (8 - index), 0);
  return mod11CheckCharacter(sum);
}

/** ISBN-10: weights 10..2 over the first nine digits of `digits` (what follows is not read), mod 11; 10 is written `X`. */
export function isbn10CheckDigit(digits: string): string {
  // Loops over character codes (here and below): every ISBN of every record is checked, and a spread makes a list.
  let sum = 0;
  for (let index = 0; index < 9; index++) sum += (digits.charCodeAt(index) - 0x30) * (10 - index);
  return mod11CheckCharacter(sum);
}

/** ISBN-13 (EAN-13): weights alternate 1 and 3 over the first twelve digits of `digits` (what follows is not read), mod 10. */
export function isbn13CheckDigit(digits: string): string {
  let sum = 0;
  for (let index = 0; index < 12; index++) sum += (digits.charCodeAt(index) - 0x30) * (index % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

function mod11CheckCharacter(sum: number): string {
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/**
 * The number at the start of an `isn` value and where it ends: Solr's `isn` type indexes only the first
 * whitespace-delimited token, so `1558612742 (pbk. : alk. paper)` is the number plus a qualifier.
 */
export function leadingToken(value: string): { token: string; start: number } {
  const start = value.length - value.trimStart().length;
  const match = /^[^\s(]+/.exec(value.slice(start));
  return { token: match?.[0] ?? '', start };
}
