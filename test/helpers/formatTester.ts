import { expect, test } from 'vitest';
import { createCatalogService, defaultSettings } from '../../server/src/core/index';
import type { DocumentFormat } from '../../server/src/core/model/document';
import type { Rule } from '../../server/src/core/rules/rule';
import { checkDocument } from '../../server/src/core/features/check';
import { stripMarkers } from './markers';

const service = createCatalogService();

/** Table test for a rule that reads another format than `.record`: `⟦…⟧` marks each expected span. */
export function formatRuleTester(rule: Rule, format: DocumentFormat, cases: { valid: readonly string[]; invalid: ReadonlyArray<{ code: string; messages?: readonly string[] }> }): void {
  const run = (text: string) => checkDocument(service.parseAs(text, format), { schema: service.schema, settings: defaultSettings, rules: [rule] }).findings;
  cases.valid.forEach((code, index) => {
    test(`valid #${index + 1}: ${JSON.stringify(code).slice(0, 60)}`, () => expect(run(code)).toEqual([]));
  });
  cases.invalid.forEach((invalid, index) => {
    test(`invalid #${index + 1}: ${JSON.stringify(invalid.code).slice(0, 60)}`, () => {
      const { text, spans } = stripMarkers(invalid.code);
      const found = run(text);
      expect(found.map((finding) => finding.span)).toEqual(spans);
      invalid.messages?.forEach((message, i) => expect(found[i]?.message).toContain(message));
    });
  });
}
