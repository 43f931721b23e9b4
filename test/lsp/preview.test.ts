import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { type MessageConnection, StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer } from '../../server/src/lsp/server';
import { type PreviewParams, type PreviewResult, previewRequestMethod } from '../../server/src/protocol';

const exampleText = readFileSync(path.resolve(__dirname, '../../examples/doaj-article.record'), 'utf8');
const uri = 'file:///work/two.record';
const text = `${exampleText.trimEnd()}\n\ntitle Second record\n`;
const page = { nonce: 'bm9uY2U=', cspSource: 'vscode-webview://x', styleHref: 'vscode-webview://x/preview.css', scriptSrc: 'vscode-webview://x/preview.js' };

let client: MessageConnection;

beforeAll(async () => {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)), { debounceMs: 0 });
  client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.listen();
  await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
  await client.sendNotification('initialized', {});
  await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'vufind-record', version: 1, text } });
});

afterAll(() => client.dispose());

const preview = (params: Partial<PreviewParams>) =>
  client.sendRequest<PreviewResult>(previewRequestMethod, { uri, offset: 0, ...page, ...params });

test('catalogRecords/preview answers with the page of the record under the cursor', async () => {
  const first = await preview({ offset: 0 });
  expect(first).toMatchObject({ recordIndex: 0, recordCount: 2 });
  expect(first.html).toContain('<th scope="row">Main Author:</th>');
  expect(first.html).toContain(`<script nonce="${page.nonce}" src="${page.scriptSrc}"></script>`);
  const second = await preview({ offset: text.indexOf('Second') });
  expect(second).toMatchObject({ recordIndex: 1, recordCount: 2 });
  expect(second.html).toContain('<h1>Second record</h1>');
});

test('an unknown document gets an empty answer, which the client ignores', async () => {
  expect(await preview({ uri: 'file:///work/unknown.record' })).toEqual({ html: '', recordIndex: -1, recordCount: 0 });
});

test('Solr JSON and XML documents preview the record under the cursor too', async () => {
  const jsonUri = 'file:///work/docs.solr.json';
  const json = '{"response":{"docs":[{"id":"a","title":"First"},{"id":"b","title":"Second","author":["Ann Author"]}]}}';
  await client.sendNotification('textDocument/didOpen', { textDocument: { uri: jsonUri, languageId: 'json', version: 1, text: json } });
  const second = await preview({ uri: jsonUri, offset: json.indexOf('Ann') });
  expect(second).toMatchObject({ recordIndex: 1, recordCount: 2 });
  expect(second.html).toContain('<h1>Second</h1>');
  expect(second.html).toContain('Ann Author');

  const xmlUri = 'file:///work/update.solr.xml';
  const xml = '<add><doc><field name="id">x</field><field name="title">From XML</field></doc></add>';
  await client.sendNotification('textDocument/didOpen', { textDocument: { uri: xmlUri, languageId: 'xml', version: 1, text: xml } });
  expect((await preview({ uri: xmlUri, offset: 0 })).html).toContain('<h1>From XML</h1>');
});
