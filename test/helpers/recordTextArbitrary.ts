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

/** Mostly what clean text has, and now and then what a record's whitespace rules look for. */
const mostly = <T>(usual: T, odd: readonly T[]) => fc.oneof({ arbitrary: fc.constant(usual), weight: 12 * odd.length }, fc.constantFrom(...odd));

/**
 * Lines of every kind (field, indented, `+`, comment) with odd whitespace anywhere: doubled, leading and trailing
 * spaces, tabs, no-break and other Unicode spaces, line separators, control characters; names that take one value
 * or several, and one whose values are kept verbatim.
 */
const oddWhitespaceLineArbitrary = fc.tuple(
  fc.oneof({ arbitrary: fc.constantFrom('', '', '  ', '+ '), weight: 4 }, fc.constantFrom(' ', '\t', ' \t', '+', '+  ', '+\t', '# ')),
  mostly('', ['\u00A0', '\u3000', '\uFEFF', '\u0007']),
  fc.constantFrom('title', 'topic', 'fullrecord', 'id', 'Stray', 'é', ''),
  fc.array(fc.tuple(
    mostly(' ', ['  ', '\t', '\u00A0', '\u202F', '\u2028', '\u2029', '\u3000', '\uFEFF', '\u0007', '\u0085', '\u001D']),
    fc.constantFrom('a', 'Zz', 'é', '\u2027', '-'),
  ), { maxLength: 4 }),
  mostly('', [' ', '\t', '\u00A0', '\u2029']),
).map(([start, lead, first, rest, end]) => start + lead + first + rest.map(([space, word]) => space + word).join('') + end);

/** `.record` text of such lines and those above (blank ones among them), with any line breaks. */
export const oddWhitespaceRecordTextArbitrary = fc.array(
  fc.tuple(fc.oneof({ arbitrary: oddWhitespaceLineArbitrary, weight: 4 }, recordLineArbitrary), eolArbitrary),
  { maxLength: 30 },
).map((lines) => lines.map(([line, eol]) => line + eol).join(''));
