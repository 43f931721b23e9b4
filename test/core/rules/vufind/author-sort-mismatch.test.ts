import { describe } from 'vitest';
import { rule } from '../../../../server/src/core/rules/vufind/author-sort-mismatch';
import { marcRecordLines } from '../../../helpers/marc';
import { lines } from '../../../helpers/markers';
import { ruleTester } from '../../../helpers/ruleTester';

const vico = marcRecordLines('100 1  $aVico, Giambattista,$d1668-1744.', '245 14 $aThe test.', '700 1  $aPandolfi, Claudia.');
const editorFirst = marcRecordLines('100 1  $aSmith, Jane,$eeditor.', '245 10 $aEssays.', '700 1  $aDoe, John,$d1950-$eauthor.');

describe('vufind/author-sort-mismatch', () => {
  ruleTester(rule, {
    valid: [
      lines('author Roger Pizarro Milian', 'author_sort Roger Pizarro Milian'),
      lines(...vico, 'author_sort Vico, Giambattista, 1668-1744'),
      // An editor is no first author: VuFind takes the 700 with the author relator.
      lines(...editorFirst, 'author_sort Doe, John, 1950-'),
      // No author, no expectation.
      lines('title Untitled', 'author_sort Anyone'),
      // No author_sort: nothing to compare.
      'author Roger Pizarro Milian',
    ],
    invalid: [
      {
        code: lines('author Roger Pizarro Milian', 'author Someone Else', 'author_sort ⟦Someone Else⟧'),
        messages: ['author_sort is "Someone Else", but VuFind computes "Roger Pizarro Milian" from the first author'],
        output: lines('author Roger Pizarro Milian', 'author Someone Else', 'author_sort Roger Pizarro Milian'),
      },
      {
        // author_sort keeps case: a lowercased key is wrong.
        code: lines('author Roger Pizarro Milian', 'author_sort ⟦roger pizarro milian⟧'),
        output: lines('author Roger Pizarro Milian', 'author_sort Roger Pizarro Milian'),
      },
      {
        code: lines(...vico, 'author_sort ⟦Vico, Giambattista, 1668-1744.⟧'),
        messages: ['VuFind computes "Vico, Giambattista, 1668-1744" from the first author field in fullrecord'],
        output: lines(...vico, 'author_sort Vico, Giambattista, 1668-1744'),
      },
    ],
  });
});
