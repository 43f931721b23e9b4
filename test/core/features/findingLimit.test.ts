import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../../server/src/core/features/check';
import { checkDocument, checkDocumentLimited } from '../../../server/src/core/features/check';
import { limitFindings } from '../../../server/src/core/features/findingLimit';
import { parseRecordTextByChunks } from '../../../server/src/core/parse/recordChunks';
import { parseRecordText } from '../../../server/src/core/parse/recordText';
import type { Severity } from '../../../server/src/core/rules/rule';
import { vufindBiblioSchema } from '../../../server/src/core/schema/schema';
import { defaultSettings } from '../../../server/src/core/settings';

const schema = vufindBiblioSchema;
const options = { schema, settings: defaultSettings };

function finding(start: number, severity: Severity, ruleId = 'test/rule'): Finding {
  return { ruleId, span: { start, end: start + 1 }, message: `${severity} at ${start}`, severity };
}

const at = (findings: readonly Finding[]) => findings.map((one) => `${one.severity}@${one.span.start}`);

describe('limitFindings', () => {
  const findings = [
    finding(0, 'info'), finding(10, 'warning'), finding(20, 'info'), finding(30, 'error'), finding(40, 'hint'),
    finding(50, 'info'), finding(60, 'warning'), finding(70, 'info'),
  ];

  test.each([
    // [max, focus, expected in document order, why]
    [0, 0, at(findings), '0 means no limit'],
    [8, 0, at(findings), 'everything fits'],
    [4, 0, ['warning@10', 'error@30', 'warning@60'], 'errors, then warnings; one place goes to the note'],
    [5, 0, ['info@0', 'warning@10', 'error@30', 'warning@60'], 'the info nearest the focus (start of the file)'],
    [5, 72, ['warning@10', 'error@30', 'warning@60', 'info@70'], 'the info nearest the last edit at 72'],
    [6, 45, ['warning@10', 'info@20', 'error@30', 'info@50', 'warning@60'], 'infos at distance 4 and 24 before the one at 25'],
    [2, 0, ['error@30'], 'only the error'],
    [1, 0, [], 'the note alone'],
  ])('max %i, focus %i → %j (%s)', (max, focus, expected) => {
    const limited = limitFindings(findings, { max, focus });
    expect(at(limited.findings)).toEqual(expected);
    expect(limited.total).toBe(findings.length);
  });

  test('equal distances on both sides of the focus: the earlier finding first', () => {
    const tied = [finding(0, 'info'), finding(20, 'info')];
    expect(at(limitFindings([...tied, finding(40, 'info')], { max: 2, focus: 10 }).findings)).toEqual(['info@0']);
  });
});

/** Records with defects of every severity; the edits below move them around and add or remove some. */
const recordArbitrary = fc.tuple(
  fc.nat({ max: 20 }),
  fc.constantFrom('title A  title', 'title Plain', 'title The end'),
  fc.constantFrom('', 'title_sort wrong\n', 'title_sort plain\n'),
  fc.constantFrom('', 'spelling Doe\n', '_version_ 12\n_version_ x\n', 'format Bok\n', 'url javascript:x\n', 'publishDate 1999-01-02\n'),
  fc.constantFrom('', '# catalog-records-disable-next-line\n'),
).map(([id, title, sortKey, extra, suppression]) => `id rec-${id}\n${title}\n${sortKey}${suppression}${extra}`);
const documentArbitrary = fc.array(recordArbitrary, { minLength: 1, maxLength: 40 }).map((records) => records.join('\n'));
const editArbitrary = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 8 }),
  fc.constantFrom('', 'x', '  ', '\n', '\n\n', 'id rec-3\ntitle  T\n', 'spelling X\n'));

describe('checkDocumentLimited', () => {
  test('chooses what limitFindings chooses from the full check, after any edits, for any limit and focus', () => {
    fc.assert(fc.property(documentArbitrary, fc.array(editArbitrary, { maxLength: 4 }), fc.nat({ max: 25 }), fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 1, max: 4 }), (initial, edits, max, focusAt, chunksPerBlock) => {
        let text = initial;
        let document = parseRecordTextByChunks(text, schema, undefined, chunksPerBlock);
        checkDocument(document, options);
        for (const [where, deleteCount, insert] of edits) {
          const start = Math.floor(where * text.length);
          const oldEnd = Math.min(text.length, start + deleteCount);
          text = text.slice(0, start) + insert + text.slice(oldEnd);
          document = parseRecordTextByChunks(text, schema, { document, edit: { start, oldEnd, newEnd: start + insert.length } });
        }
        const limit = { max, focus: Math.floor(focusAt * text.length) };
        const expected = limitFindings(checkDocument(parseRecordText(text, { schema }), options).findings, limit);
        const limited = checkDocumentLimited(document, options, limit);
        expect(limited.findings).toEqual(expected.findings);
        expect(limited.total).toBe(expected.total);
      }), { numRuns: 300 });
  });

  test('a big document in many blocks, typed into: the infos around the edit, whichever blocks they are in', () => {
    const records = Array.from({ length: 300 }, (_, i) => `id r${i}\ntitle T${i}\ntitle_sort t${i}\nspelling T${i}\n_version_ 1${i}\n`);
    let text = records.join('\n');
    let document = parseRecordTextByChunks(text, schema, undefined, 4);
    checkDocument(document, options);
    for (const record of [150, 40, 299, 0]) {
      const at = text.indexOf(`title T${record}\n`) + 'title T'.length;
      text = `${text.slice(0, at)}x${text.slice(at)}`;
      document = parseRecordTextByChunks(text, schema, { document, edit: { start: at, oldEnd: at, newEnd: at + 1 } });
      for (const max of [2, 11, 40, 601]) {
        const limit = { max, focus: at };
        const expected = limitFindings(checkDocument(parseRecordText(text, { schema }), options).findings, limit);
        expect(checkDocumentLimited(document, options, limit).findings).toEqual(expected.findings);
      }
    }
  });
});
