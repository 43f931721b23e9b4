import { describe, expect, test } from 'vitest';
import { rule } from '../../../../server/src/core/rules/vufind/derived-field-mismatch';
import { lines } from '../../../helpers/markers';
import { createCatalogService } from '../../../../server/src/core/index';
import { applyFirstFix, findings, ruleTester } from '../../../helpers/ruleTester';

describe('vufind/derived-field-mismatch', () => {
  ruleTester(rule, {
    valid: [
      lines('title_full T', 'title_fullStr T', 'title_full_unstemmed T'),
      lines('author A', 'author2 B', 'author_facet A', '  B'),
      lines('author A', 'title T', 'series S', 'spellingShingle A', 'T', 'S'),
      // spelling comes from allfields, which is not stored: nothing to compare with.
      lines('title T', 'spelling anything at all'),
      // No destination in the record: Solr will make it.
      lines('title_full T'),
    ],
    invalid: [
      {
        code: lines('title_full Back to Basics', '⟦title_fullStr⟧ Back to basics'),
        messages: ['"title_fullStr" does not match its copyField sources (title_full): missing "Back to Basics"; not in the sources: "Back to basics".'],
        output: lines('title_full Back to Basics', 'title_fullStr Back to Basics'),
      },
      {
        code: lines('author A', 'author_corporate C', '⟦author_facet⟧ A'),
        messages: ['missing "C"'],
        output: lines('author A', 'author_corporate C', 'author_facet A', '  C'),
      },
      {
        code: lines('author A', 'title T', '⟦spellingShingle⟧ T', '  A'),
        messages: ['expected the values in copyField order: "A", "T".'],
        output: lines('author A', 'title T', 'spellingShingle A', '  T'),
      },
      {
        code: lines('id a', '⟦title_fullStr⟧ T', 'id2_str b'),
        messages: ['not in the sources: "T"'],
        output: lines('id a', 'id2_str b'),
      },
    ],
  });

  test('regenerating merges repeated destination lines into one, keeping CRLF', () => {
    expect(applyFirstFix(rule, 'author A\r\nauthor_facet B\r\ntitle T\r\nauthor_facet C\r\n'))
      .toBe('author A\r\nauthor_facet A\r\ntitle T\r\n');
  });

  test('regenerating is safe; removing a destination whose sources are empty is not', () => {
    const service = createCatalogService();
    const safety = (text: string) => {
      const [finding] = findings(rule, text);
      return rule.fix!({ span: finding!.span, data: finding!.data ?? {}, document: service.parse(text) })[0]?.safe;
    };
    expect(safety(lines('title_full T', 'title_fullStr X'))).toBe(true);
    expect(safety(lines('id a', 'title_fullStr X'))).toBe(false);
  });

  test('a destination on the last line without a line break stays without one', () => {
    expect(applyFirstFix(rule, 'title_full T\ntitle_fullStr X')).toBe('title_full T\ntitle_fullStr T');
  });
});
