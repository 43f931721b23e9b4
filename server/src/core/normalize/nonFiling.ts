import type { MarcDataField } from '../marc/iso2709';

/** Which indicator counts the non-filing characters (leading article) of a title field, by tag. */
const nonFilingIndicator: Readonly<Record<string, 'ind1' | 'ind2'>> = {
  130: 'ind1', 630: 'ind1', 730: 'ind1', 740: 'ind1',
  222: 'ind2', 240: 'ind2', 242: 'ind2', 243: 'ind2', 245: 'ind2', 440: 'ind2', 830: 'ind2',
};

/** How many leading characters of $a to skip when filing: the indicator digit, 0 when it is no digit. */
export function nonFilingCount(field: MarcDataField): number {
  const indicator = nonFilingIndicator[field.tag];
  const value = indicator ? field[indicator] : '';
  return /^[0-9]$/.test(value) ? Number(value) : 0;
}

/** $a without its non-filing characters (never more than it has). */
export function skipNonFiling(field: MarcDataField, value: string): string {
  return value.slice(Math.min(nonFilingCount(field), value.length));
}
