import { describe, expect, test } from 'vitest';
import { decodeIso2709, dataFields } from '../../../server/src/core/marc/iso2709';
import { authorSortMarc, authorSortXslt, fixTrailingPunctuation } from '../../../server/src/core/normalize/authorSort';
import { cleanData } from '../../../server/src/core/normalize/solrMarcClean';
import { titleSortMarc, titleSortXslt } from '../../../server/src/core/normalize/titleSort';
import { normalizeWorkKeyPart, workKeysMarc, workKeysXslt } from '../../../server/src/core/normalize/workKeys';
import { iso2709 } from '../../helpers/marc';

const marc = (...fields: string[]) => decodeIso2709(iso2709(...fields)).record!;
const title245 = (spec: string) => dataFields(marc(spec), '245')[0]!;

describe('titleSortXslt (VuFind::titleSortLower ∘ stripArticles)', () => {
  // VuFind's own test vectors (VuFindTest.php), plus article stripping.
  test.each([
    ['ABCDEF', 'abcdef'],
    ['çèñüĂ', 'cenua'],
    ['this:that:...!>!the other', 'this that the other'],
    ['日本語テキスト', '日本語テキスト'],
    ['[foo', 'foo'], ['foo]', 'foo'], ['[foo]', 'foo'], ['[[foo]]', 'foo'], ['[]foo][[', 'foo'],
    ['foo[]foo', 'foo foo'],
    ['foo /.', 'foo'],
    ['The Hobbit', 'hobbit'], ['A Tale', 'tale'], ['An Étude', 'etude'], ['Theory', 'theory'],
  ])('%s → %s', (input, expected) => expect(titleSortXslt(input)).toBe(expected));
});

describe('titleSortMarc (SolrMarc 245abkp,titleSortLower)', () => {
  test.each([
    ['245 14 $aThe test /$cDorothy Bryant.', 'test'],
    ['245 10 $aThe test', 'the test'],
    ['245 14 $aThe test of the publication fields.', 'test of the publication fields'],
    ['245 10 $aBack to basics :$bfacilitating the recognition of micro-credentials in Ontario PSE /', 'back to basics facilitating the recognition of micro credentials in ontario pse'],
    ['245 10 $a<HTML> The Basics', 'html the basics'],
    ['245 10 $aØresund Łódź Đakovo', 'oresund lodz dakovo'],
    ['245 10 $aÆsop’s fables — Straße', 'æsop s fables straße'],
    ['245 13 $aLe monde.$pPartie 2.$kLetters.', 'monde partie 2 letters'],
    ['245 19 $aShort', ''],
  ])('%s → %s', (spec, expected) => expect(titleSortMarc(title245(spec))).toBe(expected));

  test('cleanData keeps the period after Jr. and after an initial', () => {
    expect(cleanData('Smith, John, Jr.')).toBe('Smith, John, Jr.');
    expect(cleanData('Smith, J.')).toBe('Smith, J.');
    expect(cleanData('The end. ;')).toBe('The end');
  });
});

describe('author sort', () => {
  test.each([
    ['Bryant, Dorothy, 1930-', 'Bryant, Dorothy, 1930-'],
    ['Vico, Giambattista, 1668-1744.', 'Vico, Giambattista, 1668-1744'],
    ['Will B. Broke ; afterword by P.S. Sherman.', 'Will B. Broke ; afterword by P.S. Sherman'],
    ['Smith, J.', 'Smith, J.'],
    ['Jones, Mrs.', 'Jones, Mrs.'],
    ['Smith, John, Jr.', 'Smith, John, Jr'],
    ['Doe, Jane. -.', 'Doe, Jane'],
    ['Author (Fictional', 'Author (Fictional'],
    ['Author Fictional)', 'Author Fictional'],
    ['Name, /', 'Name'],
  ])('fixTrailingPunctuation %s → %s', (input, expected) => expect(fixTrailingPunctuation(input)).toBe(expected));

  test('MARC: the first field whose relator allows a first author, in record order', () => {
    expect(authorSortMarc(marc('100 1  $aSmith, Jane,$eeditor.', '700 1  $aDoe, John,$d1950-$eauthor.'))).toBe('Doe, John, 1950-');
    expect(authorSortMarc(marc('100 1  $aSmith, Jane,$4aut'))).toBe('Smith, Jane');
    expect(authorSortMarc(marc('110 2  $aUnesco.$bDivision.'))).toBe('Unesco. Division');
    // An unknown relator is accepted; a known non-author relator is not.
    expect(authorSortMarc(marc('100 1  $aOdd, One,$ewhatever'))).toBe('Odd, One');
    expect(authorSortMarc(marc('700 1  $aEd, Itor,$eeditor'))).toBeUndefined();
    expect(authorSortMarc(marc('245 10 $aNo author'))).toBeUndefined();
  });

  test('XSLT: the first author, whitespace normalized, case kept', () => {
    expect(authorSortXslt(['  Roger   Pizarro Milian ', 'B'])).toBe('Roger Pizarro Milian');
    expect(authorSortXslt([])).toBeUndefined();
  });
});

describe('work keys', () => {
  test('VuFind testGetWorkKeysWithTransliteration (XSLT/PHP, the stock ICU rules)', () => {
    // The test passes 'UNIFORM title +Å' as uniform title, which doaj.xsl never does; its part normalizes so:
    expect(normalizeWorkKeyPart('UNIFORM title +Å', 'php')).toBe('uniformtitlea');
    expect(workKeysXslt('The nonUniform  Titlë', ['AUTHOR * 1', 'author - 2']).keys).toEqual([
      'AT author1 thenonuniformtitle', 'AT author2 thenonuniformtitle',
      'AT author1 nonuniformtitle', 'AT author2 nonuniformtitle',
    ]);
  });

  test('no authors, no keys; ø, æ, ß stay; 255 cut', () => {
    expect(workKeysXslt('Title', []).keys).toEqual([]);
    expect(normalizeWorkKeyPart('Ørsted, Æbelø — Straße', 'java')).toBe('ørstedæbeløstraße');
    expect(normalizeWorkKeyPart('x'.repeat(300), 'php')).toHaveLength(255);
  });

  test('MARC fixture: 245 14 "The test /" with 100 "Bryant, Dorothy, 1930-"', () => {
    const result = workKeysMarc(marc('100 1  $aBryant, Dorothy,$d1930-', '245 14 $aThe test /'));
    expect(result).toEqual({ keys: ['AT bryantdorothy thetest', 'AT bryantdorothy test'], exact: true });
  });

  test('MARC uniform titles give UT keys; non-Latin input is marked inexact', () => {
    expect(workKeysMarc(marc('130 0  $aBible.$pGenesis.', '245 10 $aGenesis')).keys).toEqual(['UT biblegenesis']);
    expect(workKeysMarc(marc('100 1  $aТолстой, Лев', '245 10 $aВойна и мир')).exact).toBe(false);
  });
});
