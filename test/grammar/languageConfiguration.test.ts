import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(__dirname, '../..');
const configuration = JSON.parse(readFileSync(path.join(root, 'language-configuration.json'), 'utf8'));

/** The words VS Code would find in `text` (it runs wordPattern as a global JavaScript regex). */
function words(text: string): string[] {
  return text.match(new RegExp(configuration.wordPattern, 'g')) ?? [];
}

describe('language configuration', () => {
  test('package.json points the language at this file', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const language = manifest.contributes.languages.find((candidate: { id: string }) => candidate.id === 'vufind-record');
    expect(language.configuration).toBe('./language-configuration.json');
  });

  test('"#" starts a line comment; there are no block comments', () => {
    expect(configuration.comments).toEqual({ lineComment: '#' });
  });

  test('blank lines belong to the next block, so folding a field never swallows the line that ends its record', () => {
    expect(configuration.folding).toEqual({ offSide: true });
  });

  test('field names with "_", "-" and "." are one word', () => {
    expect(words('title_full_unstemmed callnumber-first dewey.raw work_keys_str_mv')).toEqual([
      'title_full_unstemmed', 'callnumber-first', 'dewey.raw', 'work_keys_str_mv',
    ]);
  });

  test('markers, punctuation and quotes are not part of words', () => {
    expect(words('+ The end. “Common core” (PSE), https://x.org')).toEqual(['The', 'end', 'Common', 'core', 'PSE', 'https', 'x.org']);
    expect(words('# catalog-records-disable vufind/title-sort-mismatch')).toEqual(['catalog-records-disable', 'vufind', 'title-sort-mismatch']);
  });

  test('the word pattern never matches empty text (VS Code would loop on it)', () => {
    expect(new RegExp(configuration.wordPattern).test('')).toBe(false);
  });
});
