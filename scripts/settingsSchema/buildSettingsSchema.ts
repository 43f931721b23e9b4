import { severitySettings } from '../../server/src/core/index';
import type { Rule } from '../../server/src/core/rules/rule';

/** Where the schema is committed and where package.json's `jsonValidation` points. */
export const settingsSchemaPath = 'schemas/catalog-records.schema.json';

/** A setting as package.json's `contributes.configuration` declares it (the editor's `catalogRecords.*`). */
type SettingSchema = Record<string, unknown>;

/** Keys of a configuration entry that mean something only to VS Code's settings editor. */
const editorOnlyKeys = new Set(['scope', 'order', 'enumItemLabels', 'tags']);

/**
 * The JSON schema of `.catalog-records.json`, built from the rule registry and the editor's own settings (so the
 * two cannot drift apart): VS Code's JSON support then completes rule ids and levels in the file, explains them on
 * hover and underlines what `catrec` would reject.
 */
export function settingsSchemaJson(rules: readonly Rule[], editorSettings: Readonly<Record<string, SettingSchema>>): string {
  const setting = (key: string): SettingSchema => {
    const declared = editorSettings[`catalogRecords.${key}`];
    if (!declared) throw new Error(`package.json declares no setting catalogRecords.${key}`);
    return Object.fromEntries(Object.entries(declared).filter(([name]) => !editorOnlyKeys.has(name)));
  };
  const ruleLevels = Object.fromEntries([...rules].sort((a, b) => (a.id < b.id ? -1 : 1)).map((rule) => [rule.id, {
    type: 'string',
    enum: severitySettings,
    markdownDescription: `${rule.description} Default: \`${rule.defaultSeverity}\`.`,
  }]));
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Catalog Records settings (.catalog-records.json)',
    markdownDescription: 'Settings `catrec` reads from the nearest `.catalog-records.json` upward: the shape of the editor\'s `catalogRecords` settings. Comments and trailing commas are allowed.',
    type: 'object',
    // VS Code's own keywords: what catrec accepts is not underlined.
    allowComments: true,
    allowTrailingCommas: true,
    properties: {
      $schema: { type: 'string', markdownDescription: 'This schema, for editors that find it by the file\'s own `$schema` (VS Code needs none).' },
      rules: { ...setting('rules'), additionalProperties: false, properties: ruleLevels },
      schema: {
        type: 'string',
        markdownDescription: 'Path of your Solr `schema.xml` or `managed-schema`, relative to this file. Every `catrec` command uses it unless `--schema` is given; without either, the built-in VuFind biblio schema.',
      },
      formats: setting('formats'),
      // Read (the file has the editor settings' shape) but of no use to a command that neither formats nor limits.
      format: {
        type: 'object', additionalProperties: false, properties: { fieldOrder: setting('format.fieldOrder') },
        deprecationMessage: 'catrec does not format records; the editor takes this from its catalogRecords.format.fieldOrder setting.',
      },
      maxDiagnostics: {
        ...setting('maxDiagnostics'),
        deprecationMessage: 'catrec reports every problem; the editor takes this from its catalogRecords.maxDiagnostics setting.',
      },
    },
    additionalProperties: false,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
