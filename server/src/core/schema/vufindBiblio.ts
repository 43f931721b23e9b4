import type { CopyField, DynamicFieldDefinition, FieldDefinition, FieldTypeName, SchemaData } from './types';

/**
 * VuFind's biblio core schema (solr/vufind/biblio/conf/schema.xml, VuFind 10.x), written down as data.
 * Each group lists fields that share type and flags; I = indexed, S = stored, MV = multiValued.
 */
interface FieldGroup {
  readonly type: FieldTypeName;
  readonly flags: 'IS' | 'I-' | '-S';
  readonly multiValued: boolean;
  readonly names: readonly string[];
}

const fieldGroups: readonly FieldGroup[] = [
  { type: 'long', flags: 'IS', multiValued: false, names: ['_version_'] },
  {
    type: 'string', flags: 'IS', multiValued: false,
    names: ['id', 'author_sort', 'title_sort', 'title_fullStr', 'edition', 'lccn', 'callnumber-first',
      'callnumber-subject', 'callnumber-label', 'callnumber-sort', 'dewey-sort', 'illustrated', 'hierarchytype',
      'is_hierarchy_id', 'is_hierarchy_title', 'record_format'],
  },
  {
    type: 'string', flags: 'IS', multiValued: true,
    names: ['institution', 'collection', 'building', 'language', 'format', 'author_role', 'physical', 'publishDate',
      'url', 'ctrlnum', 'oclc_num', 'callnumber-raw', 'dewey-hundreds', 'dewey-tens', 'dewey-ones', 'dewey-full',
      'dewey-raw', 'author2_role', 'author_corporate_role', 'dateSpan', 'hierarchy_top_id', 'hierarchy_top_title',
      'hierarchy_parent_id', 'hierarchy_parent_title', 'hierarchy_sequence', 'title_in_hierarchy'],
  },
  { type: 'string', flags: '-S', multiValued: false, names: ['fullrecord', 'thumbnail'] },
  { type: 'string', flags: '-S', multiValued: true, names: ['marc_error', 'long_lat_label'] },
  { type: 'string', flags: 'I-', multiValued: false, names: ['publishDateSort'] },
  { type: 'string', flags: 'I-', multiValued: true, names: ['publisherStr', 'topic_browse', 'author_browse', 'hierarchy_browse'] },
  {
    type: 'text', flags: 'IS', multiValued: false,
    names: ['title', 'title_sub', 'title_short', 'title_full', 'title_auth', 'description', 'container_title',
      'container_volume', 'container_issue', 'container_start_page', 'container_reference'],
  },
  {
    type: 'text', flags: 'IS', multiValued: true,
    names: ['contents', 'author2_variant', 'title_alt', 'title_old', 'title_new', 'series', 'series2', 'topic', 'genre',
      'geographic', 'era', 'long_lat_display', 'author_variant'],
  },
  { type: 'text', flags: 'I-', multiValued: true, names: ['allfields'] },
  { type: 'text', flags: 'I-', multiValued: false, names: ['fulltext'] },
  { type: 'textProper', flags: 'IS', multiValued: false, names: ['title_full_unstemmed'] },
  { type: 'textProper', flags: 'IS', multiValued: true, names: ['publisher', 'author2', 'author_corporate', 'author_additional', 'author'] },
  { type: 'textProper', flags: 'I-', multiValued: true, names: ['allfields_unstemmed', 'topic_unstemmed'] },
  { type: 'textProper', flags: 'I-', multiValued: false, names: ['fulltext_unstemmed'] },
  { type: 'textFacet', flags: 'IS', multiValued: true, names: ['author_facet', 'topic_facet', 'genre_facet', 'geographic_facet', 'era_facet'] },
  { type: 'textSpell', flags: 'IS', multiValued: true, names: ['spelling'] },
  { type: 'textSpellShingle', flags: 'IS', multiValued: true, names: ['spellingShingle'] },
  { type: 'isn', flags: 'IS', multiValued: true, names: ['isbn', 'issn'] },
  { type: 'callnumberSearch', flags: 'IS', multiValued: true, names: ['callnumber-search', 'dewey-search'] },
  { type: 'geo', flags: 'IS', multiValued: true, names: ['long_lat'] },
  { type: 'date', flags: 'IS', multiValued: false, names: ['first_indexed', 'last_indexed'] },
];

const fields: FieldDefinition[] = fieldGroups.flatMap((group) =>
  group.names.map((name) => ({
    name,
    type: group.type,
    multiValued: group.multiValued,
    indexed: group.flags[0] === 'I',
    stored: group.flags[1] === 'S',
  })),
);

const dynamic = (pattern: string, type: FieldTypeName, multiValued: boolean, stored = true): DynamicFieldDefinition =>
  ({ pattern, type, multiValued, indexed: true, stored });

const dynamicFields: DynamicFieldDefinition[] = [
  dynamic('*_date', 'date', false), dynamic('*_date_mv', 'date', true),
  dynamic('*_isn', 'isn', false), dynamic('*_isn_mv', 'isn', true),
  dynamic('*_str', 'string', false), dynamic('*_str_mv', 'string', true),
  dynamic('*_txt', 'text', false), dynamic('*_txt_mv', 'text', true),
  dynamic('*_txtF', 'textFacet', false), dynamic('*_txtF_mv', 'textFacet', true),
  dynamic('*_txtP', 'textProper', false), dynamic('*_txtP_mv', 'textProper', true),
  dynamic('*_boolean', 'boolean', false),
  dynamic('*_geo', 'geo', false), dynamic('*_geo_mv', 'geo', true),
  dynamic('*_autocomplete', 'text_autocomplete', false),
  dynamic('*_random', 'random', false, false),
];

const copy = (sources: readonly string[], dest: string): CopyField[] => sources.map((source) => ({ source, dest }));

const copyFields: CopyField[] = [
  ...copy(['allfields'], 'spelling'),
  ...copy(['author', 'title', 'contents', 'series', 'topic'], 'spellingShingle'),
  ...copy(['title_full'], 'title_fullStr'),
  ...copy(['title_full'], 'title_full_unstemmed'),
  ...copy(['author', 'author2', 'author_corporate'], 'author_facet'),
  ...copy(['publisher'], 'publisherStr'),
  ...copy(['topic'], 'topic_unstemmed'),
  ...copy(['allfields'], 'allfields_unstemmed'),
  ...copy(['fulltext'], 'fulltext_unstemmed'),
  ...copy(['topic'], 'topic_browse'),
  ...copy(['author', 'author2', 'author_corporate'], 'author_browse'),
  ...copy(['format'], 'allfields'),
  ...copy(['format'], 'allfields_unstemmed'),
  ...copy(['dewey-raw'], 'dewey-search'),
  ...copy(['callnumber-raw'], 'callnumber-search'),
];

export const vufindBiblioSchemaData: SchemaData = { uniqueKey: 'id', fields, dynamicFields, copyFields, solrManaged: ['_version_'] };
