/**
 * Solr field types: those of the VuFind biblio schema by the name its schema.xml gives them, plus the kinds a
 * custom schema's classes map to (`int`, `double`, `latLon`) when its type names are not VuFind's.
 */
export type FieldTypeName =
  | 'string' | 'long' | 'date' | 'boolean' | 'random' | 'geo' | 'text' | 'textProper' | 'textFacet'
  | 'textSpell' | 'textSpellShingle' | 'isn' | 'callnumberSearch' | 'text_autocomplete'
  | 'int' | 'double' | 'latLon';

export interface FieldDefinition {
  readonly name: string;
  readonly type: FieldTypeName;
  readonly multiValued: boolean;
  readonly indexed: boolean;
  readonly stored: boolean;
}

/** A `<dynamicField>`: `*_str` matches every name ending in `_str`. */
export interface DynamicFieldDefinition extends Omit<FieldDefinition, 'name'> {
  readonly pattern: string;
}

export interface CopyField {
  readonly source: string;
  readonly dest: string;
}

export interface SchemaData {
  readonly uniqueKey: string;
  readonly fields: readonly FieldDefinition[];
  readonly dynamicFields: readonly DynamicFieldDefinition[];
  readonly copyFields: readonly CopyField[];
  /** Fields Solr sets itself on every update (besides copyField destinations): never sent by an importer. */
  readonly solrManaged?: readonly string[];
}
