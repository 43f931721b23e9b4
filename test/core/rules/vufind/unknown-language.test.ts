import { describe } from 'vitest';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';
import { rule } from '../../../../server/src/core/rules/vufind/unknown-language';

describe('vufind/unknown-language', () => {
  ruleTester(rule, {
    valid: ['language English', lines('language German', '  English, Old (ca. 450-1100)'), 'language Catalan / Valencian', 'language No linguistic content'],
    invalid: [
      { code: 'language ⟦eng⟧', messages: ['"eng" looks like the MARC language code "eng"; VuFind stores the name "English"'], output: 'language English' },
      { code: 'language ⟦EN⟧', messages: ['the ISO 639-1 code "en"'], output: 'language English' },
      { code: 'language ⟦ger⟧', output: 'language German' },
      { code: 'language ⟦english⟧', messages: ['a language name in other letter case'], output: 'language English' },
      { code: 'language ⟦Klingonese⟧', messages: ['"Klingonese" is not a language name VuFind\'s language maps produce'], output: null },
      { code: 'language ⟦constructor⟧', output: null },
    ],
  });
});
