import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type CliDiagnostic, checkText } from '../../server/src/cli/checkText';
import { createCliService } from '../../server/src/cli/service';
import { defaultSettings } from '../../server/src/core/index';
import { checkDocument } from '../../server/src/core/features/check';
import { parseRecordText } from '../../server/src/core/parse/recordText';
import { vufindBiblioSchema } from '../../server/src/core/schema/schema';
import { LineIndex } from '../../server/src/core/text/lineIndex';
import { recordTextArbitrary } from '../helpers/recordTextArbitrary';

const service = createCliService(undefined);

describe('placing findings on lines (slices carry the parser\'s line starts)', () => {
  test('every diagnostic sits where a line index of the whole text puts its finding: any line breaks, a BOM, many slices', () => {
    // Repeated texts make many slices of 16 records; any text of them, any line breaks.
    fc.assert(fc.property(fc.array(recordTextArbitrary, { minLength: 1, maxLength: 30 }), (parts) => {
      const text = parts.join('\n\n');
      const placed: CliDiagnostic[] = [];
      checkText(service, text, 'record', defaultSettings, { add: (diagnostic) => placed.push({ ...diagnostic }) });
      const lines = new LineIndex(text);
      const expected = checkDocument(parseRecordText(text), { schema: vufindBiblioSchema, settings: defaultSettings }).findings.map((finding) => {
        const start = lines.positionAt(finding.span.start);
        const end = lines.positionAt(finding.span.end);
        return { rule: finding.ruleId, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
      });
      expect(placed.map(({ rule, line, column, endLine, endColumn }) => ({ rule, line, column, endLine, endColumn }))).toEqual(expected);
    }), { numRuns: 200 });
  });
});
