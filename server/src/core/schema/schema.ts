import { remember } from '../memo';
import type { CopyField, DynamicFieldDefinition, FieldDefinition, SchemaData } from './types';
import { vufindBiblioSchemaData } from './vufindBiblio';

/** What the schema says about one field name: its explicit definition or the dynamic pattern it matches. */
export interface ResolvedField extends FieldDefinition {
  /** The dynamic pattern (`*_str_mv`) when the name is not declared explicitly. */
  readonly dynamicPattern?: string;
}

/** Lookups over schema data; built once per schema and shared by parser, rules and features. */
export class Schema {
  readonly #explicit: Map<string, FieldDefinition>;
  /** Solr tries the longest dynamic pattern first. */
  readonly #dynamicByLength: DynamicFieldDefinition[];
  readonly #copyFieldsByDest: Map<string, CopyField[]>;
  #managed: Set<string> | undefined;
  /** Names looked up so far (up to `maxRememberedNames`): the parser and rules ask about the same few dozen names millions of times. */
  readonly #resolved = new Map<string, ResolvedField | undefined>();
  readonly #sourceNamesByDest = new Map<string, readonly string[]>();

  constructor(readonly data: SchemaData) {
    this.#explicit = new Map(data.fields.map((field) => [field.name, field]));
    this.#dynamicByLength = [...data.dynamicFields].sort((a, b) => b.pattern.length - a.pattern.length);
    this.#copyFieldsByDest = new Map();
    for (const copyField of data.copyFields) {
      const list = this.#copyFieldsByDest.get(copyField.dest) ?? [];
      list.push(copyField);
      this.#copyFieldsByDest.set(copyField.dest, list);
    }
  }

  get uniqueKey(): string {
    return this.data.uniqueKey;
  }

  resolve(name: string): ResolvedField | undefined {
    const cached = this.#resolved.get(name);
    if (cached !== undefined || this.#resolved.has(name)) return cached;
    const resolved = this.#resolveUncached(name);
    remember(this.#resolved, name, resolved);
    return resolved;
  }

  #resolveUncached(name: string): ResolvedField | undefined {
    const explicit = this.#explicit.get(name);
    if (explicit) return explicit;
    const dynamic = this.#dynamicByLength.find((candidate) => matchesPattern(candidate.pattern, name));
    if (!dynamic) return undefined;
    const { pattern, ...definition } = dynamic;
    return { ...definition, name, dynamicPattern: pattern };
  }

  isKnown(name: string): boolean {
    return this.resolve(name) !== undefined;
  }

  isMultiValued(name: string): boolean {
    return this.resolve(name)?.multiValued ?? false;
  }

  /** The copyFields that read `source`: where Solr copies its values to. */
  copyDestinationsOf(source: string): readonly CopyField[] {
    return this.data.copyFields.filter((copyField) => copyField.source === source);
  }

  /** Solr fills the field itself (see `managedFields`): importers never send it. */
  isSolrManaged(name: string): boolean {
    return this.managedFields.has(name);
  }

  /** Every explicitly declared field name, in schema order. */
  get fieldNames(): readonly string[] {
    return this.data.fields.map((field) => field.name);
  }

  /**
   * Fields Solr fills itself and indexers never send: `_version_` and every copyField destination that is not
   * also a copyField source. copyField does not chain, so a field that feeds others (VuFind's `allfields`)
   * is one the indexer writes too.
   */
  get managedFields(): ReadonlySet<string> {
    this.#managed ??= new Set([...(this.data.solrManaged ?? ['_version_']), ...[...this.#copyFieldsByDest.keys()].filter((dest) =>
      !this.data.copyFields.some((copyField) => copyField.source === dest))]);
    return this.#managed;
  }

  /** The copyFields that fill `dest`; empty when Solr does not derive it. */
  copySourcesOf(dest: string): readonly CopyField[] {
    return this.#copyFieldsByDest.get(dest) ?? [];
  }

  /** The distinct source names of `dest`'s copyFields, in schema order; rules ask for each record. */
  copySourceNamesOf(dest: string): readonly string[] {
    let names = this.#sourceNamesByDest.get(dest);
    if (!names) {
      names = [...new Set(this.copySourcesOf(dest).map((copyField) => copyField.source))];
      this.#sourceNamesByDest.set(dest, names);
    }
    return names;
  }
}

/** Solr's dynamic-field and copyField glob: one `*` at the start or the end. */
export function matchesPattern(pattern: string, name: string): boolean {
  if (pattern.startsWith('*')) return name.length > pattern.length - 1 && name.endsWith(pattern.slice(1));
  if (pattern.endsWith('*')) return name.length > pattern.length - 1 && name.startsWith(pattern.slice(0, -1));
  return pattern === name;
}

export const vufindBiblioSchema = new Schema(vufindBiblioSchemaData);
