/**
 * Values VuFind's importers write into a few fields, offered by completion.
 * `format`: the display values of import/translation_maps/format_map.properties plus the XSLT constants.
 */
export const formatValues: readonly string[] = [
  'Article', 'Atlas', 'Audio', 'Blu-ray Disc', 'Book', 'Book Chapter', 'Braille', 'CD', 'Cassette',
  'Conference Proceeding', 'DVD', 'Data Set', 'Database', 'eBook', 'Electronic', 'Globe', 'Government Document',
  'Image', 'Journal', 'Kit', 'Manuscript', 'Map', 'Microfilm', 'Musical Score', 'Newspaper', 'Online',
  'Photo', 'Physical Object', 'Postcard', 'Poster', 'Reference Material', 'Sensor Image', 'Serial', 'Slide',
  'Software', 'Text', 'Thesis', 'Unknown', 'VHS', 'Video', 'Video Game', 'Website',
];

/** `record_format` picks the record driver: `marc` → SolrMarc, X → SolrX when it exists, else SolrDefault. */
export const recordFormatValues: readonly string[] = ['marc', 'Article', 'ArchivesSpace', 'Overdrive', 'Web'];

/** Common names from import/translation_maps/language_map.properties (VuFind stores names, not codes). */
export const languageNames: readonly string[] = [
  'Arabic', 'Chinese', 'Czech', 'Danish', 'Dutch', 'English', 'Finnish', 'French', 'German', 'Greek, Modern (1453- )',
  'Hebrew', 'Hindi', 'Hungarian', 'Italian', 'Japanese', 'Korean', 'Latin', 'Multiple languages',
  'No linguistic content', 'Norwegian', 'Polish', 'Portuguese', 'Russian', 'Spanish', 'Swedish', 'Turkish',
  'Ukrainian', 'Undetermined',
];

/** Fields whose values repeat across records, so completion offers the values seen elsewhere in the workspace. */
export const workspaceValueFields: readonly string[] = [
  'building', 'collection', 'container_title', 'era', 'format', 'genre', 'geographic', 'institution', 'language',
  'publisher', 'record_format', 'series', 'series2', 'topic',
];

/** Vocabularies by field name. */
export const fieldVocabularies: Readonly<Record<string, readonly string[]>> = {
  format: formatValues,
  record_format: recordFormatValues,
  language: languageNames,
};
