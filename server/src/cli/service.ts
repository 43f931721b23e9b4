import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
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

/** The text of `--schema`, or undefined without one. Parsed once here so a broken schema is a usage error before any work starts. */
export async function readSchemaFile(schemaPath: string | undefined, cwd: string): Promise<string | undefined> {
  if (schemaPath === undefined) return undefined;
  const text = await readFile(path.resolve(cwd, schemaPath), 'utf8').catch((error: Error) => {
    throw new UsageError(`cannot read --schema ${schemaPath}: ${error.message}`);
  });
  createCliService(text);
  return text;
}
