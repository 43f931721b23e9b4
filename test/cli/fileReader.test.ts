import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FileReader } from '../../server/src/cli/fileReader';

const directory = mkdtempSync(path.join(os.tmpdir(), 'catrec-reader-'));

function file(name: string, bytes: Uint8Array): string {
  const at = path.join(directory, name);
  writeFileSync(at, bytes);
  return at;
}

/** Bytes that tell their place apart: a shorter file read after a longer one must not show the longer one's tail. */
function patterned(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff);
}

describe('FileReader', () => {
  test('reads files one after the other, each whole and only it, growing its buffer as needed', () => {
    const reader = new FileReader();
    const sizes = [10, 3 * 1024 * 1024 + 17, 0, 5, 1024 * 1024, 2 * 1024 * 1024 + 1, 7];
    for (const [i, size] of sizes.entries()) {
      const bytes = patterned(size, i);
      const read = reader.read(file(`f${i}`, bytes));
      expect(read.length).toBe(size);
      // Not `toEqual`: compared byte by byte, megabytes take the test runner seconds.
      expect(Buffer.compare(read, bytes)).toBe(0);
    }
  });

  test('reads what readFileSync reads, odd bytes and all', () => {
    const bytes = Buffer.from('\uFEFFid a\r\ntitle É 😀\n\n\u0000\u00ff', 'utf8');
    const at = file('odd', bytes);
    expect(Buffer.from(new FileReader().read(at))).toEqual(readFileSync(at));
  });

  test('fails as readFileSync does on a missing file and on a directory', () => {
    const reader = new FileReader();
    const missing = path.join(directory, 'missing');
    expect(() => reader.read(missing)).toThrow(/ENOENT: no such file or directory, open/);
    expect(() => reader.read(directory)).toThrow(/EISDIR/);
  });
});
