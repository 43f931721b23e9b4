/**
 * Fields whose values line up by position with another field's: the n-th role belongs to the n-th author.
 * SolrMarc writes an empty role for an author without one, so an empty value there is data, not a mistake.
 */
export const alignedFields: Readonly<Record<string, string>> = {
  author_role: 'author',
  author2_role: 'author2',
  author_corporate_role: 'author_corporate',
};
