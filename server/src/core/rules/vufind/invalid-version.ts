import type { Rule } from '../rule';

const longMax = 2n ** 63n - 1n;

export const rule: Rule = {
  id: 'vufind/invalid-version',
  defaultSeverity: 'error',
  description: 'A _version_ that is not a positive 64-bit integer such as Solr writes.',
  checkRecord(record, context) {
    for (const field of record.fields) {
      if (field.name !== '_version_') continue;
      for (const value of field.values) {
        const problem = versionProblem(value.text.trim());
        if (problem) context.report({ span: value.span, message: `_version_ "${value.text}" ${problem}` });
      }
    }
  },
};

/** 2^63 - 1 in digits: digit strings of its length compare as their numbers do. */
const longMaxDigits = String(longMax);

/**
 * What Solr writes: digits, the first not 0, at most as many as 2^63 - 1 has and not above it. Asked first, as every
 * record has a `_version_`: such a value needs no regex and no BigInt.
 */
function isPlainVersion(text: string): boolean {
  const length = text.length;
  if (length === 0 || length > longMaxDigits.length || text.charCodeAt(0) === 0x30) return false;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x30 || code > 0x39) return false;
  }
  return length < longMaxDigits.length || text <= longMaxDigits;
}

export function versionProblem(text: string): string | undefined {
  if (isPlainVersion(text)) return undefined;
  if (!/^[+-]?\d+$/.test(text)) return 'is not an integer; Solr writes a 64-bit number here (epoch milliseconds shifted left 20 bits, plus a counter).';
  const version = BigInt(text);
  if (version > longMax) return `is larger than the 64-bit maximum ${longMax}: Solr rejects it.`;
  if (version < 0n) return 'is negative, which tells Solr to add the document only if it does not exist yet: an update of an indexed record fails with HTTP 409.';
  if (version === 0n) return 'is 0, which switches the version check off; remove the field instead to say so.';
  return undefined;
}
