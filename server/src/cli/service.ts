import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { type CatalogService, type CatalogSettings, createCatalogService } from '../core/index';
import { Schema } from '../core/schema/schema';
import { parseSolrSchemaXml } from '../core/schema/solrSchemaXml';
import { configFileName } from './config';
import { UsageError } from './usageError';

/** The one place a schema file reaches the core, in the main thread and in every worker. */
export function createCliService(schemaXml: string | undefined): CatalogService {
  if (schemaXml === undefined) return createCatalogService();
  return createCatalogService({ schema: new Schema(parseSchemaOrFail(schemaXml)) });
}

/** A schema the checks can rely on, or a usage error naming every problem with its place. */
function parseSchemaOrFail(schemaXml: string, origin = '--schema') {
  const { schema, problems } = parseSolrSchemaXml(schemaXml);
  if (!schema) {
    const details = problems.map((problem) => `  ${problem.line}:${problem.column} ${problem.message}`).join('\n');
    throw new UsageError(`${origin} is not a usable Solr schema:\n${details}`);
  }
  return schema;
}

/**
 * The text of the schema a command runs with, or undefined for the built-in one: `--schema` (relative to the working
 * directory), else the settings file's `schema` (`config.ts` resolves it relative to that file). Parsed once here
 * so a broken schema is a usage error before any work starts.
 */
export async function readSchemaFile(schemaPath: string | undefined, cwd: string, settings: CatalogSettings): Promise<string | undefined> {
  const chosen = schemaPath !== undefined
    ? { file: path.resolve(cwd, schemaPath), origin: '--schema', shown: schemaPath }
    : settings.schema !== undefined ? { file: settings.schema, origin: `${configFileName}'s schema`, shown: settings.schema } : undefined;
  if (!chosen) return undefined;
  const text = await readFile(chosen.file, 'utf8').catch((error: Error) => {
    throw new UsageError(`cannot read ${chosen.origin} ${chosen.shown}: ${error.message}`);
  });
  parseSchemaOrFail(text, chosen.origin);
  return text;
}
