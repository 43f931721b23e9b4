import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';

const repoRoot = path.resolve(__dirname, '../..');

describe('the npm package', () => {
  test('ships the CLI with the stylesheet catrec render reads from beside dist/', () => {
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8' });
    expect(pack.status).toBe(0);
    const files = (JSON.parse(pack.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((file) => file.path);
    expect(files).toEqual(expect.arrayContaining(['media/preview.css', 'package.json', 'docs/rules/README.md', 'schemas/catalog-records.schema.json']));
    expect(files.filter((file) => file.startsWith('media/'))).toEqual(['media/preview.css']);
  });
});
