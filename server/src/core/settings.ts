import type { FieldOrder } from './features/formatting';
import type { SeveritySetting } from './rules/rule';

/** The `catalogRecords.*` settings the core reads; the LSP server and the CLI fill them in. */
export interface CatalogSettings {
  /** Rule id → severity; rules not named keep their default. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  readonly format: { readonly fieldOrder: FieldOrder };
  /** Format values allowed besides VuFind's own vocabulary (local formats of a customised format_map). */
  readonly formats?: readonly string[];
  /** Path of a Solr `schema.xml`/`managed-schema` to check against instead of the built-in VuFind schema. */
  readonly schema?: string;
  /** Editors only: at most this many diagnostics per document (0: all); the CLI always reports everything. */
  readonly maxDiagnostics?: number;
}

export const defaultSettings: CatalogSettings = { rules: {}, format: { fieldOrder: 'keep' }, formats: [] };

const fieldOrders: readonly FieldOrder[] = ['keep', 'staffView'];

/** The levels a rule can be set to, mildest first: the editor's settings, the CLI's `--rule` and its settings file. */
export const severitySettings: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

const severities = new Set<string>(severitySettings);

/** Reads settings from untrusted JSON (an editor's configuration, a file), dropping what does not fit. */
export function readSettings(raw: unknown): CatalogSettings {
  const rules: Record<string, SeveritySetting> = {};
  const rawRules = isObject(raw) ? raw['rules'] : undefined;
  if (isObject(rawRules)) {
    for (const [id, level] of Object.entries(rawRules)) {
      if (typeof level === 'string' && severities.has(level)) rules[id] = level as SeveritySetting;
    }
  }
  const rawFormat = isObject(raw) ? raw['format'] : undefined;
  const rawOrder = isObject(rawFormat) ? rawFormat['fieldOrder'] : undefined;
  const fieldOrder = fieldOrders.find((order) => order === rawOrder) ?? defaultSettings.format.fieldOrder;
  const rawFormats = isObject(raw) ? raw['formats'] : undefined;
  const formats = Array.isArray(rawFormats) ? rawFormats.filter((format): format is string => typeof format === 'string' && format !== '') : [];
  const rawSchema = isObject(raw) ? raw['schema'] : undefined;
  const schema = typeof rawSchema === 'string' && rawSchema.trim() !== '' ? rawSchema.trim() : undefined;
  const rawMax = isObject(raw) ? raw['maxDiagnostics'] : undefined;
  const maxDiagnostics = typeof rawMax === 'number' && Number.isInteger(rawMax) && rawMax >= 0 ? rawMax : undefined;
  return {
    rules, format: { fieldOrder }, formats,
    ...(schema === undefined ? {} : { schema }),
    ...(maxDiagnostics === undefined ? {} : { maxDiagnostics }),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
