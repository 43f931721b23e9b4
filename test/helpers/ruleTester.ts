import { expect, test } from 'vitest';
import { createCatalogService, defaultSettings } from '../../server/src/core/index';
import { applyChanges } from '../../server/src/core/features/changes';
import type { Finding } from '../../server/src/core/features/check';
import { checkDocument } from '../../server/src/core/features/check';
import type { Rule } from '../../server/src/core/rules/rule';
import { stripMarkers } from './markers';

const service = createCatalogService();

/** Runs one rule over `.record` text. */
export function findings(rule: Rule, text: string): readonly Finding[] {
  return checkDocument(service.parse(text), { schema: service.schema, settings: defaultSettings, rules: [rule] }).findings;
}

/** The text after applying the first fix of the first finding. */
export function applyFirstFix(rule: Rule, text: string, fixIndex = 0): string {
  const document = service.parse(text);
  const [finding] = findings(rule, text);
  if (!finding) throw new Error(`${rule.id} found nothing to fix in ${JSON.stringify(text)}`);
  const fix = rule.fix?.({ span: finding.span, data: finding.data ?? {}, document })[fixIndex];
  if (!fix) throw new Error(`${rule.id} offers no fix ${fixIndex}`);
  return applyChanges(text, fix.changes);
}

export interface InvalidCase {
  /** Input with `⟦…⟧` around each expected span. */
  readonly code: string;
  /** Each finding's message must contain these, in order of the spans. */
  readonly messages?: readonly string[];
  /** The text after the first fix of the first finding; `null` means the rule offers no fix. */
  readonly output?: string | null;
}

/** ESLint's RuleTester in vitest: valid inputs give nothing; invalid ones give exactly the marked spans. */
export function ruleTester(rule: Rule, cases: { valid: readonly string[]; invalid: readonly InvalidCase[] }): void {
  cases.valid.forEach((code, index) => {
    test(`valid #${index + 1}: ${JSON.stringify(code).slice(0, 60)}`, () => {
      expect(findings(rule, code)).toEqual([]);
    });
  });
  cases.invalid.forEach((invalid, index) => {
    test(`invalid #${index + 1}: ${JSON.stringify(invalid.code).slice(0, 60)}`, () => {
      const { text, spans } = stripMarkers(invalid.code);
      const found = findings(rule, text);
      expect(found.map((finding) => finding.span)).toEqual(spans);
      expect(found.every((finding) => finding.ruleId === rule.id)).toBe(true);
      invalid.messages?.forEach((message, i) => expect(found[i]?.message).toContain(message));
      if (invalid.output === null) {
        const document = service.parse(text);
        expect(rule.fix?.({ span: found[0]!.span, data: found[0]!.data ?? {}, document }) ?? []).toEqual([]);
      } else if (invalid.output !== undefined) {
        expect(applyFirstFix(rule, text)).toBe(invalid.output);
      }
    });
  });
}
