import { type CatalogService, createCatalogService } from '../core/index';
import { Schema } from '../core/schema/schema';
import { parseSolrSchemaXml } from '../core/schema/solrSchemaXml';
import { UsageError } from './usageError';

/** The one place the `--schema` file reaches the core, in the main thread and in every worker. */
export function createCliService(schemaXml: string | undefined): CatalogService {
  if (schemaXml === undefined) return createCatalogService();
  return createCatalogService({ schema: new Schema(parseSchemaOrFail(schemaXml)) });
}

/** A schema the checks can rely on, or a usage error naming every problem with its place. */
function parseSchemaOrFail(schemaXml: string) {
  const { schema, problems } = parseSolrSchemaXml(schemaXml);
  if (!schema) {
    const details = problems.map((problem) => `  ${problem.line}:${problem.column} ${problem.message}`).join('\n');
    throw new UsageError(`--schema is not a usable Solr schema:\n${details}`);
  }
  return schema;
}
