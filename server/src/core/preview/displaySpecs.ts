/**
 * Which record fields VuFind shows under which label, as data. Taken from the facts in
 * shared/design/vufind-facts.md §4 (RecordDataFormatterFactory's default core and description specs,
 * as SolrDefault fills them); rows whose getter has no Solr field behind it (Citations, Tags…) are left out.
 */

/** Where a row's values come from. */
export type ValueSource =
  /** Every value of these fields, in this order. */
  | { readonly kind: 'all'; readonly fields: readonly string[] }
  /** Only the first value of the field (VuFind's single-valued getters). */
  | { readonly kind: 'first'; readonly field: string }
  /** The values of the first field that has any (series, else series2). */
  | { readonly kind: 'firstNonEmpty'; readonly fields: readonly string[] }
  /** One line per index i: the i-th value of each field, joined by a space (publisher[i] + publishDate[i]). */
  | { readonly kind: 'zip'; readonly fields: readonly string[] };

export interface RowSpec {
  readonly label: string;
  readonly source: ValueSource;
  /** The values are URLs; safe ones become links. */
  readonly links?: boolean;
}

/** One author row of the core view: the names of `field`, each with its role from `roleField` at the same index. */
export interface AuthorGroupSpec {
  readonly field: string;
  readonly roleField: string;
  readonly singular: string;
  readonly plural: string;
}

/** Main, corporate, then other authors; a name already shown in an earlier group is merged into it. */
export const authorGroups: readonly AuthorGroupSpec[] = [
  { field: 'author', roleField: 'author_role', singular: 'Main Author', plural: 'Main Authors' },
  { field: 'author_corporate', roleField: 'author_corporate_role', singular: 'Corporate Author', plural: 'Corporate Authors' },
  // VuFind labels this row "Other Authors" whatever the count.
  { field: 'author2', roleField: 'author2_role', singular: 'Other Authors', plural: 'Other Authors' },
];

/** A core row, or the place where the author rows go. */
export type CoreRowSpec = RowSpec | { readonly authors: true };

/** "Bibliographic Details", in VuFind's order. */
export const coreRowSpecs: readonly CoreRowSpec[] = [
  { label: 'Published in', source: { kind: 'first', field: 'container_title' } },
  { label: 'New Title', source: { kind: 'all', fields: ['title_new'] } },
  { label: 'Previous Title', source: { kind: 'all', fields: ['title_old'] } },
  { authors: true },
  { label: 'Format', source: { kind: 'all', fields: ['format'] } },
  { label: 'Language', source: { kind: 'all', fields: ['language'] } },
  { label: 'Published', source: { kind: 'zip', fields: ['publisher', 'publishDate'] } },
  { label: 'Edition', source: { kind: 'first', field: 'edition' } },
  { label: 'Series', source: { kind: 'firstNonEmpty', fields: ['series', 'series2'] } },
  { label: 'Subjects', source: { kind: 'all', fields: ['topic', 'geographic', 'genre', 'era'] } },
  { label: 'Online Access', source: { kind: 'all', fields: ['url'] }, links: true },
];

/** The description tab, in VuFind's order. */
export const descriptionRowSpecs: readonly RowSpec[] = [
  { label: 'Summary', source: { kind: 'all', fields: ['description'] } },
  { label: 'Published', source: { kind: 'all', fields: ['dateSpan'] } },
  { label: 'Physical Description', source: { kind: 'all', fields: ['physical'] } },
  { label: 'Format', source: { kind: 'all', fields: ['format'] } },
  { label: 'ISBN', source: { kind: 'all', fields: ['isbn'] } },
  { label: 'ISSN', source: { kind: 'all', fields: ['issn'] } },
  { label: 'DOI', source: { kind: 'first', field: 'doi_str_mv' } },
];

/** The heading: short title, subtitle and title section joined by spaces; `title` when those are empty. */
export const headingFields: readonly string[] = ['title_short', 'title_sub', 'title_section'];
export const headingFallbackField = 'title';

/** The summary under the heading: the first description, cut like VuFind's truncate helper. */
export const summaryField = 'description';
export const summaryMaxLength = 300;
export const truncationMark = '...';
