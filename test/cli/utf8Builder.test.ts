import { describe, expect, test } from 'vitest';
import { Utf8Builder } from '../../server/src/cli/format/utf8Builder';

describe('Utf8Builder', () => {
  test('holds the UTF-8 of its pieces joined, across many chunks', () => {
    const pieces = Array.from({ length: 5000 }, (_, i) => `{"n":${i},"text":"é😀 ${'x'.repeat(i % 17)}"},`);
    const builder = new Utf8Builder();
    for (const piece of pieces) builder.append(piece);
    const bytes = builder.bytes();
    expect(Buffer.from(bytes).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.length);
  });

  test('puts a prepended piece before everything appended, whether encoded already or not', () => {
    const pieces = Array.from({ length: 3000 }, (_, i) => `"é${i}",`);
    const builder = new Utf8Builder();
    for (const piece of pieces) builder.append(piece);
    builder.prepend('{"ü":[');
    builder.append(']}');
    expect(Buffer.from(builder.bytes()).toString('utf8')).toBe(`{"ü":[${pieces.join('')}]}`);
  });

  test('is empty without pieces', () => {
    expect(new Utf8Builder().bytes()).toHaveLength(0);
  });
});
