import { type CatalogService, createCatalogService } from '../core/index';

/**
 * The one place the `--schema` file reaches the core, in the main thread and in every worker.
 * The schema.xml parser is built on another branch; merging it means parsing `_schemaXml` here
 * and passing the result as `createCatalogService({ schema })`. Until then the file is read
 * (so a missing or unreadable file is still a usage error) and the bundled VuFind schema applies.
 */
export function createCliService(_schemaXml: string | undefined): CatalogService {
  return createCatalogService();
}
