import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, test } from 'vitest';
import { createCatalogService } from '../../server/src/core/index';
import { catrec, cleanRecord, startCatrec, warningRecord, workspace } from './catrec';

/** The warning record (trailing space in "publisher") in each Solr syntax. */
const warningJson = '{"id": "warn-1", "title": "A Dog", "title_sort": "dog", "publisher": "Sample Press "}';
const warningXml = '<add>\n<doc>\n<field name="id">warn-1</field>\n<field name="title">A Dog</field>\n'
  + '<field name="title_sort">dog</field>\n<field name="publisher">Sample Press </field>\n</doc>\n</add>\n';
const cleanJson = '{"id": "clean-1", "title": "The Cat", "title_sort": "cat"}';

const service = createCatalogService();

function checkJson(args: readonly string[], cwd: string, input?: string) {
  const run = catrec(['check', '--format', 'json', ...args], input === undefined ? { cwd } : { cwd, input });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { files: Array<{ path: string; records: number; diagnostics: Array<{ rule: string; line: number; recordId: string | null }> }> };
}

/** The errors a strict XML parser finds (saxes, as the core uses it; no DTDs, no external entities). */
function xmlErrors(text: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (error) => errors.push(error.message));
  parser.write(text).close();
  return errors;
}

describe('catrec check on every supported format', () => {
  test.each([
    ['warn.record', warningRecord, 4],
    ['warn.solr.json', `[\n${cleanJson},\n${warningJson}\n]\n`, 3],
    ['warn.json', `[\n${cleanJson},\n${warningJson}\n]\n`, 3],
    ['warn.solr.jsonl', `${cleanJson}\n${warningJson}\n`, 2],
    ['warn.jsonl', `${cleanJson}\n${warningJson}\n`, 2],
    ['warn.solr.xml', warningXml, 6],
    ['warn.xml', warningXml, 6],
  ])('%s named explicitly: parsed in its format, the finding on its line', (name, content, line) => {
    const { files } = checkJson([name], workspace({ [name]: content }));
    expect(files).toHaveLength(1);
    expect(files[0]!.diagnostics).toMatchObject([{ rule: 'record/whitespace', line, recordId: 'warn-1' }]);
  });

  test('directories and globs pick up .record, .solr.json, .solr.jsonl and .solr.xml, not every .json or .xml', () => {
    const cwd = workspace({
      'd/a.record': cleanRecord, 'd/b.solr.json': cleanJson, 'd/c.solr.jsonl': `${cleanJson}\n`, 'd/e.solr.xml': warningXml,
      'd/package.json': '{"name": "not-records"}', 'd/solrconfig.xml': '<config/>', 'd/notes.jsonl': '{"x": 1}\n',
    });
    const paths = (operand: string) => checkJson([operand], cwd).files.map((file) => file.path);
    expect(paths('d')).toEqual(['d/a.record', 'd/b.solr.json', 'd/c.solr.jsonl', 'd/e.solr.xml']);
    expect(paths('d/*')).toEqual(['d/a.record', 'd/b.solr.json', 'd/c.solr.jsonl', 'd/e.solr.xml']);
    expect(paths('d/*.solr.*')).toEqual(['d/b.solr.json', 'd/c.solr.jsonl', 'd/e.solr.xml']);
    expect(paths('d/*.json')).toEqual(['d/b.solr.json']);
    const unmatched = catrec(['check', 'd/package*'], { cwd });
    expect(unmatched.status).toBe(2);
    expect(unmatched.stderr).toContain('no supported files match "d/package*"');
  });

  test.each([
    ['json', warningJson],
    ['jsonl', `${cleanJson}\n${warningJson}\n`],
    ['xml', warningXml],
    ['record', warningRecord],
  ])('--stdin-format %s reads standard input in that format', (format, input) => {
    const { files } = checkJson(['--stdin-format', format, '-'], workspace(), input);
    expect(files).toMatchObject([{ path: '<stdin>', diagnostics: [{ rule: 'record/whitespace', recordId: 'warn-1' }] }]);
  });

  test('standard input is .record by default, and an unknown --stdin-format is a usage error', () => {
    const { files } = checkJson(['-'], workspace(), warningJson);
    expect(files[0]!.diagnostics.map((d) => d.rule)).not.toContain('record/whitespace');
    const bad = catrec(['check', '--stdin-format', 'yaml', '-'], { cwd: workspace(), input: warningJson });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--stdin-format must be one of record|json|jsonl|xml, got "yaml"');
  });
});

describe('catrec check on a named pipe', () => {
  test.skipIf(process.platform === 'win32')('reads it once, as its writer writes it (a look before the check would end it)', async () => {
    const cwd = workspace();
    const pipe = path.join(cwd, 'incoming.record');
    expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    const writing = writeFile(pipe, warningRecord);
    const child = startCatrec(['check', '--format', 'json', 'incoming.record'], { cwd });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    await writing;
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ files: [{ path: 'incoming.record', records: 1, diagnostics: [{ rule: 'record/whitespace', recordId: 'warn-1' }] }] });
  });
});

describe('catrec check --fix on Solr JSON and XML', () => {
  // Values that need escaping in each syntax around the ones the fixes rewrite (whitespace, ISSN, a missing title_sort).
  const json = `[
  {"id": "j1", "title": "Tom & \\"Jerry\\" <b> \\\\ ", "issn": ["12345679"], "publisher": ["Press  One", "Two\\u00a0"]},
  {"id": "j2", "title": "Second"}
]
`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<add>
  <doc>
    <field name="id">x1</field>
    <field name="title">Tom &amp; "Jerry" &lt;b&gt; ]]&gt; </field>
    <field name="issn">12345679</field>
    <field name="publisher">Press  One</field>
  </doc>
</add>
`;

  test('writes valid JSON and XML, keeps the values it does not fix, and a second run changes nothing', () => {
    const cwd = workspace({ 'r.solr.json': json, 'r.solr.xml': xml });
    const first = catrec(['check', '--fix', '--format', 'json', '.'], { cwd });
    expect(first.stderr).toBe('');
    expect(JSON.parse(first.stdout).summary).toMatchObject({ errors: 0, warnings: 0, infos: 0 });

    const fixedJson = readFileSync(path.join(cwd, 'r.solr.json'), 'utf8');
    expect(JSON.parse(fixedJson)).toEqual([
      { id: 'j1', title: 'Tom & "Jerry" <b> \\', title_sort: 'tom jerry b', issn: ['1234-5679'], publisher: ['Press One', 'Two'] },
      { id: 'j2', title: 'Second', title_sort: 'second' },
    ]);
    expect(service.parseAs(fixedJson, 'solr-json').problems).toEqual([]);

    const fixedXml = readFileSync(path.join(cwd, 'r.solr.xml'), 'utf8');
    expect(xmlErrors(fixedXml)).toEqual([]);
    const parsedXml = service.parseAs(fixedXml, 'solr-xml');
    expect(parsedXml.problems).toEqual([]);
    expect(parsedXml.records[0]!.fields.map((field) => [field.name, field.values.map((value) => value.text)])).toEqual([
      ['id', ['x1']], ['title', ['Tom & "Jerry" <b> ]]>']], ['title_sort', ['tom jerry b']], ['issn', ['1234-5679']], ['publisher', ['Press One']],
    ]);

    const second = catrec(['check', '--fix', '.'], { cwd });
    expect(second.status).toBe(0);
    expect(readFileSync(path.join(cwd, 'r.solr.json'), 'utf8')).toBe(fixedJson);
    expect(readFileSync(path.join(cwd, 'r.solr.xml'), 'utf8')).toBe(fixedXml);
  });

  test('--fix-dry-run on JSON from standard input', () => {
    const run = catrec(['check', '--fix-dry-run', '--stdin-format', 'json', '-'], { cwd: workspace(), input: warningJson });
    expect(run.stdout).toContain('+{"id": "warn-1", "title": "A Dog", "title_sort": "dog", "publisher": "Sample Press"}');
  });
});
