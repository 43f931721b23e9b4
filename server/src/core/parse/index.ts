import type { DocumentFormat, RecordDocument } from '../model/document';
import type { Schema } from '../schema/schema';
import { parseRecordText } from './recordText';
import { parseSolrJson } from './solrJson';
import { parseSolrXml } from './solrXml';

/** Parses any supported format into the record model. Never throws. */
export function parseDocument(text: string, format: DocumentFormat, schema: Schema): RecordDocument {
  switch (format) {
    case 'record':
      return parseRecordText(text, { schema });
    case 'solr-json':
      return parseSolrJson(text);
    case 'solr-jsonl':
      return parseSolrJson(text, { lines: true });
    case 'solr-xml':
      return parseSolrXml(text);
  }
}

/** The format a file name implies, for the CLI and for editors that only say "json" or "xml". */
export function formatOfPath(path: string): DocumentFormat | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.record')) return 'record';
  if (lower.endsWith('.jsonl')) return 'solr-jsonl';
  if (lower.endsWith('.json')) return 'solr-json';
  if (lower.endsWith('.xml')) return 'solr-xml';
  return undefined;
}
