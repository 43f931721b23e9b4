import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { catrec, workspace } from './catrec';

const repoRoot = path.resolve(__dirname, '../..');
const solrResponses = path.resolve(repoRoot, '../shared/corpus/vufind/module/VuFindSearch/tests/fixtures/blender/response/solr');
const responseFiles = readdirSync(solrResponses).filter((name) => name.endsWith('.json')).sort();
const example = readFileSync(path.join(repoRoot, 'examples/doaj-article.record'), 'utf8');

/** Runs catrec and expects success with nothing on stderr. */
function ok(args: readonly string[], cwd: string, input?: string): string {
  const run = catrec(args, input === undefined ? { cwd } : { cwd, input });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

describe('catrec convert: lossless round trips of the VuFind test responses', () => {
  test('the fixtures are there', () => expect(responseFiles).toEqual(['search-author.json', 'search-title.json', 'search.json']));

  test.each(responseFiles)('%s: json → record → json and json → xml → json give back the same docs', (name) => {
    const source = path.join(solrResponses, name);
    const docs = JSON.parse(readFileSync(source, 'utf8')).response.docs;
    expect(docs.length).toBeGreaterThan(0);
    const cwd = workspace();

    expect(ok(['convert', '--to', 'record', source, '-o', 'docs.record'], cwd)).toBe('');
    expect(JSON.parse(ok(['convert', '--to', 'json', 'docs.record'], cwd))).toStrictEqual(docs);

    const xml = ok(['convert', '--to', 'xml', source], cwd);
    expect(JSON.parse(ok(['convert', '--to', 'json', '--stdin-format', 'xml', '-'], cwd, xml))).toStrictEqual(docs);
  });
});

describe('catrec convert', () => {
  test('-o writes the file; without it the result goes to stdout', () => {
    const cwd = workspace({ 'a.record': example });
    const toStdout = ok(['convert', '--to', 'json', 'a.record'], cwd);
    expect(ok(['convert', 'a.record', '--to=json', '--output', 'out/../a.solr.json'], cwd)).toBe('');
    expect(readFileSync(path.join(cwd, 'a.solr.json'), 'utf8')).toBe(toStdout);
    expect(JSON.parse(toStdout)).toHaveLength(1);
  });

  test('what the target cannot hold is a warning on stderr, exit 0', () => {
    const cwd = workspace({ 'odd.solr.json': '[{"id": "1", "odd name": "x", "note_str": null}]' });
    const run = catrec(['convert', '--to', 'record', 'odd.solr.json'], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('id 1\nodd name x\n');
    expect(run.stderr).toContain('catrec: warning: odd.solr.json:1:43: The value of "note_str" is null');
    expect(run.stderr).toContain('catrec: warning: odd.solr.json: Record 1: the field name "odd name" cannot be written in .record.');
  });

  test.each([
    ['broken.solr.json', '[{"id": "1", "title": "A"'],
    ['broken.xml', '<add><doc><field name="id">1</field></add>'],
    ['broken.record', 'id 1\n\n+ orphan\n'],
  ])('%s has syntax errors: exit 2, where they are on stderr, nothing written', (name, content) => {
    const cwd = workspace({ [name]: content });
    for (const args of [['convert', '--to', 'xml', name], ['prepare', name]]) {
      const run = catrec([...args, '-o', 'out.txt'], { cwd });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^catrec: ${name.replace('.', '\\.')}:\\d+:\\d+: .*\\((solr/invalid-json|solr/invalid-xml|record/orphan-value)\\)$`, 'm'));
      expect(run.stderr).toContain(`catrec: ${name} has syntax errors; nothing written`);
      expect(readdirSync(cwd)).toEqual([name]);
    }
  });

  test.each([
    [['convert', 'a.record'], 'convert needs --to <record|json|xml>'],
    [['convert', '--to', 'yaml', 'a.record'], '--to must be one of record|json|xml, got "yaml"'],
    [['convert', '--to', 'json', 'a.record', 'b.record'], 'convert reads one file or "-", got 2'],
    [['prepare', '--keep-version=yes', 'a.record'], '--keep-version takes no value'],
    [['prepare', '--to', 'json', 'a.record'], 'unknown option "--to"'],
  ])('%j is a usage error', (args, message) => {
    const run = catrec(args, { cwd: workspace({ 'a.record': example }) });
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toContain(message);
  });

  test('input that is not valid UTF-8 is refused', () => {
    const cwd = workspace({ 'latin.record': Buffer.from([0x69, 0x64, 0x20, 0x31, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x20, 0xe9, 0x0a]) });
    const run = catrec(['convert', '--to', 'json', 'latin.record'], { cwd });
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toContain('latin.record is not valid UTF-8');
  });
});

describe('catrec prepare', () => {
  const managedFinding = 'vufind/solr-managed-field';

  const inputs: Array<[label: string, name: string, content: string]> = [
    ['the example record', 'doaj.record', example],
    ...responseFiles.map((name): [string, string, string] => [`VuFind's ${name}`, name, readFileSync(path.join(solrResponses, name), 'utf8')]),
  ];

  test.each(inputs)('%s: valid JSON that `catrec check` finds no Solr-managed field in', (_label, name, content) => {
    const cwd = workspace({ [name]: content });
    const before = JSON.parse(catrec(['check', '--format', 'json', name], { cwd }).stdout);
    expect(before.files[0].diagnostics.some((d: { rule: string }) => d.rule === managedFinding)).toBe(true);

    expect(ok(['prepare', name, '-o', 'payload.solr.json'], cwd)).toBe('');
    const payload = readFileSync(path.join(cwd, 'payload.solr.json'), 'utf8');
    const docs = JSON.parse(payload);
    expect(docs.length).toBe(before.files[0].records);
    expect(docs.every((doc: Record<string, unknown>) => !('_version_' in doc) && typeof doc['id'] === 'string')).toBe(true);
    const after = JSON.parse(catrec(['check', '--format', 'json', 'payload.solr.json'], { cwd }).stdout);
    expect(after.files[0].diagnostics.filter((d: { rule: string }) => d.rule === managedFinding)).toEqual([]);
    expect(after.files[0].diagnostics.filter((d: { rule: string }) => d.rule.startsWith('solr/'))).toEqual([]);
  });

  test('--keep-version keeps _version_ with all its digits', () => {
    const version = /^_version_ (\d+)$/m.exec(example)![1]!;
    expect(Number(version)).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
    const cwd = workspace({ 'doaj.record': example });
    const kept = ok(['prepare', '--keep-version', 'doaj.record'], cwd);
    expect(kept).toContain(`"_version_": ${version}`);
    expect(JSON.parse(kept)[0]).toHaveProperty('_version_');
    const fromStdin = ok(['prepare', '--keep-version', '-'], cwd, example);
    expect(fromStdin).toBe(kept);
  });
});

test('prepare warns on stderr that atomic updates become plain values, and still writes the payload', () => {
  const cwd = workspace({ 'update.solr.json': '{"add":{"doc":{"id":"1","topic":{"set":["x"]}}}}' });
  const run = catrec(['prepare', 'update.solr.json'], { cwd });
  expect(run.status).toBe(0);
  expect(run.stderr).toContain('"topic" is an atomic update ({"set": …})');
  expect(JSON.parse(run.stdout)).toEqual([{ id: '1', topic: ['x'] }]);
});
