import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { type ParseError, parse } from 'jsonc-parser';
import { type CatalogSettings, defaultSettings, readSettings } from '../core/index';
import { describeJsonError } from '../core/parse/jsonErrors';
import { LineIndex } from '../core/text/lineIndex';
import type { SeveritySetting } from '../core/rules/rule';
import { checkRuleSetting } from './args';
import { UsageError } from './usageError';

/** The per-project settings file: the shape of the editor's `catalogRecords` settings. */
export const configFileName = '.catalog-records.json';

/** The nearest `.catalog-records.json` from `cwd` upward, or undefined. */
export async function findConfigFile(cwd: string): Promise<string | undefined> {
  for (let directory = path.resolve(cwd); ; directory = path.dirname(directory)) {
    const candidate = path.join(directory, configFileName);
    const found = await readFile(candidate, 'utf8').then(() => true, (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return false;
      throw new UsageError(`cannot read ${candidate}: ${error.message}`);
    });
    if (found) return candidate;
    if (path.dirname(directory) === directory) return undefined;
  }
}

/**
 * Reads the settings file strictly: in CI a misspelt rule id or level must fail loudly,
 * not silently fall back to defaults as the editor does.
 */
export async function readConfigFile(file: string): Promise<CatalogSettings> {
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new UsageError(`cannot read ${file}: ${error.message}`);
  });
  // JSONC, as the editor's settings.json: comments and trailing commas are fine, anything else is an error at its place.
  const errors: ParseError[] = [];
  const raw: unknown = parse(text, errors, { allowTrailingComma: true });
  const [error] = errors;
  if (error) {
    const { line, character } = new LineIndex(text).positionAt(error.offset);
    throw new UsageError(`${file}:${line + 1}:${character + 1}: not valid JSON (${describeJsonError(error.error)})`);
  }
  if (!isObject(raw)) throw new UsageError(`${file}: expected an object like {"rules": {...}}`);
  const rawRules = raw['rules'] ?? {};
  if (!isObject(rawRules)) throw new UsageError(`${file}: "rules" must be an object of rule id → level`);
  const rules: Record<string, SeveritySetting> = {};
  for (const [id, level] of Object.entries(rawRules)) {
    checkRuleSetting(id, level, file);
    rules[id] = level;
  }
  const schema = raw['schema'];
  if (schema !== undefined && typeof schema !== 'string') throw new UsageError(`${file}: "schema" must be the path of a Solr schema.xml`);
  // The other settings (formatting, extra formats…) read as the editor reads them; the schema's path is relative to
  // this file, as the editor's is to the workspace folder.
  const settings = readSettings(raw);
  return { ...settings, rules, ...(settings.schema === undefined ? {} : { schema: path.resolve(path.dirname(file), settings.schema) }) };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The settings a command runs with: the nearest settings file (or the defaults), then the `--rule` overrides. */
export async function settingsFor(cwd: string, ruleOverrides: Readonly<Record<string, SeveritySetting>> = {}): Promise<CatalogSettings> {
  const configFile = await findConfigFile(cwd);
  const fromFile = configFile ? await readConfigFile(configFile) : defaultSettings;
  return { ...fromFile, rules: { ...fromFile.rules, ...ruleOverrides } };
}
