import type { CatalogRecord } from '../model/record';
import type { Schema } from '../schema/schema';
import { toSolrJson } from './convert';
import { documentFields } from './solrDocument';

export interface PrepareOptions {
  /** Keep `_version_` for Solr's optimistic concurrency (the update then fails with 409 if the stored version differs). */
  readonly keepVersion?: boolean;
}

/** Fields Solr fills itself (`Schema.managedFields`): copyField destinations that feed nothing, and `_version_`. */
export function isSolrManaged(schema: Schema, name: string): boolean {
  return schema.isSolrManaged(name);
}

/** A Solr JSON update payload (an array of documents) without the fields Solr fills itself. */
export function prepareForIndexing(records: readonly CatalogRecord[], schema: Schema, options: PrepareOptions = {}): string {
  const docs = records.map((record) => documentFields(record)
    .filter((field) => !isSolrManaged(schema, field.name) || (options.keepVersion === true && field.name === '_version_')));
  return toSolrJson(docs, schema);
}
