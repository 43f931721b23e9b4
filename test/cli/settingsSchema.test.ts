import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { allRules } from '../../server/src/core/index';
import { settingsSchemaJson, settingsSchemaPath } from '../../scripts/settingsSchema/buildSettingsSchema';
import { catrec, cleanRecord, warningRecord, workspace } from './catrec';

const root = path.resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const committed = readFileSync(path.join(root, settingsSchemaPath), 'utf8');
const schema = JSON.parse(committed);

describe('the JSON schema of .catalog-records.json', () => {
  test('the committed schema is what scripts/generateSettingsSchema.ts writes (run `npm run settings-schema` after a rule or setting changes)', () => {
    expect(committed).toBe(settingsSchemaJson(allRules, manifest.contributes.configuration.properties));
  });

  test('VS Code validates the file with it and opens it as JSON with comments', () => {
    expect(manifest.contributes.jsonValidation).toContainEqual({ fileMatch: '.catalog-records.json', url: `./${settingsSchemaPath}` });
    expect(manifest.contributes.languages).toContainEqual({ id: 'jsonc', filenames: ['.catalog-records.json'] });
    expect(readFileSync(path.join(root, '.vscodeignore'), 'utf8')).toContain('!schemas/**');
  });

  test('every rule is a property with its description, default and the five levels; nothing else is', () => {
    const ruleProperties = schema.properties.rules.properties as Record<string, { enum: string[]; markdownDescription: string }>;
    expect(Object.keys(ruleProperties).sort()).toEqual(allRules.map((rule) => rule.id).sort());
    for (const rule of allRules) {
      expect(ruleProperties[rule.id]!.enum).toEqual(['off', 'hint', 'info', 'warning', 'error']);
      expect(ruleProperties[rule.id]!.markdownDescription).toBe(`${rule.description} Default: \`${rule.defaultSeverity}\`.`);
    }
    expect(schema.properties.rules.additionalProperties).toBe(false);
  });

  test('a settings file using every property the schema allows is one catrec takes, and applies', () => {
    const levels = schema.properties.rules.properties['record/whitespace'].enum as string[];
    const everyProperty = {
      $schema: './node_modules/catalog-records/schemas/catalog-records.schema.json',
      rules: { 'record/whitespace': levels.at(-1) },
      schema: 'schema.xml',
      formats: ['Board Game'],
      format: { fieldOrder: schema.properties.format.properties.fieldOrder.enum[0] },
      maxDiagnostics: 10,
    };
    expect(Object.keys(everyProperty).sort()).toEqual(Object.keys(schema.properties).sort());
    // Taken, but of no use to catrec: the schema says so where the editor shows it.
    expect(schema.properties.format.deprecationMessage).toContain('catrec does not format');
    expect(schema.properties.maxDiagnostics.deprecationMessage).toContain('catrec reports every problem');
    const schemaXml = `<schema name="local"><uniqueKey>id</uniqueKey><fieldType name="string" class="solr.StrField"/>
      <field name="id" type="string" indexed="true" stored="true"/><field name="title" type="string" indexed="true" stored="true"/>
      <field name="title_sort" type="string" indexed="true" stored="true"/><field name="publisher" type="string" indexed="true" stored="true"/>
    </schema>`;
    const cwd = workspace({ '.catalog-records.json': JSON.stringify(everyProperty), 'schema.xml': schemaXml, 'warn.record': warningRecord, 'clean.record': cleanRecord });
    const run = catrec(['check', '--format', 'json', 'warn.record', 'clean.record'], { cwd });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const diagnostics = (JSON.parse(run.stdout) as { files: Array<{ diagnostics: Array<{ rule: string; severity: string }> }> }).files.flatMap((file) => file.diagnostics);
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'record/whitespace', severity: 'error' })]);
  });
});
