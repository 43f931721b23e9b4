/**
 * Fields whose values are machine data kept byte for byte: `fullrecord` holds ISO 2709 MARC with its
 * field and subfield separators (control characters by design), so text-shape rules leave it alone.
 */
export const verbatimFields: ReadonlySet<string> = new Set(['fullrecord']);
