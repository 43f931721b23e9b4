import type { CatalogRecord } from '../model/record';
import { escapeXml, xml11Characters } from '../parse/solrXml';
import type { Schema } from '../schema/schema';
import { type DocumentField, documentFields, jsonValue } from './solrDocument';

export type ConversionTarget = 'record' | 'json' | 'xml';

export interface ConversionResult {
  readonly text: string;
  /** Why the output cannot say exactly what the input did (a field name `.record` cannot hold, …). */
  readonly problems: readonly string[];
}

export function convertRecords(records: readonly CatalogRecord[], target: ConversionTarget, schema: Schema): ConversionResult {
  switch (target) {
    case 'record':
      return toRecordText(records);
    case 'json':
      return { text: toSolrJson(records.map(documentFields), schema), problems: [] };
    case 'xml':
      return { text: toSolrXml(records.map(documentFields)), problems: [] };
  }
}

/**
 * `.record` text: each value where the format can hold it exactly. A later value that is empty or starts with
 * whitespace cannot be an indented line (indentation would swallow it), so it gets a line of its own.
 */
export function toRecordText(records: readonly CatalogRecord[]): ConversionResult {
  const problems: string[] = [];
  const blocks = records.map((record) => {
    const lines: string[] = [];
    for (const { name, values } of documentFields(record)) {
      if (!/^[^\s#+][^\s]*$/.test(name)) problems.push(`Record ${record.index + 1}: the field name ${JSON.stringify(name)} cannot be written in .record.`);
      if (values.some((value) => value.includes('\r'))) problems.push(`Record ${record.index + 1}: a carriage return in "${name}" becomes a line feed in .record.`);
      values.forEach((value, index) => {
        const ownLine = index === 0 || value === '' || /^\s/.test(value);
        lines.push(`${ownLine ? `${name} ` : '  '}${value.split(/\r\n|\n|\r/).join('\n+ ')}`);
      });
    }
    return lines.join('\n');
  });
  return { text: blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`, problems };
}

/** A JSON array of Solr documents; multi-valued fields (by the schema, or with several values) as arrays. */
export function toSolrJson(docs: readonly (readonly DocumentField[])[], schema: Schema): string {
  const renderDoc = (fields: readonly DocumentField[]) => {
    const properties = fields.map(({ name, values }) => {
      const asArray = values.length !== 1 || schema.isMultiValued(name);
      const rendered = values.map((value) => jsonValue(schema, name, value));
      return `    ${JSON.stringify(name)}: ${asArray ? `[${rendered.join(', ')}]` : rendered[0]}`;
    });
    return `  {\n${properties.join(',\n')}\n  }`;
  };
  return docs.length === 0 ? '[]\n' : `[\n${docs.map(renderDoc).join(',\n')}\n]\n`;
}

/** A Solr XML update message: one `<field>` element per value. */
export function toSolrXml(docs: readonly (readonly DocumentField[])[]): string {
  const renderDoc = (fields: readonly DocumentField[]) => {
    const elements = fields.flatMap(({ name, values }) =>
      values.map((value) => `    <field name="${escapeXml(name)}">${escapeXml(value)}</field>`));
    return `  <doc>\n${elements.join('\n')}\n  </doc>`;
  };
  // `fullrecord` holds MARC separators (U+001D…U+001F): only XML 1.1 can carry them.
  const version = docs.some((fields) => fields.some(({ values }) => values.some((value) => xml11Characters.test(value)))) ? '1.1' : '1.0';
  return `<?xml version="${version}" encoding="UTF-8"?>\n<add>\n${docs.map(renderDoc).join('\n')}${docs.length ? '\n' : ''}</add>\n`;
}
