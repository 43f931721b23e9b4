/**
 * VuFind's `format` display values: the right-hand side of `import/translation_maps/format_map.properties`
 * (what SolrMarc's getFormats is mapped to; `Atlas` is mapped to `Map`) plus the constants its XSLT importers write (DOAJ `Article`,
 * OJS `Online`). Local format maps may add more: the `catalogRecords.formats` setting.
 */
export const vufindFormats: readonly string[] = [
  'Article', 'Audio', 'Blu-ray Disc', 'Book', 'Book Chapter', 'Braille', 'CD', 'Cassette',
  'Conference Proceeding', 'Data Set', 'Database', 'DVD', 'eBook', 'Electronic', 'Globe', 'Government Document',
  'Image', 'Journal', 'Kit', 'Manuscript', 'Map', 'Microfilm', 'Musical Score', 'Newspaper', 'Online', 'Photo',
  'Physical Object', 'Postcard', 'Poster', 'Reference Material', 'Sensor Image', 'Serial', 'Slide', 'Software',
  'Text', 'Thesis', 'Unknown', 'VHS', 'Video', 'Video Game', 'Website',
];
