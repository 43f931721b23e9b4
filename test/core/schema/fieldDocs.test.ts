import { describe, expect, test } from 'vitest';
import { dynamicFieldDocs, fieldDocs } from '../../../server/src/core/schema/fieldDocs';
import { vufindBiblioSchema } from '../../../server/src/core/schema/schema';
import { fieldVocabularies, workspaceValueFields } from '../../../server/src/core/schema/valueVocabularies';

const schema = vufindBiblioSchema;

describe('field docs and vocabularies are data about schema fields', () => {
  test('every explicit field and every dynamic pattern has a description', () => {
    expect(schema.data.fields.filter((field) => !fieldDocs[field.name]).map((field) => field.name)).toEqual([]);
    expect(schema.data.dynamicFields.filter((field) => !dynamicFieldDocs[field.pattern]).map((field) => field.pattern)).toEqual([]);
  });

  test('no description, vocabulary or workspace-value entry names a field the schema does not know', () => {
    const names = [...Object.keys(fieldDocs), ...Object.keys(fieldVocabularies), ...workspaceValueFields];
    expect(names.filter((name) => !schema.isKnown(name))).toEqual([]);
    expect(Object.keys(dynamicFieldDocs).filter((pattern) => !schema.data.dynamicFields.some((field) => field.pattern === pattern))).toEqual([]);
  });

  test('Solr-managed fields: copyField destinations and _version_', () => {
    expect(schema.isSolrManaged('_version_')).toBe(true);
    expect(schema.isSolrManaged('spelling')).toBe(true);
    expect(schema.isSolrManaged('title')).toBe(false);
  });
});
