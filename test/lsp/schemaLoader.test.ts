import { describe, expect, test } from 'vitest';
import { vufindBiblioSchema } from '../../server/src/core/schema/schema';
import { SchemaLoader, type SchemaFiles } from '../../server/src/lsp/schemaLoader';

const goodSchema = '<schema><fieldType name="s" class="solr.StrField"/><field name="id" type="s"/><uniqueKey>id</uniqueKey></schema>';

/** Files in memory: path → [version, text]. */
function memoryFiles(files: Map<string, [string, string]>): SchemaFiles {
  const entry = (file: string) => {
    const found = files.get(file);
    if (!found) throw new Error('ENOENT: no such file');
    return found;
  };
  return { version: (file) => entry(file)[0], read: (file) => entry(file)[1] };
}

function loaderWith(files: Map<string, [string, string]>) {
  const messages: string[] = [];
  const loader = new SchemaLoader(
    { warn: (message) => messages.push(`warn ${message}`), error: (message) => messages.push(`error ${message}`) },
    () => '/work/project',
    memoryFiles(files),
  );
  return { loader, messages };
}

describe('SchemaLoader', () => {
  test('no setting: the built-in VuFind schema, silently', () => {
    const { loader, messages } = loaderWith(new Map());
    expect(loader.load(undefined)).toBe(vufindBiblioSchema);
    expect(messages).toEqual([]);
  });

  test('a relative path is read from the workspace root, once per file version', () => {
    const files = new Map<string, [string, string]>([['/work/project/solr/schema.xml', ['1', goodSchema]]]);
    const { loader, messages } = loaderWith(files);
    const schema = loader.load('solr/schema.xml');
    expect(schema.fieldNames).toEqual(['id']);
    expect(loader.load('solr/schema.xml')).toBe(schema);
    files.set('/work/project/solr/schema.xml', ['2', goodSchema.replace('</schema>', '<field name="title" type="s"/></schema>')]);
    expect(loader.load('solr/schema.xml').fieldNames).toEqual(['id', 'title']);
    expect(messages).toEqual([]);
  });

  test('a missing or broken file falls back to the built-in schema and says so once', () => {
    const files = new Map<string, [string, string]>([['/abs/broken.xml', ['1', '<schema><field name="id"></schema>']]]);
    const { loader, messages } = loaderWith(files);
    expect(loader.load('/abs/missing.xml')).toBe(vufindBiblioSchema);
    expect(loader.load('/abs/missing.xml')).toBe(vufindBiblioSchema);
    expect(loader.load('/abs/broken.xml')).toBe(vufindBiblioSchema);
    expect(messages).toEqual([
      'error Catalog Records: cannot read the schema "/abs/missing.xml" (ENOENT: no such file); checking against the built-in VuFind schema.',
      expect.stringMatching(/^error Catalog Records: the schema "\/abs\/broken.xml" cannot be used: .*line 1: Not well-formed XML: unexpected close tag\. Checking against the built-in VuFind schema\.$/),
    ]);
  });

  test('a usable schema with problems is used, with a warning', () => {
    const files = new Map<string, [string, string]>([['/abs/s.xml', ['1', goodSchema.replace('<uniqueKey>id</uniqueKey>', '')]]]);
    const { loader, messages } = loaderWith(files);
    expect(loader.load('/abs/s.xml').fieldNames).toEqual(['id']);
    expect(messages).toEqual(['warn Catalog Records: the schema "/abs/s.xml" has problems: line 1: The schema has no <uniqueKey>; records are checked as if it were "id".']);
  });
});
