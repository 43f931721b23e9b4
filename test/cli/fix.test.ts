import { chmodSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { catrec, cleanRecord, warningRecord, workspace } from './catrec';

const fixedWarningRecord = warningRecord.replace('Sample Press \n', 'Sample Press\n');
const toRestore: string[] = [];

/** Makes a path read-only for the test and writable again afterwards, so the temp directory can be removed. */
function readOnly(target: string, mode: number): void {
  chmodSync(target, mode);
  toRestore.push(target);
}

afterEach(() => {
  for (const target of toRestore.splice(0)) chmodSync(target, 0o755);
});

describe('catrec check --fix', () => {
  test('writes the safe fixes, reports what remains, and a second run changes nothing', () => {
    const cwd = workspace({ 'w.record': warningRecord, 'c.record': cleanRecord });
    const first = catrec(['check', '--fix', '--format', 'json', '.'], { cwd });
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout).summary.warnings).toBe(0);
    expect(readFileSync(path.join(cwd, 'w.record'), 'utf8')).toBe(fixedWarningRecord);
    const after = statSync(path.join(cwd, 'w.record')).mtimeMs;
    const second = catrec(['check', '--fix', '.'], { cwd });
    expect(second.status).toBe(0);
    expect(readFileSync(path.join(cwd, 'w.record'), 'utf8')).toBe(fixedWarningRecord);
    expect(statSync(path.join(cwd, 'w.record')).mtimeMs).toBe(after);
    expect(readdirSync(cwd).sort()).toEqual(['c.record', 'w.record']);
  });

  test('keeps the BOM, CRLF line endings and the file mode', () => {
    const original = `\uFEFF${warningRecord.replace(/\n/g, '\r\n')}`;
    const cwd = workspace({ 'w.record': original });
    chmodSync(path.join(cwd, 'w.record'), 0o640);
    expect(catrec(['check', '--fix', 'w.record'], { cwd }).status).toBe(0);
    expect(readFileSync(path.join(cwd, 'w.record'), 'utf8')).toBe(`\uFEFF${fixedWarningRecord.replace(/\n/g, '\r\n')}`);
    expect(statSync(path.join(cwd, 'w.record')).mode & 0o777).toBe(0o640);
  });

  test.each([
    ['a read-only file', (dir: string) => readOnly(path.join(dir, 'w.record'), 0o444), /read-only/],
    ['a read-only directory', (dir: string) => readOnly(dir, 0o555), /read-only/],
    ['a directory where the temp file goes', (dir: string) => mkdirSync(path.join(dir, '.w.record.catrec-tmp')), /in the way/],
  ])('%s: the file is left untouched, the reason on stderr, exit 2', (_name, obstruct, reason) => {
    const cwd = workspace({ 'dir/w.record': warningRecord });
    const dir = path.join(cwd, 'dir');
    obstruct(dir);
    const run = catrec(['check', '--fix', 'dir'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/cannot write dir\/w\.record: .*left unchanged/);
    expect(run.stderr).toMatch(reason);
    expect(readFileSync(path.join(dir, 'w.record'), 'utf8')).toBe(warningRecord);
  });

  test('refuses to write a file that is not valid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from(warningRecord), Buffer.from([0x6e, 0x6f, 0x74, 0x65, 0x20, 0xff, 0x0a])]);
    const cwd = workspace({ 'latin.record': bytes });
    const run = catrec(['check', '--fix', 'latin.record'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('latin.record is not valid UTF-8');
    expect(readFileSync(path.join(cwd, 'latin.record'))).toEqual(bytes);
  });
});

describe('catrec check --fix-dry-run', () => {
  test('prints a unified diff and leaves the files untouched', () => {
    const cwd = workspace({ 'w.record': warningRecord, 'c.record': cleanRecord });
    const run = catrec(['check', '--fix-dry-run', '.'], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe([
      '--- a/w.record',
      '+++ b/w.record',
      '@@ -1,4 +1,4 @@',
      ' id warn-1',
      ' title A Dog',
      ' title_sort dog',
      '-publisher Sample Press ',
      '+publisher Sample Press',
      '',
    ].join('\n'));
    expect(readFileSync(path.join(cwd, 'w.record'), 'utf8')).toBe(warningRecord);
  });

  test('works on standard input', () => {
    const run = catrec(['check', '--fix-dry-run', '-'], { cwd: workspace(), input: warningRecord });
    expect(run.stdout).toContain('+publisher Sample Press\n');
  });
});
