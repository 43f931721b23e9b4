import { describe, expect, test } from 'vitest';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';
import { rule } from '../../../../server/src/core/rules/vufind/solr-managed-field';
import { applyFirstFix } from '../../../helpers/ruleTester';

const staffView = lines('_version_ 1849690312389165056', 'id a', 'title T', 'title_fullStr T', 'allfields x', '');

describe('vufind/solr-managed-field', () => {
  ruleTester(rule, {
    valid: [
      lines('id a', 'title T', 'title_full T'),
      // allfields is a copyField destination (of format) but also a source: indexers write it.
      lines('id a', 'allfields x'),
    ],
    invalid: [
      { code: lines('⟦_version_⟧ 1', 'id a'), messages: ['"_version_" is written by Solr, which stamps every update with a new version. Posted back, it turns on optimistic concurrency'], output: 'id a' },
      { code: lines('id a', '⟦title_fullStr⟧ T'), messages: ['copies it from title_full (copyField). Posted back as it is, Solr adds the copy to this value and rejects the document'], output: 'id a\n' },
      { code: lines('id a', '⟦author_facet⟧ A', '  B'), messages: ['copies it from author, author2, author_corporate (copyField). Posted back as it is, Solr copies the sources again and the values appear twice.'] },
      { code: lines('id a', '⟦spellingShingle⟧ A', '⟦publisherStr⟧ P') },
    ],
  });

  test('the second fix removes every managed field of the record, never in fix-all', () => {
    expect(applyFirstFix(rule, staffView, 1)).toBe(lines('id a', 'title T', 'allfields x', ''));
  });

  test('CRLF: removing a field takes its line break along', () => {
    expect(applyFirstFix(rule, 'id a\r\nspelling x\r\ntitle T\r\n')).toBe('id a\r\ntitle T\r\n');
  });
});
