import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  CodeLensRequest, CompletionRequest, DidChangeConfigurationNotification, DidOpenTextDocumentNotification,
  DocumentFormattingRequest, HoverRequest, InitializeRequest,
  InitializedNotification, type ProtocolConnection, StreamMessageReader, StreamMessageWriter, createProtocolConnection,
} from 'vscode-languageserver-protocol/node';

const root = path.resolve(__dirname, '../..');
const example = readFileSync(path.join(root, 'examples/doaj-article.record'), 'utf8');

describe('editing features over a real LSP connection', () => {
  let server: ChildProcess;
  let connection: ProtocolConnection;
  let folder: string;
  let uri: string;

  beforeAll(async () => {
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: root });
    folder = mkdtempSync(path.join(tmpdir(), 'catalog-records-editing-'));
    // Another version of the example's work: same work key, another id.
    const workKeyLine = example.split('\n').find((line) => line.startsWith('work_keys_str_mv '))!;
    writeFileSync(path.join(folder, 'other.record'), `id other-version\ntitle Back to Basics (reprint)\n${workKeyLine}\n`);
    uri = pathToFileURL(path.join(folder, 'doaj-article.record')).href;
    server = spawn(process.execPath, [path.join(root, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'records' }],
      capabilities: {},
    });
    await connection.sendNotification(InitializedNotification.type, {});
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'vufind-record', version: 1, text: example },
    });
  });

  afterAll(() => {
    connection?.dispose();
    server?.kill();
    rmSync(folder, { recursive: true, force: true });
  });

  const lineOf = (prefix: string) => example.split('\n').findIndex((line) => line.startsWith(prefix));

  test('completion offers the computed title_sort first', async () => {
    const line = lineOf('title_sort ');
    const result = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character: 11 } });
    const items = Array.isArray(result) ? result : result!.items;
    const first = [...items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1))[0]!;
    expect(first.label).toBe('back to basics facilitating the recognition of micro credentials in ontario pse');
  });

  test('hover on _version_ decodes the time', async () => {
    const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: lineOf('_version_'), character: 12 } });
    expect((hover!.contents as { value: string }).value).toContain('2025-11-24T16:35:44.231Z');
  });

  test('the work-key code lens finds the other version on disk', async () => {
    const deadline = Date.now() + 10_000;
    let title = '';
    // The workspace is scanned in the background after `initialized`.
    while (Date.now() < deadline) {
      const lenses = await connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
      title = lenses?.[0]?.command?.title ?? '';
      if (title === '1 other version') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(title).toBe('1 other version');
  });

  test('a changed fieldOrder setting applies to the next formatting without a restart', async () => {
    const formatUri = pathToFileURL(path.join(folder, 'unsorted.record')).href;
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: formatUri, languageId: 'vufind-record', version: 1, text: 'title t\nid a\n' },
    });
    const options = { tabSize: 2, insertSpaces: true };
    expect(await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: formatUri }, options })).toEqual([]);
    await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { catalogRecords: { format: { fieldOrder: 'staffView' } } } });
    const edits = await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: formatUri }, options });
    expect(edits!.map((edit) => edit.newText).join('')).toContain('id a\ntitle');
  });
});
