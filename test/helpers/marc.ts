/**
 * Builds ISO 2709 text for tests: fields as `'245 14 $aThe test /'` (control fields `'001 id'`), `$` starting a
 * subfield. Lengths and offsets are counted in UTF-8 bytes, as the standard says.
 */
export function iso2709(...fields: string[]): string {
  const encoder = new TextEncoder();
  const entries: string[] = [];
  const data: string[] = [];
  let offset = 0;
  for (const spec of fields) {
    const tag = spec.slice(0, 3);
    const body = tag < '010' ? spec.slice(4) : spec.slice(4, 6) + spec.slice(7).replaceAll('$', '\x1f');
    const field = `${body}\x1e`;
    const length = encoder.encode(field).length;
    entries.push(tag + String(length).padStart(4, '0') + String(offset).padStart(5, '0'));
    data.push(field);
    offset += length;
  }
  const directory = `${entries.join('')}\x1e`;
  const base = 24 + directory.length;
  const total = base + offset + 1;
  const leader = `${String(total).padStart(5, '0')}nam a22${String(base).padStart(5, '0')} a 4500`;
  return `${leader}${directory}${data.join('')}\x1d`;
}

/** `.record` lines of a MARC record: record_format marc plus the fullrecord. */
export function marcRecordLines(...fields: string[]): string[] {
  return ['record_format marc', `fullrecord ${iso2709(...fields)}`];
}
