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
