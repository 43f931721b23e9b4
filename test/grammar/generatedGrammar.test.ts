import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { vufindBiblioSchemaData } from '../../server/src/core/schema/vufindBiblio';
import { grammarJson, scopes } from '../../scripts/grammar/buildGrammar';
import { grammarFile } from './tokenize';

const root = path.resolve(__dirname, '../..');

describe('generated grammar', () => {
  test('the committed grammar is what scripts/generateGrammar.ts writes (run `npm run grammar` after a schema change)', () => {
    expect(readFileSync(grammarFile, 'utf8')).toBe(grammarJson(vufindBiblioSchemaData));
  });

  test('package.json contributes the grammar for the language', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(manifest.contributes.grammars).toContainEqual({
      language: 'vufind-record', scopeName: scopes.root, path: `./${path.relative(root, grammarFile)}`,
    });
  });

  test('the generator refuses dynamic patterns it cannot express', () => {
    const prefixPattern = { ...vufindBiblioSchemaData.dynamicFields[0]!, pattern: 'attr_*' };
    expect(() => grammarJson({ ...vufindBiblioSchemaData, dynamicFields: [prefixPattern] })).toThrow('attr_*');
  });

  test('docs/syntax-highlighting.md lists every scope', () => {
    const doc = readFileSync(path.join(root, 'docs/syntax-highlighting.md'), 'utf8');
    for (const scope of Object.values(scopes)) expect(doc).toContain(`\`${scope}\``);
  });
});
