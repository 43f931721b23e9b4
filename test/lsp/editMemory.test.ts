import * as path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, test } from 'vitest';
import { RecordGenerator, loadTemplates } from '../../scripts/bench/corpus';
import { type RecordDocument, createCatalogService, defaultSettings } from '../../server/src/core/index';
import type { BlockTextDocument } from '../../server/src/lsp/blockTextDocument';
import { DocumentCache } from '../../server/src/lsp/documentCache';
import { EditTracker } from '../../server/src/lsp/editTracker';

// A full collection on demand, without starting the test process with --expose-gc.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const sharedDir = path.resolve(__dirname, '../../../shared');

/**
 * The server's path for a keystroke (server.ts): the edit tracker applies the change to the block text, the cache
 * parses the new version from the previous one, and the diagnostics are chosen near the edit. Each version reuses
 * the previous one's blocks and parses, so a reference the wrong way round would keep every version typed so far.
 */
test('typing keeps no earlier version of the document or its parse alive', async () => {
  const uri = 'file:///typing.record';
  const text = new RecordGenerator(loadTemplates(sharedDir), 11).document(600);
  const service = createCatalogService({});
  const tracker = new EditTracker();
  const cache = new DocumentCache<RecordDocument, BlockTextDocument>(
    (document, previous) => service.parseEdited(document.text, 'record', previous && { document: previous.value, edit: previous.edit }),
    (edited) => tracker.take(edited));
  const titleSortLines = text.split('\n').flatMap((line, index) => (line.startsWith('title_sort ') ? [{ index, length: line.length }] : []));

  let document = tracker.create(uri, 'vufind-record', 1, text);
  const versions: Array<WeakRef<object>> = [];
  const parses: Array<WeakRef<object>> = [];
  let diagnostics = 0;
  for (let i = 0; i < 60; i++) {
    // Spread over the document, so that the edits land in different blocks of text and of chunks.
    const { index, length } = titleSortLines[(i * 37) % titleSortLines.length]!;
    const at = { line: index, character: length };
    document = tracker.update(document, [{ range: { start: at, end: at }, text: 'q' }], i + 2);
    const parsed = cache.get(document);
    diagnostics = service.getDiagnostics(parsed, defaultSettings, uri, { max: 1000, focus: tracker.lastEditOffset(uri) }).diagnostics.length;
    versions.push(new WeakRef(document));
    parses.push(new WeakRef(parsed));
    // A WeakRef keeps its target until the end of the turn that made it.
    await nextTurn();
  }
  collectGarbage();

  expect(diagnostics).toBeGreaterThan(0);
  expect(versions.filter((version) => version.deref() !== undefined)).toHaveLength(1);
  expect(parses.filter((parse) => parse.deref() !== undefined)).toHaveLength(1);
  expect(versions.at(-1)!.deref()).toBe(document);
});
