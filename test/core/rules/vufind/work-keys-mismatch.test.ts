import { describe } from 'vitest';
import { rule } from '../../../../server/src/core/rules/vufind/work-keys-mismatch';
import { marcRecordLines } from '../../../helpers/marc';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';

const example = [
  'author Roger Pizarro Milian',
  'title Back to Basics: Facilitating the Recognition of Micro-Credentials in Ontario PSE',
];
const exampleKey = 'AT rogerpizarromilian backtobasicsfacilitatingtherecognitionofmicrocredentialsinontariopse';
const theTest = marcRecordLines('100 1  $aBryant, Dorothy,$d1930-', '245 14 $aThe test /');

describe('vufind/work-keys-mismatch', () => {
  ruleTester(rule, {
    valid: [
      lines(...example, `work_keys_str_mv ${exampleKey}`),
      lines(...theTest, 'work_keys_str_mv AT bryantdorothy thetest', '  AT bryantdorothy test'),
      // No work keys stored: nothing to compare.
      lines(...example),
    ],
    invalid: [
      {
        code: lines(...example, 'work_keys_str_mv ⟦AT someone backtobasics⟧'),
        messages: [`missing "${exampleKey}"; not computed "AT someone backtobasics"`],
        output: lines(...example, `work_keys_str_mv ${exampleKey}`),
      },
      {
        code: lines(...theTest, 'work_keys_str_mv ⟦AT bryantdorothy test', '  AT bryantdorothy thetest⟧', 'title_sort test'),
        messages: ['the keys are in a different order'],
        output: lines(...theTest, 'work_keys_str_mv AT bryantdorothy thetest', '  AT bryantdorothy test', 'title_sort test'),
      },
      {
        // A missing second key is added as an indented value; the file keeps its missing final line break.
        code: lines(...theTest, 'work_keys_str_mv ⟦AT bryantdorothy thetest⟧'),
        messages: ['missing "AT bryantdorothy test"'],
        output: lines(...theTest, 'work_keys_str_mv AT bryantdorothy thetest', '  AT bryantdorothy test'),
      },
      {
        // Cyrillic needs ICU romanization: say so instead of claiming the stored key is wrong; no fix.
        code: lines('author Лев Толстой', 'title Война и мир', 'work_keys_str_mv ⟦AT levtolstoj vojnaimir⟧'),
        messages: ['cannot be checked exactly'],
        output: null,
      },
    ],
  });
});
