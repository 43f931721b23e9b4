import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CliDiagnostic } from '../../server/src/cli/checkText';
import { ByteBuilder, type ByteChunks, byteLengthOf } from '../../server/src/cli/format/byteBuilder';
import { jsonReport } from '../../server/src/cli/format/json';

const text = (chunks: ByteChunks) => Buffer.concat(chunks).toString('utf8');

describe('ByteBuilder', () => {
  test('holds its pieces in order, across many chunks, each in a buffer of its own', () => {
    const builder = new ByteBuilder();
    let expected = '';
    for (let i = 0; i < 40_000; i++) {
      builder.appendText(`é😀${i}`);
      builder.appendByte(44);
      builder.appendInteger(i * 7919);
      builder.appendBytes(new TextEncoder().encode(' ü '));
      expected += `é😀${i},${i * 7919} ü `;
    }
    const chunks = builder.chunks('{head}');
    expect(text(chunks)).toBe(`{head}${expected}`);
    expect(chunks.length).toBeGreaterThan(3);
    expect(new Set(chunks.map((chunk) => chunk.buffer)).size).toBe(chunks.length);
    for (const chunk of chunks) expect(chunk.length).toBeGreaterThan(0);
    expect(byteLengthOf(chunks)).toBe(Buffer.byteLength(`{head}${expected}`));
  });

  test('writes any integer as String() does', () => {
    fc.assert(fc.property(fc.oneof(fc.nat(), fc.maxSafeNat(), fc.integer(), fc.double()), (value) => {
      const builder = new ByteBuilder();
      builder.appendInteger(value);
      expect(text(builder.chunks())).toBe(String(value));
    }), { numRuns: 2000 });
  });

  test('writes every number of digits, at each power of ten and either side of it', () => {
    const values = [0, 2 ** 31 - 1];
    for (let power = 1; power <= 1e9; power *= 10) values.push(power - 1, power, power + 1);
    const builder = new ByteBuilder();
    for (const value of values) {
      builder.appendInteger(value);
      builder.appendByte(32);
    }
    expect(text(builder.chunks())).toBe(values.map((value) => `${value} `).join(''));
  });

  test('is empty without pieces', () => {
    expect(new ByteBuilder().chunks()).toEqual([]);
  });
});

const diagnosticArbitrary: fc.Arbitrary<CliDiagnostic> = fc.record({
  rule: fc.constantFrom('record/whitespace', 'vufind/solr-managed-field', 'x/"quoted"\\'),
  severity: fc.constantFrom('error', 'warning', 'info', 'hint'),
  message: fc.oneof(fc.constantFrom('same message', 'same "message"'), fc.string({ unit: 'binary' })),
  // Beyond 2^31 - 1, numbers take the part's slower path.
  line: fc.oneof(fc.nat(), fc.maxSafeNat()),
  column: fc.nat(),
  endLine: fc.nat(),
  endColumn: fc.oneof(fc.nat(), fc.maxSafeNat()),
  recordId: fc.option(fc.oneof(fc.constantFrom('rec-1', 'rec-2'), fc.string({ unit: 'binary' }))),
});

describe('the JSON report part', () => {
  test('writes an empty record id, also as the first of a file', () => {
    const part = jsonReport.filePart('a.record');
    const diagnostic: CliDiagnostic = { rule: 'record/whitespace', severity: 'info', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2, recordId: '' };
    part.add(diagnostic);
    part.add({ ...diagnostic, recordId: null });
    part.add(diagnostic);
    const written = part.finish(1);
    expect(typeof written === 'string' ? written : text(written))
      .toBe(JSON.stringify({ path: 'a.record', records: 1, diagnostics: [diagnostic, { ...diagnostic, recordId: null }, diagnostic] }));
  });

  test('is exactly JSON.stringify of the file object, for any diagnostics (odd Unicode, repeats, quotes, big numbers)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.nat(), fc.array(diagnosticArbitrary, { maxLength: 30 }), (path, records, diagnostics) => {
      const part = jsonReport.filePart(path);
      for (const diagnostic of diagnostics) part.add(diagnostic);
      const written = part.finish(records);
      expect(typeof written === 'string' ? written : text(written)).toBe(JSON.stringify({ path, records, diagnostics }));
    }), { numRuns: 500 });
  });
});
