import * as path from 'node:path';
import { createCatalogService } from '../../server/src/core/index';
import type { CatalogRecord } from '../../server/src/core/model/record';

/** Shared data beside the repository (CI clones `shared/` next to it). */
export const sharedDir = path.resolve(__dirname, '../../../shared');

const service = createCatalogService();

/**
 * A Solr document (as in a Solr JSON response) written as `.record` text: one line per field, further values
 * indented, line breaks inside a value continued with "+ ".
 */
export function solrDocToRecordText(doc: Readonly<Record<string, unknown>>): string {
  const lines: string[] = [];
  for (const [name, raw] of Object.entries(doc)) {
    const values = (Array.isArray(raw) ? raw : [raw]).map((value) => String(value).split(/\r\n|\n|\r/).join('\n+ '));
    values.forEach((value, index) => lines.push(index === 0 ? `${name} ${value}` : `  ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

export function solrDocToRecord(doc: Readonly<Record<string, unknown>>): CatalogRecord {
  const [record] = service.parse(solrDocToRecordText(doc)).records;
  if (!record) throw new Error('the document gave no record');
  return record;
}
