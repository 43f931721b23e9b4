import fc from 'fast-check';

/** Lines that exercise every kind of line, defects the rules report, suppressions, and odd characters. */
const recordLineArbitrary = fc.constantFrom(
  'id rec-1', 'id rec-2', 'id  rec-1', 'title A  title ', 'title_sort a  title', 'title_short A title', 'author Doe, Jane',
  'author_sort Doe, Jane', 'spelling Doe', 'topic One', '  Two', '\tThree ', '+ continued', '+', 'Stray value at start',
  'format Book', 'format Bok', 'language English', 'isbn 123', 'url javascript:x', 'publishDate 19xx', '', '   ', '\t',
  '# comment', '# catalog-records-disable-next-line', '# catalog-records-disable record/whitespace', '# catalog-records-disable',
  'unknown_field_x y', 'empty', 'id', '\uFEFFid rec-3', 'title é\u00A0ü', '_version_ 1',
);
const eolArbitrary = fc.constantFrom('\n', '\r\n', '\r');
/** `.record` text of such lines, with or without a BOM and a final line break. */
export const recordTextArbitrary = fc.tuple(fc.boolean(), fc.array(fc.tuple(recordLineArbitrary, eolArbitrary), { maxLength: 40 }), fc.boolean())
  .map(([bom, lines, lastBreak]) => {
    const body = lines.map(([line, eol]) => line + eol).join('');
    return (bom ? '\uFEFF' : '') + (lastBreak ? body : body.replace(/(\r\n|\n|\r)$/, ''));
  });
