import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import v8Flags from '../../server/src/cli/v8Flags.json';
import { catrec, catrecBinary, cleanRecord, errorRecord, warningRecord, workspace } from './catrec';

const summaryOf = (stdout: string) => JSON.parse(stdout).summary;

/** A schema of its own: id and local_note, no title. */
const localSchema = `<schema name="local"><uniqueKey>id</uniqueKey>
  <fieldType name="string" class="solr.StrField"/>
  <field name="id" type="string" indexed="true" stored="true"/>
  <field name="local_note" type="string" indexed="true" stored="true"/>
</schema>`;

/** The messages of the first file's vufind/unknown-field findings in a JSON report. */
const unknownFields = (stdout: string) => (JSON.parse(stdout) as { files: Array<{ diagnostics: Array<{ rule: string; message: string }> }> })
  .files[0]!.diagnostics.filter((d) => d.rule === 'vufind/unknown-field').map((d) => d.message);

describe('catrec exit codes', () => {
  test('0 without errors, 1 with errors', () => {
    const cwd = workspace({ 'clean.record': cleanRecord, 'warn.record': warningRecord, 'bad.record': errorRecord });
    expect(catrec(['check', 'clean.record', 'warn.record'], { cwd }).status).toBe(0);
    const failing = catrec(['check', '--format', 'json', 'bad.record'], { cwd });
    expect(failing.status).toBe(1);
    expect(summaryOf(failing.stdout).errors).toBe(1);
  });

  test('--max-warnings: 1 when warnings exceed it, 0 at the limit', () => {
    const cwd = workspace({ 'warn.record': warningRecord });
    expect(catrec(['check', '--max-warnings', '1', 'warn.record'], { cwd }).status).toBe(0);
    const over = catrec(['check', '--max-warnings', '0', 'warn.record'], { cwd });
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('1 warnings, more than --max-warnings 0');
  });

  test.each([
    [['check', '--rule', 'no/such-rule=error']],
    [['check', '--rule', 'record/whitespace=loud']],
    [['check', '--rule', 'record/whitespace']],
    [['check', '--format', 'xml']],
    [['check', '--max-warnings', '-1']],
    [['check', '--bogus']],
    [['check', 'missing.record']],
    [['check', 'nothing/**/*.record']],
    [['check', '--schema', 'missing-schema.xml', 'clean.record']],
    [['frobnicate']],
    [[]],
  ])('2 and nothing on stdout for %j', (args) => {
    const cwd = workspace({ 'clean.record': cleanRecord });
    const run = catrec(args, { cwd });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^catrec: /);
  });

  test('--help and --version', () => {
    const cwd = workspace();
    const help = catrec(['--help'], { cwd });
    expect(help).toMatchObject({ status: 0, stdout: expect.stringContaining('Usage: catrec check') });
    for (const command of ['render <file|->', 'convert --to <record|json|xml>', 'prepare [file|-]']) expect(help.stdout).toContain(`catrec ${command}`);
    for (const command of ['check', 'render', 'convert', 'prepare']) expect(catrec([command, '--help'], { cwd }).stdout).toBe(help.stdout);
    expect(catrec(['--version'], { cwd })).toMatchObject({ status: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
  });
});

describe('catrec started', () => {
  test('as installed, its first line gives Node the V8 flags it needs', () => {
    const [firstLine] = readFileSync(catrecBinary(), 'utf8').split('\n');
    expect(firstLine).toBe(`#!/usr/bin/env -S node ${v8Flags.join(' ')}`);
  });

  test('as `node catrec.js`, it starts again with them: same output, same exit codes', () => {
    const cwd = workspace({ 'warn.record': warningRecord, 'bad.record': errorRecord });
    for (const args of [['check', '--format', 'json', 'warn.record', 'bad.record'], ['check', '--bogus'], ['--version']]) {
      const direct = catrec(args, { cwd });
      expect(catrec(args, { cwd, viaNode: true })).toEqual(direct);
    }
    expect(catrec(['check', '--format', 'json', 'bad.record'], { cwd, viaNode: true }).status).toBe(1);
  });
});

describe('catrec inputs', () => {
  test('"-" reads standard input', () => {
    const run = catrec(['check', '--format', 'json', '-'], { cwd: workspace(), input: warningRecord });
    expect(JSON.parse(run.stdout).files).toMatchObject([{ path: '<stdin>', records: 1, diagnostics: [{ rule: 'record/whitespace' }] }]);
  });

  test('directories are searched for .record files only, hidden entries skipped, in path order', () => {
    const cwd = workspace({
      'd/b.record': cleanRecord, 'd/a/z.record': cleanRecord, 'd/notes.txt': 'x', 'd/.hidden/h.record': cleanRecord,
    });
    const paths = JSON.parse(catrec(['check', '--format', 'json', 'd'], { cwd }).stdout).files.map((file: { path: string }) => file.path);
    expect(paths).toEqual(['d/a/z.record', 'd/b.record']);
  });

  test('globs: * and ? within a segment, ** across segments', () => {
    const cwd = workspace({ 'g/one.record': cleanRecord, 'g/two.record': cleanRecord, 'g/deep/er/three.record': cleanRecord });
    const paths = (pattern: string) => JSON.parse(catrec(['check', '--format', 'json', pattern], { cwd }).stdout)
      .files.map((file: { path: string }) => file.path);
    expect(paths('g/*.record')).toEqual(['g/one.record', 'g/two.record']);
    expect(paths('g/t?o.record')).toEqual(['g/two.record']);
    expect(paths('g/**/*.record')).toEqual(['g/deep/er/three.record', 'g/one.record', 'g/two.record']);
  });
});

describe('catrec settings', () => {
  test('--rule changes a level or turns a rule off', () => {
    const cwd = workspace({ 'warn.record': warningRecord });
    const asError = catrec(['check', '--format', 'json', '--rule', 'record/whitespace=error', 'warn.record'], { cwd });
    expect(asError.status).toBe(1);
    expect(summaryOf(asError.stdout)).toMatchObject({ errors: 1, warnings: 0 });
    const off = catrec(['check', '--format', 'json', '--rule', 'record/whitespace=off', 'warn.record'], { cwd });
    expect(summaryOf(off.stdout)).toMatchObject({ errors: 0, warnings: 0 });
  });

  test('the nearest .catalog-records.json upward applies; flags win over it', () => {
    const cwd = workspace({
      '.catalog-records.json': JSON.stringify({ rules: { 'record/whitespace': 'error' } }),
      'sub/warn.record': warningRecord,
    });
    const fromFile = catrec(['check', '--format', 'json', 'warn.record'], { cwd: `${cwd}/sub` });
    expect(fromFile.status).toBe(1);
    expect(summaryOf(fromFile.stdout).errors).toBe(1);
    const flagWins = catrec(['check', '--format', 'json', '--rule', 'record/whitespace=hint', 'warn.record'], { cwd: `${cwd}/sub` });
    expect(summaryOf(flagWins.stdout)).toMatchObject({ errors: 0, hints: 1 });
  });

  test('a broken settings file is a usage error', () => {
    for (const content of ['{ not json', JSON.stringify({ rules: { 'record/whitespace': 'loud' } }), JSON.stringify({ rules: { 'x/y': 'error' } })]) {
      const cwd = workspace({ '.catalog-records.json': content, 'c.record': cleanRecord });
      const run = catrec(['check', 'c.record'], { cwd });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('.catalog-records.json');
    }
  });

  test('a settings file error says where: file, line and column', () => {
    const cwd = workspace({ '.catalog-records.json': '{\n  "rules": {\n    "record/whitespace": "error"\n    "record/empty-value": "off"\n  }\n}\n', 'c.record': cleanRecord });
    const run = catrec(['check', 'c.record'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('.catalog-records.json:4:5: not valid JSON (comma expected)');
  });

  test('the settings file may have comments and trailing commas, as the editor\'s settings.json', () => {
    const cwd = workspace({
      '.catalog-records.json': '// shared by the team\n{\n  "rules": {\n    "record/whitespace": "error", /* CI fails on it */\n  },\n}\n',
      'warn.record': warningRecord,
    });
    const run = catrec(['check', '--format', 'json', 'warn.record'], { cwd });
    expect(run.status).toBe(1);
    expect(summaryOf(run.stdout)).toMatchObject({ errors: 1, warnings: 0 });
  });

  test.each([
    ['whitespace', 'record/whitespace'],
    ['vufind/whitespace', 'record/whitespace'],
    ['record/whitespac', 'record/whitespace'],
    ['vufind/title-sort-mismtch', 'vufind/title-sort-mismatch'],
  ])('an unknown rule id %j: the one meant is suggested', (id, meant) => {
    const cwd = workspace({ 'c.record': cleanRecord });
    const run = catrec(['check', '--rule', `${id}=off`, 'c.record'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`unknown rule "${id}"; did you mean "${meant}"?`);
  });

  test('an unknown rule id like no other gets the list of rules only', () => {
    const cwd = workspace({ 'c.record': cleanRecord });
    const run = catrec(['check', '--rule', 'x/y=off', 'c.record'], { cwd });
    expect(run.stderr).toContain('unknown rule "x/y" (rules: record/empty-value,');
    expect(run.stderr).not.toContain('did you mean');
  });

  test('--quiet reports errors only and ignores warnings for --max-warnings', () => {
    const cwd = workspace({ 'both.record': `${warningRecord}\n${errorRecord}` });
    const run = catrec(['check', '--format', 'json', '--quiet', '--max-warnings', '0', 'both.record'], { cwd });
    expect(summaryOf(run.stdout)).toMatchObject({ errors: 1, warnings: 0 });
    const onlyWarnings = workspace({ 'warn.record': warningRecord });
    expect(catrec(['check', '--quiet', '--max-warnings', '0', 'warn.record'], { cwd: onlyWarnings }).status).toBe(0);
  });

  test('--schema checks against that schema: its fields are known, others are not', () => {
    const cwd = workspace({ 'schema.xml': localSchema, 'c.record': 'id 1\nlocal_note kept\ntitle T\n' });
    const run = catrec(['check', '--format', 'json', '--schema', 'schema.xml', 'c.record'], { cwd });
    expect(unknownFields(run.stdout)).toEqual([expect.stringContaining('"title"')]);
    expect(run.status).toBe(1);
  });

  test('the settings file\'s "schema" applies to every command, relative to that file; --schema wins', () => {
    const cwd = workspace({
      '.catalog-records.json': JSON.stringify({ schema: 'solr/conf/schema.xml' }),
      'solr/conf/schema.xml': localSchema,
      'records/c.record': 'id 1\nlocal_note kept\ntitle T\n',
      'other.xml': localSchema.replace('local_note', 'title'),
    });
    const fromFile = catrec(['check', '--format', 'json', 'c.record'], { cwd: `${cwd}/records` });
    expect(unknownFields(fromFile.stdout)).toEqual([expect.stringContaining('"title"')]);
    const flagWins = catrec(['check', '--format', 'json', '--schema', '../other.xml', 'c.record'], { cwd: `${cwd}/records` });
    expect(unknownFields(flagWins.stdout)).toEqual([expect.stringContaining('"local_note"')]);
    // The built-in VuFind schema has title but no local_note.
    const builtIn = workspace({ 'c.record': 'id 1\nlocal_note kept\ntitle T\n' });
    expect(unknownFields(catrec(['check', '--format', 'json', 'c.record'], { cwd: builtIn }).stdout)).toEqual([expect.stringContaining('"local_note"')]);
    // convert reads the schema too: local_note is a single-valued string there, so it stays a plain value.
    const converted = catrec(['convert', '--to', 'json', 'c.record'], { cwd: `${cwd}/records` });
    expect(converted.status).toBe(0);
    expect(JSON.parse(converted.stdout)).toEqual([{ id: '1', local_note: 'kept', title: 'T' }]);
  });

  test.each([
    [JSON.stringify({ schema: 'missing.xml' }), ".catalog-records.json's schema"],
    [JSON.stringify({ schema: 'bad.xml' }), ".catalog-records.json's schema is not a usable Solr schema"],
    [JSON.stringify({ schema: 3 }), '"schema" must be the path of a Solr schema.xml'],
  ])('a settings file %s naming no usable schema is a usage error', (content, message) => {
    const cwd = workspace({ '.catalog-records.json': content, 'bad.xml': '<schema name="x"><field name="a"', 'c.record': cleanRecord });
    const run = catrec(['check', 'c.record'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
  });

  test('a --schema that is no usable schema is a usage error naming the problem', () => {
    const cwd = workspace({ 'schema.xml': '<schema name="x"><field name="a"', 'c.record': cleanRecord });
    const run = catrec(['check', '--schema', 'schema.xml', 'c.record'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--schema is not a usable Solr schema');
  });
});
