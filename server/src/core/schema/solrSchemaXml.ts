import { SaxesParser } from 'saxes';
import { matchesPattern } from './schema';
import type { CopyField, DynamicFieldDefinition, FieldDefinition, FieldTypeName, SchemaData } from './types';

/** Something in a schema file that Solr would refuse or that we cannot follow; lines and columns from 1. */
export interface SchemaProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface SolrSchemaParseResult {
  /** Absent when the file is not a usable schema (not well-formed XML, no `<schema>`, no fields). */
  readonly schema?: SchemaData;
  readonly problems: readonly SchemaProblem[];
}

/** What the values of a Solr field type class look like, by class name without its package. */
const classKinds: Readonly<Record<string, FieldTypeName>> = {
  StrField: 'string', UUIDField: 'string', EnumFieldType: 'string', EnumField: 'string', ICUCollationField: 'string',
  CollationField: 'string', BinaryField: 'string', SortableTextField: 'text', TextField: 'text',
  LongPointField: 'long', TrieLongField: 'long', IntPointField: 'int', TrieIntField: 'int',
  FloatPointField: 'double', DoublePointField: 'double', TrieFloatField: 'double', TrieDoubleField: 'double',
  DatePointField: 'date', TrieDateField: 'date', DateRangeField: 'string', BoolField: 'boolean',
  SpatialRecursivePrefixTreeFieldType: 'geo', RptWithGeometrySpatialField: 'geo', BBoxField: 'geo',
  LatLonPointSpatialField: 'latLon', LatLonType: 'latLon', RandomSortField: 'random',
};

/** VuFind's type names and the kind their class must have for the name to keep its VuFind meaning. */
const vufindTypeKinds: Readonly<Partial<Record<FieldTypeName, FieldTypeName>>> = {
  string: 'string', long: 'long', date: 'date', boolean: 'boolean', random: 'random', geo: 'geo', text: 'text',
  textProper: 'text', textFacet: 'text', textSpell: 'text', textSpellShingle: 'text', isn: 'text',
  callnumberSearch: 'text', text_autocomplete: 'text',
};

/** Elements read where they stand: directly under `<schema>` or inside the old `<types>`/`<fields>` wrappers. */
const containers = new Set(['schema', 'types', 'fields']);

interface Flags {
  readonly indexed?: boolean;
  readonly stored?: boolean;
  readonly multiValued?: boolean;
}

interface TypeDeclaration extends Flags {
  readonly kind: FieldTypeName;
}

interface FieldDeclaration extends Flags {
  readonly name: string;
  readonly type: string;
  readonly dynamic: boolean;
  readonly line: number;
  readonly column: number;
}

/**
 * Reads a Solr `schema.xml` or `managed-schema` into schema data. Never throws and never fetches anything:
 * saxes does not resolve DTDs or external entities, and a DOCTYPE or entity reference is reported, not expanded.
 */
export function parseSolrSchemaXml(text: string): SolrSchemaParseResult {
  const problems: SchemaProblem[] = [];
  const types = new Map<string, TypeDeclaration>();
  const declarations: FieldDeclaration[] = [];
  const copyFields: Array<CopyField & { line: number; column: number }> = [];
  let uniqueKey: { name: string; line: number; column: number } | undefined;
  let sawSchema = false;
  let wellFormed = true;

  const parser = new SaxesParser({ xmlns: false });
  const stack: string[] = [];
  let tagLine = 1;
  let tagColumn = 1;
  let uniqueKeyText: string | undefined;
  const problem = (message: string, line = tagLine, column = tagColumn) => problems.push({ line, column, message });

  parser.on('error', (error) => {
    wellFormed = false;
    problem(`Not well-formed XML: ${error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '')}.`, parser.line, parser.column + 1);
  });
  parser.on('doctype', () => {
    problem('The schema has a DOCTYPE; external DTDs and entities are never loaded, so anything they define is ignored.', parser.line, parser.column + 1);
  });
  parser.on('opentagstart', () => {
    tagLine = parser.line;
    tagColumn = parser.column + 1;
  });
  parser.on('opentag', (tag) => {
    const parent = stack.at(-1);
    stack.push(tag.name);
    const attributes = tag.attributes as Record<string, string>;
    if (parent === undefined) {
      if (tag.name === 'schema') sawSchema = true;
      return;
    }
    if (!containers.has(parent)) return;
    switch (tag.name) {
      case 'fieldType':
      case 'fieldtype':
        readFieldType(attributes);
        return;
      case 'field':
      case 'dynamicField':
        readField(attributes, tag.name === 'dynamicField');
        return;
      case 'copyField':
        readCopyField(attributes);
        return;
      case 'uniqueKey':
        uniqueKeyText = '';
        return;
    }
  });
  parser.on('text', (chunk) => {
    if (uniqueKeyText !== undefined) uniqueKeyText += chunk;
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    if (tag.name === 'uniqueKey' && uniqueKeyText !== undefined) {
      uniqueKey = { name: uniqueKeyText.trim(), line: tagLine, column: tagColumn };
      uniqueKeyText = undefined;
    }
  });

  function readFieldType(attributes: Record<string, string>): void {
    const name = attributes['name'];
    const className = attributes['class'];
    if (!name || !className) {
      problem(`A <fieldType> needs both "name" and "class"; this one has ${describeAttributes(attributes)}.`);
      return;
    }
    const shortClass = className.slice(className.lastIndexOf('.') + 1);
    let kind = classKinds[shortClass];
    if (!kind) {
      problem(`Field type "${name}" has the class "${className}", which this checker does not know; its values are not checked.`);
      kind = 'string';
    }
    const vufindKind = vufindTypeKinds[name as FieldTypeName];
    types.set(name, { kind: vufindKind === kind ? (name as FieldTypeName) : kind, ...readFlags(attributes) });
  }

  function readField(attributes: Record<string, string>, dynamic: boolean): void {
    const element = dynamic ? '<dynamicField>' : '<field>';
    const name = attributes['name'];
    const type = attributes['type'];
    if (!name || !type) {
      problem(`A ${element} needs both "name" and "type"; this one has ${describeAttributes(attributes)}.`);
      return;
    }
    if (dynamic && !(name.startsWith('*') || name.endsWith('*'))) {
      problem(`The dynamic field "${name}" must start or end with "*".`);
      return;
    }
    declarations.push({ name, type, dynamic, line: tagLine, column: tagColumn, ...readFlags(attributes) });
  }

  function readCopyField(attributes: Record<string, string>): void {
    const source = attributes['source'];
    const dest = attributes['dest'];
    if (!source || !dest) {
      problem(`A <copyField> needs both "source" and "dest"; this one has ${describeAttributes(attributes)}.`);
      return;
    }
    copyFields.push({ source, dest, line: tagLine, column: tagColumn });
  }

  try {
    parser.write(text).close();
  } catch (error) {
    // saxes reports through the handler; this only guards against an unexpected internal failure.
    wellFormed = false;
    problem(`The schema could not be read: ${error instanceof Error ? error.message : String(error)}`, parser.line, parser.column + 1);
  }
  if (!wellFormed) return { problems };
  if (!sawSchema) {
    problem('The root element is not <schema>: this is not a Solr schema.', 1, 1);
    return { problems };
  }

  const fields: FieldDefinition[] = [];
  const dynamicFields: DynamicFieldDefinition[] = [];
  const seen = new Set<string>();
  for (const declaration of declarations) {
    const type = types.get(declaration.type);
    if (!type) {
      problem(`The field "${declaration.name}" has the type "${declaration.type}", which no <fieldType> declares; Solr refuses the schema.`, declaration.line, declaration.column);
      continue;
    }
    if (seen.has(declaration.name)) {
      problem(`The field "${declaration.name}" is declared twice; Solr refuses the schema.`, declaration.line, declaration.column);
      continue;
    }
    seen.add(declaration.name);
    const definition = {
      type: type.kind,
      indexed: declaration.indexed ?? type.indexed ?? true,
      stored: declaration.stored ?? type.stored ?? true,
      multiValued: declaration.multiValued ?? type.multiValued ?? false,
    };
    if (declaration.dynamic) dynamicFields.push({ pattern: declaration.name, ...definition });
    else fields.push({ name: declaration.name, ...definition });
  }
  if (fields.length === 0 && dynamicFields.length === 0) {
    problem('The schema declares no usable fields.', 1, 1);
    return { problems };
  }

  const matchesSomeField = (name: string) => seen.has(name) || dynamicFields.some((dynamic) => matchesPattern(dynamic.pattern, name));
  for (const copyField of copyFields) {
    for (const end of [copyField.source, copyField.dest]) {
      if (!end.includes('*') && !matchesSomeField(end)) {
        problem(`The copyField ${copyField.source} → ${copyField.dest} names "${end}", which matches no field; Solr refuses the schema.`, copyField.line, copyField.column);
      }
    }
  }

  let key = uniqueKey?.name ?? '';
  if (!uniqueKey || key === '') {
    problem('The schema has no <uniqueKey>; records are checked as if it were "id".', 1, 1);
    key = 'id';
  } else if (!seen.has(key)) {
    problem(`The uniqueKey "${key}" is not a declared field.`, uniqueKey.line, uniqueKey.column);
  }

  return {
    schema: { uniqueKey: key, fields, dynamicFields, copyFields: copyFields.map(({ source, dest }) => ({ source, dest })) },
    problems,
  };
}

function readFlags(attributes: Record<string, string>): Flags {
  const flags: { -readonly [K in keyof Flags]: Flags[K] } = {};
  for (const flag of ['indexed', 'stored', 'multiValued'] as const) {
    const value = attributes[flag];
    if (value !== undefined) flags[flag] = value.trim() === 'true';
  }
  return flags;
}

function describeAttributes(attributes: Record<string, string>): string {
  const names = Object.keys(attributes);
  return names.length === 0 ? 'no attributes' : names.map((name) => `${name}="${attributes[name]}"`).join(' ');
}
