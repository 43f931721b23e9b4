import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkDocument } from '../../../server/src/core/features/check';
import { compareFindings } from '../../../server/src/core/features/checkRules';
import type { Finding } from '../../../server/src/core/features/check';
import type { Span } from '../../../server/src/core/model/span';
import { parseRecordText } from '../../../server/src/core/parse/recordText';
import type { Rule } from '../../../server/src/core/rules/rule';
import { vufindBiblioSchema } from '../../../server/src/core/schema/schema';
import { defaultSettings } from '../../../server/src/core/settings';

const document = parseRecordText(Array.from({ length: 12 }, (_, i) => `id r${i}\ntitle T${i}\ntopic a\n  b\n`).join('\n'));

/** Where a rule reports, as fractions of the record's span (or the document's) and lengths, in its order. */
type Spec = { readonly inDocument: boolean; readonly spans: ReadonlyArray<readonly [number, number]> };
const spec: fc.Arbitrary<Spec> = fc.record({
  inDocument: fc.boolean(),
  spans: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 3 })), { maxLength: 5 }),
});

function spansIn(within: Span, spans: Spec['spans']): Span[] {
  return spans.map(([at, length]) => {
    const start = within.start + Math.floor(at * (within.end - within.start));
    return { start, end: start + length };
  });
}

function ruleOf(id: string, { inDocument, spans }: Spec): Rule {
  const rule = { id, defaultSeverity: 'warning', description: id } as const;
  return inDocument
    ? { ...rule, checkDocument: (doc, context) => spansIn({ start: 0, end: doc.text.length }, spans).forEach((span) => context.report({ span, message: id })) }
    : { ...rule, checkRecord: (record, context) => spansIn(record.span, spans).forEach((span) => context.report({ span, message: id })) };
}

describe('findings in document order', () => {
  test('whatever order rules report in: a stable sort of the reports, document rules first, then record by record', () => {
    fc.assert(fc.property(fc.array(spec, { minLength: 1, maxLength: 4 }), (specs) => {
      const ids = specs.map((_, i) => `test/rule-${String.fromCharCode(97 + ((i * 7) % specs.length))}${i}`);
      const rules = specs.map((ruleSpec, i) => ruleOf(ids[i]!, ruleSpec));
      const reported: Array<Pick<Finding, 'ruleId' | 'span'>> = [];
      specs.forEach((ruleSpec, i) => {
        if (ruleSpec.inDocument) reported.push(...spansIn({ start: 0, end: document.text.length }, ruleSpec.spans).map((span) => ({ ruleId: ids[i]!, span })));
      });
      for (const record of document.records) {
        specs.forEach((ruleSpec, i) => {
          if (!ruleSpec.inDocument) reported.push(...spansIn(record.span, ruleSpec.spans).map((span) => ({ ruleId: ids[i]!, span })));
        });
      }
      const expected = [...reported].sort((a, b) => compareFindings(a as Finding, b as Finding));
      const { findings } = checkDocument(document, { schema: vufindBiblioSchema, settings: defaultSettings, rules });
      expect(findings.map(({ ruleId, span }) => ({ ruleId, span }))).toEqual(expected);
    }), { numRuns: 400 });
  });
});
