import { describe, expect, test } from 'vitest';
import { applyChanges } from '../../../server/src/core/features/changes';
import { parseSolrXml } from '../../../server/src/core/parse/solrXml';

function shape(text: string): string[][] {
  return parseSolrXml(text).records.map((record) =>
    record.fields.map((field) => `${field.name}=${field.values.map((value) => value.text).join('|')}`));
}

const update = `<?xml version="1.0" encoding="UTF-8"?>\r\n<add>\r\n  <doc>\r\n    <field name="id">a&amp;b</field>\r\n    <field name="topic">x</field>\r\n    <field name="topic"><![CDATA[<y>]]></field>\r\n  </doc>\r\n</add>\r\n`;
const response = `<response><result name="response" numFound="1"><doc><str name="id">r1</str><arr name="format"><str>Book</str><str>eBook</str></arr><long name="_version_">1849690312389165056</long></doc></result></response>`;

describe('parseSolrXml', () => {
  test('update messages: one field per element, entities and CDATA decoded', () => {
    expect(shape(update)).toEqual([['id=a&b', 'topic=x|<y>']]);
    expect(parseSolrXml(update).flavor).toBe('update');
  });

  test('responses: typed elements and arrays', () => {
    expect(shape(response)).toEqual([['id=r1', 'format=Book|eBook', '_version_=1849690312389165056']]);
    expect(parseSolrXml(response).flavor).toBe('response');
  });

  test('spans point at the name attribute and the raw value text', () => {
    const field = parseSolrXml(update).records[0]!.fields[0]!;
    expect(update.slice(field.nameSpan.start, field.nameSpan.end)).toBe('id');
    expect(update.slice(field.values[0]!.span.start, field.values[0]!.span.end)).toBe('a&amp;b');
    expect(update.slice(field.fullSpan.start, field.fullSpan.end)).toBe('<field name="id">a&amp;b</field>');
  });

  test('no DTD is processed and no entity is expanded', () => {
    const hostile = '<!DOCTYPE add [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><add><doc><field name="id">&xxe;</field></doc></add>';
    const document = parseSolrXml(hostile);
    expect(document.problems.map((problem) => problem.message)).toEqual([
      'A DOCTYPE is not processed: its DTD and entities are ignored, never fetched.',
      'Invalid XML: undefined entity.',
    ]);
    expect(JSON.stringify(document.records)).not.toContain('root:');
  });

  test('malformed XML is reported where it breaks', () => {
    const text = '<add><doc><field name="id">1</doc></add>';
    const [problem] = parseSolrXml(text).problems;
    expect(problem!.ruleId).toBe('solr/invalid-xml');
    expect(problem!.message).toMatch(/^Invalid XML: unexpected close tag/);
    expect(problem!.span.start).toBeGreaterThan(text.indexOf('</doc>') - 1);
  });

  test('edits keep the XML well-formed and the layout intact', () => {
    const document = parseSolrXml(update);
    const [id, topic] = document.records[0]!.fields;
    const removed = applyChanges(update, [document.syntax.removeValue(topic!, 0)]);
    expect(shape(removed)).toEqual([['id=a&b', 'topic=<y>']]);
    expect(removed).toContain('</field>\r\n    <field name="topic"><![CDATA[');
    expect(shape(applyChanges(update, [document.syntax.replaceValues(topic!, ['1', '2', '3'])]))).toEqual([['id=a&b', 'topic=1|2|3']]);
    expect(shape(applyChanges(update, document.syntax.removeFields([topic!])))).toEqual([['id=a&b']]);
    const inserted = applyChanges(update, [document.syntax.insertField(id!.fullSpan.end, 'title', ['T & <U>'])]);
    expect(shape(inserted)).toEqual([['id=a&b', 'title=T & <U>', 'topic=x|<y>']]);
    const responseDocument = parseSolrXml(response);
    const format = responseDocument.records[0]!.fields[1]!;
    expect(shape(applyChanges(response, [responseDocument.syntax.replaceValues(format, ['Book'])]))[0]![1]).toBe('format=Book');
    expect(shape(applyChanges(response, [responseDocument.syntax.removeValue(format, 0)]))[0]![1]).toBe('format=eBook');
  });
});
