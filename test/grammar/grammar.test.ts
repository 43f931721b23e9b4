import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseRecordText } from '../../server/src/core/parse/recordText';
import { vufindBiblioSchema } from '../../server/src/core/schema/schema';
import { scopes } from '../../scripts/grammar/buildGrammar';
import { type Token, editorLines, renderTokens, tokenize } from './tokenize';

const root = path.resolve(__dirname, '../..');
const fixtures = [
  'examples/doaj-article.record',
  ...['comments', 'continuation', 'crlf-bom', 'field-names', 'tabs', 'values'].map((name) => `test/grammar/fixtures/${name}.record`),
];

const read = (fixture: string): string => readFileSync(path.join(root, fixture), 'utf8');

/** The scopes of the token on `line` whose text is exactly `text`. */
function scopesOf(tokens: readonly Token[], line: number, text: string): readonly string[] {
  const token = tokens.find((candidate) => candidate.line === line && candidate.text === text);
  expect(token, `no token ${JSON.stringify(text)} on line ${line}:\n${renderTokens(tokens.filter((t) => t.line === line))}`).toBeDefined();
  return token!.scopes;
}

const nameScopes = [scopes.knownName, scopes.managedName, scopes.dynamicName, scopes.unknownName];

/** The scope a field name should get, decided by the schema the parser and the rules use. */
function expectedNameScope(name: string): string {
  const resolved = vufindBiblioSchema.resolve(name);
  if (!resolved) return scopes.unknownName;
  if (resolved.dynamicPattern) return scopes.dynamicName;
  const managed = name === '_version_' || vufindBiblioSchema.copySourcesOf(name).length > 0;
  return managed ? scopes.managedName : scopes.knownName;
}

describe('grammar snapshots', () => {
  test.each(fixtures)('%s', async (fixture) => {
    const snapshot = path.join(__dirname, 'snapshots', `${path.basename(fixture)}.tokens.txt`);
    await expect(renderTokens(await tokenize(read(fixture)))).toMatchFileSnapshot(snapshot);
  });
});

describe('field names', () => {
  test('known, Solr-managed, dynamic and unknown names get distinct scopes', async () => {
    const tokens = await tokenize('title A\nauthor_facet B\n_version_ 1\ntitel C\nwork_keys_str_mv D\n');
    expect(scopesOf(tokens, 1, 'title')).toContain(scopes.knownName);
    expect(scopesOf(tokens, 2, 'author_facet')).toContain(scopes.managedName);
    expect(scopesOf(tokens, 3, '_version_')).toContain(scopes.managedName);
    expect(scopesOf(tokens, 4, 'titel')).toContain(scopes.unknownName);
    expect(scopesOf(tokens, 5, 'work_keys')).toContain(scopes.dynamicName);
    expect(scopesOf(tokens, 5, '_str_mv')).toEqual(expect.arrayContaining([scopes.dynamicName, scopes.dynamicSuffix]));
  });

  test.each(vufindBiblioSchema.data.fields.map((field) => [field.name]))('explicit field %s is classified as the schema says', async (name) => {
    const tokens = await tokenize(`${name} value\n`);
    expect(scopesOf(tokens, 1, name)).toContain(expectedNameScope(name));
  });

  test.each(vufindBiblioSchema.data.dynamicFields.map((field) => [field.pattern]))('dynamic pattern %s marks the name and its suffix', async (pattern) => {
    const suffix = pattern.slice(1);
    const tokens = await tokenize(`local${suffix} value\n`);
    expect(scopesOf(tokens, 1, 'local')).toContain(scopes.dynamicName);
    expect(scopesOf(tokens, 1, suffix)).toContain(scopes.dynamicSuffix);
  });

  test('a suffix alone is not a dynamic name, and a known name with a suffix is', async () => {
    const tokens = await tokenize('_str x\ntitle_sort_str y\n');
    expect(scopesOf(tokens, 1, '_str')).toContain(scopes.unknownName);
    expect(scopesOf(tokens, 2, 'title_sort')).toContain(scopes.dynamicName);
  });
});

describe('values', () => {
  test('the separator is one space or tab; the rest of the line is the value', async () => {
    const tokens = await tokenize('title\t  spaced\n');
    expect(scopesOf(tokens, 1, '\t')).toContain(scopes.separator);
    expect(scopesOf(tokens, 1, '  spaced')).toContain(scopes.value);
  });

  test('an indented line is one more value', async () => {
    const tokens = await tokenize('topic A\n  B\n');
    expect(scopesOf(tokens, 2, 'B')).toEqual(expect.arrayContaining([scopes.multiValuedField, scopes.indentedValue]));
  });

  test('a "+" line marks the continuation and keeps its text as value', async () => {
    const tokens = await tokenize('description One\n+ two\n+\n');
    expect(scopesOf(tokens, 2, '+ ')).toContain(scopes.continuationMarker);
    expect(scopesOf(tokens, 2, 'two')).toContain(scopes.continuationValue);
    expect(scopesOf(tokens, 3, '+')).toContain(scopes.continuationMarker);
  });

  test('links inside values are marked without trailing punctuation', async () => {
    const tokens = await tokenize('description See https://doi.org/10.1234/abc. Done\n');
    expect(scopesOf(tokens, 1, 'https://doi.org/10.1234/abc')).toEqual(expect.arrayContaining([scopes.value, scopes.link]));
    expect(scopesOf(tokens, 1, '. Done')).not.toContain(scopes.link);
  });

  test('ISO dates, whole-value years and numbers are marked; numbers inside text are not', async () => {
    const tokens = await tokenize('first_indexed 2025-08-20T03:21:22Z\npublishDate 2021\n_version_ 1849690312389165056\ntitle Proceedings 2001\n');
    expect(scopesOf(tokens, 1, '2025-08-20T03:21:22Z')).toContain(scopes.date);
    expect(scopesOf(tokens, 2, '2021')).toContain(scopes.year);
    expect(scopesOf(tokens, 3, '1849690312389165056')).toContain(scopes.number);
    expect(scopesOf(tokens, 4, 'Proceedings 2001')).toEqual([scopes.field, scopes.value]);
  });
});

describe('multi-valued fields pasted from a staff view', () => {
  test.each(vufindBiblioSchema.data.fields.map((field) => [field.name, field.multiValued]))(
    'after %s (multi-valued: %s) an unknown name at line start is a value exactly when the field takes more values',
    async (name, multiValued) => {
      const tokens = await tokenize(`${name} first\nPasted second\n`);
      const pasted = scopesOf(tokens, 2, multiValued ? 'Pasted second' : 'Pasted');
      expect(pasted).toContain(multiValued ? scopes.unindentedValue : scopes.unknownName);
    },
  );

  test('comments and indented values keep the field open; a known name or a blank line closes it', async () => {
    const tokens = await tokenize('topic A\n# note\n  B\nC\ntitle T\nD\n\ntopic E\n\nF\n');
    expect(scopesOf(tokens, 4, 'C')).toContain(scopes.unindentedValue);
    expect(scopesOf(tokens, 5, 'title')).toContain(scopes.knownName);
    expect(scopesOf(tokens, 6, 'D')).toContain(scopes.unknownName);
    expect(scopesOf(tokens, 10, 'F')).toContain(scopes.unknownName);
  });
});

describe('comments', () => {
  test('a "#" at line start is a comment; an indented "#" is a value', async () => {
    const tokens = await tokenize('# note\ntopic A\n  # B\n');
    expect(scopesOf(tokens, 1, '#')).toEqual([scopes.comment, scopes.commentMarker]);
    expect(scopesOf(tokens, 3, '# B')).toContain(scopes.indentedValue);
  });

  test('a blank line leaves the field: what follows belongs to no field', async () => {
    const tokens = await tokenize('topic A\n\n# note\ntitle B\n \t\n# note\n');
    expect(scopesOf(tokens, 3, '#')).toEqual([scopes.comment, scopes.commentMarker]);
    expect(scopesOf(tokens, 6, '#')).toEqual([scopes.comment, scopes.commentMarker]);
    expect(tokens.filter((token) => token.line === 5)).toEqual([{ line: 5, column: 1, text: ' \t', scopes: [] }]);
  });

  test('suppression comments mark the directive and each rule id', async () => {
    const tokens = await tokenize('# catalog-records-disable-next-line record/whitespace, vufind/title-sort-mismatch\n');
    expect(scopesOf(tokens, 1, 'catalog-records-disable-next-line')).toEqual([scopes.comment, scopes.directive]);
    expect(scopesOf(tokens, 1, 'record/whitespace')).toEqual([scopes.comment, scopes.ruleId]);
    expect(scopesOf(tokens, 1, ',')).toEqual([scopes.comment, scopes.ruleIdSeparator]);
    expect(scopesOf(tokens, 1, 'vufind/title-sort-mismatch')).toEqual([scopes.comment, scopes.ruleId]);
  });
});

/** Line and column (1-based, as the tokens count them) of a parser offset. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(text.startsWith('\uFEFF') ? 1 : 0, offset);
  const lines = editorLines(before);
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

describe('the grammar agrees with the parser', () => {
  test.each(fixtures)('%s: every field name and every unindented value', async (fixture) => {
    const text = read(fixture);
    const tokens = await tokenize(text);
    const document = parseRecordText(text);
    const fieldLines = new Set<number>();
    const unindentedLines = new Set<number>();
    for (const field of document.records.flatMap((record) => record.fields)) {
      const { line, column } = positionOf(text, field.nameSpan.start);
      fieldLines.add(line);
      const nameTokens = tokens.filter((token) => token.line === line && nameScopes.some((scope) => token.scopes.includes(scope)));
      expect(nameTokens.map((token) => token.text).join(''), `line ${line}`).toBe(field.name);
      expect(nameTokens[0]!.column).toBe(column);
      expect(nameTokens[0]!.scopes, `line ${line}`).toContain(expectedNameScope(field.name));
      for (const value of field.values.filter((candidate) => candidate.layout === 'unindented')) {
        unindentedLines.add(positionOf(text, value.span.start).line);
      }
    }
    const grammarFieldLines = tokens.filter((token) => nameScopes.some((scope) => token.scopes.includes(scope))).map((token) => token.line);
    expect(new Set(grammarFieldLines)).toEqual(fieldLines);
    const grammarUnindentedLines = tokens.filter((token) => token.scopes.includes(scopes.unindentedValue)).map((token) => token.line);
    expect(new Set(grammarUnindentedLines)).toEqual(unindentedLines);
  });

  test.each(fixtures)('%s: every suppression comment shows its directive', async (fixture) => {
    const text = read(fixture);
    const tokens = await tokenize(text);
    const directiveLines = new Set(tokens.filter((token) => token.scopes.includes(scopes.directive)).map((token) => token.line));
    expect(directiveLines.size).toBe(parseRecordText(text).suppressions.length);
  });
});
