import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareRuleIds } from '../../server/src/core/features/checkRules';
import { allRules } from '../../server/src/core/rules/index';

const root = path.resolve(__dirname, '../..');
const rulesDir = path.join(root, 'server/src/core/rules');

/** Every `<group>/<name>.ts` below rules/: each one is a rule file. */
function ruleFiles(): string[] {
  return readdirSync(rulesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((group) => readdirSync(path.join(rulesDir, group.name))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => `${group.name}/${file.slice(0, -3)}`))
    .sort();
}

describe('rule registry', () => {
  test('every rule file is registered under its path as id, and nothing else is', () => {
    expect(allRules.map((rule) => rule.id).sort()).toEqual(ruleFiles());
  });

  test('ids are unique and the registry is sorted by group then name', () => {
    const ids = allRules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  test('every document rule can also check a document in slices (the CLI reads files that way)', () => {
    const withoutSlices = allRules.filter((rule) => rule.checkDocument && !rule.checkDocumentInSlices).map((rule) => rule.id);
    expect(withoutSlices).toEqual([]);
  });

  test.each(allRules.map((rule) => [rule.id, rule] as const))('%s has a description, a table test and a doc page', (id, rule) => {
    expect(rule.description.length).toBeGreaterThan(10);
    expect(existsSync(path.join(root, 'test/core/rules', `${id}.test.ts`)), `test/core/rules/${id}.test.ts`).toBe(true);
    const docPath = path.join(root, 'docs/rules', `${id}.md`);
    expect(existsSync(docPath), `docs/rules/${id}.md`).toBe(true);
    const doc = readFileSync(docPath, 'utf8');
    expect(doc).toContain(`# ${id}`);
    expect(doc).toContain(`Default severity: **${rule.defaultSeverity}**`);
    expect(doc.includes('## Fix') || !rule.fix, 'a fixable rule documents its fix under "## Fix"').toBe(true);
  });

  test('rule ids are lowercase ASCII, and code-unit order sorts them as the root collation does (findings sharing a span)', () => {
    const ids = readdirSync(path.join(root, 'docs/rules'), { withFileTypes: true }).filter((entry) => entry.isDirectory())
      .flatMap((group) => readdirSync(path.join(root, 'docs/rules', group.name)).map((file) => `${group.name}/${file.replace(/\.md$/, '')}`));
    expect(ids).toEqual(expect.arrayContaining(allRules.map((rule) => rule.id)));
    const collator = new Intl.Collator();
    for (const a of ids) {
      expect(a).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      for (const b of ids) expect(Math.sign(compareRuleIds(a, b)), `${a} vs ${b}`).toBe(Math.sign(collator.compare(a, b)));
    }
  });

  test('the rules index page lists every rule', () => {
    const index = readFileSync(path.join(root, 'docs/rules/README.md'), 'utf8');
    for (const rule of allRules) expect(index).toContain(`(${rule.id}.md)`);
  });
});
