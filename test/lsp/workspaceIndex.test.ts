import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { createCatalogService } from '../../server/src/core/index';
import { WorkspaceIndex } from '../../server/src/lsp/workspaceIndex';

const service = createCatalogService();
let folder: string;

function setUp(): { index: WorkspaceIndex; uriOf: (name: string) => string } {
  folder = mkdtempSync(path.join(tmpdir(), 'catalog-records-index-'));
  mkdirSync(path.join(folder, 'node_modules'));
  mkdirSync(path.join(folder, 'sub'));
  writeFileSync(path.join(folder, 'a.record'), 'id disk-a\n');
  writeFileSync(path.join(folder, 'sub', 'b.record'), 'id disk-b\n');
  writeFileSync(path.join(folder, 'node_modules', 'c.record'), 'id skipped\n');
  writeFileSync(path.join(folder, 'big.record'), `id big\ndescription ${'x'.repeat(2000)}\n`);
  writeFileSync(path.join(folder, 'notes.txt'), 'id not-a-record\n');
  const index = new WorkspaceIndex((text) => service.parse(text), () => {}, { maxFiles: 100, maxFileBytes: 1000 });
  return { index, uriOf: (name) => pathToFileURL(path.join(folder, name)).href };
}

afterEach(() => rmSync(folder, { recursive: true, force: true }));

const ids = (index: WorkspaceIndex) => [...index.records.records()].map((record) => record.id).sort();

describe('WorkspaceIndex', () => {
  test('scans .record files, skipping node_modules and files over the size bound', async () => {
    const { index } = setUp();
    await index.scan([pathToFileURL(folder).href]);
    expect(ids(index)).toEqual(['disk-a', 'disk-b']);
  });

  test('an open document wins over its file until it is closed', async () => {
    const { index, uriOf } = setUp();
    await index.scan([pathToFileURL(folder).href]);
    index.opened(uriOf('a.record'), service.parse('id edited-a\n'));
    await index.filesChanged([{ uri: uriOf('a.record'), kind: 'changed' }]);
    expect(ids(index)).toEqual(['disk-b', 'edited-a']);
    await index.closed(uriOf('a.record'));
    expect(ids(index)).toEqual(['disk-a', 'disk-b']);
  });

  test('indexing an open document in steps: done, it is as opened; overtaken by a newer version, nothing changes', async () => {
    const { index, uriOf } = setUp();
    await index.scan([pathToFileURL(folder).href]);
    const big = service.parse(Array.from({ length: 1200 }, (_, i) => `id open-${i}\ntitle T${i}\n`).join('\n'));
    let steps = 0;
    const stopped = await index.openedInSteps(uriOf('a.record'), big, () => ++steps < 2);
    expect(stopped).toBe(false);
    expect(ids(index)).toEqual(['disk-a', 'disk-b']);
    expect(await index.openedInSteps(uriOf('a.record'), big, () => true)).toBe(true);
    expect(ids(index)).toHaveLength(1201);
    expect(ids(index)).toContain('open-1199');
    expect(ids(index)).not.toContain('disk-a');
    // Still open: the file on disk does not win.
    await index.filesChanged([{ uri: uriOf('a.record'), kind: 'changed' }]);
    expect(ids(index)).not.toContain('disk-a');
  });

  test('watched-file events add, re-read and delete files', async () => {
    const { index, uriOf } = setUp();
    await index.scan([pathToFileURL(folder).href]);
    writeFileSync(path.join(folder, 'new.record'), 'id new\n');
    writeFileSync(path.join(folder, 'a.record'), 'id changed-a\n');
    rmSync(path.join(folder, 'sub', 'b.record'));
    await index.filesChanged([
      { uri: uriOf('new.record'), kind: 'created' },
      { uri: uriOf('a.record'), kind: 'changed' },
      { uri: uriOf('sub/b.record'), kind: 'deleted' },
    ]);
    expect(ids(index)).toEqual(['changed-a', 'new']);
  });
});
