import { describe, expect, test } from 'vitest';
import { allRules } from '../../server/src/core/index';
import { catrec, cleanRecord, warningRecord, workspace } from './catrec';

describe('catrec check --format json', () => {
  test('prints exactly the documented shape, 1-based positions and the record id', () => {
    const cwd = workspace({ 'a/clean.record': cleanRecord, 'a/warn.record': `${cleanRecord}\n${warningRecord}` });
    const run = catrec(['check', '--format', 'json', 'a'], { cwd });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toStrictEqual({
      files: [
        { path: 'a/clean.record', records: 1, diagnostics: [] },
        {
          path: 'a/warn.record',
          records: 2,
          diagnostics: [{
            rule: 'record/whitespace', severity: 'warning', message: 'The value of "publisher" has trailing whitespace.',
            line: 8, column: 11, endLine: 8, endColumn: 24, recordId: 'warn-1',
          }],
        },
      ],
      summary: { files: 2, records: 3, errors: 0, warnings: 1, infos: 0, hints: 0 },
    });
    expect(Object.keys(JSON.parse(run.stdout).files[1].diagnostics[0])).toEqual(
      ['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'recordId']);
  });

  test('a file of many records (checked a slice at a time) reports positions, ids and duplicates across the whole file', () => {
    const records = Array.from({ length: 300 }, (_, i) => `id r${i === 250 ? 3 : i}\ntitle Title ${i}\npublisher P${i % 100 === 7 ? ' ' : ''}\n`);
    const cwd = workspace({ 'big.record': records.join('\n') });
    const [file] = JSON.parse(catrec(['check', '--format', 'json', 'big.record'], { cwd }).stdout).files;
    expect(file.records).toBe(300);
    const lineOf = (i: number) => i * 4 + 1;
    const shown = file.diagnostics.filter((d: { rule: string }) => d.rule === 'record/whitespace' || d.rule === 'vufind/duplicate-id');
    expect(shown.map((d: { rule: string; line: number; recordId: string }) => [d.rule, d.line, d.recordId])).toEqual([
      ['record/whitespace', lineOf(7) + 2, 'r7'],
      ['record/whitespace', lineOf(107) + 2, 'r107'],
      ['record/whitespace', lineOf(207) + 2, 'r207'],
      ['vufind/duplicate-id', lineOf(250), 'r3'],
    ]);
    expect(shown[3].message).toContain(`on line ${lineOf(3)}`);
  });

  test('recordId is null for a finding outside any record with an id', () => {
    const cwd = workspace({ 'x.record': 'title No Id \n' });
    const [diagnostic] = JSON.parse(catrec(['check', '--format', 'json', 'x.record'], { cwd }).stdout).files[0].diagnostics;
    expect(diagnostic.recordId).toBeNull();
  });
});

describe('catrec check --format sarif', () => {
  test('writes SARIF 2.1.0 with the properties GitHub code scanning requires', () => {
    const cwd = workspace({ 'dir/warn.record': warningRecord });
    const run = catrec(['check', '--format', 'sarif', 'dir'], { cwd });
    expect(run.status).toBe(0);
    const log = JSON.parse(run.stdout);
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.version).toBe('2.1.0');
    const [sarifRun] = log.runs;
    const driver = sarifRun.tool.driver;
    expect(driver).toMatchObject({ name: 'catrec', version: expect.any(String), informationUri: expect.stringMatching(/^https:/) });
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(allRules.map((rule) => rule.id));
    for (const rule of driver.rules) {
      expect(rule).toMatchObject({
        shortDescription: { text: expect.any(String) },
        helpUri: expect.stringMatching(new RegExp(`/docs/rules/${rule.id}\\.md$`)),
        defaultConfiguration: { level: expect.stringMatching(/^(error|warning|note)$/) },
      });
    }
    expect(sarifRun.results).toStrictEqual([{
      ruleId: 'record/whitespace',
      ruleIndex: allRules.findIndex((rule) => rule.id === 'record/whitespace'),
      level: 'warning',
      message: { text: 'The value of "publisher" has trailing whitespace.' },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: 'dir/warn.record' },
          region: { startLine: 4, startColumn: 11, endLine: 4, endColumn: 24 },
        },
      }],
    }]);
  });

  test('infos and hints become notes', () => {
    const cwd = workspace({ 'w.record': warningRecord });
    const log = JSON.parse(catrec(['check', '--format', 'sarif', '--rule', 'record/whitespace=info', 'w.record'], { cwd }).stdout);
    expect(log.runs[0].results[0].level).toBe('note');
  });
});

describe('catrec check (stylish)', () => {
  test('lists problems per file with position, severity, message and rule', () => {
    const cwd = workspace({ 'w.record': warningRecord });
    const run = catrec(['check', 'w.record'], { cwd });
    expect(run.stdout).toBe([
      'w.record',
      '  4:11     warning The value of "publisher" has trailing whitespace.  record/whitespace',
      '',
      '1 file(s), 1 record(s): 0 error(s), 1 warning(s), 0 info(s), 0 hint(s)',
      '',
    ].join('\n'));
  });
});
