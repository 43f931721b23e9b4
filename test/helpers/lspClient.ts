import { type ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import {
  type ClientCapabilities, type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams,
  StreamMessageReader, StreamMessageWriter, createProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export const repoRoot = path.resolve(__dirname, '../..');
export const serverBundle = path.join(repoRoot, 'dist/server.js');

export interface LspClient {
  readonly connection: ProtocolConnection;
  /** Resolves with the next diagnostics published for `uri` that satisfy `accept`. */
  nextDiagnostics(uri: string, accept?: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
  /** The `catalogRecords` section the server gets when it pulls configuration. */
  configuration: Record<string, unknown>;
  stderr(): string;
  close(): Promise<void>;
}

/** Starts the built server as a child process on stdio and connects a real JSON-RPC client to it. */
export async function startLspClient(capabilities: ClientCapabilities): Promise<LspClient> {
  const child: ChildProcess = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting: Array<{ uri: string; accept: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }> = [];
  const client: LspClient = {
    connection,
    configuration: {},
    nextDiagnostics(uri, accept = () => true) {
      return new Promise((resolve) => waiting.push({ uri, accept, resolve }));
    },
    stderr: () => stderr,
    async close() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    },
  };
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const index = waiting.findIndex((w) => w.uri === params.uri && w.accept(params.diagnostics));
    if (index >= 0) waiting.splice(index, 1)[0]!.resolve(params.diagnostics);
  });
  connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
    params.items.map((item) => (item.section === 'catalogRecords' ? client.configuration : null)));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, workspaceFolders: null });
  await connection.sendNotification('initialized', {});
  return client;
}
