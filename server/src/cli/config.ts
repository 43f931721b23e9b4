import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { type CatalogSettings, defaultSettings, readSettings } from '../core/index';
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
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(raw)) throw new UsageError(`${file}: expected an object like {"rules": {...}}`);
  const rawRules = raw['rules'] ?? {};
  if (!isObject(rawRules)) throw new UsageError(`${file}: "rules" must be an object of rule id → level`);
  const rules: Record<string, SeveritySetting> = {};
  for (const [id, level] of Object.entries(rawRules)) {
    checkRuleSetting(id, level, file);
    rules[id] = level;
  }
  // The other settings (formatting, extra formats…) read as the editor reads them.
  return { ...readSettings(raw), rules };
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
