import { describe } from 'vitest';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';
import { rule } from '../../../../server/src/core/rules/vufind/repeated-single-valued';

describe('vufind/repeated-single-valued', () => {
  ruleTester(rule, {
    valid: [
      lines('title T', 'author A', 'author B'),
      lines('author A', '  B'),
      lines('title T', '', 'title U'),
    ],
    invalid: [
      { code: lines('title T', 'title ⟦U⟧'), messages: ['"title" takes one value, but this record gives it more: Solr rejects the document ("multiple values encountered for non multiValued field title")'] },
      { code: lines('title_fullStr T', '  ⟦U⟧'), messages: ['"title_fullStr" takes one value'] },
      { code: lines('id a', 'id ⟦b⟧', 'id ⟦c⟧') },
      { code: lines('title T', '⟦title⟧') },
    ],
  });
});
