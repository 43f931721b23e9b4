import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createCatalogService, defaultSettings } from '../../../server/src/core/index';
import { Schema, vufindBiblioSchema } from '../../../server/src/core/schema/schema';
import { parseSolrSchemaXml } from '../../../server/src/core/schema/solrSchemaXml';
import { lines } from '../../helpers/markers';

const fixture = readFileSync(path.resolve(__dirname, '../../fixtures/schema/vufind-subset.xml'), 'utf8');

const schemaOf = (body: string) => parseSolrSchemaXml(`<schema name="t" version="1.6">\n${body}\n</schema>`);

describe('parseSolrSchemaXml', () => {
  test('reads fields, dynamic fields, copyFields and uniqueKey as the built-in VuFind table has them', () => {
    const { schema, problems } = parseSolrSchemaXml(fixture);
    expect(problems).toEqual([]);
    expect(schema!.uniqueKey).toBe('id');
    for (const field of schema!.fields) {
      expect(field, field.name).toEqual(vufindBiblioSchema.resolve(field.name));
    }
    for (const dynamic of schema!.dynamicFields) {
      const { name: _name, dynamicPattern, ...definition } = vufindBiblioSchema.resolve(`x${dynamic.pattern.slice(1)}`)!;
      expect(dynamicPattern).toBe(dynamic.pattern);
      expect({ pattern: dynamic.pattern, ...definition }).toEqual(dynamic);
    }
    const builtInCopies = new Set(vufindBiblioSchema.data.copyFields.map((copyField) => `${copyField.source} → ${copyField.dest}`));
    expect(schema!.copyFields.map((copyField) => `${copyField.source} → ${copyField.dest}`).filter((copy) => !builtInCopies.has(copy))).toEqual([]);
    expect(schema!.copyFields).toHaveLength(5);
    expect(new Schema(schema!).managedFields).toEqual(new Set(['_version_', 'title_fullStr', 'title_full_unstemmed', 'author_facet', 'spelling']));
  });

  test('fields inherit multiValued, stored and indexed from their fieldType and may override them', () => {
    const { schema } = schemaOf(`
      <fieldType name="strings" class="solr.StrField" multiValued="true" stored="false"/>
      <field name="a" type="strings"/>
      <field name="b" type="strings" multiValued="false" stored="true" indexed="false"/>
      <uniqueKey>a</uniqueKey>`);
    expect(schema!.fields).toEqual([
      { name: 'a', type: 'string', multiValued: true, stored: false, indexed: true },
      { name: 'b', type: 'string', multiValued: false, stored: true, indexed: false },
    ]);
  });

  test.each([
    ['solr.TrieLongField', 'long'], ['solr.TrieDateField', 'date'], ['solr.TrieIntField', 'int'],
    ['solr.DoublePointField', 'double'], ['solr.LatLonPointSpatialField', 'latLon'], ['org.apache.solr.schema.BoolField', 'boolean'],
    ['solr.SortableTextField', 'text'],
  ])('maps the class %s to %s', (className, expected) => {
    const { schema } = schemaOf(`<fieldType name="t_x" class="${className}"/><field name="id" type="t_x"/><uniqueKey>id</uniqueKey>`);
    expect(schema!.fields[0]!.type).toBe(expected);
  });

  test('a VuFind type name keeps its meaning only when its class fits', () => {
    const { schema } = schemaOf('<fieldType name="date" class="solr.StrField"/><field name="id" type="date"/><uniqueKey>id</uniqueKey>');
    expect(schema!.fields[0]!.type).toBe('string');
  });

  test('reports what Solr would refuse, with lines, and keeps the rest', () => {
    const { schema, problems } = schemaOf(lines(
      '<fieldType name="string" class="solr.StrField"/>',
      '<fieldType name="odd" class="com.example.OddField"/>',
      '<field name="id" type="string"/>',
      '<field name="id" type="string"/>',
      '<field name="title" type="texty"/>',
      '<field name="weird" type="odd"/>',
      '<field type="string"/>',
      '<dynamicField name="x_str" type="string"/>',
      '<copyField source="title" dest="nowhere"/>',
    ));
    expect(problems.map((problem) => `${problem.line}: ${problem.message}`)).toEqual([
      '3: Field type "odd" has the class "com.example.OddField", which this checker does not know; its values are not checked.',
      '8: A <field> needs both "name" and "type"; this one has type="string".',
      '9: The dynamic field "x_str" must start or end with "*".',
      '5: The field "id" is declared twice; Solr refuses the schema.',
      '6: The field "title" has the type "texty", which no <fieldType> declares; Solr refuses the schema.',
      '10: The copyField title → nowhere names "title", which matches no field; Solr refuses the schema.',
      '10: The copyField title → nowhere names "nowhere", which matches no field; Solr refuses the schema.',
      '1: The schema has no <uniqueKey>; records are checked as if it were "id".',
    ]);
    expect(schema!.fields.map((field) => field.name)).toEqual(['id', 'weird']);
  });

  test('broken XML gives a problem with its line and no schema', () => {
    const result = parseSolrSchemaXml('<schema>\n  <field name="id" type="string">\n</schema>');
    expect(result.schema).toBeUndefined();
    expect(result.problems[0]).toMatchObject({ line: 3, message: expect.stringContaining('Not well-formed XML') });
  });

  test('a DOCTYPE with an external DTD is reported and nothing is fetched or expanded', () => {
    const result = parseSolrSchemaXml(lines(
      '<?xml version="1.0"?>',
      '<!DOCTYPE schema SYSTEM "http://example.invalid/evil.dtd" [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>',
      '<schema><fieldType name="string" class="solr.StrField"/><field name="id" type="string"/>',
      '<uniqueKey>&secret;</uniqueKey></schema>',
    ));
    expect(result.schema).toBeUndefined();
    expect(result.problems.map((problem) => problem.line)).toEqual([2, 4]);
    expect(result.problems[0]!.message).toContain('DOCTYPE');
    expect(result.problems[1]!.message).toContain('undefined entity');
  });

  test('a file that is not a schema says so', () => {
    expect(parseSolrSchemaXml('<config/>').problems[0]?.message).toContain('not <schema>');
    expect(parseSolrSchemaXml('').schema).toBeUndefined();
  });

  test('never throws, whatever the input', () => {
    const xmlish = fc.array(fc.constantFrom('<schema>', '</schema>', '<field name="a" type="b"/>', '<fieldType name="b" class="solr.StrField"/>',
      '<!DOCTYPE x>', '&amp;', '&x;', '<![CDATA[', ']]>', '<', '>', '"', '<uniqueKey>', '</uniqueKey>', 'id', '\u0000', '\uFEFF'), { maxLength: 30 });
    fc.assert(fc.property(fc.oneof(xmlish.map((parts) => parts.join('')), fc.string()), (text) => {
      const result = parseSolrSchemaXml(text);
      expect(result.schema !== undefined || result.problems.length > 0).toBe(true);
    }));
  });

  test('a parsed schema drives the rules: its own fields are known, VuFind-only ones are not', () => {
    const { schema } = schemaOf('<fieldType name="s" class="solr.StrField"/><field name="id" type="s"/><field name="local_note" type="s"/><dynamicField name="*_t" type="s"/>'
      + '<field name="text" type="s" multiValued="true"/><copyField source="*_t" dest="text"/><uniqueKey>id</uniqueKey>');
    const service = createCatalogService({ schema: new Schema(schema!) });
    const { findings } = service.check(service.parse(lines('id a', 'local_note n', 'title T', 'note_t x', 'text x')), defaultSettings);
    expect(findings.filter((finding) => finding.ruleId === 'vufind/derived-field-mismatch')).toEqual([]);
    expect(findings.filter((finding) => finding.ruleId === 'vufind/unknown-field').map((finding) => finding.message))
      .toEqual([expect.stringContaining('"title" is neither a field nor a dynamic field')]);
  });
});
