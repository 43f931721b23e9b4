import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Schema, vufindBiblioSchema } from '../core/schema/schema';
import { parseSolrSchemaXml } from '../core/schema/solrSchemaXml';

/** How the loader tells the user about a schema it cannot use as it is. */
export interface SchemaMessages {
  warn(message: string): void;
  error(message: string): void;
}

export interface SchemaFiles {
  /** Changes whenever the file changes, so an edited schema is read again. */
  version(file: string): string;
  read(file: string): string;
}

export const nodeSchemaFiles: SchemaFiles = {
  version: (file) => String(statSync(file).mtimeMs),
  read: (file) => readFileSync(file, 'utf8'),
};

/**
 * Turns the `catalogRecords.schema` setting into a Schema: the built-in VuFind schema when the setting is empty
 * or the file cannot be used. Each file version is read and reported once.
 */
export class SchemaLoader {
  #loaded: { key: string; schema: Schema } | undefined;

  constructor(readonly messages: SchemaMessages, readonly baseDirectory: () => string | undefined, readonly files: SchemaFiles = nodeSchemaFiles) {}

  load(setting: string | undefined): Schema {
    if (setting === undefined) return vufindBiblioSchema;
    const base = this.baseDirectory();
    const file = path.isAbsolute(setting) || base === undefined ? path.resolve(setting) : path.resolve(base, setting);
    let version: string;
    try {
      version = this.files.version(file);
    } catch (error) {
      return this.#remember(`${file}@missing`, vufindBiblioSchema, () =>
        this.messages.error(`Catalog Records: cannot read the schema "${file}" (${describe(error)}); checking against the built-in VuFind schema.`));
    }
    const key = `${file}@${version}`;
    if (this.#loaded?.key === key) return this.#loaded.schema;
    let text: string;
    try {
      text = this.files.read(file);
    } catch (error) {
      return this.#remember(key, vufindBiblioSchema, () =>
        this.messages.error(`Catalog Records: cannot read the schema "${file}" (${describe(error)}); checking against the built-in VuFind schema.`));
    }
    const { schema, problems } = parseSolrSchemaXml(text);
    const listed = problems.slice(0, 3).map((problem) => `line ${problem.line}: ${problem.message}`).join(' ');
    const more = problems.length > 3 ? ` (${problems.length - 3} more)` : '';
    if (!schema) {
      return this.#remember(key, vufindBiblioSchema, () =>
        this.messages.error(`Catalog Records: the schema "${file}" cannot be used: ${listed}${more} Checking against the built-in VuFind schema.`));
    }
    return this.#remember(key, new Schema(schema), () => {
      if (problems.length > 0) this.messages.warn(`Catalog Records: the schema "${file}" has problems: ${listed}${more}`);
    });
  }

  #remember(key: string, schema: Schema, report: () => void): Schema {
    if (this.#loaded?.key !== key) {
      this.#loaded = { key, schema };
      report();
    }
    return schema;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
