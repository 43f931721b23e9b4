import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeUtf8 } from '../../server/src/cli/checkText';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** What `TextDecoder` says of the bytes: the definition the ASCII shortcut must keep to. */
function decodedByTextDecoder(bytes: Uint8Array): { text: string; valid: boolean } {
  try {
    return { text: strict.decode(bytes), valid: true };
  } catch {
    return { text: lenient.decode(bytes), valid: false };
  }
}

describe('decodeUtf8', () => {
  test('reads any bytes as TextDecoder does: ASCII, UTF-8 (a BOM kept), invalid bytes', () => {
    const ascii = fc.uint8Array({ max: 0x7f, maxLength: 200 });
    const utf8 = fc.string({ unit: 'binary', maxLength: 100 }).map((text) => new TextEncoder().encode(text));
    const withBom = utf8.map((bytes) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]));
    fc.assert(fc.property(fc.oneof(ascii, utf8, withBom, fc.uint8Array({ maxLength: 200 })), (bytes) => {
      expect(decodeUtf8(bytes)).toEqual(decodedByTextDecoder(bytes));
    }), { numRuns: 3000 });
  });

  test('decodes a view into a larger buffer by its own bytes only', () => {
    const buffer = new TextEncoder().encode('xxid 1\nyy');
    expect(decodeUtf8(buffer.subarray(2, 7))).toEqual({ text: 'id 1\n', valid: true });
  });
});
